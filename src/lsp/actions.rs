//! Code actions for the findings in the range asked about: the repair a finding carries
//! (`Diagnostic::fix`, what `perfc fix` applies) as the preferred quick fix, and a `确认 CODE
//! "理由"` line to write in the project (or the header) that the finding is in, with its reason
//! left for the user to fill in.

use std::collections::HashMap;

use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, WorkspaceEdit};

use super::buffers::Buffer;
use super::diagnostics::convert_one;
use super::position;
use crate::check::settings::can_be_acknowledged;
use crate::diag::{Diagnostic, Lang};
use crate::msg;
use crate::source::Span;
use crate::syntax::ast::Item;
use crate::syntax::keywords::Keyword;

/// The code actions for each unacknowledged finding of this file in `start..end`: its repair,
/// and its acknowledgement.
pub fn code_actions(
    document: &Buffer,
    start: usize,
    end: usize,
    lang: Lang,
) -> Vec<CodeActionOrCommand> {
    let analysis = &document.analysis;
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.primary.span.file == document.file && d.acknowledged.is_none())
        .filter(|d| d.primary.span.start() <= end && start <= d.primary.span.end())
        .flat_map(|d| {
            [
                repair(document, d, lang),
                acknowledgement(document, d, lang),
            ]
        })
        .flatten()
        .collect()
}

/// The repair the finding carries, as the preferred quick fix.
fn repair(document: &Buffer, d: &Diagnostic, lang: Lang) -> Option<CodeActionOrCommand> {
    let source = document.analysis.loaded.sources.get(document.file);
    let fix = d.fix.as_deref().filter(|f| f.span.file == document.file)?;
    let replacement = &fix.replacement;
    let title = msg!("改为 `{replacement}`", "write `{replacement}`");
    let edit = TextEdit::new(position::range(source, fix.span), replacement.clone());
    Some(action(document, d, title.get(lang), edit, true, lang))
}

/// A line `确认 CODE "…"` at the top of the project the finding is in (else of the header, when
/// it is in this file), in the keyword language of the file.
fn acknowledgement(document: &Buffer, d: &Diagnostic, lang: Lang) -> Option<CodeActionOrCommand> {
    if !can_be_acknowledged(d.rule.rule()) {
        return None;
    }
    let analysis = &document.analysis;
    let tree = analysis.loaded.trees.get(document.file.0 as usize)?;
    let at = d.primary.span;
    let scope = tree
        .items
        .iter()
        .find(|item| matches!(item, Item::Project(_)) && item.span().contains(&at))
        .or_else(|| tree.items.iter().find(|i| matches!(i, Item::Document(_))))?;
    let source = analysis.loaded.sources.get(document.file);
    let text = &source.text;
    let opening = scope.span().start();
    let after_line = opening + text[opening..].find('\n')? + 1;
    let next_line = &text[after_line..];
    let indent = &next_line[..next_line.len() - next_line.trim_start_matches([' ', '\t']).len()];
    // The keyword opening the project (or header) says the block's language.
    let keywords = match text[opening..].split_whitespace().next() {
        Some(word) if word.is_ascii() => Lang::En,
        _ => Lang::Zh,
    };
    let keyword = Keyword::Acknowledge.spelling(keywords);
    let reason = msg!("（在此写明理由）", "(the reason, here)");
    let line = format!("{indent}{keyword} {} \"{}\"\n", d.code, reason.get(lang));
    let place = position::range(source, Span::new(document.file, after_line, after_line));
    let code = d.code;
    let title = msg!(
        "确认这个问题：写 `{keyword} {code}` 和理由",
        "acknowledge it: write `{keyword} {code}` with the reason"
    );
    Some(action(
        document,
        d,
        title.get(lang),
        TextEdit::new(place, line),
        false,
        lang,
    ))
}

fn action(
    document: &Buffer,
    d: &Diagnostic,
    title: &str,
    edit: TextEdit,
    preferred: bool,
    lang: Lang,
) -> CodeActionOrCommand {
    let analysis = &document.analysis;
    let source = analysis.loaded.sources.get(document.file);
    CodeActionOrCommand::CodeAction(CodeAction {
        title: format!("{title}（{}）", d.code),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![convert_one(analysis, source, d, lang)]),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(document.uri.clone(), vec![edit])])),
            ..WorkspaceEdit::default()
        }),
        is_preferred: Some(preferred),
        ..CodeAction::default()
    })
}
