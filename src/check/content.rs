//! A project's table is filled in: E0211 no budget, E0212 no code, use or plan (where the form
//! has those cells), no goal or no indicators.

use crate::diag::{Diagnostic, Msg, RuleId};
use crate::domain::forms::Form;
use crate::model::ProjectModel;
use crate::msg;

pub(super) fn check(project: &ProjectModel, form: Form, out: &mut Vec<Diagnostic>) {
    let span = project.head_span();
    if project.budget.is_none() {
        out.push(
            Diagnostic::new(
                RuleId::MissingBudget,
                span,
                msg!("项目没有预算数", "the project has no budget"),
            )
            .with_help(msg!(
                "写 `预算 15.00 {{ 财政资金 15.00 }}`",
                "write `预算 15.00 {{ 财政资金 15.00 }}`"
            )),
        );
    }
    let missing: [(bool, Msg); 5] = [
        (
            form.has_codes() && project.code().is_none(),
            msg!(
                "项目编码（写在 `项目` 与名称之间）",
                "a project code (between `项目` and the name)"
            ),
        ),
        (
            form.has_use_and_schedule() && project.use_text.is_none(),
            msg!("资金用途（`用途`）", "the use of funds (`用途`)"),
        ),
        (
            form.has_use_and_schedule() && project.schedule.is_none_or(|s| s.entries.is_empty()),
            msg!(
                "资金支出计划（`支出计划`）",
                "the spending plan (`支出计划`)"
            ),
        ),
        (
            project.goals.is_empty() && project.term_goal.is_none(),
            msg!("绩效目标（`目标`）", "a goal (`目标`)"),
        ),
        (
            project.indicators.is_empty(),
            msg!("绩效指标", "indicators"),
        ),
    ];
    for (absent, what) in missing {
        if absent {
            let (zh, en) = (&what.zh, &what.en);
            out.push(Diagnostic::new(
                RuleId::MissingContent,
                span,
                msg!("项目缺少{zh}", "the project lacks {en}"),
            ));
        }
    }
}
