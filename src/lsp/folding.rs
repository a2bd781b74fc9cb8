//! Folding ranges and formatting: the blocks the grammar reads (each `{ … }` over more than one
//! line, its `}` left showing) and runs of comment lines; `perfc fmt`'s layout as one edit, of
//! the whole document or of the top-level items a range touches.

use lsp_types::{FoldingRange, FoldingRangeKind, Range, TextEdit};

use super::buffers::Buffer;
use super::position;
use crate::fmt::{Options, format_text};
use crate::source::FileId;
use crate::syntax;

pub fn folding_ranges(document: &Buffer) -> Vec<FoldingRange> {
    let text = &document.text;
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset) - 1;
    let mut ranges: Vec<FoldingRange> = crate::syntax::closed_blocks(text)
        .into_iter()
        .filter_map(|(start, close)| {
            let (first, mut last) = (line_of(start), line_of(close));
            // A `}` opening its line stays showing below the folded block.
            if text[line_starts[last]..close].trim().is_empty() {
                last = last.checked_sub(1)?;
            }
            (last > first).then(|| fold(first, last, None))
        })
        .collect();
    ranges.extend(
        comment_runs(text).map(|(first, last)| fold(first, last, Some(FoldingRangeKind::Comment))),
    );
    ranges.sort_by_key(|r| (r.start_line, r.end_line));
    ranges
}

fn fold(first: usize, last: usize, kind: Option<FoldingRangeKind>) -> FoldingRange {
    let line = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    FoldingRange {
        start_line: line(first),
        end_line: line(last),
        kind,
        ..FoldingRange::default()
    }
}

/// Runs of two or more lines that hold only a comment: (first line, last line).
fn comment_runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut lines = text.lines().enumerate().peekable();
    std::iter::from_fn(move || {
        loop {
            let (first, line) = lines.next()?;
            if !line.trim_start().starts_with('#') {
                continue;
            }
            let mut last = first;
            while let Some((n, _)) = lines.next_if(|(_, l)| l.trim_start().starts_with('#')) {
                last = n;
            }
            if last > first {
                return Some((first, last));
            }
        }
    })
}

/// The document in `perfc fmt`'s layout, as one edit of the whole text; none when it is already
/// formatted, or does not parse (the findings say why).
pub fn formatting(document: &Buffer) -> Option<Vec<TextEdit>> {
    let formatted = format_text(&document.text, &Options { keywords: None }).ok()?;
    if formatted == document.text {
        return Some(Vec::new());
    }
    let whole = Range::new(Default::default(), position::end(&document.text));
    Some(vec![TextEdit::new(whole, formatted)])
}

/// The top-level items that `start..end` touches in `perfc fmt`'s layout, as one edit: the
/// formatter lays out whole items, and the same items, in the same order, come out of it. None
/// when the document does not parse.
pub fn range_formatting(document: &Buffer, start: usize, end: usize) -> Option<Vec<TextEdit>> {
    let text = &document.text;
    let formatted = format_text(text, &Options { keywords: None }).ok()?;
    let (old, _) = syntax::parse(FileId(0), text);
    let (new, _) = syntax::parse(FileId(0), &formatted);
    let touched: Vec<usize> = (0..old.items.len())
        .filter(|&i| {
            let span = old.items[i].span();
            span.start() <= end && start <= span.end()
        })
        .collect();
    let (Some(&first), Some(&last)) = (touched.first(), touched.last()) else {
        return Some(Vec::new());
    };
    if new.items.len() != old.items.len() {
        return formatting(document);
    }
    let from = old.items[first].span().start();
    let to = old.items[last].span().end();
    let replacement = &formatted[new.items[first].span().start()..new.items[last].span().end()];
    if replacement == &text[from..to] {
        return Some(Vec::new());
    }
    let range = Range::new(position::position(text, from), position::position(text, to));
    Some(vec![TextEdit::new(range, replacement.to_string())])
}
