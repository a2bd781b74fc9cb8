//! Whether a changed target asks for more or for less. The comparison in force decides: under a
//! floor (≥, >) a higher value is tightened, under a ceiling (≤, <) a lower one, a deadline is
//! tightened when it comes earlier; an equality or a qualitative target is only "changed".

use schemars::JsonSchema;
use serde::Serialize;

use crate::domain::levels::{self, Nature};
use crate::domain::units;
use crate::model::IndicatorModel;
use crate::model::evaluation::date_of;
use crate::syntax::ast::{Amount, Comparator, Deadline, Value, ValueKind};

/// How a target changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Judgement {
    /// Asks for more: a floor raised, a ceiling lowered, a deadline brought forward.
    Tightened,
    /// Asks for less.
    Loosened,
    /// Different, with no direction to judge by (an equality, a qualitative target).
    Changed,
    /// The unit of measure changed: the numbers do not compare.
    UnitChanged,
    /// The comparison changed (≥ to ≤, a bound to an equality).
    ComparatorChanged,
}

/// A target as its document reads it.
#[derive(Clone, Copy, Debug)]
pub struct Target<'a> {
    pub value: &'a Value,
    /// The comparison in force: the value's own, else the 指标方向 or 指标性质 column's.
    pub comparator: Option<Comparator>,
    /// The unit in its standard spelling (`百分比` reads `%`).
    pub unit: Option<&'a str>,
    /// The budget year, which a deadline without a year falls in.
    pub year: Option<u32>,
}

impl<'a> Target<'a> {
    /// The annual target of a row, `None` when the row has none.
    pub fn of(row: &'a IndicatorModel, year: Option<u32>) -> Option<Target<'a>> {
        let value = row.node.value.as_ref()?;
        Some(Target {
            value,
            comparator: comparator_in_force(row),
            unit: row
                .unit
                .as_ref()
                .and_then(|u| u.unit().map(|(unit, _)| unit))
                .or_else(|| written_unit(value)),
            year,
        })
    }
}

/// The unit after the number as written, for one no table knows.
fn written_unit(value: &Value) -> Option<&str> {
    match &value.kind {
        ValueKind::Quantity { unit: Some(u), .. } => Some(u.node.as_str()),
        _ => None,
    }
}

/// The value's comparator; a bare number takes the 指标方向 column's, else 指标性质's
/// (正向 a floor, 反向 a ceiling), as the checker reads those columns.
fn comparator_in_force(row: &IndicatorModel) -> Option<Comparator> {
    if let Some(ValueKind::Quantity {
        comparator: Some(c),
        ..
    }) = row.node.value.as_ref().map(|v| &v.kind)
    {
        return Some(c.node);
    }
    let node = row.node;
    if let Some(c) = node
        .direction
        .as_deref()
        .and_then(|d| crate::syntax::comparator(&d.node))
    {
        return Some(c);
    }
    match node.nature.as_deref().and_then(|n| levels::nature(&n.node)) {
        Some(Nature::Positive) => Some(Comparator::Ge),
        Some(Nature::Negative) => Some(Comparator::Le),
        _ => None,
    }
}

/// How `new` differs from `old`; `None` when they mean the same (`≥1次` and `≥1 次`).
pub fn judge(old: &Target, new: &Target) -> Option<Judgement> {
    let same_text = old.value.raw.trim() == new.value.raw.trim();
    if same_text && old.comparator == new.comparator && old.unit == new.unit {
        return None;
    }
    match (&old.value.kind, &new.value.kind) {
        (
            ValueKind::Quantity {
                amount: Amount::Number(a),
                ..
            },
            ValueKind::Quantity {
                amount: Amount::Number(b),
                ..
            },
        ) => quantity(old, a.node, new, b.node),
        (ValueKind::Deadline(a), ValueKind::Deadline(b)) => deadline(a, old.year, b, new.year),
        _ if same_text => None,
        _ => Some(Judgement::Changed),
    }
}

fn quantity(
    old: &Target,
    a: rust_decimal::Decimal,
    new: &Target,
    b: rust_decimal::Decimal,
) -> Option<Judgement> {
    if old.unit != new.unit {
        return Some(Judgement::UnitChanged);
    }
    if old.comparator != new.comparator {
        return Some(Judgement::ComparatorChanged);
    }
    if a == b {
        return None;
    }
    let raised = b > a;
    match old.comparator {
        Some(c) if c.is_floor() => Some(if raised {
            Judgement::Tightened
        } else {
            Judgement::Loosened
        }),
        Some(c) if c.is_ceiling() => Some(if raised {
            Judgement::Loosened
        } else {
            Judgement::Tightened
        }),
        _ => Some(Judgement::Changed),
    }
}

/// An earlier last day is tightened; the same day (`12月底前`, `2023年12月31日前`) no change.
/// Days compare within their budget years, so that `12月底前` stays itself from one year's
/// document to the next.
fn deadline(
    a: &Deadline,
    a_year: Option<u32>,
    b: &Deadline,
    b_year: Option<u32>,
) -> Option<Judgement> {
    match (in_year(a, a_year), in_year(b, b_year)) {
        (Some(a), Some(b)) if a == b => None,
        (Some(a), Some(b)) if b < a => Some(Judgement::Tightened),
        (Some(_), Some(_)) => Some(Judgement::Loosened),
        _ => Some(Judgement::Changed),
    }
}

/// A deadline's last day as (years after the budget year, month, day).
fn in_year(deadline: &Deadline, budget_year: Option<u32>) -> Option<(i64, u8, u8)> {
    let date = date_of(deadline, budget_year)?;
    let base = budget_year.map_or(0, i64::from);
    let after = i64::from(date.year()) - base;
    // The end of February is the end of the month in any year.
    let day = if date.month() == time::Month::February && date.day() == 29 {
        28
    } else {
        date.day()
    };
    Some((after, u8::from(date.month()), day))
}

/// The standard spelling of a unit as written (`百分比` → `%`), for units no row reading gave.
pub fn canonical_unit<'a>(written: &'a str, extra: &[String]) -> std::borrow::Cow<'a, str> {
    match units::read(written, extra, |_| false).unit() {
        Some((unit, _)) => std::borrow::Cow::Owned(unit.to_string()),
        None => std::borrow::Cow::Borrowed(written),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::FileId;

    /// The target a value reads as in a row of its own.
    fn value(text: &str) -> Value {
        let source = format!("项目 \"p\" {{ 产出指标 {{ 数量指标 \"x\" {text} }} }}\n");
        let (tree, errors) = crate::syntax::parse(FileId(0), &source);
        assert!(errors.is_empty(), "{text}: {errors:?}");
        let Some(crate::syntax::ast::Item::Project(project)) = tree.items.into_iter().next() else {
            panic!("a project");
        };
        let Some(crate::syntax::ast::ProjectField::Indicators(group)) =
            std::sync::Arc::unwrap_or_clone(project)
                .fields
                .into_iter()
                .next()
        else {
            panic!("an indicator group");
        };
        let row = group.indicators.into_iter().next().expect("a row");
        row.value.expect("a value")
    }

    fn target(value: &Value) -> Target<'_> {
        let (comparator, unit) = match &value.kind {
            ValueKind::Quantity {
                comparator, unit, ..
            } => (
                comparator.as_ref().map(|c| c.node),
                unit.as_ref().map(|u| u.node.as_str()),
            ),
            _ => (None, None),
        };
        Target {
            value,
            comparator,
            unit,
            year: Some(2023),
        }
    }

    fn judged(old: &str, new: &str) -> Option<Judgement> {
        let (a, b) = (value(old), value(new));
        judge(&target(&a), &target(&b))
    }

    #[test]
    fn a_floor_raised_is_tightened_and_lowered_loosened() {
        assert_eq!(judged("≥1 次", "≥2 次"), Some(Judgement::Tightened));
        assert_eq!(judged("≥95%", "≥90%"), Some(Judgement::Loosened));
        assert_eq!(judged(">5 个", ">6 个"), Some(Judgement::Tightened));
        assert_eq!(judged(">6 个", ">5 个"), Some(Judgement::Loosened));
    }

    #[test]
    fn a_ceiling_lowered_is_tightened_and_raised_loosened() {
        assert_eq!(judged("≤100%", "≤95%"), Some(Judgement::Tightened));
        assert_eq!(judged("≤10万元", "≤12万元"), Some(Judgement::Loosened));
        assert_eq!(judged("<3 天", "<2 天"), Some(Judgement::Tightened));
        assert_eq!(judged("<2 天", "<3 天"), Some(Judgement::Loosened));
    }

    #[test]
    fn an_equality_or_a_qualitative_target_is_only_changed() {
        assert_eq!(judged("11个", "12个"), Some(Judgement::Changed));
        assert_eq!(judged("=100%", "=90%"), Some(Judgement::Changed));
        assert_eq!(judged("巩固提升", "有所提升"), Some(Judgement::Changed));
        assert_eq!(judged("\"显著\"", "\"明显\""), Some(Judgement::Changed));
    }

    #[test]
    fn a_unit_or_a_comparator_changed_is_named_as_such() {
        assert_eq!(
            judged("≥40平方公里", "≥40公顷"),
            Some(Judgement::UnitChanged)
        );
        assert_eq!(judged("≥90%", "≤90%"), Some(Judgement::ComparatorChanged));
        assert_eq!(judged("100%", "≥100%"), Some(Judgement::ComparatorChanged));
    }

    #[test]
    fn the_same_target_spelled_otherwise_is_no_change() {
        assert_eq!(judged("≥1次", "≥1 次"), None);
        assert_eq!(judged("≥90%", "≥90.0%"), None);
        assert_eq!(judged("12月底前", "2023年12月31日前完成"), None);
        assert_eq!(judged("巩固提升", "巩固提升"), None);
    }

    #[test]
    fn a_deadline_brought_forward_is_tightened_and_put_off_loosened() {
        assert_eq!(judged("12月底前", "11月底前"), Some(Judgement::Tightened));
        assert_eq!(
            judged("2023年6月30日前", "2023年9月30日前"),
            Some(Judgement::Loosened)
        );
        assert_eq!(judged("2023年底", "2024年6月底"), Some(Judgement::Loosened));
    }

    #[test]
    fn a_deadline_compares_within_its_budget_year() {
        let (a, b) = (value("12月底前"), value("2024年12月31日前"));
        let next_year = Target {
            year: Some(2024),
            ..target(&b)
        };
        assert_eq!(judge(&target(&a), &next_year), None);
        let (c, d) = (value("2023年12月底前"), value("2024年11月底前"));
        let next_year = Target {
            year: Some(2024),
            ..target(&d)
        };
        assert_eq!(judge(&target(&c), &next_year), Some(Judgement::Tightened));
    }

    #[test]
    fn a_bare_number_takes_the_direction_of_its_columns() {
        let (a, b) = (value("90%"), value("95%"));
        let with = |value, comparator| Target {
            comparator,
            ..target(value)
        };
        let floor = Some(Comparator::Ge);
        assert_eq!(
            judge(&with(&a, floor), &with(&b, floor)),
            Some(Judgement::Tightened)
        );
        let ceiling = Some(Comparator::Le);
        assert_eq!(
            judge(&with(&a, ceiling), &with(&b, ceiling)),
            Some(Judgement::Loosened)
        );
    }
}
