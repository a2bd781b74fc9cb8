//! The 指标性质 and 指标方向 columns: E0517 a value whose comparison contradicts them, E0518 a word
//! in them that names no nature or comparison.

use crate::diag::{Diagnostic, RuleId};
use crate::domain::levels::{self, Nature};
use crate::model::IndicatorModel;
use crate::msg;
use crate::source::Spanned;
use crate::syntax::ast::{Comparator, ValueKind};

/// The rules on a table's rows: a project's, or the 部门整体 table's.
pub(super) fn check(indicators: &[IndicatorModel], out: &mut Vec<Diagnostic>) {
    for indicator in indicators {
        check_indicator(indicator, out);
    }
}

fn check_indicator(indicator: &IndicatorModel, out: &mut Vec<Diagnostic>) {
    let node = indicator.node;
    let nature = node.nature.as_deref().and_then(|n| read_nature(n, out));
    let direction = node
        .direction
        .as_deref()
        .and_then(|d| read_direction(d, out));
    let written = match node.value.as_ref().map(|v| &v.kind) {
        Some(ValueKind::Quantity {
            comparator: Some(c),
            ..
        }) => Some(c),
        _ => None,
    };
    if let (Some(written), Some((direction, word))) = (written, &direction)
        && written.node != *direction
    {
        let (w, d) = (written.node.symbol(), &word.node);
        out.push(
            Diagnostic::new(
                RuleId::DirectionConflict,
                written.span,
                msg!(
                    "指标值的 `{w}` 与指标方向 `{d}` 矛盾",
                    "the value's `{w}` contradicts the direction `{d}`"
                ),
            )
            .with_secondary(word.span, msg!("指标方向", "direction")),
        );
        return;
    }
    let comparison = written
        .map(|c| (c.node, c.span))
        .or(direction.map(|(c, word)| (c, word.span)));
    let (Some((comparator, span)), Some((nature, word))) = (comparison, nature) else {
        return;
    };
    let contradicts = match nature {
        Nature::Positive => comparator.is_ceiling(),
        Nature::Negative => comparator.is_floor(),
        Nature::Qualitative => false,
    };
    if contradicts {
        let (symbol, written) = (comparator.symbol(), &word.node);
        out.push(
            Diagnostic::new(
                RuleId::DirectionConflict,
                span,
                msg!(
                    "{written}指标写了 `{symbol}`",
                    "a {written} indicator written with `{symbol}`"
                ),
            )
            .with_secondary(word.span, msg!("指标性质", "nature"))
            .with_help(msg!(
                "正向指标（越大越好）写下限 ≥，反向指标（越小越好）写上限 ≤：改正比较符或指标性质",
                "a 正向 (more is better) indicator has a floor ≥, a 反向 (less is better) one a ceiling ≤: correct the comparison or the nature"
            )),
        );
    }
}

fn read_nature<'a>(
    word: &'a Spanned<String>,
    out: &mut Vec<Diagnostic>,
) -> Option<(Nature, &'a Spanned<String>)> {
    let read = levels::nature(&word.node);
    if read.is_none() {
        let written = &word.node;
        out.push(
            Diagnostic::new(
                RuleId::UnknownNature,
                word.span,
                msg!(
                    "指标性质 `{written}` 不是 正向、反向 或 定性",
                    "the nature `{written}` is not 正向, 反向 or 定性"
                ),
            )
            .with_help(msg!(
                "写 `指标性质 正向`（越大越好）、`反向`（越小越好）或 `定性`",
                "write `指标性质 正向` (more is better), `反向` (less is better) or `定性`"
            )),
        );
    }
    read.map(|n| (n, word))
}

fn read_direction<'a>(
    word: &'a Spanned<String>,
    out: &mut Vec<Diagnostic>,
) -> Option<(Comparator, &'a Spanned<String>)> {
    let read = crate::syntax::comparator(&word.node);
    if read.is_none() {
        let written = &word.node;
        out.push(
            Diagnostic::new(
                RuleId::UnknownNature,
                word.span,
                msg!(
                    "指标方向 `{written}` 不是比较关系",
                    "the direction `{written}` is not a comparison"
                ),
            )
            .with_help(msg!(
                "写 `指标方向 大于等于`、`小于等于` 或 `等于`（也可写 ≥ ≤ =）",
                "write `指标方向 大于等于`, `小于等于` or `等于` (or ≥ ≤ =)"
            )),
        );
    }
    read.map(|c| (c, word))
}
