//! References to and renaming of unit and project codes across the files of a document: a
//! unit's code where `单位 CODE "名称"` declares it and where projects name it (`单位 CODE`); a
//! project's where `项目 CODE "名称"` declares it and where records and 履职目标 name it
//! (`自评 CODE`, `监控 CODE`, `项目 CODE`). Only places that write the code itself count (a
//! record naming the project by its name is left alone).

use std::collections::HashMap;

use lsp_types::{Location, TextEdit, Uri, WorkspaceEdit};

use super::buffers::Buffer;
use super::diagnostics::location;
use crate::source::Span;
use crate::syntax::ast::{GoalsEntry, Item, ProjectField};
use crate::syntax::keywords::is_bare_word;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Unit,
    Project,
}

/// Every place the document writes a code: its kind, the code, where.
fn places(document: &Buffer) -> Vec<(Kind, &str, Span)> {
    let mut places = Vec::new();
    for item in document.analysis.loaded.items() {
        match item {
            Item::Unit(unit) => places.push((Kind::Unit, unit.code.node.as_str(), unit.code.span)),
            Item::Project(project) => {
                if let Some(code) = &project.code {
                    places.push((Kind::Project, code.node.as_str(), code.span));
                }
                for field in &project.fields {
                    if let ProjectField::Unit(code) = field {
                        places.push((Kind::Unit, code.node.as_str(), code.span));
                    }
                }
            }
            Item::SelfEvaluation(record) if !record.whole_department => {
                let named = &record.project;
                places.push((Kind::Project, named.node.as_str(), named.span));
            }
            Item::Monitoring(record) => {
                let named = &record.project;
                places.push((Kind::Project, named.node.as_str(), named.span));
            }
            Item::DepartmentGoals(goals) => {
                let duties = goals.entries.iter().filter_map(|e| match e {
                    GoalsEntry::Duty(duty) => Some(duty),
                    _ => None,
                });
                for named in duties.flat_map(|d| &d.projects) {
                    places.push((Kind::Project, named.node.as_str(), named.span));
                }
            }
            _ => {}
        }
    }
    // A name written as a string is not the code: its span holds the quotes.
    let sources = &document.analysis.loaded.sources;
    places.retain(|(_, code, span)| {
        sources.get(span.file).text.get(span.start()..span.end()) == Some(*code)
    });
    places
}

/// The places of the code under the cursor, in document order.
fn occurrences(document: &Buffer, offset: usize) -> Option<Vec<Span>> {
    let places = places(document);
    let (kind, code, _) = *places.iter().find(|(_, _, span)| {
        span.file == document.file && span.start() <= offset && offset <= span.end()
    })?;
    let same = places.iter().filter(|(k, c, _)| *k == kind && *c == code);
    Some(same.map(|(_, _, span)| *span).collect())
}

pub fn references(document: &Buffer, offset: usize) -> Option<Vec<Location>> {
    let spans = occurrences(document, offset)?;
    Some(
        spans
            .into_iter()
            .filter_map(|span| location(&document.analysis, span))
            .collect(),
    )
}

/// The edits renaming the code under the cursor everywhere; `Err` when `new_name` cannot be a
/// code (a blank, a quote, a brace …).
pub fn rename(
    document: &Buffer,
    offset: usize,
    new_name: &str,
) -> Result<Option<WorkspaceEdit>, String> {
    if !is_bare_word(new_name) {
        return Err(format!(
            "“{new_name}” 不能作编码：编码中不能有空白、引号、括号、# 或 ;"
        ));
    }
    let Some(spans) = occurrences(document, offset) else {
        return Ok(None);
    };
    // lsp_types keys `WorkspaceEdit::changes` by `Uri`, whose parsed form caches lazily; the
    // keys are never changed while in the map.
    #[allow(clippy::mutable_key_type)]
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for span in spans {
        if let Some(place) = location(&document.analysis, span) {
            let edit = TextEdit::new(place.range, new_name.to_string());
            changes.entry(place.uri).or_default().push(edit);
        }
    }
    Ok(Some(WorkspaceEdit::new(changes)))
}
