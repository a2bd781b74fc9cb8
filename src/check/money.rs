//! Money: E0401 预算数 ≠ 财政资金 + 其他资金, E0407 a cost target above the budget, E0408 a cost
//! target written as a floor.

use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::domain::units::{self, UnitClass};
use crate::model::{Document, IndicatorModel, MoneyUnit, ProjectModel};
use crate::msg;
use crate::syntax::ast::{Amount, Budget, ValueKind};

pub(super) fn check(document: &Document, project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    let unit = document.header.money_unit;
    if let Some(budget) = project.budget {
        check_sum(budget, unit, out);
    }
    for indicator in project.indicators.iter().filter(|i| i.is_cost()) {
        check_cost(project, indicator, unit, out);
    }
}

fn check_sum(budget: &Budget, unit: MoneyUnit, out: &mut Vec<Diagnostic>) {
    let total = unit.amount_of(&budget.total);
    let fiscal = budget
        .fiscal
        .as_ref()
        .map_or(Decimal::ZERO, |m| unit.amount_of(m));
    let other = budget
        .other
        .as_ref()
        .map_or(Decimal::ZERO, |m| unit.amount_of(m));
    let sum = fiscal + other;
    if total != sum {
        let name = unit.name;
        let mut d = Diagnostic::new(
            RuleId::BudgetSum,
            budget.total.span,
            msg!(
                "预算数 {total} {name} 不等于财政资金与其他资金之和 {sum} {name}",
                "the budget {total} {name} is not fiscal plus other funds, {sum} {name}"
            ),
        );
        if budget.fiscal.is_none() && budget.other.is_none() {
            d = d.with_help(msg!(
                "写明资金来源：`预算 {total} {{ 财政资金 {total} }}`",
                "state the sources: `预算 {total} {{ 财政资金 {total} }}`"
            ));
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
    let target_yuan = amount.node * yuan;
    let budget_yuan = unit.amount_of(&budget.total) * unit.yuan;
    if target_yuan > budget_yuan {
        let target = amount.node;
        let budget_amount = unit.amount_of(&budget.total);
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
