//! `perfc fmt`: one canonical layout for `.perf` files.
//!
//! The formatter prints the syntax tree again, taking every token's spelling from the source
//! (values, numbers, strings with their escapes), so that it changes layout and nothing else:
//! indentation, spacing, blank lines, one statement per line, short blocks on one line, indicator
//! fields in a fixed order, columns aligned by display width, keywords in one language. The
//! comments, which the parser keeps aside with their positions, are put back beside the lines
//! they were written on (`comments.rs`). A file that does not parse cleanly is refused: its
//! tree would not hold all of its text.
//!
//! Each file is formatted on its own; includes are not followed.

mod comments;
mod items;
mod keywords;
mod layout;
mod table;

use crate::diag::{Diagnostic, Lang};
use crate::source::FileId;
use crate::syntax::{self, ast};

/// The formatter's only setting.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Write every keyword in this language; `None` keeps the language each top-level item
    /// starts in (so a file may keep an English project beside Chinese ones).
    pub keywords: Option<Lang>,
}

/// Formats a file that parsed without diagnostics; `source` is the text it was parsed from.
pub fn format_tree(tree: &ast::File, source: &str, options: &Options) -> String {
    let mut writer = layout::Writer::new(source, &tree.comments, options.keywords);
    items::file(&mut writer, tree);
    comments::assemble(source, &writer.lines, &tree.comments)
}

/// Parses and formats a text. Text that does not parse cleanly is refused with the parser's
/// diagnostics.
pub fn format_text(source: &str, options: &Options) -> Result<String, Vec<Diagnostic>> {
    let (tree, diagnostics) = syntax::parse(FileId(0), source);
    if diagnostics.is_empty() {
        Ok(format_tree(&tree, source, options))
    } else {
        Err(diagnostics)
    }
}

#[cfg(test)]
mod tests;
