//! The free text a document prints, each piece with its place in the source: what the text
//! rules (E07) and the font coverage check (E0801) read.

use std::ops::Range;

use super::{Document, ProjectModel};
use crate::source::Span;
use crate::syntax::ast::{GoalsEntry, Indicator, Text, ValueKind};

/// A piece of the document's text and how to find a byte range of it in the source.
pub enum PrintedText<'a> {
    Text(&'a Text),
    /// A bare word (or a string, whose span then includes its quotes).
    Word {
        value: &'a str,
        span: Span,
    },
}

impl PrintedText<'_> {
    pub fn value(&self) -> &str {
        match self {
            PrintedText::Text(t) => &t.value,
            PrintedText::Word { value, .. } => value,
        }
    }

    /// The source span of `range` (bytes of the value); the whole piece when the source spells
    /// it differently (escapes).
    pub fn span_of(&self, range: Range<usize>) -> Span {
        match self {
            PrintedText::Text(t) => t.span_of(range),
            PrintedText::Word { value, span } if span.range().len() == value.len() => Span::new(
                span.file,
                span.start() + range.start,
                span.start() + range.end,
            ),
            PrintedText::Word { span, .. } => *span,
        }
    }
}

/// Every piece of free text the document prints: header, Part 1, unit names, then each project's.
pub fn all<'a>(document: &'a Document) -> Vec<PrintedText<'a>> {
    let mut pieces = outside_projects(document);
    for project in &document.projects {
        pieces.extend(of_project(project));
    }
    pieces
}

/// The texts outside projects: header, Part 1, unit names.
pub fn outside_projects<'a>(document: &'a Document) -> Vec<PrintedText<'a>> {
    let mut pieces = Vec::new();
    let header = &document.header;
    if let Some(node) = header.node {
        pieces.push(PrintedText::Text(&node.title));
    }
    pieces.extend(
        [header.department, header.prepared_by, header.reviewed_by]
            .into_iter()
            .flatten()
            .map(PrintedText::Text),
    );
    for entry in document.goals.iter().flat_map(|g| &g.entries) {
        match entry {
            GoalsEntry::Overall(t) => pieces.push(PrintedText::Text(t)),
            GoalsEntry::SubGoal(s) => {
                pieces.push(PrintedText::Text(&s.title));
                pieces.extend(
                    [&s.goal, &s.indicators]
                        .into_iter()
                        .flatten()
                        .map(PrintedText::Text),
                );
            }
            GoalsEntry::Measure(m) => {
                pieces.extend([PrintedText::Text(&m.title), PrintedText::Text(&m.body)])
            }
            GoalsEntry::Code(c) => pieces.push(PrintedText::Word {
                value: &c.node,
                span: c.span,
            }),
            GoalsEntry::Functions(t) => pieces.push(PrintedText::Text(t)),
            GoalsEntry::Duty(d) => {
                pieces.extend([PrintedText::Text(&d.function), PrintedText::Text(&d.task)])
            }
            GoalsEntry::Indicators(group) => {
                for indicator in &group.indicators {
                    indicator_pieces(indicator, &mut pieces);
                }
            }
            GoalsEntry::Budget(_) => {}
        }
    }
    pieces.extend(document.units.iter().map(|u| PrintedText::Text(&u.name)));
    pieces
}

/// The texts of one project: its name, title, use, goals, the form's cells and text blocks,
/// breakdown labels and indicators.
pub fn of_project<'a>(project: &'a ProjectModel) -> Vec<PrintedText<'a>> {
    let mut pieces = Vec::new();
    pieces.push(PrintedText::Text(&project.node.name));
    pieces.extend(
        project
            .title
            .into_iter()
            .chain(project.use_text)
            .chain(project.goals.iter().copied())
            .chain(project.term_goal.map(|(_, t)| t))
            .chain(project.prose.iter().map(|(_, t)| *t))
            .map(PrintedText::Text),
    );
    pieces.extend(project.info.iter().map(|(_, v)| PrintedText::Word {
        value: &v.node,
        span: v.span,
    }));
    for review in &project.reviews {
        pieces.extend([
            PrintedText::Text(&review.by),
            PrintedText::Text(&review.opinion),
        ]);
        pieces.extend(
            [&review.reviewer, &review.date]
                .into_iter()
                .flatten()
                .map(|w| PrintedText::Word {
                    value: &w.node,
                    span: w.span,
                }),
        );
    }
    let plan = project.plan.iter().flat_map(|p| &p.node);
    pieces.extend(plan.clone().map(|row| PrintedText::Text(&row.content)));
    let worded = project.period.into_iter().chain(plan.map(|row| &row.when));
    for period in worded.filter(|p| p.range.is_none()) {
        pieces.push(PrintedText::Word {
            value: &period.text,
            span: period.value,
        });
    }
    pieces.extend(
        project
            .breakdown
            .iter()
            .flat_map(|b| &b.items)
            .map(|i| PrintedText::Text(&i.label)),
    );
    for indicator in &project.indicators {
        indicator_pieces(indicator.node, &mut pieces);
    }
    pieces
}

/// The texts of an indicator row: name, description, basis, remark and a worded value.
fn indicator_pieces<'a>(node: &'a Indicator, pieces: &mut Vec<PrintedText<'a>>) {
    pieces.push(PrintedText::Text(&node.name));
    // `描述 ""` leaves the 指标解释 cell blank on purpose.
    pieces.extend(
        node.description
            .iter()
            .filter(|d| !d.value.is_empty())
            .map(|d| PrintedText::Text(d)),
    );
    pieces.extend(
        [&node.remark, &node.nature, &node.direction]
            .into_iter()
            .flatten()
            .map(|w| PrintedText::Word {
                value: &w.node,
                span: w.span,
            }),
    );
    pieces.extend(node.basis.iter().map(|b| PrintedText::Word {
        value: &b.node,
        span: b.span,
    }));
    if let Some(value) = &node.value {
        match &value.kind {
            ValueKind::Text(t) => pieces.push(PrintedText::Text(t)),
            ValueKind::Level(word) => pieces.push(PrintedText::Word {
                value: word,
                span: value.span,
            }),
            _ => {}
        }
    }
}
