//! A project's self-evaluation (绩效自评) scored against its targets: each target indicator with
//! the row that reports it, the weight it carries, and the score the profile gives it, computed
//! once here for the rules and the outputs alike. The arithmetic is `domain::scoring`'s.

use rust_decimal::Decimal;

use super::{Document, IndicatorModel, ProjectModel};
use ecow::EcoString;

use crate::domain::framework::Level1;
use crate::domain::scoring::{self, Attainment, Band, Overflow, Profile, Scored, Total};
use crate::domain::units;
use crate::source::{Span, Spanned};
use crate::syntax::ast::{Amount, EvaluationRow, SelfEvaluation, Value, ValueKind};

/// A `自评` block and what it evaluates.
#[derive(Debug)]
pub struct EvaluationModel<'a> {
    pub node: &'a SelfEvaluation,
    /// The project its code or name names, or the department as a whole when the document has
    /// department indicators; None when there is nothing to score against.
    pub target: Option<Evaluates>,
}

/// What a self-evaluation scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evaluates {
    /// The project at this index of `Document::projects`.
    Project(usize),
    /// The department as a whole, against the indicators of `部门目标`.
    Department,
}

/// The targets a self-evaluation is scored against, and how findings name them.
pub struct Evaluated<'d> {
    pub indicators: &'d [IndicatorModel<'d>],
    /// The project's code (else name), or 部门整体.
    pub label: &'d str,
}

/// The scores of one self-evaluation.
#[derive(Debug)]
pub struct Scorecard<'a> {
    /// 预算执行率 in percent (2 places) and its score; None without 全年预算数 and 全年执行数.
    pub execution: Option<(Decimal, Scored)>,
    /// The target's indicators, in order, each with its row.
    pub rows: Vec<RowScore<'a>>,
    /// Rows that name no indicator of the project.
    pub unmatched: Vec<&'a EvaluationRow>,
    pub total: Option<Total>,
    /// Where a number left the range of exact decimals (E0006); nothing is scored then.
    pub overflow: Option<Span>,
}

/// One indicator's year.
#[derive(Debug)]
pub struct RowScore<'a> {
    pub indicator: &'a IndicatorModel<'a>,
    pub row: Option<&'a EvaluationRow>,
    /// 分值: the row's, else the target's, else the block's share.
    pub weight: Decimal,
    pub outcome: Outcome,
}

/// How a row was scored.
#[derive(Debug)]
pub enum Outcome {
    /// Computed from the actual and the target.
    Scored(Scored),
    /// A qualitative row: the level of attainment and the band its written score must lie in.
    Qualitative { attainment: Attainment, band: Band },
    /// 不涉及: left out, the rest rescaled.
    NotApplicable,
    /// No row, or a row without 实际.
    Missing,
    /// The actual cannot be compared with the target (another unit, a date for a number …).
    Mismatch,
}

impl RowScore<'_> {
    /// The points the row adds to the total: the computed score; a qualitative row's written
    /// score when it lies in its band, else (达成 without a score) full marks, else nothing.
    pub fn points(&self) -> Option<Decimal> {
        match &self.outcome {
            Outcome::Scored(scored) => Some(scored.score),
            Outcome::Qualitative { attainment, band } => {
                match self.row.and_then(|r| r.score.as_ref()) {
                    Some(written) if band.contains(written.node) => Some(two_places(written.node)),
                    Some(_) => Some(Decimal::ZERO),
                    None if *attainment == Attainment::Achieved => Some(self.weight),
                    None => Some(Decimal::ZERO),
                }
            }
            Outcome::NotApplicable => None,
            Outcome::Missing | Outcome::Mismatch => Some(Decimal::ZERO),
        }
    }
}

impl<'a> EvaluationModel<'a> {
    /// The evaluated project; None for the department as a whole.
    pub fn project<'d>(&self, document: &'d Document<'a>) -> Option<&'d ProjectModel<'a>> {
        match self.target? {
            Evaluates::Project(i) => Some(&document.projects[i]),
            Evaluates::Department => None,
        }
    }
}

impl<'d> EvaluationModel<'d> {
    /// The indicators the record is scored against, and its name in findings.
    pub fn evaluated(&self, document: &'d Document<'d>) -> Option<Evaluated<'d>> {
        match self.target? {
            Evaluates::Project(i) => {
                let project = &document.projects[i];
                Some(Evaluated {
                    indicators: &project.indicators,
                    label: project.label(),
                })
            }
            Evaluates::Department => Some(Evaluated {
                indicators: &document.department.indicators,
                label: "部门整体",
            }),
        }
    }

    /// Scores the year against the targets.
    pub fn score(
        &self,
        document: &'d Document<'d>,
        indicators: &'d [IndicatorModel<'d>],
    ) -> Scorecard<'d> {
        let profile = &document.header.scoring;
        let rows = self.node.rows.iter().collect::<Vec<_>>();
        let mut card = Scorecard {
            execution: None,
            rows: Vec::new(),
            unmatched: rows
                .iter()
                .copied()
                .filter(|r| !indicators.iter().any(|i| i.node.name.value == r.name.value))
                .collect(),
            total: None,
            overflow: None,
        };
        let result = self.score_into(&mut card, document, indicators, profile);
        if result.is_err() {
            card.overflow = Some(self.node.span);
            card.execution = None;
            card.rows.clear();
            card.total = None;
        }
        card
    }

    fn score_into(
        &self,
        card: &mut Scorecard<'d>,
        document: &'d Document<'d>,
        indicators: &'d [IndicatorModel<'d>],
        profile: &Profile,
    ) -> Result<(), Overflow> {
        card.execution = self.execution(document, profile)?;
        let weights = weights(indicators, self.node, profile)?;
        for (indicator, weight) in indicators.iter().zip(weights) {
            let row = self
                .node
                .rows
                .iter()
                .find(|r| r.name.value == indicator.node.name.value);
            let actual = row.and_then(|r| r.actual.as_ref());
            let outcome = outcome(document, indicator, actual, weight, profile)?;
            card.rows.push(RowScore {
                indicator,
                row,
                weight,
                outcome,
            });
        }
        let mut scores: Vec<Decimal> = card.execution.iter().map(|(_, s)| s.score).collect();
        let mut excluded = Vec::new();
        for row in &card.rows {
            match row.points() {
                Some(points) => scores.push(points),
                None => excluded.push(row.weight),
            }
        }
        card.total = scoring::total(&scores, &excluded, profile)?;
        Ok(())
    }

    /// 执行率 and its score, from 全年预算数 and 全年执行数 in the document's money unit.
    fn execution(
        &self,
        document: &Document,
        profile: &Profile,
    ) -> Result<Option<(Decimal, Scored)>, Overflow> {
        let Some(funds) = &self.node.funds else {
            return Ok(None);
        };
        let unit = document.header.money_unit;
        let (Some(budget), Some(executed)) = (&funds.total.full_year, &funds.total.executed) else {
            return Ok(None);
        };
        let budget = unit.amount_of(budget).ok_or(Overflow)?;
        let executed = unit.amount_of(executed).ok_or(Overflow)?;
        let rate = scoring::execution_rate(budget, executed)?;
        let score = scoring::execution_score(budget, executed, profile.execution)?;
        Ok(rate.zip(score))
    }
}

/// A written score as scores are printed, with at least 2 places (`20` → `20.00`).
fn two_places(mut score: Decimal) -> Decimal {
    if score.scale() < 2 {
        score.rescale(2);
    }
    score
}

/// The block a first-level category scores in: 成本 counts with 产出 (under the 2015 framework
/// it is a part of 产出; the 2021 framework's points for it are not settled).
fn block_weight(level1: Option<Level1>, profile: &Profile) -> Decimal {
    match level1 {
        Some(Level1::Output | Level1::Cost) | None => profile.output,
        Some(Level1::Outcome) => profile.benefit,
        Some(Level1::Satisfaction) => profile.satisfaction,
    }
}

fn block_of(level1: Option<Level1>) -> u8 {
    match level1 {
        Some(Level1::Output | Level1::Cost) | None => 0,
        Some(Level1::Outcome) => 1,
        Some(Level1::Satisfaction) => 2,
    }
}

/// The 分值 written for each indicator: the self-evaluation row's, else the target's.
fn written_weights(indicators: &[IndicatorModel], record: &SelfEvaluation) -> Vec<Option<Decimal>> {
    indicators
        .iter()
        .map(|indicator| {
            let row = record
                .rows
                .iter()
                .find(|r| r.name.value == indicator.node.name.value);
            row.and_then(|r| r.weight.as_ref())
                .or(indicator.node.weight.as_deref())
                .map(|w| w.node)
        })
        .collect()
}

/// A block's points and the 分值 its rows write.
#[derive(Debug)]
pub struct BlockTotal {
    pub name: &'static str,
    pub points: Decimal,
    /// The sum of the written 分值 (0 when it leaves the range: E0006 is reported then).
    pub written: Decimal,
    pub all_written: bool,
    pub span: Span,
}

/// The blocks of the project's indicators (产出 with 成本, 效益, 满意度) that write a 分值.
pub fn block_totals(
    document: &Document,
    indicators: &[IndicatorModel],
    record: &SelfEvaluation,
) -> Vec<BlockTotal> {
    let written = written_weights(indicators, record);
    let profile = &document.header.scoring;
    (0..3)
        .filter_map(|block| {
            let members: Vec<usize> = (0..written.len())
                .filter(|&i| block_of(indicators[i].level1) == block)
                .collect();
            let first = *members.first()?;
            let values: Vec<Decimal> = members.iter().filter_map(|&i| written[i]).collect();
            if values.is_empty() {
                return None;
            }
            let level1 = indicators[first].level1;
            Some(BlockTotal {
                name: BLOCK_NAMES[usize::from(block)],
                points: block_weight(level1, profile),
                written: values
                    .iter()
                    .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(*v))
                    .unwrap_or_default(),
                all_written: values.len() == members.len(),
                span: record.project.span,
            })
        })
        .collect()
}

const BLOCK_NAMES: [&str; 3] = ["产出指标", "效益指标", "满意度指标"];

/// Each indicator's 分值: the self-evaluation row's, else the target's, else an equal share of
/// what the written ones leave of its block.
fn weights(
    indicators: &[IndicatorModel],
    record: &SelfEvaluation,
    profile: &Profile,
) -> Result<Vec<Decimal>, Overflow> {
    let written = written_weights(indicators, record);
    let mut weights = vec![Decimal::ZERO; written.len()];
    for block in 0..3 {
        let members: Vec<usize> = (0..written.len())
            .filter(|&i| block_of(indicators[i].level1) == block)
            .collect();
        let Some(&first) = members.first() else {
            continue;
        };
        let block_written: Vec<Option<Decimal>> = members.iter().map(|&i| written[i]).collect();
        let level1 = indicators[first].level1;
        let shares = scoring::share_weights(block_weight(level1, profile), &block_written)?;
        for (&i, share) in members.iter().zip(shares) {
            weights[i] = share;
        }
    }
    Ok(weights)
}

/// How an actual (or a monitoring's value so far or forecast) scores against the indicator's
/// target.
pub(super) fn outcome(
    document: &Document,
    indicator: &IndicatorModel,
    actual: Option<&Value>,
    weight: Decimal,
    profile: &Profile,
) -> Result<Outcome, Overflow> {
    let target = indicator.node.value.as_ref();
    if matches!(target.map(|v| &v.kind), Some(ValueKind::NotApplicable(_))) {
        return Ok(Outcome::NotApplicable);
    }
    let Some(actual) = actual else {
        return Ok(Outcome::Missing);
    };
    if let ValueKind::NotApplicable(_) = actual.kind {
        return Ok(Outcome::NotApplicable);
    }
    let Some(target) = target else {
        return Ok(Outcome::Mismatch);
    };
    if let Some(attainment) = attainment(target, actual) {
        let band = scoring::band(attainment, weight)?;
        return Ok(Outcome::Qualitative { attainment, band });
    }
    match (&target.kind, &actual.kind) {
        (
            ValueKind::Quantity {
                comparator,
                amount: Amount::Number(a),
                unit: target_unit,
            },
            ValueKind::Quantity {
                comparator: None,
                amount: Amount::Number(b),
                unit: actual_unit,
            },
        ) if same_unit(document, target_unit.as_ref(), actual_unit.as_ref()) => {
            let comparator = comparator
                .as_ref()
                .map_or(crate::syntax::ast::Comparator::Eq, |c| c.node);
            let scored =
                scoring::score_quantity(comparator, a.node, b.node, weight, profile.ceiling)?;
            Ok(Outcome::Scored(scored))
        }
        (ValueKind::Deadline(target), ValueKind::Deadline(actual)) => {
            let year = document.header.year.as_ref().map(|y| y.node);
            match (date_of(target, year), date_of(actual, year)) {
                (Some(a), Some(b)) => Ok(Outcome::Scored(scoring::score_deadline(a, b, weight))),
                _ => Ok(Outcome::Mismatch),
            }
        }
        _ => Ok(Outcome::Mismatch),
    }
}

/// The level of attainment of a qualitative row: a level word (达成, 部分达成 …), or the target's
/// own level repeated (achieved).
fn attainment(target: &Value, actual: &Value) -> Option<Attainment> {
    let word = match &actual.kind {
        ValueKind::Level(word) => word.as_str(),
        ValueKind::Text(text) => text.value.as_str(),
        _ => return None,
    };
    if let Some(attainment) = Attainment::from_word(word) {
        return Some(attainment);
    }
    let qualitative = matches!(target.kind, ValueKind::Level(_) | ValueKind::Text(_));
    (qualitative && target.raw == actual.raw).then_some(Attainment::Achieved)
}

/// Units compared as the checker reads them (`百分比` is `%`); both absent is the same unit.
pub fn same_unit(
    document: &Document,
    target: Option<&Spanned<EcoString>>,
    actual: Option<&Spanned<EcoString>>,
) -> bool {
    let extra = &document.header.extra_units;
    let canonical = |unit: Option<&Spanned<EcoString>>| {
        let unit = unit?.node.as_str();
        let reading = units::read(unit, extra, |_| false);
        Some(reading.unit().map_or(unit, |(u, _)| u).to_string())
    };
    canonical(target) == canonical(actual)
}

/// The last day a deadline allows: its day, else the end of its month, else of its year.
pub fn date_of(
    deadline: &crate::syntax::ast::Deadline,
    budget_year: Option<u32>,
) -> Option<time::Date> {
    let year = deadline.year.as_ref().map(|y| y.node).or(budget_year)?;
    let year = i32::try_from(year).ok()?;
    let month = time::Month::try_from(deadline.month.unwrap_or(12)).ok()?;
    let day = match deadline.day {
        Some(day) => day,
        None => month.length(year),
    };
    time::Date::from_calendar_date(year, month, day).ok()
}
