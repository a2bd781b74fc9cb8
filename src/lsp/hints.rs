//! Inlay hints: what perfc computed, shown where it applies — a breakdown's total after `明细`
//! (`合计 61.60 万元`), the share of the budget a schedule leaves unplanned after its last point,
//! a self-evaluation row's score (`= 9.78 分`), a monitoring row's light.

use lsp_types::{InlayHint, InlayHintLabel, InlayHintTooltip, Position};

use rust_decimal::Decimal;

use super::buffers::Buffer;
use super::position;
use crate::check::breakdown::computed_total;
use crate::model::evaluation::RowScore;
use crate::source::Span;

pub fn inlay_hints(document: &Buffer) -> Vec<InlayHint> {
    let (model, _) = crate::model::build(&document.analysis.loaded);
    let source = document.analysis.loaded.sources.get(document.file);
    let at_end = |span: Span| position::range(source, span).end;
    let mut hints = Vec::new();
    for evaluation in model.evaluations_counted() {
        let Some(evaluated) = evaluation.evaluated(&model) else {
            continue;
        };
        let card = evaluation.score(&model, evaluated.indicators);
        for scored in &card.rows {
            let Some(row) = scored.row.filter(|r| r.span.file == document.file) else {
                continue;
            };
            if let Some(points) = scored.points() {
                let tooltip = explanation(scored);
                hints.push(hint(at_end(row.span), format!("= {points} 分"), tooltip));
            }
        }
    }
    for project in &model.projects {
        if let Some(breakdown) = project.breakdown.filter(|b| b.span.file == document.file)
            && let Some(total) = computed_total(&model, breakdown)
        {
            let after = breakdown.keyword;
            hints.push(hint(at_end(after), format!("合计 {total}"), None));
        }
        if let Some(schedule) = project.schedule.filter(|s| s.span.file == document.file)
            && let Some(last) = schedule.entries.last()
        {
            let left = Decimal::ONE_HUNDRED.checked_sub(schedule.planned_by(12));
            if let Some(left) = left.filter(|left| *left > Decimal::ZERO) {
                let label = format!("尚有 {}% 未计划", left.normalize());
                hints.push(hint(at_end(last.span), label, None));
            }
        }
    }
    for monitoring in model.monitorings_counted() {
        let Some(project) = monitoring.project(&model) else {
            continue;
        };
        for judged in monitoring.progress(&model, project).rows {
            let Some(row) = judged.row.filter(|r| r.span.file == document.file) else {
                continue;
            };
            if let Some(light) = judged.light {
                hints.push(hint(at_end(row.span), light.chinese().to_string(), None));
            }
        }
    }
    hints
}

fn explanation(scored: &RowScore) -> Option<String> {
    match &scored.outcome {
        crate::model::evaluation::Outcome::Scored(s) => Some(s.explanation.clone()),
        _ => None,
    }
}

fn hint(position: Position, label: String, tooltip: Option<String>) -> InlayHint {
    InlayHint {
        position,
        label: InlayHintLabel::String(label),
        kind: None,
        text_edits: None,
        tooltip: tooltip.map(InlayHintTooltip::String),
        padding_left: Some(true),
        padding_right: None,
        data: None,
    }
}
