//! A quick byte scan of the source beside the parser: `#` comments (kept for the formatter) and
//! nesting depth (refused when deep enough to threaten the recursive parser).

use super::ast::Comment;
use crate::source::{FileId, Span};

/// What a quick scan of a run of lines found: its comments, the first bracket nested deeper
/// than `max_depth` (strings and comments do not count).
pub(super) struct Scan {
    pub comments: Vec<Comment>,
    pub too_deep: Option<usize>,
}

/// Scans `text[start..end]` byte by byte (strings do not span lines, so every line starts outside
/// a string). Nesting depth starts again at each top-level item, so the result does not depend
/// on how a file is cut into parts.
pub(super) fn scan(file: FileId, text: &str, start: usize, end: usize, max_depth: usize) -> Scan {
    let bytes = text.as_bytes();
    let mut found = Scan {
        comments: Vec::new(),
        too_deep: None,
    };
    let mut depth = 0usize;
    let mut line_start = start;
    while line_start < end {
        // `str::find` of a single byte uses memchr.
        let line_end = text[line_start..end]
            .find('\n')
            .map_or(end, |i| line_start + i + 1);
        if super::starts_top_level_item(&text[line_start..line_end], false) {
            depth = 0;
        }
        let (comment, deepest) = scan_line(&bytes[line_start..line_end], &mut depth, max_depth);
        if let Some(hash) = comment {
            let body = text[line_start + hash..line_end].trim_end_matches(['\n', '\r']);
            let at = line_start + hash;
            found.comments.push(Comment {
                text: body.to_string(),
                span: Span::new(file, at, at + body.len()),
            });
        }
        if let (None, Some(i)) = (found.too_deep, deepest) {
            found.too_deep = Some(line_start + i);
        }
        line_start = line_end;
    }
    found
}

/// Bytes the line scan must look at; everything else (most of a Chinese text) is skipped.
static INTERESTING: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = [b'"', b'\\', b'#', b'{', b'}', b'(', b')', 0xEF];
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// The offset of the line's comment (`#` outside a string), and of a bracket that goes deeper
/// than `max_depth`.
fn scan_line(line: &[u8], depth: &mut usize, max_depth: usize) -> (Option<usize>, Option<usize>) {
    let mut in_string = false;
    let mut escaped = false;
    let mut deepest = None;
    let mut i = 0;
    while i < line.len() {
        if !escaped && !INTERESTING[line[i] as usize] {
            i += 1;
            continue;
        }
        let (at, b) = (i, line[i]);
        match b {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            _ if in_string => {}
            b'#' => return (Some(i), deepest),
            b'{' | b'(' => *depth += 1,
            b'}' | b')' => *depth = depth.saturating_sub(1),
            // （ and ） are EF BC 88 and EF BC 89.
            0xEF if line.get(i + 1) == Some(&0xBC)
                && matches!(line.get(i + 2), Some(0x88 | 0x89)) =>
            {
                if line[i + 2] == 0x88 {
                    *depth += 1;
                } else {
                    *depth = depth.saturating_sub(1);
                }
                i += 2;
            }
            _ => {}
        }
        if *depth > max_depth && deepest.is_none() {
            deepest = Some(at);
        }
        i += 1;
    }
    (None, deepest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(file: FileId, text: &str) -> Vec<Comment> {
        scan(file, text, 0, text.len(), 64).comments
    }

    #[test]
    fn ignores_hash_inside_strings() {
        let text = "用途 \"第#1项\" # 说明\n目标 \"a\\\"#b\"\n# 整行\n";
        let found: Vec<_> = collect(FileId(0), text)
            .into_iter()
            .map(|c| c.text)
            .collect();
        assert_eq!(found, ["# 说明", "# 整行"]);
    }

    #[test]
    fn depth_counts_brackets_outside_strings_and_comments() {
        let text = "项目 X \"(((\" {\n  # {{{{\n  \"a\" （（1 元））\n}\n";
        assert_eq!(scan(FileId(0), text, 0, text.len(), 3).too_deep, None);
        let deep = scan(FileId(0), text, 0, text.len(), 2)
            .too_deep
            .expect("too deep");
        assert_eq!(&text[deep..deep + 3], "（");
    }

    #[test]
    fn spans_point_at_the_hash() {
        let text = "项目 1 \"x\" { # 注\r\n";
        let comment = &collect(FileId(0), text)[0];
        assert_eq!(&text[comment.span.range()], "# 注");
    }
}
