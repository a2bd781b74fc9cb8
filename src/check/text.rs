//! Defects of the document's free text: E0701 template placeholders, E0709 unpaired brackets,
//! E0710 doubled punctuation, E0711 repeated clauses.

use std::ops::Range;

use crate::diag::{Diagnostic, RuleId};
use crate::domain::text as defects;
use crate::model::{Document, ProjectModel};
use crate::msg;
use crate::source::Span;
use crate::syntax::ast::{GoalsEntry, Text, ValueKind};

/// A piece of the document's text and how to find a byte range of it in the source.
pub enum TextPiece<'a> {
    Text(&'a Text),
    /// A bare word (or a string, whose span then includes its quotes).
    Word {
        value: &'a str,
        span: Span,
    },
}

impl TextPiece<'_> {
    pub fn value(&self) -> &str {
        match self {
            TextPiece::Text(t) => &t.value,
            TextPiece::Word { value, .. } => value,
        }
    }

    /// The source span of `range` (bytes of the value); the whole piece when the source spells
    /// it differently (escapes).
    pub fn span_of(&self, range: Range<usize>) -> Span {
        match self {
            TextPiece::Text(t) => t.span_of(range),
            TextPiece::Word { value, span } if span.range().len() == value.len() => Span::new(
                span.file,
                span.start() + range.start,
                span.start() + range.end,
            ),
            TextPiece::Word { span, .. } => *span,
        }
    }
}

/// The texts outside projects: header, Part 1, unit names.
pub(super) fn check_document(document: &Document, out: &mut Vec<Diagnostic>) {
    for piece in document_pieces(document) {
        check_piece(&piece, out);
    }
}

/// The texts of one project.
pub(super) fn check(project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    for piece in project_pieces(project) {
        check_piece(&piece, out);
    }
}

/// Every piece of free text the document prints: header, Part 1, unit names, then each project's.
pub fn text_pieces<'a>(document: &'a Document) -> Vec<TextPiece<'a>> {
    let mut pieces = document_pieces(document);
    for project in &document.projects {
        pieces.extend(project_pieces(project));
    }
    pieces
}

fn document_pieces<'a>(document: &'a Document) -> Vec<TextPiece<'a>> {
    let mut pieces = Vec::new();
    let header = &document.header;
    if let Some(node) = header.node {
        pieces.push(TextPiece::Text(&node.title));
    }
    pieces.extend(
        [header.department, header.prepared_by, header.reviewed_by]
            .into_iter()
            .flatten()
            .map(TextPiece::Text),
    );
    for entry in document.goals.iter().flat_map(|g| &g.entries) {
        match entry {
            GoalsEntry::Overall(t) => pieces.push(TextPiece::Text(t)),
            GoalsEntry::SubGoal(s) => {
                pieces.push(TextPiece::Text(&s.title));
                pieces.extend(
                    [&s.goal, &s.indicators]
                        .into_iter()
                        .flatten()
                        .map(TextPiece::Text),
                );
            }
            GoalsEntry::Measure(m) => {
                pieces.extend([TextPiece::Text(&m.title), TextPiece::Text(&m.body)])
            }
        }
    }
    pieces.extend(document.units.iter().map(|u| TextPiece::Text(&u.name)));
    pieces
}

fn project_pieces<'a>(project: &'a ProjectModel) -> Vec<TextPiece<'a>> {
    let mut pieces = Vec::new();
    pieces.push(TextPiece::Text(&project.node.name));
    pieces.extend(
        project
            .title
            .into_iter()
            .chain(project.use_text)
            .chain(project.goals.iter().copied())
            .map(TextPiece::Text),
    );
    pieces.extend(
        project
            .breakdown
            .iter()
            .flat_map(|b| &b.items)
            .map(|i| TextPiece::Text(&i.label)),
    );
    for indicator in &project.indicators {
        let node = indicator.node;
        pieces.push(TextPiece::Text(&node.name));
        pieces.extend(node.description.iter().map(|d| TextPiece::Text(d)));
        pieces.extend(node.basis.iter().map(|b| TextPiece::Word {
            value: &b.node,
            span: b.span,
        }));
        if let Some(value) = &node.value {
            match &value.kind {
                ValueKind::Text(t) => pieces.push(TextPiece::Text(t)),
                ValueKind::Level(word) => pieces.push(TextPiece::Word {
                    value: word,
                    span: value.span,
                }),
                _ => {}
            }
        }
    }
    pieces
}

fn check_piece(piece: &TextPiece, out: &mut Vec<Diagnostic>) {
    let value = piece.value();
    let found = defects::defects(value);
    for range in found.placeholders {
        let shown = &value[range.clone()];
        let message = if shown.trim().is_empty() {
            msg!("文本为空", "the text is empty")
        } else {
            msg!(
                "残留模板占位符 `{shown}`",
                "template placeholder `{shown}` left in"
            )
        };
        out.push(
            Diagnostic::new(RuleId::Placeholder, piece.span_of(range), message)
                .with_help(msg!("填写实际内容", "fill in the real content")),
        );
    }
    if let Some(range) = found.unbalanced {
        let shown = &value[range.clone()];
        out.push(Diagnostic::new(
            RuleId::UnbalancedBrackets,
            piece.span_of(range),
            msg!("`{shown}` 没有配对", "`{shown}` has no partner"),
        ));
    }
    for range in found.doubled {
        let shown = &value[range.clone()];
        out.push(Diagnostic::new(
            RuleId::DoubledPunctuation,
            piece.span_of(range),
            msg!("标点重复 `{shown}`", "doubled punctuation `{shown}`"),
        ));
    }
    if let Some(range) = found.repeated {
        let shown = &value[range.clone()];
        out.push(Diagnostic::new(
            RuleId::RepeatedPhrase,
            piece.span_of(range),
            msg!(
                "“{shown}”紧接着重复出现",
                "“{shown}” is repeated right after itself"
            ),
        ));
    }
}
