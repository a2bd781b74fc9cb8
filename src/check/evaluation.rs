//! Self-evaluation (绩效自评): E0901 a record of no project, E0902 a row of no indicator, E0903
//! a missing actual or amount, E0904 an actual not comparable with its target, E0905 a written
//! score unlike the computed one, E0906 a missing explanation, E0907 execution below 90% without
//! a reason, E0908 a stated rate unlike the amounts, E0909 weights that do not add up, E0910 a
//! qualitative row without its score, E0911 sources of funds that do not add up. The scores
//! themselves are `model::evaluation`'s.

use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::domain::scoring::{self, Attainment};
use crate::model::evaluation::{Outcome, RowScore, Scorecard, block_totals};
use crate::model::{Document, EvaluationModel, IndicatorModel};
use crate::msg;
use crate::source::Spanned;
use crate::syntax::ast::{Amount, EvaluationFunds, Text, ValueKind};
use crate::syntax::keywords::EVALUATION_FUNDS;

/// Below this 执行率 (in percent) the record says why.
const LOW_EXECUTION: Decimal = Decimal::from_parts(90, 0, 0, false, 0);

pub(super) fn check(document: &Document, out: &mut Vec<Diagnostic>) {
    if !document.evaluations.is_empty() {
        check_profile(document, out);
    }
    check_duplicates(document, out);
    for evaluation in document.evaluations_counted() {
        let Some(evaluated) = evaluation.evaluated(document) else {
            out.push(match evaluation.node.whole_department {
                true => no_department_targets(&evaluation.node.project),
                false => unknown_project(&evaluation.node.project),
            });
            continue;
        };
        let card = evaluation.score(document, evaluated.indicators);
        if let Some(span) = card.overflow {
            out.push(Diagnostic::new(
                RuleId::NumberRange,
                span,
                msg!(
                    "自评中的数超出可精确计算的范围，未打分",
                    "a number of the self-evaluation is beyond exact arithmetic; nothing was scored"
                ),
            ));
            continue;
        }
        check_unmatched(evaluated.label, &card, out);
        check_funds(evaluation, &card, out);
        if let Some(funds) = &evaluation.node.funds {
            check_sources(document, funds, out);
        }
        check_blocks(document, evaluation, evaluated.indicators, out);
        for row in &card.rows {
            check_row(evaluation, document, row, out);
        }
    }
}

/// E0901: a record names no project of the document.
pub(super) fn unknown_project(project: &Spanned<String>) -> Diagnostic {
    let name = &project.node;
    Diagnostic::new(
        RuleId::EvaluationProject,
        project.span,
        msg!(
            "文档中没有编码或名称为 `{name}` 的项目",
            "the document has no project with code or name `{name}`"
        ),
    )
    .with_help(msg!(
        "照绩效目标写项目编码或名称，并用 `包含` 读入绩效目标文件",
        "write the project's code or name as the targets do, and include the targets' file"
    ))
}

/// E0901: `自评 部门整体` in a document whose `部门目标` has no indicators.
fn no_department_targets(written: &Spanned<String>) -> Diagnostic {
    Diagnostic::new(
        RuleId::EvaluationProject,
        written.span,
        msg!(
            "文档没有部门整体绩效指标，部门整体自评无从打分",
            "the document has no department-wide indicators to score the department against"
        ),
    )
    .with_help(msg!(
        "用 `包含` 读入写有 `部门目标 {{ 产出指标 {{ … }} }}` 的绩效目标文件",
        "include the targets' file whose `部门目标 {{ … }}` has the indicators"
    ))
}

/// E0005: a second record of a project, or a second row of an indicator, is ignored.
fn check_duplicates(document: &Document, out: &mut Vec<Diagnostic>) {
    for (i, evaluation) in document.evaluations.iter().enumerate() {
        let earlier = document.evaluations[..i]
            .iter()
            .find(|e| e.target.is_some() && e.target == evaluation.target);
        if let Some(earlier) = earlier {
            let name = &evaluation.node.project.node;
            out.push(
                Diagnostic::new(
                    RuleId::DuplicateField,
                    evaluation.node.project.span,
                    msg!(
                        "项目 {name} 已有一份自评，这一份被忽略",
                        "project {name} already has a self-evaluation; this one is ignored"
                    ),
                )
                .with_secondary(earlier.node.project.span, msg!("第一份", "the first")),
            );
        }
        let names: Vec<&Text> = evaluation.node.rows.iter().map(|r| &r.name).collect();
        duplicate_rows(&names, out);
    }
}

/// E0005: a second row of an indicator in a record; the first counts.
pub(super) fn duplicate_rows(names: &[&Text], out: &mut Vec<Diagnostic>) {
    for (j, row) in names.iter().enumerate() {
        let Some(first) = names[..j].iter().find(|r| r.value == row.value) else {
            continue;
        };
        let name = &row.value;
        out.push(
            Diagnostic::new(
                RuleId::DuplicateField,
                row.span,
                msg!(
                    "指标 “{name}” 写了两行，以第一行为准",
                    "indicator “{name}” has two rows; the first counts"
                ),
            )
            .with_secondary(first.span, msg!("第一行", "the first row")),
        );
    }
}

/// E0909: the profile's points add up to 100.
fn check_profile(document: &Document, out: &mut Vec<Diagnostic>) {
    let profile = &document.header.scoring;
    let Ok(total) = profile.total() else {
        return;
    };
    if total == Decimal::ONE_HUNDRED {
        return;
    }
    let span = document
        .header
        .scoring_span
        .or(document.header.node.map(|h| h.title.span));
    let Some(span) = span else {
        return;
    };
    let parts = [
        profile.execution,
        profile.output,
        profile.benefit,
        profile.satisfaction,
    ]
    .map(|p| p.to_string())
    .join(" + ");
    out.push(
        Diagnostic::new(
            RuleId::WeightsTotal,
            span,
            msg!(
                "评分分值合计 {parts} = {total}，不是 100",
                "the scoring points add up to {parts} = {total}, not 100"
            ),
        )
        .with_help(msg!(
            "调整 `评分` 中的分值，使执行率、产出、效益、满意度合计为 100",
            "change the points of `评分` so that they add up to 100"
        )),
    );
}

/// E0902: rows that name no indicator of the project (or the department).
fn check_unmatched(label: &str, card: &Scorecard, out: &mut Vec<Diagnostic>) {
    for row in &card.unmatched {
        out.push(unknown_indicator(label, &row.name));
    }
}

/// E0902: a record's row names no indicator of the project labelled `label`.
pub(super) fn unknown_indicator(label: &str, name: &Text) -> Diagnostic {
    let value = &name.value;
    Diagnostic::new(
        RuleId::EvaluationIndicator,
        name.span,
        msg!(
            "项目 {label} 的绩效目标中没有指标 “{value}”",
            "project {label} has no target indicator “{value}”"
        ),
    )
    .with_help(msg!(
        "照绩效目标写三级指标名称，一字不差",
        "write the indicator's name exactly as the targets do"
    ))
}

/// E0903 (amounts missing), E0907 (execution below 90% unexplained), E0908 (stated rate).
fn check_funds(evaluation: &EvaluationModel, card: &Scorecard, out: &mut Vec<Diagnostic>) {
    let record = evaluation.node;
    let funds = record.funds.as_ref();
    let complete = funds.is_some_and(|f| f.total.full_year.is_some() && f.total.executed.is_some());
    if !complete {
        let span = funds.map_or(record.project.span, |f| f.span);
        out.push(
            Diagnostic::new(
                RuleId::MissingActual,
                span,
                msg!(
                    "自评缺少全年预算数或全年执行数，无法计算预算执行率",
                    "the self-evaluation lacks 全年预算数 or 全年执行数: no execution rate"
                ),
            )
            .with_help(msg!(
                "写 `资金 {{ 年初预算数 …  全年预算数 …  全年执行数 … }}`",
                "write `资金 {{ 年初预算数 …  全年预算数 …  全年执行数 … }}`"
            )),
        );
    }
    let Some((rate, scored)) = &card.execution else {
        return;
    };
    if *rate < LOW_EXECUTION
        && let Some(funds) = funds
        && funds.deviation.is_none()
    {
        out.push(
            Diagnostic::new(
                RuleId::LowExecution,
                funds.span,
                msg!(
                    "预算执行率 {rate}% 低于 90%，未说明原因",
                    "execution rate {rate}% is below 90% and no reason is given"
                ),
            )
            .with_help(msg!(
                "在 `资金` 中写 `偏差 \"未执行的原因及改进措施\"`",
                "add `偏差 \"…\"` to `资金` with the reason and the remedy"
            )),
        );
    }
    if let Some(stated) = &record.stated_rate
        && stated.node != *rate
    {
        let explanation = &scored.explanation;
        let written = stated.node;
        out.push(
            Diagnostic::new(
                RuleId::StatedRate,
                stated.span,
                msg!(
                    "执行率写的是 {written}%，按金额应为 {rate}%",
                    "the stated rate is {written}%, the amounts give {rate}%"
                ),
            )
            .with_help(msg!(
                "写 `执行率 {rate}%`（{explanation}）",
                "write `执行率 {rate}%` ({explanation})"
            )),
        );
    }
}

/// E0911: each column of the sources adds up to the total's.
fn check_sources(document: &Document, funds: &EvaluationFunds, out: &mut Vec<Diagnostic>) {
    let unit = document.header.money_unit;
    for &column in EVALUATION_FUNDS {
        let Some(total) = funds.total.get(column) else {
            continue;
        };
        let parts: Vec<_> = funds
            .sources
            .iter()
            .filter_map(|s| s.amounts.get(column))
            .collect();
        if parts.is_empty() {
            continue;
        }
        let sum = parts
            .iter()
            .try_fold(Decimal::ZERO, |sum, m| sum.checked_add(unit.amount_of(m)?));
        let (Some(written), Some(sum)) = (unit.amount_of(total), sum) else {
            continue;
        };
        if written == sum {
            continue;
        }
        let name = column.spelling(crate::diag::Lang::Zh);
        out.push(
            Diagnostic::new(
                RuleId::EvaluationFundsSum,
                total.span,
                msg!(
                    "{name} {written} 不等于各来源之和 {sum}",
                    "{name} {written} is not the sum of its sources, {sum}"
                ),
            )
            .with_help(msg!(
                "合计与各来源（当年财政拨款、上年结转、其他资金）的{name}应一致：改正其中一项",
                "the total and its sources' {name} must agree: correct one of them"
            )),
        );
    }
}

/// E0909: the 分值 written in a block exceed its points, or, all written, differ from them.
fn check_blocks(
    document: &Document,
    evaluation: &EvaluationModel,
    indicators: &[IndicatorModel],
    out: &mut Vec<Diagnostic>,
) {
    for block in block_totals(document, indicators, evaluation.node) {
        let (written, points) = (block.written, block.points);
        let wrong = written > points || (block.all_written && written != points);
        if !wrong {
            continue;
        }
        let name = block.name;
        out.push(
            Diagnostic::new(
                RuleId::WeightsTotal,
                block.span,
                msg!(
                    "{name}写出的分值合计 {written}，该类分值为 {points}",
                    "the {name} rows' weights add up to {written}, the block has {points}"
                ),
            )
            .with_help(msg!(
                "改正各行 `分值`，或在 `评分` 中改该类分值",
                "correct the rows' `分值`, or the block's points in `评分`"
            )),
        );
    }
}

fn check_row(
    evaluation: &EvaluationModel,
    document: &Document,
    row: &RowScore,
    out: &mut Vec<Diagnostic>,
) {
    let name = &row.indicator.node.name.value;
    let weight = row.weight;
    match &row.outcome {
        Outcome::Missing => {
            let span = row
                .row
                .map_or(evaluation.node.project.span, |r| r.name.span);
            out.push(
                Diagnostic::new(
                    RuleId::MissingActual,
                    span,
                    msg!(
                        "指标 “{name}” 没有实际完成值，按 0 分计",
                        "indicator “{name}” has no actual value; it scores 0"
                    ),
                )
                .with_help(msg!(
                    "写 `\"{name}\" 实际 …`；不适用写 `实际 不涉及`",
                    "write `\"{name}\" 实际 …`, or `实际 不涉及`"
                )),
            );
        }
        Outcome::Mismatch => {
            let (Some(target), Some(actual)) = (
                row.indicator.node.value.as_ref(),
                row.row.and_then(|r| r.actual.as_ref()),
            ) else {
                return;
            };
            let (t, a) = (&target.raw, &actual.raw);
            out.push(
                Diagnostic::new(
                    RuleId::ActualMismatch,
                    actual.span,
                    msg!(
                        "实际完成值 `{a}` 无法与指标值 `{t}` 比较，按 0 分计",
                        "actual `{a}` cannot be compared with target `{t}`; it scores 0"
                    ),
                )
                .with_help(mismatch_help(target, actual))
                .with_secondary(target.span, msg!("指标值", "target")),
            );
        }
        Outcome::Scored(scored) => {
            check_written_score(row, scored.score, &scored.explanation, out);
            let far_above = far_above(document, row);
            if (scored.score < weight || far_above)
                && row.row.is_some_and(|r| r.deviation.is_none())
            {
                missing_deviation(row, far_above, out);
            }
        }
        Outcome::Qualitative { attainment, band } => {
            let written = row.row.and_then(|r| r.score.as_ref());
            match written {
                Some(score) if !band.contains(score.node) || score.node > weight => {
                    let (word, written) = (attainment.word(), score.node);
                    out.push(
                        Diagnostic::new(
                            RuleId::ScoreMismatch,
                            score.span,
                            msg!(
                                "“{word}” 的得分应在 {band} 内（分值 {weight}），写的是 {written}",
                                "a score for “{word}” lies in {band} (weight {weight}), not {written}"
                            ),
                        )
                        .with_help(msg!(
                            "在分数段内打分，或改写达成等级",
                            "score within the band, or change the level"
                        )),
                    );
                }
                None if *attainment != Attainment::Achieved => {
                    let Some(actual) = row.row.and_then(|r| r.actual.as_ref()) else {
                        return;
                    };
                    let level = &actual.raw;
                    out.push(
                        Diagnostic::new(
                            RuleId::QualitativeScore,
                            actual.span,
                            msg!(
                                "定性指标 “{name}” 为 {level} 但没有得分，按 0 分计",
                                "qualitative row “{name}” is {level} without a score; it scores 0"
                            ),
                        )
                        .with_help(msg!(
                            "写 `得分 …`，在 {band} 内",
                            "write `得分 …` within {band}"
                        )),
                    );
                }
                _ => {}
            }
            let lost = row.points().is_some_and(|p| p < weight);
            if lost && row.row.is_some_and(|r| r.deviation.is_none()) {
                missing_deviation(row, false, out);
            }
        }
        Outcome::NotApplicable => {}
    }
}

/// E0905 for a computed row: a written score unlike the computed one, or above the weight.
fn check_written_score(
    row: &RowScore,
    computed: Decimal,
    explanation: &str,
    out: &mut Vec<Diagnostic>,
) {
    let Some(written) = row.row.and_then(|r| r.score.as_ref()) else {
        return;
    };
    if written.node == computed && written.node <= row.weight {
        return;
    }
    let w = written.node;
    out.push(
        Diagnostic::new(
            RuleId::ScoreMismatch,
            written.span,
            msg!(
                "得分写的是 {w}，按评分规则为 {computed}",
                "the written score is {w}; the rules give {computed}"
            ),
        )
        .with_help(msg!(
            "写 `得分 {computed}`：{explanation}",
            "write `得分 {computed}`: {explanation}"
        )),
    );
}

/// The actual is at least the profile's threshold times a floor target.
fn far_above(document: &Document, row: &RowScore) -> bool {
    let target = row.indicator.node.value.as_ref().map(|v| &v.kind);
    let actual = row.row.and_then(|r| r.actual.as_ref()).map(|v| &v.kind);
    match (target, actual) {
        (
            Some(ValueKind::Quantity {
                comparator: Some(comparator),
                amount: Amount::Number(a),
                ..
            }),
            Some(ValueKind::Quantity {
                amount: Amount::Number(b),
                ..
            }),
        ) => scoring::far_above_floor(
            comparator.node,
            a.node,
            b.node,
            document.header.scoring.deviation_threshold,
        ),
        _ => false,
    }
}

fn missing_deviation(row: &RowScore, far_above: bool, out: &mut Vec<Diagnostic>) {
    let Some(evaluated) = row.row else {
        return;
    };
    let name = &row.indicator.node.name.value;
    let message = if far_above {
        msg!(
            "指标 “{name}” 的实际完成值远超目标，未分析原因",
            "indicator “{name}” far exceeds its target and no reason is given"
        )
    } else {
        msg!(
            "指标 “{name}” 未得满分，未分析偏差原因",
            "indicator “{name}” lost points and no reason is given"
        )
    };
    out.push(
        Diagnostic::new(RuleId::MissingDeviation, evaluated.name.span, message).with_help(msg!(
            "在该行后写 `偏差 \"原因分析及改进措施\"`",
            "add `偏差 \"…\"` (causes and improvements) to the row"
        )),
    );
}

/// What to write for an actual of another kind or unit than the target.
pub(super) fn mismatch_help(
    target: &crate::syntax::ast::Value,
    actual: &crate::syntax::ast::Value,
) -> crate::diag::Msg {
    match (&target.kind, &actual.kind) {
        (ValueKind::Quantity { unit, .. }, ValueKind::Quantity { comparator, .. }) => {
            if comparator.is_some() {
                msg!(
                    "实际完成值写数值本身，不写比较符",
                    "write the actual number without a comparator"
                )
            } else {
                let unit = unit.as_ref().map_or("", |u| u.node.as_str()).to_string();
                msg!(
                    "用指标值的单位写实际完成值：`… {unit}`",
                    "write the actual in the target's unit: `… {unit}`"
                )
            }
        }
        (ValueKind::Deadline(_), _) => msg!(
            "时效指标写实际完成的日期，如 `2024年11月20日`",
            "for a deadline write the date it was done, such as `2024年11月20日`"
        ),
        _ => msg!(
            "定性指标写 达成、部分达成 或 未达成",
            "for a qualitative row write 达成, 部分达成 or 未达成"
        ),
    }
}
