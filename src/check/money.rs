//! Money: E0413 an amount that reads as 元 in a 万元 document, E0401 预算数 (or 中期资金) ≠ the sum of its sources (财政资金 ≠ 上级 + 本级 too), E0409 年度 above 中期资金, E0407 a cost target above the budget, E0408 a cost
//! target written as a floor, and E0006 for an amount or a total that leaves what a decimal
//! holds (28 significant digits) once converted: checked arithmetic, never a panic.

use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::domain::units::{self, UnitClass};
use crate::model::{self, Document, FISCAL_PARTS, Header, IndicatorModel, MoneyUnit, ProjectModel};
use crate::msg;
use crate::source::Span;
use crate::syntax::ast::{Amount, Budget, Money, ValueKind};
use crate::syntax::keywords::Keyword;

pub(super) fn check(header: &Header, project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    let unit = header.money_unit;
    check_conversions(project, unit, out);
    for budget in project.budget.into_iter().chain(project.mid_budget) {
        check_sum(budget, unit, out);
        check_plausible(&budget.total, unit, out);
    }
    if let (Some(annual), Some(period)) = (project.budget, project.mid_budget) {
        check_annual_within_period(annual, period, unit, out);
    }
    for indicator in project.indicators.iter().filter(|i| i.is_cost()) {
        check_cost(project, indicator, unit, out);
    }
}

/// The document's totals (budget, fiscal and other funds over all projects) fit a decimal.
pub(super) fn check_totals(document: &Document, out: &mut Vec<Diagnostic>) {
    let unit = document.header.money_unit;
    if let Err(span) = model::money_totals(document.projects.iter(), unit) {
        out.push(out_of_range(
            span,
            msg!(
                "加上这笔金额，文档的合计超出了可表示的范围",
                "with this amount the document's total leaves the range a number can hold"
            ),
        ));
    }
}

/// Every amount of the project converts to the document's unit and to 元.
fn check_conversions(project: &ProjectModel, unit: MoneyUnit, out: &mut Vec<Diagnostic>) {
    let budget = project
        .budget
        .into_iter()
        .chain(project.mid_budget)
        .flat_map(|b| std::iter::once(&b.total).chain(b.sources.iter().map(|(_, m)| m)));
    let breakdown = project.breakdown.into_iter().flat_map(|b| {
        b.requested
            .as_ref()
            .map(|c| &c.money)
            .into_iter()
            .chain(b.previously.as_ref())
            .chain(b.total.as_ref().map(|c| &c.money))
    });
    for money in budget.chain(breakdown) {
        if unit.yuan_of(money).is_none() {
            let name = unit.name;
            out.push(out_of_range(
                money.span,
                msg!(
                    "这笔金额换算为{name}或元后超出了可表示的范围",
                    "this amount leaves the range a number can hold once converted to {name} or 元"
                ),
            ));
        }
    }
}

/// A project's money written without a unit in a 万元 document from here on reads as 元: 10 亿元
/// and more is rare for one project, while a figure copied from a 元 table is common.
const IMPLAUSIBLE_WAN_YUAN: Decimal = Decimal::from_parts(100_000, 0, 0, false, 0);

/// E0413: an amount without a unit that looks like 元 in a 万元 document.
fn check_plausible(total: &Money, unit: MoneyUnit, out: &mut Vec<Diagnostic>) {
    if total.unit.is_some() || unit != MoneyUnit::WAN_YUAN || total.amount < IMPLAUSIBLE_WAN_YUAN {
        return;
    }
    let amount = total.amount;
    let Some(divided) = amount.checked_div(unit.yuan) else {
        return;
    };
    let divided = divided.normalize();
    out.push(
        Diagnostic::new(
            RuleId::ImplausibleAmount,
            total.span,
            msg!(
                "预算数 {amount} 万元即 {divided} 亿元，对一个项目而言过大",
                "{amount} 万元 is {divided} 亿元, a very large amount for one project"
            ),
        )
        .with_label(msg!("金额单位为 万元", "in 万元"))
        .with_help(msg!(
            "若原表以元为单位，写 `{amount} 元`（= {divided} 万元）；金额确实如此时，用 `确认 E0413 \"理由\"` 说明",
            "if the table gives 元, write `{amount} 元` (= {divided} 万元); if the amount is right, say so with `确认 E0413 \"reason\"`"
        )),
    );
}

/// E0409: the year's money is part of the period's, never more.
fn check_annual_within_period(
    annual: &Budget,
    period: &Budget,
    unit: MoneyUnit,
    out: &mut Vec<Diagnostic>,
) {
    let (Some(year), Some(whole)) = (unit.amount_of(&annual.total), unit.amount_of(&period.total))
    else {
        return;
    };
    if year > whole {
        out.push(
            Diagnostic::new(
                RuleId::AnnualExceedsPeriod,
                annual.total.span,
                msg!(
                    "年度资金 {year} 超过中期资金总额 {whole}",
                    "the year's money {year} exceeds the period's {whole}"
                ),
            )
            .with_secondary(period.total.span, msg!("中期资金总额", "the period's money"))
            .with_help(msg!(
                "中期资金总额是整个项目期的资金，含本年度：检查两处金额和单位",
                "the period's money covers the whole project period, this year included: check both amounts and their units"
            )),
        );
    }
}

/// E0006: a number that does not fit a decimal (28 significant digits).
pub(super) fn out_of_range(span: Span, message: crate::diag::Msg) -> Diagnostic {
    Diagnostic::new(RuleId::NumberRange, span, message).with_help(msg!(
        "检查金额和单位：一个部门的预算远小于这个数",
        "check the amount and its unit: a department's budget is far smaller"
    ))
}

fn check_sum(budget: &Budget, unit: MoneyUnit, out: &mut Vec<Diagnostic>) {
    let name = unit.name;
    if let Some(fiscal) = budget.source(Keyword::Fiscal)
        && FISCAL_PARTS.iter().any(|k| budget.source(*k).is_some())
        && let (Some(written), Some(parts)) = (
            unit.amount_of(fiscal),
            model::sum_of(budget, &FISCAL_PARTS, unit),
        )
        && written != parts
    {
        out.push(Diagnostic::new(
            RuleId::BudgetSum,
            fiscal.span,
            msg!(
                "财政资金 {written} {name} 不等于上级与本级财政资金之和 {parts} {name}",
                "fiscal funds {written} {name} are not higher plus local fiscal funds, {parts} {name}"
            ),
        ));
    }
    let (Some(total), Some(fiscal), Some(other)) = (
        unit.amount_of(&budget.total),
        model::fiscal_amount(budget, unit),
        model::non_fiscal_amount(budget, unit),
    ) else {
        return; // E0006 says which amount
    };
    let Some(sum) = fiscal.checked_add(other) else {
        out.push(out_of_range(
            budget.total.span,
            msg!(
                "各资金来源之和超出了可表示的范围",
                "the sources add up beyond the range a number can hold"
            ),
        ));
        return;
    };
    if total != sum {
        let mut d = Diagnostic::new(
            RuleId::BudgetSum,
            budget.total.span,
            msg!(
                "预算数 {total} {name} 不等于各资金来源之和 {sum} {name}",
                "the budget {total} {name} is not the sum of its sources, {sum} {name}"
            ),
        );
        if budget.sources.is_empty() {
            d = d.with_help(msg!(
                "写明资金来源：`预算 {total} {{ 财政资金 {total} }}`",
                "state the sources: `预算 {total} {{ 财政资金 {total} }}`"
            ));
        } else if budget.total.unit.is_none() {
            // Written in the document's unit, the total can simply be the sum.
            d = d
                .with_help(msg!(
                    "核对各资金来源；来源无误时，预算数改为 {sum}",
                    "check the sources; when they are right, make the budget {sum}"
                ))
                .with_fix(budget.total.span, sum.to_string());
        }
        out.push(d);
    }
}

/// The money unit of a cost target, if it is an amount of money (or a unit cost).
fn money_class(indicator: &IndicatorModel) -> Option<(UnitClass, String)> {
    let (unit, class) = indicator.unit.as_ref()?.unit()?;
    let is_money = matches!(class, UnitClass::Money(_))
        || class == UnitClass::Compound
            && unit
                .split(['/', '·'])
                .next()
                .and_then(units::yuan_per)
                .is_some();
    is_money.then(|| (class, unit.to_string()))
}

fn check_cost(
    project: &ProjectModel,
    indicator: &IndicatorModel,
    unit: MoneyUnit,
    out: &mut Vec<Diagnostic>,
) {
    let Some(value) = &indicator.node.value else {
        return;
    };
    let ValueKind::Quantity {
        comparator,
        amount: Amount::Number(amount),
        ..
    } = &value.kind
    else {
        return;
    };
    let Some((class, unit_name)) = money_class(indicator) else {
        return;
    };
    if let Some(cmp) = comparator.as_ref().filter(|c| c.node.is_floor()) {
        let symbol = cmp.node.symbol();
        out.push(
            Diagnostic::new(
                RuleId::CostFloor,
                cmp.span,
                msg!(
                    "成本指标写成了下限 `{symbol}`",
                    "cost target written as a floor `{symbol}`"
                ),
            )
            .with_help(msg!(
                "成本指标是上限，应写 `≤`",
                "a cost target is a ceiling: write `≤`"
            )),
        );
    }
    let (UnitClass::Money(yuan), Some(budget)) = (class, project.budget) else {
        return; // unit costs are not compared with the budget
    };
    let (Some(budget_yuan), Some(budget_amount)) =
        (unit.yuan_of(&budget.total), unit.amount_of(&budget.total))
    else {
        return; // E0006 says why
    };
    let Some(target_yuan) = amount.node.checked_mul(yuan) else {
        out.push(out_of_range(
            value.span,
            msg!(
                "这个成本换算为元后超出了可表示的范围",
                "this cost leaves the range a number can hold once converted to 元"
            ),
        ));
        return;
    };
    if target_yuan > budget_yuan {
        let target = amount.node;
        let name = unit.name;
        out.push(
            Diagnostic::new(
                RuleId::CostExceedsBudget,
                value.span,
                msg!(
                    "成本指标 {target} {unit_name} 超过预算数 {budget_amount} {name}",
                    "cost target {target} {unit_name} exceeds the budget of {budget_amount} {name}"
                ),
            )
            .with_secondary(budget.total.span, msg!("预算数", "the budget")),
        );
    }
}
