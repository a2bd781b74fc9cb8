//! Inlay hints: what perfc computed for the rows of a record, shown after them — a
//! self-evaluation row's score (`= 9.78 分`), a monitoring row's light.

use lsp_types::{InlayHint, InlayHintLabel, InlayHintTooltip, Position};

use super::buffers::Buffer;
use super::position;
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
