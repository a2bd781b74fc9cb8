//! Target values (指标值): units (E0501–E0504), percentages (E0505, E0506), satisfaction (E0507,
//! E0508), timeliness and dates (E0509, E0510, E0516), qualitative levels and column shifts in
//! the value column (E0511, E0702, E0703), quantity indicators without numbers (E0512), missing
//! values (E0513), units unlike the same indicator elsewhere (E0514), annual against long-term
//! targets (E0515), and template blanks in place of a number (E0701).

use rustc_hash::FxHashMap as HashMap;

use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::domain::framework::Level2;
use crate::domain::units::{UnitClass, UnitReading};
use crate::domain::{levels, units};
use crate::model::{Document, Header, IndicatorModel, ProjectModel};
use crate::msg;
use crate::source::{Span, Spanned};
use crate::syntax::ast::{Amount, Comparator, Deadline, Period, Value, ValueKind};

/// Free text longer than this (in characters) in the value column is a column shift.
const LONG_VALUE: usize = 12;

/// Suggestions already computed for unknown levels (a document repeats its odd words).
pub(super) type Suggestions = HashMap<String, Option<&'static str>>;

/// The rules on one project's values (a deadline within the project's period, when it states
/// one, else within the budget year).
pub(super) fn check(
    header: &Header,
    project: &ProjectModel,
    suggestions: &mut Suggestions,
    out: &mut Vec<Diagnostic>,
) {
    for indicator in &project.indicators {
        check_indicator(header, project.period, indicator, suggestions, out);
    }
}

/// The rules on the values of the 部门整体 table (deadlines within the budget year).
pub(super) fn check_department(document: &Document, out: &mut Vec<Diagnostic>) {
    let mut suggestions = Suggestions::default();
    for indicator in &document.department.indicators {
        check_indicator(&document.header, None, indicator, &mut suggestions, out);
    }
}

/// The rules across projects.
pub(super) fn check_document(document: &Document, out: &mut Vec<Diagnostic>) {
    check_consistent_units(document, out);
}

fn check_indicator(
    header: &Header,
    period: Option<&Period>,
    indicator: &IndicatorModel,
    suggestions: &mut Suggestions,
    out: &mut Vec<Diagnostic>,
) {
    let node = indicator.node;
    let Some(value) = &node.value else {
        // A row of a form's 中期 or 长期 table has its target there alone.
        if node.mid_term.is_some() || node.long_term.is_some() {
            return;
        }
        out.push(
            Diagnostic::new(
                RuleId::MissingValue,
                indicator.node.name.span,
                msg!("指标没有指标值", "the indicator has no target value"),
            )
            .with_help(msg!(
                "不适用的行写 `不涉及`",
                "write `不涉及` on rows that do not apply"
            )),
        );
        return;
    };
    match &value.kind {
        ValueKind::Quantity {
            comparator, amount, ..
        } => {
            check_quantity(indicator, value, comparator.as_ref(), amount, out);
        }
        ValueKind::Deadline(deadline) => check_deadline(header, period, value, deadline, out),
        ValueKind::Level(word) => check_words(
            header,
            indicator,
            value,
            (word, value.span),
            suggestions,
            out,
        ),
        ValueKind::Text(text) => check_words(
            header,
            indicator,
            value,
            (&text.value, text.span),
            suggestions,
            out,
        ),
        ValueKind::NotApplicable(_) => {}
    }
    check_long_term(header, indicator, out);
}

/// Where the unit word to replace is written: after the number (`%` then stands against it), else
/// in the `计量单位` field.
fn unit_word_span(indicator: &IndicatorModel, value: &Value, canonical: &str) -> Span {
    match &value.kind {
        ValueKind::Quantity {
            unit: Some(unit),
            amount: Amount::Number(number),
            ..
        } if canonical == "%" => Span::new(unit.span.file, number.span.end(), unit.span.end()),
        ValueKind::Quantity {
            unit: Some(unit), ..
        } => unit.span,
        _ => indicator
            .node
            .measure_unit
            .as_ref()
            .map_or(value.span, |u| u.span),
    }
}

fn check_quantity(
    indicator: &IndicatorModel,
    value: &Value,
    comparator: Option<&Spanned<Comparator>>,
    amount: &Amount,
    out: &mut Vec<Diagnostic>,
) {
    let amount = match amount {
        Amount::Number(n) => n.node,
        Amount::Unreadable(_) => return, // E0006 says why
        Amount::Placeholder(span) => {
            out.push(
                Diagnostic::new(
                    RuleId::Placeholder,
                    *span,
                    msg!("指标值是模板占位符", "the value is a template blank"),
                )
                .with_help(msg!("填写目标数值", "fill in the target number")),
            );
            return;
        }
    };
    let unit_span = match &value.kind {
        ValueKind::Quantity { unit: Some(u), .. } => u.span,
        _ => value.span,
    };
    let class = match &indicator.unit {
        None => {
            missing_unit(indicator, value, out);
            None
        }
        Some(UnitReading::Known { class, .. }) => Some(*class),
        Some(UnitReading::Word { canonical, class }) => {
            let written = unit_text(value);
            out.push(
                Diagnostic::new(
                    RuleId::UnitSpelling,
                    unit_span,
                    msg!(
                        "单位 `{written}` 应写作 `{canonical}`",
                        "write the unit `{written}` as `{canonical}`"
                    ),
                )
                .with_help(msg!("改为 `{canonical}`", "replace it with `{canonical}`"))
                .with_fix(
                    unit_word_span(indicator, value, canonical),
                    canonical.as_str(),
                ),
            );
            Some(*class)
        }
        Some(UnitReading::WithLevel { level, .. }) => {
            let raw = &value.raw;
            out.push(
                Diagnostic::new(
                    RuleId::MixedValue,
                    value.span,
                    msg!("指标值 `{raw}` 混合了数字与定性描述", "the value `{raw}` mixes a number and a level"),
                )
                .with_help(msg!(
                    "定量指标写数字和单位；定性指标只写 `{level}`",
                    "a quantitative target is a number and unit; a qualitative one is just `{level}`"
                )),
            );
            return;
        }
        Some(UnitReading::Unknown) => {
            let written = unit_text(value);
            out.push(
                Diagnostic::new(
                    RuleId::UnknownMeasureUnit,
                    unit_span,
                    msg!("未知的计量单位 `{written}`", "unknown unit `{written}`"),
                )
                .with_help(msg!(
                    "若确为单位，在文档头写 `补充单位 {written}`",
                    "if it is a unit, declare it with `补充单位 {written}` in the header"
                )),
            );
            None
        }
    };
    let comparator_node = comparator.map(|c| c.node);
    if class == Some(UnitClass::Percent) {
        check_percent(indicator, value, comparator_node, amount, out);
    }
    if indicator.is_satisfaction() {
        check_satisfaction(value, comparator, amount, class, out);
    }
    if indicator.level2 == Some(Level2::Timeliness) {
        let is_rate = class == Some(UnitClass::Percent) && indicator.node.name.value.contains('率');
        if class != Some(UnitClass::Duration) && !is_rate {
            out.push(timeliness(value));
        }
    }
}

/// The unit as written (or the `计量单位` field).
fn unit_text(value: &Value) -> String {
    match &value.kind {
        ValueKind::Quantity { unit: Some(u), .. } => u.node.to_string(),
        _ => String::new(),
    }
}

/// A unit written in brackets at the end of the indicator's name: `受益人数（人）`.
fn unit_in_name(name: &str) -> bool {
    let trimmed = name.trim_end();
    let Some(inner) = trimmed
        .strip_suffix('）')
        .and_then(|t| t.rsplit_once('（'))
        .or_else(|| trimmed.strip_suffix(')').and_then(|t| t.rsplit_once('(')))
        .map(|(_, inner)| inner)
    else {
        return false;
    };
    units::is_unit(inner, &[])
}

fn missing_unit(indicator: &IndicatorModel, value: &Value, out: &mut Vec<Diagnostic>) {
    let name = &indicator.node.name.value;
    if unit_in_name(name) || units::is_dimensionless(name) {
        return;
    }
    let raw = &value.raw;
    let d = Diagnostic::new(
        RuleId::MissingValueUnit,
        value.span,
        msg!("指标值 `{raw}` 没有单位", "the value `{raw}` has no unit"),
    );
    let help = match units::likely_unit(name, indicator.is_cost()) {
        "%" => msg!("比率以 % 计：写 `{raw}%`", "rates are in %: write `{raw}%`"),
        unit => msg!(
            "在数字后写单位，如 `{raw} {unit}`",
            "write a unit after the number, e.g. `{raw} {unit}`"
        ),
    };
    out.push(d.with_help(help));
}

/// Growth and ratio indicators may exceed 100%.
fn may_exceed_100(name: &str) -> bool {
    ["增长", "增幅", "倍", "增速"]
        .iter()
        .any(|w| name.contains(w))
}

fn check_percent(
    indicator: &IndicatorModel,
    value: &Value,
    comparator: Option<Comparator>,
    amount: Decimal,
    out: &mut Vec<Diagnostic>,
) {
    let hundred = Decimal::ONE_HUNDRED;
    let raw = &value.raw;
    let above = amount > hundred || amount == hundred && comparator == Some(Comparator::Gt);
    if above && !may_exceed_100(&indicator.node.name.value) {
        out.push(Diagnostic::new(
            RuleId::PercentRange,
            value.span,
            msg!(
                "百分比 `{raw}` 超出 0–100%",
                "the percentage `{raw}` is outside 0–100%"
            ),
        ));
    } else if amount == hundred && comparator == Some(Comparator::Ge) {
        out.push(
            Diagnostic::new(
                RuleId::PercentAtLeast100,
                value.span,
                msg!(
                    "`{raw}` 只能恰好等于 100%",
                    "`{raw}` can only ever be exactly 100%"
                ),
            )
            .with_help(msg!("写 `=100%` 或 `100%`", "write `=100%` or `100%`")),
        );
    }
}

fn check_satisfaction(
    value: &Value,
    comparator: Option<&Spanned<Comparator>>,
    amount: Decimal,
    class: Option<UnitClass>,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(cmp) = comparator.filter(|c| c.node.is_ceiling()) {
        let symbol = cmp.node.symbol();
        out.push(
            Diagnostic::new(
                RuleId::SatisfactionCeiling,
                cmp.span,
                msg!(
                    "满意度指标写成了上限 `{symbol}`",
                    "satisfaction target written as a ceiling `{symbol}`"
                ),
            )
            .with_help(msg!(
                "满意度是下限，应写 `≥`",
                "satisfaction is a floor: write `≥`"
            )),
        );
    } else if class == Some(UnitClass::Percent) && amount < Decimal::from(80) {
        let raw = &value.raw;
        out.push(Diagnostic::new(
            RuleId::SatisfactionLow,
            value.span,
            msg!(
                "满意度目标 `{raw}` 低于 80%",
                "satisfaction target `{raw}` is below 80%"
            ),
        ));
    }
}

fn timeliness(value: &Value) -> Diagnostic {
    let raw = &value.raw;
    Diagnostic::new(
        RuleId::TimelinessValue,
        value.span,
        msg!(
            "时效指标的值 `{raw}` 不是期限或时长",
            "the timeliness value `{raw}` is not a deadline or duration"
        ),
    )
    .with_help(msg!(
        "写期限（`12月底前`）、时长（`≤1 小时`）或 `及时`",
        "write a deadline (`12月底前`), a duration (`≤1 小时`) or `及时`"
    ))
}

fn days_in_month(year: Option<u32>, month: u8) -> u8 {
    match month {
        2 if year.is_none_or(|y| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn check_deadline(
    header: &Header,
    period: Option<&Period>,
    value: &Value,
    deadline: &Deadline,
    out: &mut Vec<Diagnostic>,
) {
    let raw = &value.raw;
    let year = deadline
        .year
        .as_ref()
        .or(header.year.as_ref())
        .map(|y| y.node);
    let bad_month = deadline.month.is_some_and(|m| !(1..=12).contains(&m));
    let bad_day = match (deadline.month, deadline.day) {
        (Some(m), Some(d)) => !bad_month && (d == 0 || d > days_in_month(year, m)),
        _ => false,
    };
    if bad_month || bad_day {
        out.push(Diagnostic::new(
            RuleId::InvalidDate,
            value.span,
            msg!("`{raw}` 不是有效的日期", "`{raw}` is not a valid date"),
        ));
        return;
    }
    if let (Some(written), Some(period)) = (&deadline.year, period)
        && let Some((first, last)) = period.range
    {
        let (w, a, b) = (written.node, first.year, last.year);
        if !(a..=b).contains(&w) {
            out.push(
                Diagnostic::new(
                    RuleId::DeadlineYear,
                    written.span,
                    msg!(
                        "期限在 {w} 年，项目期是 {a}–{b} 年",
                        "the deadline is in {w}, the project runs {a}–{b}"
                    ),
                )
                .with_secondary(period.value, msg!("项目期", "project period")),
            );
        }
        return;
    }
    if let (Some(written), Some(budget)) = (&deadline.year, &header.year)
        && written.node != budget.node
    {
        let (w, b) = (written.node, budget.node);
        out.push(
            Diagnostic::new(
                RuleId::DeadlineYear,
                written.span,
                msg!(
                    "期限在 {w} 年，预算年度是 {b} 年",
                    "the deadline is in {w}, the budget year is {b}"
                ),
            )
            .with_secondary(budget.span, msg!("预算年度", "budget year")),
        );
    }
}

/// A level or quoted text in the value column: a blank, a column shift, or an unknown level.
fn check_words(
    header: &Header,
    indicator: &IndicatorModel,
    value: &Value,
    (words, span): (&str, Span),
    suggestions: &mut Suggestions,
    out: &mut Vec<Diagnostic>,
) {
    if !crate::domain::text::defects(words).placeholders.is_empty()
        || crate::syntax::is_misread_value(words)
    {
        return; // the text rules or the reading report it
    }
    let node = indicator.node;
    let repeats =
        words == node.name.value || node.description.as_ref().is_some_and(|d| d.value == words);
    let is_level = levels::is_level(words, &header.extra_levels);
    if repeats {
        out.push(
            Diagnostic::new(
                RuleId::ValueRepeatsName,
                span,
                msg!(
                    "指标值与指标名称或描述相同",
                    "the value repeats the indicator's name or description"
                ),
            )
            .with_help(msg!(
                "表格可能错列：此处应填目标值",
                "the columns may have shifted: write the target here"
            )),
        );
    } else if !is_level && words.chars().count() > LONG_VALUE {
        out.push(
            Diagnostic::new(
                RuleId::LongValueText,
                span,
                msg!("指标值是一段长文字", "the value is a long text"),
            )
            .with_help(msg!(
                "表格可能错列：描述填进了指标值栏",
                "the columns may have shifted: a description in the value column"
            )),
        );
    } else if !is_level {
        let mut d = Diagnostic::new(
            RuleId::UnknownQualitative,
            span,
            msg!(
                "未知的定性指标值 `{words}`",
                "unknown qualitative level `{words}`"
            ),
        );
        let suggestion = *suggestions
            .entry(words.to_string())
            .or_insert_with(|| crate::domain::framework::suggest(words, levels::known()));
        d = match suggestion {
            Some(close) => d.with_help(msg!(
                "是否应为 `{close}`？或在文档头写 `补充定性 {words}`",
                "did you mean `{close}`? Or declare it with `补充定性 {words}`"
            )),
            None => d.with_help(msg!(
                "在文档头写 `补充定性 {words}` 以接受它",
                "declare it with `补充定性 {words}` to accept it"
            )),
        };
        out.push(d);
    }
    if indicator.level2 == Some(Level2::Quantity) {
        out.push(
            Diagnostic::new(
                RuleId::QuantityNotNumeric,
                span,
                msg!("数量指标没有数值", "the quantity indicator has no number"),
            )
            .with_help(msg!(
                "写数字和单位，如 `≥20 个`",
                "write a number and unit, e.g. `≥20 个`"
            )),
        );
    }
    if indicator.level2 == Some(Level2::Timeliness) && !levels::is_timeliness(words) {
        out.push(timeliness(value));
    }
}

/// A comparable number: (comparator, amount, canonical unit).
fn comparable(value: &Value, header: &Header) -> Option<(Option<Comparator>, Decimal, String)> {
    let ValueKind::Quantity {
        comparator,
        amount: Amount::Number(n),
        unit,
    } = &value.kind
    else {
        return None;
    };
    let unit = match unit {
        Some(u) => units::read(&u.node, &header.extra_units, |_| false)
            .unit()?
            .0
            .to_string(),
        None => String::new(),
    };
    Some((comparator.as_ref().map(|c| c.node), n.node, unit))
}

fn check_long_term(header: &Header, indicator: &IndicatorModel, out: &mut Vec<Diagnostic>) {
    if indicator.node.mid_term.is_none() && indicator.node.long_term.is_none() {
        return;
    }
    let Some((cmp, annual, unit)) = indicator
        .node
        .value
        .as_ref()
        .and_then(|v| comparable(v, header))
    else {
        return;
    };
    for (term, zh, en) in [
        (&indicator.node.mid_term, "中期", "mid-term"),
        (&indicator.node.long_term, "长期", "long-term"),
    ] {
        let Some(term_value) = term else { continue };
        let Some((_, target, term_unit)) = comparable(term_value, header) else {
            continue;
        };
        if term_unit != unit {
            continue;
        }
        let beyond = if cmp.is_some_and(Comparator::is_ceiling) {
            annual < target
        } else {
            annual > target
        };
        if beyond {
            let raw = &term_value.raw;
            out.push(
                Diagnostic::new(
                    RuleId::AnnualBeyondLongTerm,
                    indicator
                        .node
                        .value
                        .as_ref()
                        .map_or(indicator.node.span, |v| v.span),
                    msg!(
                        "年度目标超过{zh}目标 `{raw}`",
                        "the annual target goes beyond the {en} target `{raw}`"
                    ),
                )
                .with_secondary(term_value.span, msg!("{zh}目标", "{en} target")),
            );
        }
    }
}

/// E0514: an indicator name used with one unit in most projects and another here.
fn check_consistent_units(document: &Document, out: &mut Vec<Diagnostic>) {
    let mut by_name: HashMap<&str, Vec<(&str, Span)>> = HashMap::default();
    for project in &document.projects {
        for indicator in &project.indicators {
            let Some((unit, _)) = indicator.unit.as_ref().and_then(UnitReading::unit) else {
                continue;
            };
            let span = indicator
                .node
                .value
                .as_ref()
                .map_or(indicator.node.span, |v| v.span);
            by_name
                .entry(&indicator.node.name.value)
                .or_default()
                .push((unit, span));
        }
    }
    // Most names have one unit throughout: only the others are counted.
    let mut names: Vec<_> = by_name
        .into_iter()
        .filter(|(_, uses)| uses.iter().any(|(unit, _)| *unit != uses[0].0))
        .collect();
    names.sort_by_key(|(name, _)| *name);
    for (name, uses) in names {
        let mut counts: HashMap<&str, usize> = HashMap::default();
        for (unit, _) in &uses {
            *counts.entry(unit).or_default() += 1;
        }
        let Some((&majority, &count)) = counts
            .iter()
            .max_by_key(|(u, n)| (**n, std::cmp::Reverse(**u)))
        else {
            continue;
        };
        if count < 2 || count * 2 <= uses.len() {
            continue;
        }
        let example = uses.iter().find(|(u, _)| *u == majority).map(|(_, s)| *s);
        for (unit, span) in uses.iter().filter(|(u, _)| *u != majority) {
            let mut d = Diagnostic::new(
                RuleId::InconsistentUnit,
                *span,
                msg!(
                    "“{name}”在其他 {count} 个项目中以 {majority} 计，这里是 {unit}",
                    "“{name}” is in {majority} in {count} other projects, {unit} here"
                ),
            );
            if let Some(example) = example {
                d = d.with_secondary(example, msg!("例如这里", "for example here"));
            }
            out.push(d);
        }
    }
}
