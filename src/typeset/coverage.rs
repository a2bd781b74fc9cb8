//! E0801: characters of the document's text that no loaded font can draw. Typst would print a
//! box for them without a word; perfc points at them in the `.perf` source instead.

use rustc_hash::FxHashSet;

use super::fonts::FontSet;
use crate::diag::{Diagnostic, RuleId};
use crate::model::{Document, printed};
use crate::msg;

/// Reports each character no font covers, once per piece of text it appears in.
pub fn check(document: &Document, fonts: &FontSet, out: &mut Vec<Diagnostic>) {
    for piece in printed::all(document) {
        let mut reported = FxHashSet::default();
        for (at, c) in piece.value().char_indices() {
            if c.is_whitespace() || c.is_control() || fonts.covers(c) || !reported.insert(c) {
                continue;
            }
            let code = c as u32;
            out.push(
                Diagnostic::new(
                    RuleId::UncoveredCharacter,
                    piece.span_of(at..at + c.len_utf8()),
                    msg!(
                        "没有字体能显示字符「{c}」(U+{code:04X})",
                        "no font can draw the character `{c}` (U+{code:04X})"
                    ),
                )
                .with_help(msg!(
                    "用 --font-path 添加含有该字的字体（如单位自有的宋体、仿宋_GB2312）",
                    "add a font that has it with --font-path (an office's own SimSun or FangSong_GB2312, say)"
                )),
            );
        }
    }
}
