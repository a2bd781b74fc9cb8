//! The monitorings (`监控`) in the JSON: what each record says and what `model::monitoring`
//! judged of it (rates, plan, lights), for the template and for other programs.

use schemars::JsonSchema;
use serde::Serialize;

use super::DecimalString;
use crate::domain::monitoring::{Light, Likelihood};
use crate::model::monitoring::{FundsProgress, Reading, RowProgress};
use crate::model::{Document, MonitoringModel};
use crate::syntax::ast::{self, Cause};

/// A project's monitoring (项目支出绩效目标执行监控表) at the end of a month.
#[derive(Serialize, JsonSchema)]
pub struct MonitoringJson {
    /// The project's code or name as the record writes it.
    pub project_reference: String,
    /// The monitored project's `number`; null when no project has that code or name.
    pub project: Option<usize>,
    /// The month whose end the record reports (1–12).
    pub as_of_month: u8,
    /// 全年预算数: the record's, else the project's 预算.
    pub full_year_budget: Option<DecimalString>,
    /// 执行数 by the cut-off.
    pub executed: Option<DecimalString>,
    /// 全年预计执行数.
    pub forecast_executed: Option<DecimalString>,
    /// Percent spent of the budget, 2 places.
    pub execution_rate: Option<DecimalString>,
    /// Percent forecast of the budget, 2 places.
    pub forecast_rate: Option<DecimalString>,
    /// Percent planned by the cut-off.
    pub planned_rate: Option<DecimalString>,
    /// Where `planned_rate` comes from: `schedule` (the project's 支出计划) or `elapsed`
    /// (序时进度, the months elapsed of twelve).
    pub planned_from: Option<&'static str>,
    /// The money's light: `green`, `yellow` or `red`.
    pub light: Option<Light>,
    /// 绿灯, 黄灯 or 红灯.
    pub light_word: Option<&'static str>,
    /// Why spending lags (`资金 { 偏差 … }`).
    pub cause: Option<CauseJson>,
    /// 纠偏措施 for the money.
    pub correction: Option<String>,
    /// The goals' progress so far (完成情况).
    pub achieved: Option<String>,
    /// The project's indicators in order, each with its row.
    pub rows: Vec<MonitoringRowJson>,
    /// How many indicator rows have each light.
    pub lights: LightCounts,
}

/// 偏差原因: its kinds and the analysis.
#[derive(Serialize, JsonSchema)]
pub struct CauseJson {
    /// 经费保障, 制度保障, 人员保障, 硬件保障, 其他, as written.
    pub kinds: Vec<String>,
    pub analysis: Option<String>,
}

/// One indicator so far.
#[derive(Serialize, JsonSchema)]
pub struct MonitoringRowJson {
    pub level1: String,
    pub level2: String,
    pub name: String,
    /// 年度指标值 as written.
    pub target: Option<String>,
    /// 截至目前完成值 as written.
    pub done: Option<String>,
    /// 全年预计完成值 as written.
    pub forecast: Option<String>,
    /// Whether the forecast meets the target; null when it is missing, 不涉及 or not comparable.
    pub forecast_meets: Option<bool>,
    /// A ceiling (≤, <) the value so far already exceeds.
    pub ceiling_passed: bool,
    /// 完成目标可能性 as written.
    pub likelihood_word: Option<String>,
    /// `certain` (确定能), `possible` (有可能) or `impossible` (完全不可能).
    pub likelihood: Option<Likelihood>,
    pub cause: Option<CauseJson>,
    /// 纠偏措施.
    pub correction: Option<String>,
    /// `green`, `yellow` or `red`; null without a row, or for a target of 不涉及.
    pub light: Option<Light>,
    pub light_word: Option<&'static str>,
}

#[derive(Serialize, JsonSchema, Default)]
pub struct LightCounts {
    pub green: usize,
    pub yellow: usize,
    pub red: usize,
}

pub(super) fn monitoring(document: &Document, monitoring: &MonitoringModel) -> MonitoringJson {
    let record = monitoring.node;
    let project = monitoring.project(document);
    let progress = project.map(|p| monitoring.progress(document, p));
    let funds = progress.as_ref().and_then(|p| p.funds.as_ref());
    let written = record.funds.as_ref();
    let unit = document.header.money_unit;
    let amount = |money: Option<&ast::Money>| {
        money
            .and_then(|m| unit.amount_of(m))
            .map(DecimalString::from)
    };
    let rows: Vec<MonitoringRowJson> = progress
        .as_ref()
        .map(|p| p.rows.iter().map(row).collect())
        .unwrap_or_default();
    let mut lights = LightCounts::default();
    for light in rows.iter().filter_map(|r| r.light) {
        match light {
            Light::Green => lights.green += 1,
            Light::Yellow => lights.yellow += 1,
            Light::Red => lights.red += 1,
        }
    }
    let light = funds.and_then(|f| f.light);
    MonitoringJson {
        project_reference: record.project.node.clone(),
        project: project.map(|p| p.number),
        as_of_month: record.as_of.node,
        full_year_budget: match funds {
            Some(f) => Some(f.budget.into()),
            None => amount(written.and_then(|f| f.full_year.as_ref())),
        },
        executed: amount(written.and_then(|f| f.executed.as_ref())),
        forecast_executed: amount(written.and_then(|f| f.forecast.as_ref())),
        execution_rate: funds.and_then(|f| f.rate).map(DecimalString::from),
        forecast_rate: funds.and_then(|f| f.forecast_rate).map(DecimalString::from),
        planned_rate: funds.map(|f| f.planned.into()),
        planned_from: funds.map(planned_from),
        light,
        light_word: light.map(Light::chinese),
        cause: written.and_then(|f| f.cause.as_ref()).map(cause),
        correction: written.and_then(|f| f.correction.as_ref().map(|t| t.value.clone())),
        achieved: record.achieved.as_ref().map(|t| t.value.clone()),
        rows,
        lights,
    }
}

fn planned_from(funds: &FundsProgress) -> &'static str {
    if funds.scheduled {
        "schedule"
    } else {
        "elapsed"
    }
}

fn cause(cause: &Cause) -> CauseJson {
    CauseJson {
        kinds: cause.kinds.iter().map(|k| k.node.clone()).collect(),
        analysis: cause.analysis.as_ref().map(|t| t.value.clone()),
    }
}

fn row(progress: &RowProgress) -> MonitoringRowJson {
    let indicator = progress.indicator.node;
    let written = progress.row;
    let raw = |value: Option<&ast::Value>| value.map(|v| v.shown().to_string());
    MonitoringRowJson {
        level1: progress.indicator.group.node.to_string(),
        level2: indicator.category.node.to_string(),
        name: indicator.name.value.clone(),
        target: raw(indicator.value.as_ref()),
        done: raw(written.and_then(|r| r.done.as_ref())),
        forecast: raw(written.and_then(|r| r.forecast.as_ref())),
        forecast_meets: match progress.forecast {
            Reading::Meets => Some(true),
            Reading::Misses => Some(false),
            _ => None,
        },
        ceiling_passed: progress.ceiling_passed,
        likelihood_word: written.and_then(|r| r.likelihood.as_ref().map(|l| l.node.clone())),
        likelihood: progress.likelihood,
        cause: written.and_then(|r| r.cause.as_ref()).map(cause),
        correction: written.and_then(|r| r.correction.as_ref().map(|t| t.value.clone())),
        light: progress.light,
        light_word: progress.light.map(Light::chinese),
    }
}
