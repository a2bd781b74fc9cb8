//! Code actions: the repair a finding carries (`Diagnostic::fix`, what `perfc fix` applies) as a
//! quick fix of the findings in the range asked about.

use std::collections::HashMap;

use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, WorkspaceEdit};

use super::buffers::Buffer;
use super::diagnostics::convert_one;
use super::position;
use crate::diag::Lang;
use crate::msg;

/// A quick fix for each unacknowledged finding of this file in `start..end` with a repair in it.
pub fn code_actions(
    document: &Buffer,
    start: usize,
    end: usize,
    lang: Lang,
) -> Vec<CodeActionOrCommand> {
    let analysis = &document.analysis;
    let source = analysis.loaded.sources.get(document.file);
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.primary.span.file == document.file && d.acknowledged.is_none())
        .filter(|d| d.primary.span.start() <= end && start <= d.primary.span.end())
        .filter_map(|d| {
            let fix = d.fix.as_deref().filter(|f| f.span.file == document.file)?;
            let replacement = &fix.replacement;
            let title = msg!("改为 `{replacement}`", "write `{replacement}`");
            let edit = TextEdit::new(position::range(source, fix.span), replacement.clone());
            Some(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("{}（{}）", title.get(lang), d.code),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![convert_one(analysis, source, d, lang)]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(document.uri.clone(), vec![edit])])),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }))
        })
        .collect()
}
