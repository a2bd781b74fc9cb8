//! Year over year, against the document the header names with `上年`: E0106 it cannot be read,
//! E0525 a target loosened, E0526 a project's indicators copied unchanged, E0527 a budget that
//! grew while no target was raised. Projects are paired as `perfc diff` pairs them (by code,
//! else by name), and its judgement of a changed target is the one used.

use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::diff::values::Judgement;
use crate::diff::{Change, paired_projects, project_changes_between};
use crate::load::Loaded;
use crate::model::{Document, ProjectModel};
use crate::msg;
use crate::syntax::ast::Previous;

pub(super) fn check(loaded: &Loaded, document: &Document, out: &mut Vec<Diagnostic>) {
    match &loaded.previous {
        Some(Err(unreadable)) => out.push(Diagnostic::clone(unreadable)),
        Some(Ok(previous)) if !previous.is_complete() => {
            if let Some(named) = document.header.previous {
                out.push(incomplete(named, previous));
            }
            // What looks changed may be in the part not read.
            return;
        }
        _ => {}
    }
    let Some(previous) = document.previous.as_deref() else {
        return;
    };
    for (old, new) in paired_projects(previous, document) {
        let changes = project_changes_between((previous, old), (document, new));
        loosened_targets(new, &changes, out);
        copied_indicators(new, &changes, out);
        budget_grew_targets_flat(new, &changes, document.header.money_unit.name, out);
    }
}

/// E0106 for last year's document read with problems, the first of them named.
fn incomplete(named: &Previous, previous: &Loaded) -> Diagnostic {
    let count = previous.diagnostics.len();
    let first = previous.diagnostics.first().map(|d| &d.message);
    let (zh, en) = first.map_or(("", ""), |m| (&*m.zh, &*m.en));
    Diagnostic::new(
        RuleId::PreviousUnreadable,
        named.name.span,
        msg!(
            "上年文档有 {count} 处无法读取（{zh}），未与上年比较",
            "last year's document has {count} problems reading it ({en}): not compared"
        ),
    )
    .with_help(msg!(
        "用 `perfc check` 检查上年文档并改正",
        "check last year's document with `perfc check` and correct it"
    ))
}

/// E0525 at each target asking for less than last year's.
fn loosened_targets(project: &ProjectModel, changes: &[Change], out: &mut Vec<Diagnostic>) {
    for change in changes {
        let Change::IndicatorValue {
            indicator,
            old,
            new,
            judgement: Judgement::Loosened,
        } = change
        else {
            continue;
        };
        let row = project.indicators.iter().find(|row| {
            row.node.name.value == indicator.name && row.node.category.node == indicator.level2
        });
        let Some(value) = row.and_then(|r| r.node.value.as_ref()) else {
            continue;
        };
        let (name, old, new) = (
            &indicator.name,
            old.as_deref().unwrap_or(""),
            new.as_deref().unwrap_or(""),
        );
        out.push(
            Diagnostic::new(
                RuleId::LoosenedFromLastYear,
                value.span,
                msg!(
                    "“{name}”的目标比上年放松：上年 `{old}`，今年 `{new}`",
                    "“{name}” asks for less than last year: `{old}` then, `{new}` now"
                ),
            )
            .with_help(msg!(
                "改回上年的目标 `{old}`，或在这一行写 `确认 E0525 \"理由\"` 说明为什么放松",
                "restore last year's `{old}`, or state why on the row with `确认 E0525 \"reason\"`"
            )),
        );
    }
}

/// E0526 when no indicator of the project changed at all: name, target and text alike.
fn copied_indicators(project: &ProjectModel, changes: &[Change], out: &mut Vec<Diagnostic>) {
    let count = project.indicators.len();
    let indicators_changed = changes.iter().any(|c| {
        matches!(
            c,
            Change::IndicatorAdded { .. }
                | Change::IndicatorRemoved { .. }
                | Change::IndicatorValue { .. }
                | Change::IndicatorField { .. }
        )
    });
    if count == 0 || indicators_changed {
        return;
    }
    out.push(
        Diagnostic::new(
            RuleId::CopiedFromLastYear,
            project.head_span(),
            msg!(
                "项目的 {count} 个指标与上年完全相同（名称、指标值和描述）",
                "all {count} indicators of the project are last year's (name, target and text)"
            ),
        )
        .with_help(msg!(
            "按今年的任务和预算重新确定指标值；确实不变时写 `确认 E0526 \"理由\"`",
            "set the targets for this year's tasks and budget; when they truly stay, write `确认 E0526 \"reason\"`"
        )),
    );
}

/// E0527 when the budget grew and no target was raised, nor an indicator added.
fn budget_grew_targets_flat(
    project: &ProjectModel,
    changes: &[Change],
    unit: &str,
    out: &mut Vec<Diagnostic>,
) {
    let Some(budget) = project.budget else { return };
    let grew = changes.iter().find_map(|c| match c {
        Change::Money {
            field,
            old: Some(old),
            new: Some(new),
            difference: Some(difference),
            ..
        } if field == "budget" => {
            let difference: Decimal = difference.as_str().parse().ok()?;
            (difference > Decimal::ZERO).then_some((old, new, difference))
        }
        _ => None,
    });
    let Some((old, new, difference)) = grew else {
        return;
    };
    let raised = changes.iter().any(|c| {
        matches!(
            c,
            Change::IndicatorAdded { .. }
                | Change::IndicatorValue {
                    judgement: Judgement::Tightened,
                    ..
                }
        )
    });
    if raised {
        return;
    }
    out.push(
        Diagnostic::new(
            RuleId::BudgetGrewTargetsFlat,
            budget.total.span,
            msg!(
                "预算比上年增加 {difference} {unit}（{old} → {new}），却没有提高任何指标值",
                "the budget grew by {difference} {unit} ({old} → {new}) while no target was raised"
            ),
        )
        .with_help(msg!(
            "提高相应的产出目标，或写 `确认 E0527 \"理由\"` 说明增加的预算用于什么",
            "raise the matching output targets, or say what the extra money buys with `确认 E0527 \"reason\"`"
        )),
    );
}
