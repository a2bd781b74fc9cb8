//! A project's monitoring (绩效运行监控) against its targets and its 支出计划: the money spent by
//! the cut-off against what was planned by then, each indicator's value so far and forecast
//! judged against its target, and the lights (`domain::monitoring`), computed once for the rules
//! and the outputs alike. Targets are judged as the self-evaluation scores them
//! (`evaluation::outcome`): a forecast "meets" its target when it would get full marks.

use rust_decimal::Decimal;

use super::evaluation::{Outcome, outcome};
use super::{Document, IndicatorModel, ProjectModel};
use crate::domain::monitoring::{self, Light, Likelihood};
use crate::domain::scoring::{self, Attainment, Method, Overflow};
use crate::source::Span;
use crate::syntax::ast::{Comparator, Monitoring, MonitoringRow, Value, ValueKind};

/// A `监控` block and the project it monitors.
#[derive(Debug)]
pub struct MonitoringModel<'a> {
    pub node: &'a Monitoring,
    /// Index of the project in `Document::projects`, when the code or name names one.
    pub project: Option<usize>,
}

/// What one monitoring found.
#[derive(Debug)]
pub struct Progress<'a> {
    /// None without 执行数.
    pub funds: Option<FundsProgress>,
    /// The target's indicators, in order, each with its row.
    pub rows: Vec<RowProgress<'a>>,
    /// Rows that name no indicator of the project.
    pub unmatched: Vec<&'a MonitoringRow>,
    /// Where a number left the range of exact decimals (E0006); nothing is judged then.
    pub overflow: Option<Span>,
}

/// The money so far, in the document's money unit; rates in percent, 2 places.
#[derive(Debug)]
pub struct FundsProgress {
    /// 全年预算数: the record's, else the project's 预算.
    pub budget: Decimal,
    pub executed: Decimal,
    /// 全年预计执行数.
    pub forecast: Option<Decimal>,
    /// Spent of the budget; None when the budget is 0.
    pub rate: Option<Decimal>,
    pub forecast_rate: Option<Decimal>,
    /// Percent planned by the cut-off: the 支出计划's when `scheduled`, else 序时进度.
    pub planned: Decimal,
    pub scheduled: bool,
    /// None when there is no rate.
    pub light: Option<Light>,
}

/// One indicator so far.
#[derive(Debug)]
pub struct RowProgress<'a> {
    pub indicator: &'a IndicatorModel<'a>,
    pub row: Option<&'a MonitoringRow>,
    /// 截至目前完成值 against the target.
    pub done: Reading,
    /// 全年预计完成值 against the target.
    pub forecast: Reading,
    pub likelihood: Option<Likelihood>,
    /// A ceiling (≤, <) the value so far already exceeds.
    pub ceiling_passed: bool,
    /// None without a row, or for a target of 不涉及.
    pub light: Option<Light>,
}

/// A value against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Meets,
    Misses,
    NotApplicable,
    Missing,
    /// Not comparable with the target (another unit, a date for a number …).
    Mismatch,
}

impl<'a> MonitoringModel<'a> {
    /// The monitored project.
    pub fn project<'d>(&self, document: &'d Document<'a>) -> Option<&'d ProjectModel<'a>> {
        self.project.map(|i| &document.projects[i])
    }
}

impl<'d> MonitoringModel<'d> {
    /// Judges the year so far against the project's targets and plan.
    pub fn progress(
        &self,
        document: &'d Document<'d>,
        project: &'d ProjectModel<'d>,
    ) -> Progress<'d> {
        let unmatched = self
            .node
            .rows
            .iter()
            .filter(|r| {
                !project
                    .indicators
                    .iter()
                    .any(|i| i.node.name.value == r.name.value)
            })
            .collect();
        let judged = self
            .funds(document, project)
            .and_then(|funds| Ok((funds, self.rows(document, project)?)));
        match judged {
            Ok((funds, rows)) => Progress {
                funds,
                rows,
                unmatched,
                overflow: None,
            },
            Err(Overflow) => Progress {
                funds: None,
                rows: Vec::new(),
                unmatched,
                overflow: Some(self.node.span),
            },
        }
    }

    fn funds(
        &self,
        document: &Document,
        project: &ProjectModel,
    ) -> Result<Option<FundsProgress>, Overflow> {
        let Some(funds) = &self.node.funds else {
            return Ok(None);
        };
        let unit = document.header.money_unit;
        let budget = funds
            .full_year
            .as_ref()
            .or(project.budget.map(|b| &b.total));
        let (Some(budget), Some(executed)) = (budget, &funds.executed) else {
            return Ok(None);
        };
        let budget = unit.amount_of(budget).ok_or(Overflow)?;
        let executed = unit.amount_of(executed).ok_or(Overflow)?;
        let forecast = match &funds.forecast {
            Some(money) => Some(unit.amount_of(money).ok_or(Overflow)?),
            None => None,
        };
        let rate = scoring::execution_rate(budget, executed)?;
        let forecast_rate = match forecast {
            Some(forecast) => scoring::execution_rate(budget, forecast)?,
            None => None,
        };
        let month = self.node.as_of.node;
        let schedule = project.schedule.filter(|s| !s.entries.is_empty());
        let planned = schedule.map_or_else(
            || monitoring::elapsed_percent(month),
            |s| s.planned_by(month),
        );
        Ok(Some(FundsProgress {
            budget,
            executed,
            forecast,
            rate,
            forecast_rate,
            planned,
            scheduled: schedule.is_some(),
            light: rate.map(|rate| monitoring::funds_light(rate, planned)),
        }))
    }

    fn rows(
        &self,
        document: &'d Document<'d>,
        project: &'d ProjectModel<'d>,
    ) -> Result<Vec<RowProgress<'d>>, Overflow> {
        project
            .indicators
            .iter()
            .map(|indicator| {
                let row = self
                    .node
                    .rows
                    .iter()
                    .find(|r| r.name.value == indicator.node.name.value);
                let read = |value: Option<&Value>| reading(document, indicator, value);
                let done = read(row.and_then(|r| r.done.as_ref()))?;
                let forecast = read(row.and_then(|r| r.forecast.as_ref()))?;
                let likelihood = row
                    .and_then(|r| r.likelihood.as_ref())
                    .and_then(|w| Likelihood::from_word(&w.node));
                let ceiling_passed = is_ceiling(indicator) && done == Reading::Misses;
                let applicable = !indicator.is_not_applicable();
                let light = row.filter(|_| applicable).map(|_| {
                    monitoring::row_light(likelihood, forecast == Reading::Misses, ceiling_passed)
                });
                Ok(RowProgress {
                    indicator,
                    row,
                    done,
                    forecast,
                    likelihood,
                    ceiling_passed,
                    light,
                })
            })
            .collect()
    }
}

/// A value against the indicator's target, judged as a self-evaluation would score it.
fn reading(
    document: &Document,
    indicator: &IndicatorModel,
    value: Option<&Value>,
) -> Result<Reading, Overflow> {
    let profile = &document.header.scoring;
    let judged = outcome(document, indicator, value, Decimal::ONE_HUNDRED, profile)?;
    Ok(match judged {
        Outcome::Scored(scored) if scored.method == Method::Met => Reading::Meets,
        Outcome::Scored(_) => Reading::Misses,
        Outcome::Qualitative {
            attainment: Attainment::Achieved,
            ..
        } => Reading::Meets,
        Outcome::Qualitative { .. } => Reading::Misses,
        Outcome::NotApplicable => Reading::NotApplicable,
        Outcome::Missing => Reading::Missing,
        Outcome::Mismatch => Reading::Mismatch,
    })
}

/// A target that is a ceiling: `≤ 15 万元`, `< 5%`.
fn is_ceiling(indicator: &IndicatorModel) -> bool {
    matches!(
        indicator.node.value.as_ref().map(|v| &v.kind),
        Some(ValueKind::Quantity {
            comparator: Some(c),
            ..
        }) if matches!(c.node, Comparator::Le | Comparator::Lt)
    )
}
