//! Reading `.perf` text: the pest grammar (`grammar/perf.pest`), error recovery and lowering of
//! pest's pairs into the [`ast`]. This is the only module that sees pest.
//!
//! Recovery works at two depths. Inside blocks, the grammar keeps a line it cannot read as a
//! `bad_line`; lowering re-parses that line alone to say what was expected. When a whole run of
//! items does not parse (an unclosed brace, say), it is cut into top-level items at lines that
//! start with a top-level keyword, and each item is parsed on its own.
//!
//! Large files are cut into parts at top-level items and parsed on all cores: an item boundary
//! at the start of a line is a boundary for the grammar too (strings do not span lines, and no
//! block contains a `项目` line), so the parts parse exactly as the whole would. Parts are small
//! because pest's token queue takes about ten times the text it covers: with one part per core
//! in hand at a time, the queues stay a small, fixed amount of memory whatever the file's size.

pub mod ast;
mod comments;
mod errors;
mod lower;

use pest::Parser as _;
use pest_derive::Parser;

pub use lower::is_not_applicable;

use crate::diag::{Diagnostic, RuleId};
use crate::msg;
use crate::source::{FileId, Span};

#[derive(Parser)]
#[grammar = "../grammar/perf.pest"]
pub(crate) struct PerfParser;

/// The size of the parts a large file is parsed in.
const PART_BYTES: usize = 64 * 1024;

/// Deeper nesting of braces or brackets than this is refused before parsing: the parser is
/// recursive, and pathological input must not exhaust the stack.
const MAX_NESTING: usize = 64;

/// Parses one file. Always returns a tree; the diagnostics say what could not be read.
pub fn parse(file: FileId, text: &str) -> (ast::File, Vec<Diagnostic>) {
    parse_parts(file, text, &parts(text))
}

/// Parses the parts (runs of whole top-level items) on all cores and joins the results.
fn parse_parts(file: FileId, text: &str, parts: &[(usize, usize)]) -> (ast::File, Vec<Diagnostic>) {
    let mut tree = ast::File::default();
    let mut diagnostics = Vec::new();
    crate::parallel::stream_in_order(
        parts,
        crate::parallel::threads(),
        |&(start, end)| parse_part(file, text, start, end),
        |(part, part_diagnostics)| {
            tree.items.extend(part.items);
            tree.comments.extend(part.comments);
            diagnostics.extend(part_diagnostics);
        },
    );
    (tree, diagnostics)
}

/// Parses `text[start..end]`, a run of whole top-level items.
fn parse_part(file: FileId, text: &str, start: usize, end: usize) -> (ast::File, Vec<Diagnostic>) {
    let scan = comments::scan(file, text, start, end, MAX_NESTING);
    if let Some(offset) = scan.too_deep {
        let diagnostic = Diagnostic::new(
            RuleId::Syntax,
            Span::new(file, offset, offset + 1),
            msg!(
                "括号嵌套超过 {MAX_NESTING} 层",
                "brackets nested more than {MAX_NESTING} deep"
            ),
        );
        let tree = ast::File {
            items: Vec::new(),
            comments: scan.comments,
        };
        return (tree, vec![diagnostic]);
    }
    let mut lowerer = lower::Lowerer::new(file, text);
    let part = &text[start..end];
    let items = match PerfParser::parse(Rule::file, part) {
        Ok(pairs) => lowerer.file(pairs, start),
        Err(_) => {
            let mut items = Vec::new();
            for (chunk_start, chunk_end) in top_level_chunks(part, true) {
                let (chunk_start, chunk_end) = (start + chunk_start, start + chunk_end);
                let chunk = &text[chunk_start..chunk_end];
                match PerfParser::parse(Rule::file, chunk) {
                    Ok(pairs) => items.extend(lowerer.file(pairs, chunk_start)),
                    Err(error) => {
                        let attempt = errors::Attempt {
                            file,
                            full: text,
                            base: chunk_start,
                            text: chunk,
                            rule: Rule::file,
                        };
                        lowerer.push(errors::syntax_error(&attempt, &error));
                    }
                }
            }
            items
        }
    };
    let tree = ast::File {
        items,
        comments: scan.comments,
    };
    (tree, lowerer.finish())
}

/// Cuts a text into parts of about [`PART_BYTES`] at top-level item boundaries. Only the lines
/// near each cut are looked at, so cutting costs nothing next to parsing.
fn parts(text: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::with_capacity(text.len() / PART_BYTES + 1);
    let mut start = 0;
    while text.len() - start >= 2 * PART_BYTES {
        let Some(cut) = item_start_from(text, start + PART_BYTES) else {
            break;
        };
        parts.push((start, cut));
        start = cut;
    }
    parts.push((start, text.len()));
    parts
}

/// The first line at or after byte `from` that starts a top-level item.
fn item_start_from(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // A line starts at `from` if the byte before it ends a line.
    let mut newline = from - 1;
    loop {
        newline += bytes[newline..].iter().position(|&b| b == b'\n')?;
        let line = newline + 1;
        if starts_top_level_item(&text[line..], false) {
            return Some(line);
        }
        newline = line;
    }
}

/// Byte ranges of the top-level items: each starts at a line that begins (in column 0) with a
/// top-level keyword. Text before the first such line is a range of its own. With `loose`, a
/// `单位` line also starts an item (good for recovery; not exact, as a project's own `单位` line
/// may be written in column 0).
fn top_level_chunks(text: &str, loose: bool) -> Vec<(usize, usize)> {
    let mut starts = vec![0];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset > 0 && starts_top_level_item(line, loose) {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&text.len())))
        .map(|(&s, &e)| (s, e))
        .collect()
}

pub(crate) fn starts_top_level_item(line: &str, loose: bool) -> bool {
    const EXACT: [&str; 8] = [
        "项目",
        "project",
        "文档",
        "document",
        "包含",
        "include",
        "部门目标",
        "department_goals",
    ];
    const LOOSE: [&str; 2] = ["单位", "unit"];
    let starts_with = |kw: &&str| {
        line.strip_prefix(*kw)
            .is_some_and(|rest| rest.starts_with([' ', '\t', '\u{3000}']))
    };
    EXACT.iter().any(starts_with) || loose && LOOSE.iter().any(starts_with)
}

#[cfg(test)]
mod tests;
