//! The cumulative spending plan (资金支出计划): E0601 decreasing, E0602 not reaching 100%,
//! E0603 above 100%, E0604 months repeated or out of order, E0605 slow.

use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::model::ProjectModel;
use crate::msg;
use crate::syntax::ast::Schedule;

pub(super) fn check(project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    if let Some(schedule) = project.schedule {
        check_schedule(schedule, out);
    }
}

fn check_schedule(schedule: &Schedule, out: &mut Vec<Diagnostic>) {
    let hundred = Decimal::ONE_HUNDRED;
    let mut in_order = true;
    for (i, entry) in schedule.entries.iter().enumerate() {
        let month = entry.month.node;
        let previous = i.checked_sub(1).map(|p| &schedule.entries[p]);
        if !(1..=12).contains(&month) || previous.is_some_and(|p| p.month.node >= month) {
            in_order = false;
            out.push(
                Diagnostic::new(
                    RuleId::ScheduleOrder,
                    entry.month.span,
                    msg!(
                        "时点 {month}月底 重复、乱序或无效",
                        "month {month} is repeated, out of order or invalid"
                    ),
                )
                .with_help(msg!(
                    "按 3月底、6月底、10月底、12月底 的顺序写",
                    "write the months in order: 3月底, 6月底, 10月底, 12月底"
                )),
            );
        }
        let percent = entry.percent.node;
        if percent > hundred {
            out.push(Diagnostic::new(
                RuleId::ScheduleRange,
                entry.percent.span,
                msg!(
                    "累计支出 {percent}% 超过 100%",
                    "cumulative spending {percent}% is above 100%"
                ),
            ));
        }
        if let Some(p) = previous.filter(|p| p.percent.node > percent) {
            let (before, month_before) = (p.percent.node, p.month.node);
            out.push(
                Diagnostic::new(
                    RuleId::ScheduleDecreases,
                    entry.percent.span,
                    msg!(
                        "累计进度从 {month_before}月底 的 {before}% 降到 {percent}%",
                        "the cumulative plan falls from {before}% at the end of month {month_before} to {percent}%"
                    ),
                )
                .with_secondary(p.percent.span, msg!("前一时点", "earlier point"))
                .with_help(msg!("支出计划是累计百分比，不能下降", "the plan is cumulative and cannot fall")),
            );
        }
    }
    let Some(last) = schedule.entries.last() else {
        return;
    };
    if last.percent.node < hundred {
        let (percent, month) = (last.percent.node, last.month.node);
        out.push(
            Diagnostic::new(
                RuleId::ScheduleIncomplete,
                last.percent.span,
                msg!(
                    "到 {month}月底 累计只有 {percent}%",
                    "only {percent}% by the end of month {month}"
                ),
            )
            .with_help(msg!(
                "累计支出计划在年底应达到 100%",
                "the cumulative plan should reach 100% by the year end"
            )),
        );
    }
    if in_order {
        check_pace(schedule, out);
    }
}

fn check_pace(schedule: &Schedule, out: &mut Vec<Diagnostic>) {
    for (month, floor) in [(6u8, 30), (10, 60)] {
        let planned = schedule.planned_by(month);
        if planned < Decimal::from(floor) {
            out.push(
                Diagnostic::new(
                    RuleId::ScheduleSlow,
                    schedule.keyword,
                    msg!(
                        "到 {month}月底 累计只计划支出 {planned}%（低于 {floor}%）",
                        "only {planned}% planned by the end of month {month} (below {floor}%)"
                    ),
                )
                .with_help(msg!(
                    "支出集中在年底，执行进度可能滞后",
                    "spending is back-loaded; execution may lag"
                )),
            );
            return;
        }
    }
}
