//! Monitoring (绩效运行监控): E0901/E0902 records and rows that name nothing, E0903 missing
//! values, E0904 values not comparable with their targets, E0907 a forecast below 90% of the
//! budget unexplained, E0912 spending behind the project's 支出计划, E0913 a forecast that misses
//! while the likelihood says 确定能, E0914 a ceiling already passed, E0915 an uncertain row without
//! forecast, cause or measures, E0916 unknown words, E0917 amounts beyond the budget. What is
//! judged is `model::monitoring`'s.

use rust_decimal::Decimal;

use super::evaluation::{duplicate_rows, mismatch_help, unknown_indicator, unknown_project};
use crate::diag::{Diagnostic, Msg, RuleId};
use crate::domain::framework::suggest;
use crate::domain::monitoring::{CAUSE_KINDS, Likelihood};
use crate::model::monitoring::{FundsProgress, Reading, RowProgress};
use crate::model::{Document, MonitoringModel, ProjectModel};
use crate::msg;
use crate::syntax::ast::{Cause, MonitoringFunds, MonitoringRow, Text, Value, ValueKind};

/// Below this forecast 执行率 (in percent) the record says why, as a self-evaluation does.
const LOW_FORECAST: Decimal = Decimal::from_parts(90, 0, 0, false, 0);

pub(super) fn check(document: &Document, out: &mut Vec<Diagnostic>) {
    check_duplicates(document, out);
    for monitoring in document.monitorings_counted() {
        let Some(project) = monitoring.project(document) else {
            out.push(unknown_project(&monitoring.node.project));
            continue;
        };
        let progress = monitoring.progress(document, project);
        for row in &progress.unmatched {
            out.push(unknown_indicator(project.label(), &row.name));
        }
        if let Some(span) = progress.overflow {
            out.push(Diagnostic::new(
                RuleId::NumberRange,
                span,
                msg!(
                    "监控中的数超出可精确计算的范围，未与目标对照",
                    "a number of the monitoring is beyond exact arithmetic; nothing was judged"
                ),
            ));
            continue;
        }
        check_funds(monitoring, project, progress.funds.as_ref(), out);
        for row in &progress.rows {
            check_row(monitoring, row, out);
        }
    }
}

/// E0005: a second monitoring of a project at the same month, or a second row of an indicator.
fn check_duplicates(document: &Document, out: &mut Vec<Diagnostic>) {
    for (i, monitoring) in document.monitorings.iter().enumerate() {
        if let Some(earlier) = document.earlier_monitoring(i) {
            let (name, month) = (&monitoring.node.project.node, monitoring.node.as_of.node);
            out.push(
                Diagnostic::new(
                    RuleId::DuplicateField,
                    monitoring.node.project.span,
                    msg!(
                        "项目 {name} 已有一份截至 {month}月底 的监控，这一份被忽略",
                        "project {name} already has a monitoring to the end of month {month}; this one is ignored"
                    ),
                )
                .with_secondary(earlier.node.project.span, msg!("第一份", "the first")),
            );
        }
        let names: Vec<&Text> = monitoring.node.rows.iter().map(|r| &r.name).collect();
        duplicate_rows(&names, out);
    }
}

fn check_funds(
    monitoring: &MonitoringModel,
    project: &ProjectModel,
    progress: Option<&FundsProgress>,
    out: &mut Vec<Diagnostic>,
) {
    let record = monitoring.node;
    let funds = record.funds.as_ref();
    if let Some(cause) = funds.and_then(|f| f.cause.as_ref()) {
        check_cause_kinds(cause, out);
    }
    let (Some(funds), Some(progress)) = (funds, progress) else {
        let span = funds.map_or(record.project.span, |f| f.span);
        let label = project.label();
        let missing = if funds.is_some_and(|f| f.executed.is_some()) {
            msg!(
                "监控缺少全年预算数，项目 {label} 也没有预算",
                "the monitoring lacks 全年预算数 and project {label} has no budget"
            )
        } else {
            msg!(
                "监控缺少执行数，无法计算支出进度",
                "the monitoring lacks 执行数: no spending progress"
            )
        };
        out.push(
            Diagnostic::new(RuleId::MissingActual, span, missing).with_help(msg!(
                "写 `资金 {{ 全年预算数 …  执行数 …  预计执行数 … }}`",
                "write `资金 {{ 全年预算数 …  执行数 …  预计执行数 … }}`"
            )),
        );
        return;
    };
    check_amounts(funds, progress, out);
    let explained = funds.cause.is_some();
    if let Some(rate) = progress.rate
        && progress.scheduled
        && rate < progress.planned
        && !explained
    {
        let (planned, month) = (progress.planned, record.as_of.node);
        out.push(
            Diagnostic::new(
                RuleId::BehindPlan,
                funds.span,
                msg!(
                    "截至 {month}月底 支出 {rate}%，落后于支出计划的 {planned}%，未说明原因",
                    "{rate}% spent by the end of month {month}, behind the planned {planned}%, and no reason is given"
                ),
            )
            .with_help(msg!(
                "在 `资金` 中写 `偏差 经费保障 \"落后原因\"` 和 `纠偏 \"加快支出的措施\"`",
                "add `偏差 kind \"why\"` and `纠偏 \"how to catch up\"` to `资金`"
            ))
            .with_secondary(
                project.schedule.map_or(record.as_of.span, |s| s.keyword),
                msg!("支出计划", "the plan"),
            ),
        );
    }
    if let Some(rate) = progress.forecast_rate
        && rate < LOW_FORECAST
        && !explained
    {
        out.push(
            Diagnostic::new(
                RuleId::LowExecution,
                funds.span,
                msg!(
                    "全年预计执行率 {rate}% 低于 90%，未说明原因",
                    "the forecast execution rate {rate}% is below 90% and no reason is given"
                ),
            )
            .with_help(msg!(
                "在 `资金` 中写 `偏差 原因类别 \"分析\"` 和 `纠偏 \"措施\"`",
                "add `偏差 kind \"analysis\"` and `纠偏 \"measures\"` to `资金`"
            )),
        );
    }
}

/// E0917: spent beyond the budget or the forecast, or a forecast beyond the budget.
fn check_amounts(funds: &MonitoringFunds, progress: &FundsProgress, out: &mut Vec<Diagnostic>) {
    let budget = progress.budget;
    let mut beyond = |span, message: Msg| {
        out.push(
            Diagnostic::new(RuleId::MonitoringAmounts, span, message).with_help(msg!(
                "核对金额：执行数 ≤ 预计执行数 ≤ 全年预算数",
                "check the amounts: 执行数 ≤ 预计执行数 ≤ 全年预算数"
            )),
        );
    };
    let executed = progress.executed;
    if let Some(span) = funds.executed.as_ref().map(|m| m.span)
        && executed > budget
    {
        beyond(
            span,
            msg!(
                "执行数 {executed} 超过全年预算数 {budget}",
                "执行数 {executed} exceeds the budget {budget}"
            ),
        );
    }
    let (Some(forecast), Some(money)) = (progress.forecast, funds.forecast.as_ref()) else {
        return;
    };
    if forecast > budget {
        beyond(
            money.span,
            msg!(
                "预计执行数 {forecast} 超过全年预算数 {budget}",
                "the forecast {forecast} exceeds the budget {budget}"
            ),
        );
    }
    if executed > forecast {
        beyond(
            money.span,
            msg!(
                "预计执行数 {forecast} 少于已执行的 {executed}",
                "the forecast {forecast} is less than the {executed} already spent"
            ),
        );
    }
}

fn check_row(monitoring: &MonitoringModel, row: &RowProgress, out: &mut Vec<Diagnostic>) {
    let name = &row.indicator.node.name.value;
    if row.indicator.is_not_applicable() {
        return;
    }
    let Some(written) = row.row else {
        out.push(
            Diagnostic::new(
                RuleId::MissingActual,
                monitoring.node.project.span,
                msg!(
                    "监控中没有指标 “{name}” 的完成情况",
                    "the monitoring has no row for indicator “{name}”"
                ),
            )
            .with_help(msg!(
                "写 `\"{name}\" 完成 …  预计 …  可能性 确定能`",
                "write `\"{name}\" 完成 …  预计 …  可能性 确定能`"
            )),
        );
        return;
    };
    check_written_fields(row, written, out);
    // Progress so far may be told in words (`按计划推进`) for a deadline or a qualitative target;
    // a number or a date must be comparable. The forecast is always compared.
    let done = written
        .done
        .as_ref()
        .filter(|v| matches!(v.kind, ValueKind::Quantity { .. } | ValueKind::Deadline(_)));
    for (reading, value) in [(row.done, done), (row.forecast, written.forecast.as_ref())] {
        if let (Reading::Mismatch, Some(value)) = (reading, value) {
            out.push(mismatch(row, value));
        }
    }
    if let Some(cause) = &written.cause {
        check_cause_kinds(cause, out);
    }
    let certain = row.likelihood == Some(Likelihood::Certain);
    // A row that owns up to a passed ceiling (完全不可能, with its cause) needs no finding: its
    // light is red.
    let acknowledged = row.likelihood == Some(Likelihood::Impossible)
        && written.cause.as_ref().is_some_and(|c| !c.kinds.is_empty());
    if row.ceiling_passed {
        if !acknowledged {
            out.push(ceiling_passed(row, written, certain));
        }
    } else if certain && row.forecast == Reading::Misses {
        let forecast = written.forecast.as_ref().map_or("", |f| f.raw.as_str());
        let target = target_raw(row);
        out.push(
            Diagnostic::new(
                RuleId::ForecastContradiction,
                written.likelihood.as_ref().map_or(written.name.span, |l| l.span),
                msg!(
                    "指标 “{name}” 预计 {forecast} 达不到指标值 {target}，却写确定能完成",
                    "indicator “{name}” is forecast at {forecast}, short of {target}, yet marked certain"
                ),
            )
            .with_help(msg!(
                "改写预计值，或写 `可能性 有可能` 并写偏差原因和纠偏措施",
                "correct the forecast, or write `可能性 有可能` with the cause and measures"
            )),
        );
    }
    if matches!(
        row.likelihood,
        Some(Likelihood::Possible | Likelihood::Impossible)
    ) {
        check_uncertain(row, written, out);
    }
}

/// E0903 for a row without its value so far or its likelihood; E0916 for an unknown likelihood.
fn check_written_fields(row: &RowProgress, written: &MonitoringRow, out: &mut Vec<Diagnostic>) {
    let name = &row.indicator.node.name.value;
    if written.done.is_none() {
        out.push(
            Diagnostic::new(
                RuleId::MissingActual,
                written.name.span,
                msg!(
                    "指标 “{name}” 没有截至目前完成值",
                    "indicator “{name}” has no value so far"
                ),
            )
            .with_help(msg!(
                "写 `完成 …`（还没有开展写 `完成 0 …`，不适用写 `完成 不涉及`）",
                "write `完成 …` (`完成 0 …` when not started, `完成 不涉及` when it does not apply)"
            )),
        );
    }
    match &written.likelihood {
        None => out.push(
            Diagnostic::new(
                RuleId::MissingActual,
                written.name.span,
                msg!(
                    "指标 “{name}” 没有写完成目标可能性",
                    "indicator “{name}” has no likelihood of meeting its target"
                ),
            )
            .with_help(msg!(
                "写 `可能性 确定能`、`可能性 有可能` 或 `可能性 完全不可能`",
                "write `可能性 确定能`, `可能性 有可能` or `可能性 完全不可能`"
            )),
        ),
        Some(word) if Likelihood::from_word(&word.node).is_none() => {
            let help = match suggest(&word.node, Likelihood::WORDS) {
                Some(close) => msg!("写 `{close}`", "write `{close}`"),
                None => msg!(
                    "写 确定能、有可能 或 完全不可能",
                    "write 确定能, 有可能 or 完全不可能"
                ),
            };
            let written = &word.node;
            out.push(
                Diagnostic::new(
                    RuleId::MonitoringWord,
                    word.span,
                    msg!(
                        "完成目标可能性没有 “{written}” 这一项",
                        "“{written}” is not a likelihood"
                    ),
                )
                .with_help(help),
            );
        }
        Some(_) => {}
    }
}

/// E0916: a cause of a kind the forms do not have.
fn check_cause_kinds(cause: &Cause, out: &mut Vec<Diagnostic>) {
    for kind in &cause.kinds {
        if CAUSE_KINDS.contains(&kind.node.as_str()) {
            continue;
        }
        let written = &kind.node;
        let help = match suggest(written, CAUSE_KINDS) {
            Some(close) => msg!("写 `{close}`", "write `{close}`"),
            None => msg!(
                "类别写 经费保障、制度保障、人员保障、硬件保障 或 其他；分析写在引号中",
                "the kinds are 经费保障, 制度保障, 人员保障, 硬件保障 or 其他; put the analysis in quotes"
            ),
        };
        out.push(
            Diagnostic::new(
                RuleId::MonitoringWord,
                kind.span,
                msg!(
                    "偏差原因没有 “{written}” 这一类",
                    "“{written}” is not a kind of cause"
                ),
            )
            .with_help(help),
        );
    }
}

/// E0904: a value so far or a forecast not comparable with the target.
fn mismatch(row: &RowProgress, value: &Value) -> Diagnostic {
    let target = row.indicator.node.value.as_ref();
    let (t, v) = (target_raw(row), &value.raw);
    let diagnostic = Diagnostic::new(
        RuleId::ActualMismatch,
        value.span,
        msg!(
            "`{v}` 无法与指标值 `{t}` 比较",
            "`{v}` cannot be compared with target `{t}`"
        ),
    );
    match target {
        Some(target) => diagnostic
            .with_help(mismatch_help(target, value))
            .with_secondary(target.span, msg!("指标值", "target")),
        None => diagnostic,
    }
}

/// E0914: the value so far is already beyond the ceiling.
fn ceiling_passed(row: &RowProgress, written: &MonitoringRow, certain: bool) -> Diagnostic {
    let name = &row.indicator.node.name.value;
    let done = written.done.as_ref().map_or("", |d| d.raw.as_str());
    let target = target_raw(row);
    let message = if certain {
        msg!(
            "指标 “{name}” 已完成 {done}，超过上限 {target}，却写确定能完成",
            "indicator “{name}” is at {done}, past its ceiling {target}, yet marked certain"
        )
    } else {
        msg!(
            "指标 “{name}” 已完成 {done}，超过上限 {target}",
            "indicator “{name}” is at {done}, already past its ceiling {target}"
        )
    };
    let span = written.done.as_ref().map_or(written.name.span, |d| d.span);
    Diagnostic::new(RuleId::CeilingPassed, span, message).with_help(msg!(
        "写 `可能性 完全不可能`、`偏差 原因类别 \"分析\"` 和 `纠偏 \"措施\"`",
        "write `可能性 完全不可能`, `偏差 kind \"analysis\"` and `纠偏 \"measures\"`"
    ))
}

/// E0915: 有可能 or 完全不可能 without a forecast, a cause of a kind, or measures.
fn check_uncertain(row: &RowProgress, written: &MonitoringRow, out: &mut Vec<Diagnostic>) {
    let mut missing = Vec::new();
    if written.forecast.is_none() {
        missing.push("预计");
    }
    if written.cause.as_ref().is_none_or(|c| c.kinds.is_empty()) {
        missing.push("偏差");
    }
    if written.correction.is_none() {
        missing.push("纠偏");
    }
    if missing.is_empty() || row.ceiling_passed {
        return;
    }
    let name = &row.indicator.node.name.value;
    let fields = missing.join("、");
    let likelihood = written.likelihood.as_ref().map_or("", |l| l.node.as_str());
    out.push(
        Diagnostic::new(
            RuleId::MissingCorrection,
            written.name.span,
            msg!(
                "指标 “{name}” {likelihood}完成，但没有写 {fields}",
                "indicator “{name}” ({likelihood}) has no {fields}"
            ),
        )
        .with_help(msg!(
            "写 `预计 全年预计值`、`偏差 原因类别 \"分析\"` 和 `纠偏 \"措施\"`",
            "write `预计 value`, `偏差 kind \"analysis\"` and `纠偏 \"measures\"`"
        )),
    );
}

fn target_raw<'a>(row: &'a RowProgress) -> &'a str {
    row.indicator
        .node
        .value
        .as_ref()
        .map_or("", |v| v.raw.as_str())
}
