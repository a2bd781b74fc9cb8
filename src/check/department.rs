//! The 部门整体支出绩效目标表: E0410 资金总额 ≠ 基本支出 + 项目支出, E0411 项目支出 ≠ the projects'
//! budgets, E0412 a task's amount ≠ its projects' budgets, E0213 a project under no task or under
//! several, E0214 a task naming a project the document does not have.

use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::model::{Document, MoneyUnit, ProjectModel};
use crate::msg;
use crate::source::Span;
use crate::syntax::ast::{Duty, Money};

pub(super) fn check(document: &Document, out: &mut Vec<Diagnostic>) {
    let unit = document.header.money_unit;
    check_budget(document, unit, out);
    for duty in &document.department.duties {
        check_duty(document, duty, unit, out);
    }
    check_every_project_has_one_task(document, out);
}

/// The sum of amounts in `unit`; `None` when one does not convert or the sum leaves the range
/// (E0006 reports that amount on its own).
fn sum<'a>(amounts: impl IntoIterator<Item = &'a Money>, unit: MoneyUnit) -> Option<Decimal> {
    amounts.into_iter().try_fold(Decimal::ZERO, |total, m| {
        total.checked_add(unit.amount_of(m)?)
    })
}

fn project_budgets<'a>(
    projects: impl IntoIterator<Item = &'a ProjectModel<'a>>,
) -> impl Iterator<Item = &'a Money> {
    projects
        .into_iter()
        .filter_map(|p| p.budget)
        .map(|b| &b.total)
}

fn check_budget(document: &Document, unit: MoneyUnit, out: &mut Vec<Diagnostic>) {
    let Some(budget) = document.department.budget else {
        return;
    };
    if let (Some(basic), Some(projects)) = (&budget.basic, &budget.projects)
        && let (Some(total), Some(parts)) =
            (unit.amount_of(&budget.total), sum([basic, projects], unit))
        && total != parts
    {
        out.push(
            Diagnostic::new(
                RuleId::DepartmentBudgetSum,
                budget.total.span,
                msg!(
                    "资金总额 {total} 不等于基本支出与项目支出之和 {parts}",
                    "the total {total} is not 基本支出 + 项目支出 = {parts}"
                ),
            )
            .with_help(msg!(
                "资金总额 = 基本支出 + 项目支出：改正其中一项",
                "the total is 基本支出 + 项目支出: correct one of them"
            )),
        );
    }
    let Some(stated) = &budget.projects else {
        return;
    };
    if document.projects.is_empty() {
        return;
    }
    if let (Some(written), Some(projects)) = (
        unit.amount_of(stated),
        sum(project_budgets(&document.projects), unit),
    ) && written != projects
    {
        let count = document.projects.len();
        out.push(
            Diagnostic::new(
                RuleId::ProjectSpendingTotal,
                stated.span,
                msg!(
                    "项目支出 {written} 不等于文档中 {count} 个项目的预算之和 {projects}",
                    "项目支出 {written} is not the sum of the budgets of the document's {count} projects, {projects}"
                ),
            )
            .with_help(msg!(
                "项目支出应为本文档各项目预算数之和；若文档只列出部分项目，可用 `确认 E0411 \"理由\"` 说明",
                "项目支出 is the sum of the document's project budgets; if the document lists only some projects, say so with `确认 E0411 \"reason\"`"
            )),
        );
    }
}

fn check_duty(document: &Document, duty: &Duty, unit: MoneyUnit, out: &mut Vec<Diagnostic>) {
    let mut projects = Vec::new();
    for reference in &duty.projects {
        match document.project_named(&reference.node) {
            Some(project) => projects.push(project),
            None => {
                let name = &reference.node;
                out.push(
                    Diagnostic::new(
                        RuleId::UnknownProjectReference,
                        reference.span,
                        msg!(
                            "文档中没有名称或编码为 `{name}` 的项目",
                            "no project of the document has the name or code `{name}`"
                        ),
                    )
                    .with_help(msg!(
                        "照项目表写项目名称或项目编码",
                        "write the project's name or code as its table gives it"
                    )),
                );
            }
        }
    }
    // An unknown project leaves the sum unknown: E0214 is the finding.
    if projects.is_empty() || projects.len() < duty.projects.len() {
        return;
    }
    if let (Some(written), Some(budgets)) = (
        unit.amount_of(&duty.amount),
        sum(project_budgets(projects.iter().copied()), unit),
    ) && written != budgets
    {
        out.push(
            Diagnostic::new(
                RuleId::TaskAmount,
                duty.amount.span,
                msg!(
                    "预算金额 {written} 不等于所列项目的预算之和 {budgets}",
                    "the amount {written} is not the sum of its projects' budgets, {budgets}"
                ),
            )
            .with_help(msg!(
                "履职目标的预算金额是其支出项目预算数之和",
                "a task's amount is the sum of the budgets of its projects"
            )),
        );
    }
}

/// Once a document lists tasks, each of its projects is under exactly one.
fn check_every_project_has_one_task(document: &Document, out: &mut Vec<Diagnostic>) {
    let duties = &document.department.duties;
    if duties.is_empty() {
        return;
    }
    let mut tasks: Vec<Vec<Span>> = vec![Vec::new(); document.projects.len()];
    for reference in duties.iter().flat_map(|d| &d.projects) {
        if let Some(project) = document.project_named(&reference.node) {
            tasks[project.number - 1].push(reference.span);
        }
    }
    for (project, under) in document.projects.iter().zip(&tasks) {
        let name = &project.node.name.value;
        match under.as_slice() {
            [] => out.push(
                Diagnostic::new(
                    RuleId::ProjectTask,
                    project.head_span(),
                    msg!(
                        "项目 `{name}` 不属于任何履职目标",
                        "project `{name}` is under no task (履职目标)"
                    ),
                )
                .with_help(msg!(
                    "在它所支撑的 `履职目标` 中写 `项目 \"{name}\"`",
                    "write `项目 \"{name}\"` in the `履职目标` it serves"
                )),
            ),
            [_] => {}
            [first, again, ..] => out.push(
                Diagnostic::new(
                    RuleId::ProjectTask,
                    *again,
                    msg!(
                        "项目 `{name}` 列在多个履职目标下",
                        "project `{name}` is under more than one task"
                    ),
                )
                .with_secondary(*first, msg!("第一次列出", "first listed here"))
                .with_help(msg!(
                    "每个项目只列在一个履职目标下，其预算只计入一次",
                    "list each project under one task only, so its budget counts once"
                )),
            ),
        }
    }
}
