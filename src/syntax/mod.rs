//! Reading `.perf` text: the pest grammar (`grammar/perf.pest`), error recovery and lowering of
//! pest's pairs into the [`ast`]. This is the only module that sees pest, and pest is the only
//! parser: [`keywords`] holds the grammar's keywords and character classes for everything else
//! (formatter, messages, completion, import), and [`part_paths`] reads includes with the
//! grammar itself.
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
//! The language server keeps the parts' trees between edits ([`PartCache`]): an edit parses
//! only the part it touched.

pub mod ast;
mod cache;
mod comments;
mod errors;
pub mod keywords;
mod lower;
mod moved;
pub mod tokens;

use pest::Parser as _;
use pest_derive::Parser;

use crate::diag::{Diagnostic, RuleId};
use crate::msg;
use crate::source::{FileId, Span};
pub use cache::PartCache;
use keywords::Keyword;
pub(crate) use lower::set_once;
pub(crate) use moved::{Move, Moved};

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
    parse_with(file, text, None)
}

/// Parses one file, taking the parts `cache` holds from it and keeping there those it parses.
pub fn parse_with(
    file: FileId,
    text: &str,
    cache: Option<&PartCache>,
) -> (ast::File, Vec<Diagnostic>) {
    parse_parts(file, text, &parts(text), cache)
}

/// Parses the parts (runs of whole top-level items) on all cores and joins the results.
fn parse_parts(
    file: FileId,
    text: &str,
    parts: &[(usize, usize)],
    cache: Option<&PartCache>,
) -> (ast::File, Vec<Diagnostic>) {
    let mut tree = ast::File::default();
    let mut diagnostics = Vec::new();
    crate::parallel::stream_in_order(
        parts,
        crate::parallel::threads(),
        |&(start, end)| parse_part_with(cache, file, text, start, end),
        |(part, part_diagnostics)| {
            tree.items.extend(part.items);
            tree.comments.extend(part.comments);
            diagnostics.extend(part_diagnostics);
        },
    );
    (tree, diagnostics)
}

/// A part from `cache`, else parsed (and kept there when it was read without findings).
fn parse_part_with(
    cache: Option<&PartCache>,
    file: FileId,
    text: &str,
    start: usize,
    end: usize,
) -> (ast::File, Vec<Diagnostic>) {
    let Some(cache) = cache else {
        return parse_part(file, text, start, end);
    };
    if let Some(tree) = cache.get(file, &text[start..end], start) {
        return (tree, Vec::new());
    }
    let (tree, diagnostics) = parse_part(file, text, start, end);
    if diagnostics.is_empty() {
        cache.keep(file, &text[start..end], start, &tree);
    }
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
    let items = parse_with_grammar(&mut lowerer, (file, text), start, end);
    let tree = ast::File {
        items,
        comments: scan.comments,
    };
    (tree, lowerer.finish())
}

/// The paths `text` includes, as the grammar reads its `包含` items: how the CLI tells which
/// files of a directory are documents, and the language server which file includes another.
/// Whether a bare word in the value column is a mistyped field or number rather than a level:
/// a keyword with a colon (`依据：行业规范`) or full-width digits (`＞＝９０％`). Lowering reports it
/// (E0001, with what to write); the value rules leave it alone.
pub fn is_misread_value(word: &str) -> bool {
    errors::misread_value_help(word).is_some()
}

/// The blocks still open at the end of a text, as the grammar reads it (strings and comments
/// skipped): for each, outermost first, where the statement opening it starts and where its `{`
/// is; and where the statement the text ends in starts (after the last line break, `;`, brace
/// or comment). The language server completes from it; syntax errors find the block a missing
/// `}` leaves open.
pub fn open_blocks(text: &str) -> (Vec<(usize, usize)>, usize) {
    walk_blocks(text, |_| {})
}

/// Every block a text closes, as the grammar reads it (strings and comments skipped): where the
/// statement opening it starts, and where its `}` is. The language server folds them.
pub fn closed_blocks(text: &str) -> Vec<(usize, usize)> {
    let mut closed = Vec::new();
    walk_blocks(text, |block| closed.push(block));
    closed
}

/// Walks a text's braces: `closed` gets (statement start, `}`) for each block closed; returns the
/// blocks still open (statement start, `{`) and where the last statement starts.
fn walk_blocks(text: &str, mut closed: impl FnMut((usize, usize))) -> (Vec<(usize, usize)>, usize) {
    let mut open = Vec::new();
    let mut statement = 0;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' | '\n' => break,
                        _ => {}
                    }
                }
            }
            '#' => {
                chars.by_ref().find(|&(_, c)| c == '\n');
                statement = text.len().min(chars.offset());
            }
            '\n' | ';' => statement = i + 1,
            '{' => {
                open.push((statement, i));
                statement = i + 1;
            }
            '}' => {
                if let Some((start, _)) = open.pop() {
                    closed((start, i));
                }
                statement = i + 1;
            }
            _ => {}
        }
    }
    (open, statement)
}

/// The comparator a word spells in full (`大于等于`, `≥`, `>=` …), as the value column reads it.
pub fn comparator(word: &str) -> Option<ast::Comparator> {
    let pairs = PerfParser::parse(Rule::comparator, word).ok()?;
    (pairs.as_str() == word).then(|| lower::comparator_of(word))
}

/// The files a text includes as parts of itself, as the grammar reads them (for the CLI's
/// directories and the language server's roots): its includes, unless it records the year of
/// the targets it includes (a `自评` or a `监控`), which reads them without taking them in, so
/// that the targets stay a document of their own.
pub fn part_paths(text: &str) -> Vec<String> {
    let (tree, _) = parse(FileId(0), text);
    let records = tree.items.iter().any(|item| {
        matches!(
            item,
            ast::Item::SelfEvaluation(_) | ast::Item::Monitoring(_)
        )
    });
    if records {
        return Vec::new();
    }
    tree.items
        .into_iter()
        .filter_map(|item| match item {
            ast::Item::Include(include) => Some(include.path.value),
            _ => None,
        })
        .collect()
}

/// Parses `text[start..end]`, a run of whole top-level items, with the grammar; a run that does
/// not parse is cut into items, each parsed alone, so one error does not hide the others.
fn parse_with_grammar(
    lowerer: &mut lower::Lowerer,
    (file, text): (FileId, &str),
    start: usize,
    end: usize,
) -> Vec<ast::Item> {
    let part = &text[start..end];
    if let Ok(pairs) = PerfParser::parse(Rule::file, part) {
        return lowerer.file(pairs, start);
    }
    let mut items = Vec::new();
    for (chunk_start, chunk_end) in item_ranges(text, start, end, true) {
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

/// Byte ranges of the top-level items of `text[start..end]`: each starts at a line that begins
/// (in column 0) with a top-level keyword; text before the first such line is a range of its
/// own. With `loose`, a `单位` line also starts an item (good for recovery; not exact, as a
/// project's own `单位` line may be written in column 0).
fn item_ranges(text: &str, start: usize, end: usize, loose: bool) -> Vec<(usize, usize)> {
    let mut starts = Vec::new();
    let mut line = start;
    while let Some(newline) = text[line..end].find('\n') {
        line += newline + 1;
        if line < end && starts_top_level_item(&text[line..end], loose) {
            starts.push(line);
        }
    }
    ranges_between(start, &starts, end)
}

/// The ranges from `start` to each of `starts` (ascending, after `start`) and on to `end`.
fn ranges_between(start: usize, starts: &[usize], end: usize) -> Vec<(usize, usize)> {
    let begins = std::iter::once(start).chain(starts.iter().copied());
    let ends = starts.iter().copied().chain([end]);
    begins.zip(ends).collect()
}

/// Whether `line` starts a top-level item: a top-level keyword in column 0 and a blank (with
/// `loose`, a `单位` line too).
pub(crate) fn starts_top_level_item(line: &str, loose: bool) -> bool {
    // Most lines are indented: no keyword to compare.
    if line.starts_with(keywords::is_blank) {
        return false;
    }
    let starts = |keyword: Keyword| {
        keyword
            .strip(line)
            .is_some_and(|rest| rest.starts_with(keywords::is_blank))
    };
    keywords::TOP_LEVEL.iter().copied().any(starts) || loose && starts(Keyword::Unit)
}

#[cfg(test)]
mod tests;
