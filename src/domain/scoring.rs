//! Scoring a year-end self-evaluation (绩效自评): the 预算执行率 score, each indicator row's score,
//! the 分值 shared inside a block, the total with 不涉及 rows left out, and the grade.
//!
//! The rules of 财预〔2020〕10号 as the forms and the budget systems apply them: a 2017 自评表 and
//! an 一体化 vendor's configuration disagree on ceilings (`CeilingMethod`); Guangxi asks for a
//! 偏差 explanation at 130%. A = 年度指标值 (target), B = 实际完成值 (actual), w = 分值 (weight).
//!
//! **Rounding.** Every score is rounded once, at the end of its own computation, to 2 places, half
//! away from zero (Oracle's `ROUND(x, 2)`, which the budget systems use); everything before that
//! is exact (`w × B ÷ A` multiplies first). Full marks are the weight as written. The total is the
//! sum of the rounded scores, rescaled first when 不涉及 rows leave weight out, and rounded once
//! more (a no-op unless the rescale or a score written by hand has more places). Weights shared in
//! a block are cut to hundredths so that the printed 分值 column adds up (`share_weights`).
//!
//! Money and scores are `Decimal` with checked arithmetic: a number out of range is `Overflow`,
//! never a panic.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;
use time::Date;

use crate::syntax::ast::Comparator;

/// A number out of `Decimal`'s range (the checker's E0006).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

/// How a ceiling (≤, <) exceeded is scored: the sources disagree, so the document chooses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CeilingMethod {
    /// `w × A ÷ B` (the 2017 自评表's rule).
    #[default]
    Ratio,
    /// `w × (1 − (B − A) ÷ A)`, 0 once B ≥ 2A (the 一体化 vendor's rule).
    Linear,
}

/// The points of a self-evaluation and how they are given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    /// 预算执行率.
    pub execution: Decimal,
    /// 产出指标.
    pub output: Decimal,
    /// 效益指标.
    pub benefit: Decimal,
    /// 满意度指标.
    pub satisfaction: Decimal,
    pub ceiling: CeilingMethod,
    /// An actual at least this multiple of a floor target needs a 偏差 explanation: the target
    /// was set too low (Guangxi's 130%).
    pub deviation_threshold: Decimal,
}

impl Default for Profile {
    /// 10 · 50 · 30 · 10 (财预〔2020〕10号), ceilings by ratio, 130%.
    fn default() -> Self {
        Profile {
            execution: Decimal::TEN,
            output: Decimal::from(50),
            benefit: Decimal::from(30),
            satisfaction: Decimal::TEN,
            ceiling: CeilingMethod::Ratio,
            deviation_threshold: Decimal::new(13, 1),
        }
    }
}

impl Profile {
    /// The points of the whole evaluation (100 by default): what 不涉及 rows are rescaled to.
    pub fn total(&self) -> Result<Decimal, Overflow> {
        sum(&[self.execution, self.output, self.benefit, self.satisfaction])
    }
}

/// Which rule gave a score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The target was met (or the deadline kept): full marks.
    Met,
    /// A floor missed: `w × B ÷ A` (and the execution rate: `w × 执行 ÷ 预算`).
    Proportional,
    /// A ceiling exceeded, `CeilingMethod::Ratio`: `w × A ÷ B`.
    InverseProportional,
    /// A ceiling exceeded, `CeilingMethod::Linear`: `w × (1 − (B − A) ÷ A)`.
    Linear,
    /// Nothing: a target of 0 or below missed, twice a ceiling, a late date, nothing executed.
    Missed,
}

impl Method {
    /// Its name in the JSON.
    pub fn id(self) -> &'static str {
        match self {
            Method::Met => "met",
            Method::Proportional => "proportional",
            Method::InverseProportional => "inverse_proportional",
            Method::Linear => "linear",
            Method::Missed => "missed",
        }
    }
}

/// A computed score with the formula that gave it, numbers written out, in Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scored {
    /// In [0, w], rounded to 2 places (full marks: w as written), written with at least 2.
    pub score: Decimal,
    pub method: Method,
    /// E.g. `实际 88 < 目标 90，按比例得分：12.50 × 88 ÷ 90 = 12.22`.
    pub explanation: String,
}

/// 预算执行率 in percent, rounded to 2 places as the form prints it (14.62 of 15.00 → 97.47);
/// `None` without a positive 全年预算数, when there is no rate.
pub fn execution_rate(
    full_year_budget: Decimal,
    executed: Decimal,
) -> Result<Option<Decimal>, Overflow> {
    if full_year_budget <= Decimal::ZERO {
        return Ok(None);
    }
    let percent = executed
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|x| x.checked_div(full_year_budget))
        .ok_or(Overflow)?;
    Ok(Some(round_points(percent)))
}

/// The 预算执行率 score: `w × min(执行 ÷ 预算, 100%)`, from the exact rate, not the printed one;
/// `None` without a positive 全年预算数.
pub fn execution_score(
    full_year_budget: Decimal,
    executed: Decimal,
    weight: Decimal,
) -> Result<Option<Scored>, Overflow> {
    let w = weight.max(Decimal::ZERO);
    let (b, e) = (full_year_budget, executed);
    if b <= Decimal::ZERO {
        return Ok(None);
    }
    let scored = if e >= b {
        met(w, format!("执行 {e} ≥ 全年预算 {b}，执行率按 100% 计"))
    } else if e <= Decimal::ZERO {
        missed(format!("执行 {e}，执行率为 0"))
    } else {
        let score = part_of(w, e, b)?;
        Scored {
            score,
            method: Method::Proportional,
            explanation: format!("{} × 执行 {e} ÷ 全年预算 {b} = {score}", two_places(w)),
        }
    };
    Ok(Some(scored))
}

/// The score of a row with a number for its target: a floor (≥, >), a ceiling (≤, <) or an
/// equality (=, scored as a floor below the target and as a ceiling above it). Meeting the bound
/// exactly meets a strict one too (B = A under `>` gets full marks), as the budget systems do. A
/// negative weight counts as 0.
pub fn score_quantity(
    comparator: Comparator,
    target: Decimal,
    actual: Decimal,
    weight: Decimal,
    ceiling: CeilingMethod,
) -> Result<Scored, Overflow> {
    let w = weight.max(Decimal::ZERO);
    let (a, b) = (target, actual);
    match comparator {
        Comparator::Ge | Comparator::Gt => floor_score(a, b, w),
        Comparator::Le | Comparator::Lt => ceiling_score(a, b, w, ceiling),
        Comparator::Eq if b == a => Ok(met(w, format!("实际 {b} = 目标 {a}"))),
        Comparator::Eq if b < a => floor_score(a, b, w),
        Comparator::Eq => ceiling_score(a, b, w, ceiling),
    }
}

/// B ≥ A: w; else `w × B ÷ A`, or 0 when A ≤ 0 (no proportion of nothing) or B ≤ 0.
fn floor_score(a: Decimal, b: Decimal, w: Decimal) -> Result<Scored, Overflow> {
    if b >= a {
        return Ok(met(w, format!("实际 {b} ≥ 目标 {a}")));
    }
    if a <= Decimal::ZERO || b <= Decimal::ZERO {
        return Ok(missed(format!("实际 {b} < 目标 {a}")));
    }
    let score = part_of(w, b, a)?;
    Ok(Scored {
        score,
        method: Method::Proportional,
        explanation: format!(
            "实际 {b} < 目标 {a}，按比例得分：{} × {b} ÷ {a} = {score}",
            two_places(w)
        ),
    })
}

/// B ≤ A: w; else by `method`, or 0 when A ≤ 0.
fn ceiling_score(
    a: Decimal,
    b: Decimal,
    w: Decimal,
    method: CeilingMethod,
) -> Result<Scored, Overflow> {
    if b <= a {
        return Ok(met(w, format!("实际 {b} ≤ 目标 {a}")));
    }
    if a <= Decimal::ZERO {
        return Ok(missed(format!("实际 {b} > 目标 {a}")));
    }
    let shown_w = two_places(w);
    match method {
        CeilingMethod::Ratio => {
            let score = part_of(w, a, b)?;
            Ok(Scored {
                score,
                method: Method::InverseProportional,
                explanation: format!(
                    "实际 {b} > 目标 {a}，按比例得分：{shown_w} × {a} ÷ {b} = {score}"
                ),
            })
        }
        CeilingMethod::Linear => {
            // B − A < B and, below 2A, A − (B − A) lies in (0, A): neither can overflow.
            let excess = b.checked_sub(a).ok_or(Overflow)?;
            if excess >= a {
                return Ok(missed(format!("实际 {b} 达到目标 {a} 的 2 倍")));
            }
            let left = a.checked_sub(excess).ok_or(Overflow)?;
            let score = part_of(w, left, a)?;
            Ok(Scored {
                score,
                method: Method::Linear,
                explanation: format!(
                    "实际 {b} > 目标 {a}，按超出比例扣分：{shown_w} × (1 − ({b} − {a}) ÷ {a}) = {score}"
                ),
            })
        }
    }
}

/// The score of a 时效 row with a date: on or before the target date, w; after it, 0.
pub fn score_deadline(target: Date, actual: Date, weight: Decimal) -> Scored {
    let w = weight.max(Decimal::ZERO);
    let (a, b) = (chinese_date(target), chinese_date(actual));
    if actual <= target {
        met(w, format!("实际 {b} 不晚于目标 {a}"))
    } else {
        missed(format!("实际 {b} 晚于目标 {a}"))
    }
}

/// A qualitative row's level of attainment, for which the user writes the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attainment {
    /// 达成年度指标: [0.8w, w].
    Achieved,
    /// 部分达成年度指标并具有一定效果: [0.6w, 0.8w).
    Partial,
    /// 未达成年度指标且效果较差: [0, 0.6w).
    NotAchieved,
}

impl Attainment {
    /// The level a word names: the official phrase or its short form (`部分达成`).
    pub fn from_word(word: &str) -> Option<Attainment> {
        match word {
            "达成" | "达成年度指标" => Some(Attainment::Achieved),
            "部分达成" | "部分达成年度指标" | "部分达成年度指标并具有一定效果" => {
                Some(Attainment::Partial)
            }
            "未达成" | "未达成年度指标" | "未达成年度指标且效果较差" => {
                Some(Attainment::NotAchieved)
            }
            _ => None,
        }
    }

    /// The official phrase.
    pub fn word(self) -> &'static str {
        match self {
            Attainment::Achieved => "达成年度指标",
            Attainment::Partial => "部分达成年度指标并具有一定效果",
            Attainment::NotAchieved => "未达成年度指标且效果较差",
        }
    }
}

/// The scores a level allows: from `low` (included) to `high`, included only for 达成.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    pub low: Decimal,
    pub high: Decimal,
    pub includes_high: bool,
}

impl Band {
    /// Does a written score lie in the band? The score is taken as written, not rounded.
    pub fn contains(&self, score: Decimal) -> bool {
        score >= self.low
            && if self.includes_high {
                score <= self.high
            } else {
                score < self.high
            }
    }
}

/// `[18.00, 24.00)`.
impl std::fmt::Display for Band {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let close = if self.includes_high { ']' } else { ')' };
        write!(f, "[{}, {}{close}", self.low, self.high)
    }
}

/// The band of a level for weight w. 0.6w and 0.8w are rounded to 2 places, as the vendor's
/// `ROUND(w * 0.8, 2)` does, so a bound reads as it is printed; w itself stays as written.
pub fn band(attainment: Attainment, weight: Decimal) -> Result<Band, Overflow> {
    let w = weight.max(Decimal::ZERO);
    let share = |tenths: i64| {
        w.checked_mul(Decimal::new(tenths, 1))
            .map(round_points)
            .ok_or(Overflow)
    };
    let (low, high, includes_high) = match attainment {
        Attainment::Achieved => (share(8)?, two_places(w), true),
        Attainment::Partial => (share(6)?, share(8)?, false),
        Attainment::NotAchieved => (two_places(Decimal::ZERO), share(6)?, false),
    };
    Ok(Band {
        low,
        high,
        includes_high,
    })
}

/// Each row's 分值 in a block: as written, or an equal share of what the written ones leave of
/// the block's weight (nothing when they leave nothing). Shares are cut to hundredths (or to the
/// remainder's own places, when it has more) and the units left over go one each to the first
/// rows, so the shares add up exactly to the remainder: 30 over 7 rows is 4.29 × 4 + 4.28 × 3. A
/// share is then printed, scored and summed as the same number, and full marks add up to the block.
pub fn share_weights(
    block: Decimal,
    written: &[Option<Decimal>],
) -> Result<Vec<Decimal>, Overflow> {
    let unwritten = written.iter().filter(|w| w.is_none()).count();
    if unwritten == 0 {
        return Ok(written.iter().flatten().copied().collect());
    }
    let given = sum(&written.iter().flatten().copied().collect::<Vec<_>>())?;
    let left = block.checked_sub(given).ok_or(Overflow)?;
    let mut shares = equal_shares(left.max(Decimal::ZERO), unwritten)?.into_iter();
    Ok(written
        .iter()
        .map(|w| w.or_else(|| shares.next()).unwrap_or_default())
        .collect())
}

/// `amount` (≥ 0) in `n` shares of whole units of its last place (at least hundredths), the larger
/// shares first.
fn equal_shares(amount: Decimal, n: usize) -> Result<Vec<Decimal>, Overflow> {
    let scale = amount.scale().max(2);
    let units = amount
        .mantissa()
        .checked_mul(10_i128.pow(scale - amount.scale()))
        .ok_or(Overflow)?;
    let n = i128::try_from(n).map_err(|_| Overflow)?;
    let (each, extra) = (units / n, units % n);
    (0..n)
        .map(|i| {
            let units = each + i128::from(i < extra);
            Decimal::try_from_i128_with_scale(units, scale).map_err(|_| Overflow)
        })
        .collect()
}

/// A project's total score and grade.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Total {
    pub score: Decimal,
    pub grade: Grade,
    /// E.g. `得分合计：9.75 + 12.50 + 11.73 = 33.98`.
    pub explanation: String,
}

/// The total of the rounded `scores` (execution and rows). When 不涉及 rows leave out `excluded`
/// weights, the rest is rescaled to the profile's total, `Σ × 100 ÷ (100 − Σ excluded)`, and
/// rounded; `None` when nothing is left to score.
pub fn total(
    scores: &[Decimal],
    excluded: &[Decimal],
    profile: &Profile,
) -> Result<Option<Total>, Overflow> {
    let scored = sum(scores)?;
    let left_out = sum(excluded)?;
    let terms = scores
        .iter()
        .map(|s| two_places(*s).to_string())
        .collect::<Vec<_>>()
        .join(" + ");
    let (score, explanation) = if left_out.is_zero() {
        let score = round_points(scored);
        (score, format!("得分合计：{terms} = {score}"))
    } else {
        let whole = profile.total()?;
        let left = whole.checked_sub(left_out).ok_or(Overflow)?;
        if left <= Decimal::ZERO {
            return Ok(None);
        }
        let rescaled = scored
            .checked_mul(whole)
            .and_then(|x| x.checked_div(left))
            .ok_or(Overflow)?;
        let score = round_points(rescaled);
        let (whole, left_out, scored) =
            (whole.normalize(), two_places(left_out), two_places(scored));
        let explanation = format!(
            "不涉及的指标（{left_out} 分）不计，按 {whole} 分折算：({terms} = {scored}) × {whole} ÷ ({whole} − {left_out}) = {score}"
        );
        (score, explanation)
    };
    Ok(Some(Total {
        score,
        grade: grade(score),
        explanation,
    }))
}

/// 评价等级.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// 优: 90 and above.
    Excellent,
    /// 良: 80 to below 90.
    Good,
    /// 中: 60 to below 80.
    Fair,
    /// 差: below 60.
    Poor,
}

impl Grade {
    pub fn word(self) -> &'static str {
        match self {
            Grade::Excellent => "优",
            Grade::Good => "良",
            Grade::Fair => "中",
            Grade::Poor => "差",
        }
    }
}

/// The grade of a total, taken at 2 places (89.995 is 90.00, 优). 90 itself is 优 (10号:
/// "90（含）"), where one vendor's `> 90` gives no grade at all.
pub fn grade(total: Decimal) -> Grade {
    let total = round_points(total);
    if total >= Decimal::from(90) {
        Grade::Excellent
    } else if total >= Decimal::from(80) {
        Grade::Good
    } else if total >= Decimal::from(60) {
        Grade::Fair
    } else {
        Grade::Poor
    }
}

/// Is the actual so far above a floor target (B ≥ threshold × A, A > 0) that the target looks
/// set too low, and the row needs a 偏差 explanation? Never for other comparisons.
pub fn far_above_floor(
    comparator: Comparator,
    target: Decimal,
    actual: Decimal,
    threshold: Decimal,
) -> bool {
    if !comparator.is_floor() || target <= Decimal::ZERO {
        return false;
    }
    match threshold.checked_mul(target) {
        Some(limit) => actual >= limit,
        // Beyond any decimal: above every actual when positive, below every one when negative.
        None => threshold.is_sign_negative(),
    }
}

/// `w × part ÷ whole` rounded, for 0 < part < whole: multiplied first, so that it is exact when
/// it terminates; divided first when the product is out of range (the ratio is below 1, so its
/// product with w is not).
fn part_of(w: Decimal, part: Decimal, whole: Decimal) -> Result<Decimal, Overflow> {
    let exact = w.checked_mul(part).and_then(|x| x.checked_div(whole));
    let value = match exact {
        Some(value) => value,
        None => part
            .checked_div(whole)
            .and_then(|ratio| ratio.checked_mul(w))
            .ok_or(Overflow)?,
    };
    let score = round_points(value);
    Ok(if score > w { two_places(w) } else { score })
}

/// Full marks: the weight as written.
fn met(w: Decimal, why: String) -> Scored {
    let score = two_places(w);
    Scored {
        score,
        method: Method::Met,
        explanation: format!("{why}，得满分 {score}"),
    }
}

fn missed(why: String) -> Scored {
    Scored {
        score: two_places(Decimal::ZERO),
        method: Method::Missed,
        explanation: format!("{why}，得 0.00"),
    }
}

/// Rounded to 2 places, half away from zero, and written with 2.
fn round_points(x: Decimal) -> Decimal {
    two_places(x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
}

/// Written with at least 2 places (12.5 → 12.50), the value unchanged.
fn two_places(mut x: Decimal) -> Decimal {
    if x.scale() < 2 {
        x.rescale(2);
    }
    x
}

fn sum(values: &[Decimal]) -> Result<Decimal, Overflow> {
    values
        .iter()
        .try_fold(Decimal::ZERO, |total, x| total.checked_add(*x))
        .ok_or(Overflow)
}

fn chinese_date(date: Date) -> String {
    format!(
        "{}年{}月{}日",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use Comparator::{Eq, Ge, Gt, Le, Lt};

    fn d(text: &str) -> Decimal {
        Decimal::from_str_exact(text).expect("a decimal")
    }

    fn by(
        ceiling: CeilingMethod,
        comparator: Comparator,
        target: &str,
        actual: &str,
        weight: &str,
    ) -> Scored {
        score_quantity(comparator, d(target), d(actual), d(weight), ceiling).expect("in range")
    }

    fn ratio(comparator: Comparator, target: &str, actual: &str, weight: &str) -> Scored {
        by(CeilingMethod::Ratio, comparator, target, actual, weight)
    }

    fn linear(comparator: Comparator, target: &str, actual: &str, weight: &str) -> Scored {
        by(CeilingMethod::Linear, comparator, target, actual, weight)
    }

    fn date(year: i32, month: u8, day: u8) -> Date {
        let month = time::Month::try_from(month).expect("a month");
        Date::from_calendar_date(year, month, day).expect("a date")
    }

    #[test]
    fn a_floor_missed_scores_in_proportion() {
        let row = ratio(Ge, "90", "88", "12.5");
        assert_eq!(row.score, d("12.22"));
        assert_eq!(row.method, Method::Proportional);
        assert_eq!(
            row.explanation,
            "实际 88 < 目标 90，按比例得分：12.50 × 88 ÷ 90 = 12.22"
        );
        assert_eq!(
            ratio(Ge, "90", "88", "12").explanation,
            "实际 88 < 目标 90，按比例得分：12.00 × 88 ÷ 90 = 11.73"
        );
        assert_eq!(ratio(Gt, "90", "88", "10").score, d("9.78"));
        assert_eq!(ratio(Ge, "90", "-5", "10").score, d("0"));
    }

    #[test]
    fn a_score_is_rounded_half_away_from_zero_from_its_exact_value() {
        // 1 × 1 ÷ 8 = 0.125 exactly: 0.13, where rounding half to even gives 0.12.
        assert_eq!(ratio(Ge, "8", "1", "1").score, d("0.13"));
        // 0.045 × 1 ÷ 3 = 0.015 exactly: 0.02, where dividing first (0.333…) gives 0.01.
        assert_eq!(ratio(Ge, "3", "1", "0.045").score, d("0.02"));
    }

    #[test]
    fn a_floor_met_scores_full_marks() {
        let row = ratio(Ge, "1", "2", "12.5");
        assert_eq!(row.score, d("12.50"));
        assert_eq!(row.method, Method::Met);
        assert_eq!(row.explanation, "实际 2 ≥ 目标 1，得满分 12.50");
        assert_eq!(ratio(Gt, "95", "95", "10").score, d("10"));
    }

    #[test]
    fn a_target_of_zero_is_met_or_not_at_all() {
        assert_eq!(ratio(Ge, "0", "0", "5").score, d("5"));
        assert_eq!(ratio(Ge, "0", "3", "5").score, d("5"));
        assert_eq!(ratio(Ge, "0", "-1", "5").method, Method::Missed);
        assert_eq!(ratio(Ge, "0", "-1", "5").score, d("0"));
        assert_eq!(ratio(Le, "0", "0", "5").score, d("5"));
        let over = ratio(Le, "0", "1", "5");
        assert_eq!(over.score, d("0"));
        assert_eq!(over.explanation, "实际 1 > 目标 0，得 0.00");
        assert_eq!(linear(Lt, "0", "1", "5").score, d("0"));
    }

    #[test]
    fn a_ceiling_exceeded_under_each_method() {
        let by_ratio = ratio(Le, "5", "6", "10");
        assert_eq!(by_ratio.score, d("8.33"));
        assert_eq!(by_ratio.method, Method::InverseProportional);
        assert_eq!(
            by_ratio.explanation,
            "实际 6 > 目标 5，按比例得分：10.00 × 5 ÷ 6 = 8.33"
        );
        let by_line = linear(Le, "5", "6", "10");
        assert_eq!(by_line.score, d("8.00"));
        assert_eq!(by_line.method, Method::Linear);
        assert_eq!(
            by_line.explanation,
            "实际 6 > 目标 5，按超出比例扣分：10.00 × (1 − (6 − 5) ÷ 5) = 8.00"
        );
        assert_eq!(ratio(Lt, "3", "4", "10").score, d("7.50"));
        assert_eq!(linear(Lt, "3", "4", "10").score, d("6.67"));
        assert_eq!(linear(Le, "5", "5", "10").score, d("10"));
    }

    #[test]
    fn twice_a_ceiling_scores_nothing_linearly() {
        let twice = linear(Le, "5", "10", "10");
        assert_eq!(twice.score, d("0"));
        assert_eq!(twice.method, Method::Missed);
        assert_eq!(twice.explanation, "实际 10 达到目标 5 的 2 倍，得 0.00");
        assert_eq!(linear(Le, "5", "11", "10").score, d("0"));
        assert_eq!(linear(Le, "5", "9.99", "10").score, d("0.02"));
        assert_eq!(ratio(Le, "5", "10", "10").score, d("5.00"));
    }

    #[test]
    fn equality_scores_a_shortfall_as_a_floor_and_an_excess_as_a_ceiling() {
        let exact = ratio(Eq, "100", "100", "10");
        assert_eq!(exact.score, d("10"));
        assert_eq!(exact.explanation, "实际 100 = 目标 100，得满分 10.00");
        assert_eq!(ratio(Eq, "100", "95", "10").score, d("9.50"));
        assert_eq!(ratio(Eq, "100", "95", "10").method, Method::Proportional);
        assert_eq!(ratio(Eq, "100", "105", "10").score, d("9.52"));
        assert_eq!(linear(Eq, "100", "105", "10").score, d("9.50"));
        assert_eq!(ratio(Eq, "0", "1", "10").score, d("0"));
        assert_eq!(ratio(Eq, "0", "-1", "10").score, d("0"));
    }

    #[test]
    fn a_deadline_is_met_on_or_before_its_date() {
        let early = score_deadline(date(2023, 12, 31), date(2023, 11, 30), d("12.5"));
        assert_eq!(early.score, d("12.50"));
        assert_eq!(
            early.explanation,
            "实际 2023年11月30日 不晚于目标 2023年12月31日，得满分 12.50"
        );
        let on_the_day = score_deadline(date(2023, 12, 31), date(2023, 12, 31), d("12.5"));
        assert_eq!(on_the_day.method, Method::Met);
        let late = score_deadline(date(2023, 12, 31), date(2024, 1, 5), d("12.5"));
        assert_eq!(late.score, d("0"));
        assert_eq!(late.method, Method::Missed);
        assert_eq!(
            late.explanation,
            "实际 2024年1月5日 晚于目标 2023年12月31日，得 0.00"
        );
    }

    #[test]
    fn a_written_score_lies_in_its_levels_band() {
        let band_of = |level, weight| band(level, d(weight)).expect("in range");
        let achieved = band_of(Attainment::Achieved, "30");
        assert_eq!(achieved.to_string(), "[24.00, 30.00]");
        assert!(achieved.contains(d("24")) && achieved.contains(d("30")));
        assert!(!achieved.contains(d("23.99")) && !achieved.contains(d("30.01")));
        let partial = band_of(Attainment::Partial, "30");
        assert_eq!(partial.to_string(), "[18.00, 24.00)");
        assert!(partial.contains(d("23.99")) && partial.contains(d("18")));
        assert!(!partial.contains(d("24")) && !partial.contains(d("17.99")));
        let missed = band_of(Attainment::NotAchieved, "30");
        assert_eq!(missed.to_string(), "[0.00, 18.00)");
        assert!(missed.contains(d("0")) && missed.contains(d("17.99")));
        assert!(!missed.contains(d("18")) && !missed.contains(d("-0.01")));
        // 0.8 × 4.29 = 3.432, 0.6 × 4.29 = 2.574: bounds as printed.
        assert_eq!(
            band_of(Attainment::Achieved, "4.29").to_string(),
            "[3.43, 4.29]"
        );
        assert_eq!(
            band_of(Attainment::Partial, "4.29").to_string(),
            "[2.57, 3.43)"
        );
        assert_eq!(
            band_of(Attainment::Partial, "12.5").to_string(),
            "[7.50, 10.00)"
        );
    }

    #[test]
    fn levels_are_read_in_full_or_short() {
        assert_eq!(Attainment::from_word("达成"), Some(Attainment::Achieved));
        assert_eq!(
            Attainment::from_word("达成年度指标"),
            Some(Attainment::Achieved)
        );
        assert_eq!(Attainment::from_word("部分达成"), Some(Attainment::Partial));
        assert_eq!(
            Attainment::from_word("未达成年度指标且效果较差"),
            Some(Attainment::NotAchieved)
        );
        assert_eq!(Attainment::from_word("良好"), None);
        assert_eq!(Attainment::Partial.word(), "部分达成年度指标并具有一定效果");
    }

    #[test]
    fn rows_without_a_weight_share_what_the_block_has_left() {
        let shared = |block, written: &[Option<&str>]| {
            let written: Vec<_> = written.iter().map(|w| w.map(d)).collect();
            share_weights(d(block), &written)
                .expect("in range")
                .iter()
                .map(Decimal::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shared("50", &[Some("20"), None, None]),
            ["20", "15.00", "15.00"]
        );
        assert_eq!(
            shared("30", &[None; 7]),
            ["4.29", "4.29", "4.29", "4.29", "4.28", "4.28", "4.28"]
        );
        assert_eq!(
            shared("10", &[Some("3.333"), None, None]),
            ["3.333", "3.334", "3.333"]
        );
        assert_eq!(shared("10", &[Some("12"), None]), ["12", "0.00"]);
        assert_eq!(shared("10", &[Some("5"), Some("6")]), ["5", "6"]);
    }

    #[test]
    fn not_applicable_rows_are_left_out_and_the_rest_rescaled() {
        let scores = [d("9.75"), d("40"), d("25"), d("8")];
        let total = total(&scores, &[d("10")], &Profile::default())
            .expect("in range")
            .expect("something to score");
        // 82.75 × 100 ÷ 90 = 91.9444…
        assert_eq!(total.score, d("91.94"));
        assert_eq!(total.grade, Grade::Excellent);
        assert_eq!(
            total.explanation,
            "不涉及的指标（10.00 分）不计，按 100 分折算：(9.75 + 40.00 + 25.00 + 8.00 = 82.75) × 100 ÷ (100 − 10.00) = 91.94"
        );
        // 68.25 × 100 ÷ 80 = 85.3125
        let scores = [d("9.75"), d("30"), d("20.5"), d("8")];
        let rescaled = super::total(&scores, &[d("12"), d("8")], &Profile::default());
        assert_eq!(
            rescaled.expect("in range").map(|t| t.score),
            Some(d("85.31"))
        );
        let nothing_left = super::total(&[], &[d("90"), d("10")], &Profile::default());
        assert_eq!(nothing_left, Ok(None));
    }

    #[test]
    fn a_total_of_exactly_90_is_excellent() {
        let scores = [d("10"), d("50"), d("30")];
        let total = total(&scores, &[], &Profile::default())
            .expect("in range")
            .expect("something to score");
        assert_eq!(total.score, d("90.00"));
        assert_eq!(total.grade, Grade::Excellent);
        assert_eq!(total.explanation, "得分合计：10.00 + 50.00 + 30.00 = 90.00");
        assert_eq!(grade(d("100")), Grade::Excellent);
        assert_eq!(grade(d("89.99")), Grade::Good);
        assert_eq!(grade(d("80")), Grade::Good);
        assert_eq!(grade(d("79.99")), Grade::Fair);
        assert_eq!(grade(d("60")), Grade::Fair);
        assert_eq!(grade(d("59.99")), Grade::Poor);
        assert_eq!(Grade::Fair.word(), "中");
    }

    #[test]
    fn a_total_rounding_half_away_to_90_is_excellent() {
        assert_eq!(grade(d("89.995")), Grade::Excellent);
        assert_eq!(grade(d("89.9949")), Grade::Good);
        let total = total(&[d("50"), d("39.995")], &[], &Profile::default())
            .expect("in range")
            .expect("something to score");
        assert_eq!(total.score, d("90.00"));
        assert_eq!(total.grade, Grade::Excellent);
    }

    #[test]
    fn the_execution_rate_and_its_score() {
        let budget = d("15.00");
        assert_eq!(execution_rate(budget, d("11.40")), Ok(Some(d("76.00"))));
        let score = execution_score(budget, d("11.40"), d("10"))
            .expect("in range")
            .expect("a budget");
        assert_eq!(score.score, d("7.60"));
        assert_eq!(
            score.explanation,
            "10.00 × 执行 11.40 ÷ 全年预算 15.00 = 7.60"
        );
        // 14.62 ÷ 15 = 0.974666…
        assert_eq!(execution_rate(budget, d("14.62")), Ok(Some(d("97.47"))));
        let score = execution_score(budget, d("14.62"), d("10")).expect("in range");
        assert_eq!(score.map(|s| s.score), Some(d("9.75")));
    }

    #[test]
    fn execution_over_the_budget_is_capped_at_full_marks() {
        // 16 ÷ 15 = 1.0666…
        assert_eq!(
            execution_rate(d("15.00"), d("16.00")),
            Ok(Some(d("106.67")))
        );
        let score = execution_score(d("15.00"), d("16.00"), d("10"))
            .expect("in range")
            .expect("a budget");
        assert_eq!(score.score, d("10"));
        assert_eq!(score.method, Method::Met);
        assert_eq!(
            score.explanation,
            "执行 16.00 ≥ 全年预算 15.00，执行率按 100% 计，得满分 10.00"
        );
    }

    #[test]
    fn no_budget_no_rate() {
        assert_eq!(execution_rate(d("0"), d("3")), Ok(None));
        assert_eq!(execution_score(d("0.00"), d("3"), d("10")), Ok(None));
    }

    #[test]
    fn numbers_out_of_range_are_errors() {
        let tiny = Decimal::new(1, 28);
        assert_eq!(execution_rate(tiny, Decimal::MAX), Err(Overflow));
        let profile = Profile::default();
        assert_eq!(
            total(&[Decimal::MAX, Decimal::MAX], &[], &profile),
            Err(Overflow)
        );
        assert_eq!(total(&[Decimal::MAX], &[d("10")], &profile), Err(Overflow));
        let written = [Some(Decimal::MAX), Some(Decimal::MAX), None];
        assert_eq!(share_weights(d("100"), &written), Err(Overflow));
        let huge = Profile {
            output: Decimal::MAX,
            ..Profile::default()
        };
        assert_eq!(huge.total(), Err(Overflow));
    }

    #[test]
    fn rows_with_the_largest_numbers_still_score() {
        let max = Decimal::MAX;
        let tiny = Decimal::ONE;
        for ceiling in [CeilingMethod::Ratio, CeilingMethod::Linear] {
            let floor = score_quantity(Ge, max, tiny, max, ceiling).expect("in range");
            assert_eq!(floor.score, d("1"));
            let over = score_quantity(Le, tiny, max, max, ceiling).expect("in range");
            assert!(over.score <= d("1"));
        }
        let half = Decimal::from_str_exact("39614081257132168796771975167").expect("a decimal");
        let floor = score_quantity(Ge, max, half, d("10"), CeilingMethod::Ratio).expect("in range");
        assert_eq!(floor.score, d("5.00"));
        assert!(!far_above_floor(Ge, max, max, d("1.3")));
    }

    #[test]
    fn far_above_a_floor_needs_an_explanation() {
        let threshold = Profile::default().deviation_threshold;
        assert!(far_above_floor(Ge, d("100"), d("130"), threshold));
        assert!(!far_above_floor(Ge, d("100"), d("129.99"), threshold));
        assert!(far_above_floor(Gt, d("100"), d("200"), threshold));
        assert!(!far_above_floor(Le, d("100"), d("200"), threshold));
        assert!(!far_above_floor(Eq, d("100"), d("200"), threshold));
        assert!(!far_above_floor(Ge, d("0"), d("200"), threshold));
    }

    /// A small deterministic generator (xorshift, as `tests/forms.rs`): the same cases on every
    /// run, so a failure is reproduced from its seed.
    struct Generator(u64);

    impl Generator {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        /// A decimal ≥ 0: an edge of the range, a small number with 0–4 places, or any mantissa
        /// and scale at all.
        fn decimal(&mut self) -> Decimal {
            match self.below(4) {
                0 => [
                    Decimal::ZERO,
                    Decimal::new(1, 28),
                    Decimal::ONE,
                    Decimal::MAX,
                ][self.below(4) as usize],
                1 => Decimal::new((self.below(100_000)) as i64, self.below(5) as u32),
                _ => {
                    let (lo, mid, hi) =
                        (self.next() as u32, self.next() as u32, self.next() as u32);
                    let hi = hi >> self.below(33).min(31);
                    Decimal::from_parts(lo, mid, hi, false, self.below(29) as u32)
                }
            }
        }
    }

    #[test]
    fn a_row_score_always_lies_between_zero_and_its_weight() {
        let mut random = Generator(0x5eed_5c0e);
        for _ in 0..20_000 {
            let (a, b, w) = (random.decimal(), random.decimal(), random.decimal());
            for comparator in [Ge, Gt, Le, Lt, Eq] {
                for ceiling in [CeilingMethod::Ratio, CeilingMethod::Linear] {
                    let row = score_quantity(comparator, a, b, w, ceiling);
                    let row =
                        row.unwrap_or_else(|_| panic!("{comparator:?} {a} {b} {w} {ceiling:?}"));
                    assert!(
                        Decimal::ZERO <= row.score && row.score <= w,
                        "{comparator:?} {a} {b} {w} {ceiling:?}: {}",
                        row.score
                    );
                }
            }
            if let Ok(Some(execution)) = execution_score(a, b, w) {
                assert!(Decimal::ZERO <= execution.score && execution.score <= w);
            }
            let _ = band(Attainment::Partial, w);
        }
    }

    #[test]
    fn shared_weights_add_up_to_the_block() {
        let mut random = Generator(0xb10c);
        for _ in 0..2_000 {
            let block = Decimal::new(random.below(100_000) as i64, random.below(4) as u32);
            let rows = 1 + random.below(12) as usize;
            let weights = share_weights(block, &vec![None; rows]).expect("in range");
            let total: Decimal = weights.iter().sum();
            assert_eq!(total, block, "{block} over {rows}");
            let spread = weights
                .iter()
                .max()
                .zip(weights.iter().min())
                .map(|(hi, lo)| hi - lo);
            assert!(
                spread <= Some(Decimal::new(1, 2)),
                "{block} over {rows}: {weights:?}"
            );
        }
    }
}
