//! Itemised breakdowns (资金明细): E0402 items do not add up, E0403 a line's stated result is
//! wrong, E0404 arithmetic with wrong units, E0405 an amount without a unit, E0406 the budget
//! exceeds what was requested.
//!
//! Arithmetic is exact (rust_decimal) and carries units: `6 人 × 150 元/天/人 × 250 天` is
//! 225000 元. Money is computed in 元 throughout and shown in the document's money unit.

use std::collections::BTreeMap;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::diag::{Diagnostic, RuleId};
use crate::domain::units;
use crate::model::{Document, Header, MoneyUnit, ProjectModel};
use crate::msg;
use crate::source::Span;
use crate::syntax::ast::{BinOp, Breakdown, BreakdownItem, Claim, Expr, Money, Quantity};

/// Powers of base units; money is always in 元.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Dimension(BTreeMap<String, i32>);

impl Dimension {
    fn combine(&self, other: &Dimension, sign: i32) -> Dimension {
        let mut powers = self.0.clone();
        for (unit, power) in &other.0 {
            *powers.entry(unit.clone()).or_default() += sign * power;
        }
        powers.retain(|_, p| *p != 0);
        Dimension(powers)
    }

    fn is_money(&self) -> bool {
        self.0.len() == 1 && self.0.get("元") == Some(&1)
    }

    /// `元/人·月`-style text for messages.
    fn show(&self) -> String {
        let part = |positive: bool| {
            self.0
                .iter()
                .filter(|(_, p)| (**p > 0) == positive)
                .map(|(u, p)| {
                    if p.abs() == 1 {
                        u.clone()
                    } else {
                        format!("{u}^{}", p.abs())
                    }
                })
                .collect::<Vec<_>>()
                .join("·")
        };
        match (part(true), part(false)) {
            (n, d) if d.is_empty() => n,
            (n, d) if n.is_empty() => format!("1/{d}"),
            (n, d) => format!("{n}/{d}"),
        }
    }
}

/// A value with its dimension.
struct Measured {
    value: Decimal,
    dimension: Dimension,
}

enum Problem {
    Units {
        span: Span,
        message: crate::diag::Msg,
    },
    Overflow(Span),
}

/// Spelling variants of the same unit.
fn base_unit(unit: &str) -> &str {
    match unit {
        "个月" => "月",
        "日" => "天",
        other => other,
    }
}

/// The number of 元 in a money unit; `万`, common in budget prose, is read as 万元 (and
/// reported by [`spelled_as_words`]).
fn money_factor(unit: &str) -> Option<Decimal> {
    units::yuan_per(if unit == "万" { "万元" } else { unit })
}

/// E0502 for each `万` written for 万元 in a line's arithmetic.
fn spelled_as_words(expr: &Expr, out: &mut Vec<Diagnostic>) {
    match expr {
        Expr::Quantity(q) => {
            if let Some(unit) = q
                .unit
                .as_ref()
                .filter(|u| u.node.split(['/', '·']).any(|c| c == "万"))
            {
                out.push(
                    Diagnostic::new(
                        RuleId::UnitSpelling,
                        unit.span,
                        msg!("单位 `万` 应写作 `万元`", "write the unit `万` as `万元`"),
                    )
                    .with_help(msg!("改为 `万元`", "replace it with `万元`"))
                    .with_fix(unit.span, "万元"),
                );
            }
        }
        Expr::Binary { lhs, rhs, .. } => {
            spelled_as_words(lhs, out);
            spelled_as_words(rhs, out);
        }
    }
}

/// A number with a unit such as `元/天/人`: the first part over the others; `·` multiplies.
fn measure(quantity: &Quantity) -> Result<Measured, Problem> {
    let mut value = quantity.amount;
    let mut dimension = Dimension::default();
    let Some(unit) = &quantity.unit else {
        return Ok(Measured { value, dimension });
    };
    for (i, part) in unit.node.split('/').enumerate() {
        let sign = if i == 0 { 1 } else { -1 };
        for component in part.split('·').filter(|c| !c.is_empty()) {
            let name = match money_factor(component) {
                Some(yuan) => {
                    value = if sign > 0 {
                        value.checked_mul(yuan)
                    } else {
                        value.checked_div(yuan)
                    }
                    .ok_or(Problem::Overflow(quantity.span))?;
                    "元"
                }
                None => base_unit(component),
            };
            *dimension.0.entry(name.to_string()).or_default() += sign;
        }
    }
    dimension.0.retain(|_, p| *p != 0);
    Ok(Measured { value, dimension })
}

fn evaluate(expr: &Expr) -> Result<Measured, Problem> {
    match expr {
        Expr::Quantity(q) => measure(q),
        Expr::Binary { op, lhs, rhs, span } => binary(*op, lhs, rhs, span),
    }
}

fn binary(op: BinOp, lhs: &Expr, rhs: &Expr, span: &Span) -> Result<Measured, Problem> {
    let (a, b) = (evaluate(lhs)?, evaluate(rhs)?);
    let overflow = Problem::Overflow(*span);
    match op {
        BinOp::Add | BinOp::Sub => {
            if a.dimension != b.dimension {
                let (x, y) = (a.dimension.show(), b.dimension.show());
                return Err(Problem::Units {
                    span: *span,
                    message: msg!(
                        "不能把 {x} 与 {y} 相加减",
                        "cannot add or subtract {x} and {y}"
                    ),
                });
            }
            let value = if op == BinOp::Add {
                a.value.checked_add(b.value)
            } else {
                a.value.checked_sub(b.value)
            };
            Ok(Measured {
                value: value.ok_or(overflow)?,
                dimension: a.dimension,
            })
        }
        BinOp::Mul => Ok(Measured {
            value: a.value.checked_mul(b.value).ok_or(overflow)?,
            dimension: a.dimension.combine(&b.dimension, 1),
        }),
        BinOp::Div => {
            if b.value.is_zero() {
                return Err(Problem::Units {
                    span: rhs.span(),
                    message: msg!("除数为零", "division by zero"),
                });
            }
            Ok(Measured {
                value: a.value.checked_div(b.value).ok_or(overflow)?,
                dimension: a.dimension.combine(&b.dimension, -1),
            })
        }
    }
}

/// Does `exact` agree with a stated figure? Rounded figures (`约`) are compared after rounding
/// half away from zero (四舍五入) to their own decimal places.
fn agrees(exact: Decimal, stated: Decimal, approx: bool) -> bool {
    if approx {
        exact.round_dp_with_strategy(stated.scale(), RoundingStrategy::MidpointAwayFromZero)
            == stated
    } else {
        exact == stated
    }
}

/// An amount in 元 (amounts without a unit are in the document's money unit); `None` when it
/// does not fit a decimal, which the money rules report (E0006).
fn yuan(money: &Money, unit: MoneyUnit) -> Option<Decimal> {
    unit.yuan_of(money)
}

/// `amount` × `per` in 元, or E0006 at `span` when that does not fit a decimal.
fn times(amount: Decimal, per: Decimal, span: Span, out: &mut Vec<Diagnostic>) -> Option<Decimal> {
    let product = amount.checked_mul(per);
    if product.is_none() {
        out.push(super::money::out_of_range(
            span,
            msg!(
                "换算为元后超出了可表示的范围",
                "out of range once converted to 元"
            ),
        ));
    }
    product
}

/// An amount in 元 shown in the document's unit, with at least two decimals (61.60 万元).
fn show(yuan: Decimal, unit: MoneyUnit) -> String {
    let name = unit.name;
    let mut amount = (yuan / unit.yuan).normalize();
    if amount.scale() < 2 {
        amount.rescale(2);
    }
    format!("{amount} {name}")
}

/// The sum of a breakdown's lines in the document's money unit (`61.60 万元`), when every line
/// computes: what the language server shows after the breakdown.
pub(crate) fn computed_total(document: &Document, breakdown: &Breakdown) -> Option<String> {
    let unit = document.header.money_unit;
    // The lines' findings are the check's to report.
    let mut found = Vec::new();
    let mut sum = Decimal::ZERO;
    for item in &breakdown.items {
        sum = sum.checked_add(line_value(item, unit, &mut found)?)?;
    }
    (!breakdown.items.is_empty()).then(|| show(sum, unit))
}

pub(super) fn check(header: &Header, project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    let unit = header.money_unit;
    let Some(breakdown) = project.breakdown else {
        return;
    };
    let mut sum = Some(Decimal::ZERO);
    let mut every_line = true;
    for item in &breakdown.items {
        let Some(value) = line_value(item, unit, out) else {
            every_line = false; // its own diagnostic says why
            continue;
        };
        if let Some(before) = sum {
            sum = before.checked_add(value);
            if sum.is_none() {
                out.push(super::money::out_of_range(
                    item.expr.span(),
                    msg!(
                        "加上这一行，明细的合计超出了可表示的范围",
                        "with this line the items' sum leaves the range a number can hold"
                    ),
                ));
            }
        }
    }
    let (true, Some(sum)) = (every_line, sum) else {
        return;
    };
    if breakdown.items.is_empty() {
        return;
    }
    let stated = match &breakdown.total {
        Some(total) => {
            let Some(total_yuan) = yuan(&total.money, unit) else {
                return;
            };
            if !agrees(sum / unit.yuan, total_yuan / unit.yuan, total.approx) {
                out.push(sum_mismatch(
                    total.money.span,
                    sum,
                    total_yuan,
                    unit,
                    msg!("合计", "the stated total"),
                ));
            }
            total_yuan
        }
        None => sum,
    };
    match (&breakdown.requested, project.budget) {
        (Some(requested), budget) => {
            check_requested(requested, stated, breakdown.total.is_some(), unit, out);
            if let Some(budget) = budget {
                check_arranged(
                    requested,
                    breakdown.previously.as_ref(),
                    &budget.total,
                    unit,
                    out,
                );
            }
        }
        (None, Some(budget)) => {
            let Some(budget_yuan) = yuan(&budget.total, unit) else {
                return;
            };
            if stated != budget_yuan {
                let span = breakdown
                    .total
                    .as_ref()
                    .map_or(breakdown.keyword, |t| t.money.span);
                out.push(
                    sum_mismatch(span, stated, budget_yuan, unit, msg!("预算数", "the budget"))
                        .with_secondary(budget.total.span, msg!("预算数", "the budget"))
                        .with_help(msg!(
                            "若预算只安排了申请数的一部分，写 `明细 申请 金额 {{ … }}`",
                            "if the budget covers only part of a request, write `明细 申请 amount {{ … }}`"
                        )),
                );
            }
        }
        (None, None) => {}
    }
}

fn sum_mismatch(
    span: Span,
    sum: Decimal,
    target: Decimal,
    unit: MoneyUnit,
    what: crate::diag::Msg,
) -> Diagnostic {
    let (sum, target) = (show(sum, unit), show(target, unit));
    let (zh, en) = (&what.zh, &what.en);
    Diagnostic::new(
        RuleId::BreakdownSum,
        span,
        msg!(
            "明细合计 {sum}，与{zh} {target} 不符",
            "the items add up to {sum}, not {en} of {target}"
        ),
    )
}

fn check_requested(
    requested: &Claim,
    stated: Decimal,
    stated_is_figure: bool,
    unit: MoneyUnit,
    out: &mut Vec<Diagnostic>,
) {
    let Some(requested_yuan) = yuan(&requested.money, unit) else {
        return;
    };
    let ok = if stated_is_figure {
        stated == requested_yuan
    } else {
        agrees(
            stated / unit.yuan,
            requested_yuan / unit.yuan,
            requested.approx,
        )
    };
    if !ok {
        out.push(sum_mismatch(
            requested.money.span,
            stated,
            requested_yuan,
            unit,
            msg!("申请数", "the requested amount"),
        ));
    }
}

fn check_arranged(
    requested: &Claim,
    previously: Option<&Money>,
    budget: &Money,
    unit: MoneyUnit,
    out: &mut Vec<Diagnostic>,
) {
    let before = previously.map_or(Some(Decimal::ZERO), |m| yuan(m, unit));
    let (Some(requested_yuan), Some(before), Some(budget_yuan)) =
        (yuan(&requested.money, unit), before, yuan(budget, unit))
    else {
        return;
    };
    // Both are at most what a decimal holds and not negative, so the difference fits.
    let available = requested_yuan - before;
    if budget_yuan > available {
        let (budget_shown, available_shown) = (show(budget_yuan, unit), show(available, unit));
        out.push(
            Diagnostic::new(
                RuleId::ArrangedExceedsRequested,
                budget.span,
                msg!(
                    "预算数 {budget_shown} 超过可安排的申请数 {available_shown}",
                    "the budget {budget_shown} exceeds the {available_shown} left to arrange of the request"
                ),
            )
            .with_secondary(requested.money.span, msg!("申请数", "requested")),
        );
    }
}

/// A line's amount in 元 (its stated result when it has one), or `None` if it cannot be computed.
fn line_value(item: &BreakdownItem, unit: MoneyUnit, out: &mut Vec<Diagnostic>) -> Option<Decimal> {
    spelled_as_words(&item.expr, out);
    let measured = match evaluate(&item.expr) {
        Ok(m) => m,
        Err(Problem::Units { span, message }) => {
            out.push(Diagnostic::new(RuleId::BreakdownUnits, span, message));
            return None;
        }
        Err(Problem::Overflow(span)) => {
            out.push(Diagnostic::new(
                RuleId::NumberRange,
                span,
                msg!("计算结果超出范围", "the result is out of range"),
            ));
            return None;
        }
    };
    let computed = if measured.dimension.0.is_empty() {
        let name = unit.name;
        out.push(
            Diagnostic::new(
                RuleId::BreakdownNoUnit,
                item.expr.span(),
                msg!(
                    "金额没有单位，按{name}计",
                    "amount without a unit, read as {name}"
                ),
            )
            .with_help(msg!("写明 元 或 万元", "write 元 or 万元")),
        );
        times(measured.value, unit.yuan, item.expr.span(), out)?
    } else if measured.dimension.is_money() {
        measured.value
    } else {
        let shown = measured.dimension.show();
        out.push(
            Diagnostic::new(
                RuleId::BreakdownUnits,
                item.expr.span(),
                msg!(
                    "这一行的结果是 {shown}，不是金额",
                    "this line comes out as {shown}, not money"
                ),
            )
            .with_help(msg!(
                "检查单位，如 `150 元/天/人`",
                "check the units, e.g. `150 元/天/人`"
            )),
        );
        return None;
    };
    let Some(result) = &item.result else {
        return Some(computed);
    };
    let claimed_unit = result
        .quantity
        .unit
        .as_ref()
        .and_then(|u| money_factor(&u.node));
    let Some(claimed_yuan_per) =
        claimed_unit.or(result.quantity.unit.is_none().then_some(unit.yuan))
    else {
        let written = result
            .quantity
            .unit
            .as_ref()
            .map_or("", |u| u.node.as_str());
        out.push(Diagnostic::new(
            RuleId::BreakdownUnits,
            result.quantity.span,
            msg!(
                "`{written}` 不是金额单位",
                "`{written}` is not a money unit"
            ),
        ));
        return None;
    };
    let claimed = times(
        result.quantity.amount,
        claimed_yuan_per,
        result.quantity.span,
        out,
    )?;
    if !agrees(
        computed / claimed_yuan_per,
        result.quantity.amount,
        result.approx,
    ) {
        let exact = (computed / claimed_yuan_per).normalize();
        let written = result
            .quantity
            .unit
            .as_ref()
            .map_or(unit.name, |u| u.node.as_str());
        out.push(
            Diagnostic::new(
                RuleId::BreakdownLine,
                result.quantity.span,
                msg!(
                    "算式的结果是 {exact} {written}",
                    "the arithmetic gives {exact} {written}"
                ),
            )
            .with_secondary(item.expr.span(), msg!("算式", "the arithmetic")),
        );
    }
    Some(claimed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert!(agrees(
            Decimal::new(756_344_340, 6),
            Decimal::new(7_563_443, 4),
            true
        ));
        assert!(agrees(Decimal::new(125, 3), Decimal::new(13, 2), true));
        assert!(!agrees(Decimal::new(125, 3), Decimal::new(13, 2), false));
    }
}
