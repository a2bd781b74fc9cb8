//! Defects of the document's free text: E0701 template placeholders, E0709 unpaired brackets,
//! E0710 doubled punctuation, E0711 repeated clauses.

use crate::diag::{Diagnostic, RuleId};
use crate::domain::text as defects;
use crate::model::printed::{self, PrintedText};
use crate::model::{Document, ProjectModel};
use crate::msg;

/// The texts outside projects: header, Part 1, unit names.
pub(super) fn check_document(document: &Document, out: &mut Vec<Diagnostic>) {
    for piece in printed::outside_projects(document) {
        check_piece(&piece, out);
    }
}

/// The texts of one project.
pub(super) fn check(project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    for piece in printed::of_project(project) {
        check_piece(&piece, out);
    }
}

fn check_piece(piece: &PrintedText, out: &mut Vec<Diagnostic>) {
    let value = piece.value();
    invisible_characters(piece, out);
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

/// E0712: characters that print as nothing or reorder the text. A line break (`\\n`) and a tab
/// (`\\t`) are text; each other character is reported once per piece.
fn invisible_characters(piece: &PrintedText, out: &mut Vec<Diagnostic>) {
    let value = piece.value();
    let mut reported = Vec::new();
    for (at, c) in value.char_indices() {
        if !defects::is_invisible(c) || reported.contains(&c) {
            continue;
        }
        reported.push(c);
        let code = c as u32;
        out.push(
            Diagnostic::new(
                RuleId::InvisibleCharacter,
                piece.span_of(at..at + c.len_utf8()),
                msg!(
                    "文本中有不可见的字符 U+{code:04X}",
                    "the text holds the invisible character U+{code:04X}"
                ),
            )
            .with_help(msg!(
                "删除这个字符；需要换行时写 `\\n`",
                "delete the character; write `\\n` for a line break"
            )),
        );
    }
}
