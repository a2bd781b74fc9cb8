//! Finds `#` comments (outside strings), kept beside the tree for the formatter.

use super::ast::Comment;
use crate::source::{FileId, Span};

pub(super) fn collect(file: FileId, text: &str) -> Vec<Comment> {
    let mut comments = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(start) = comment_start(line) {
            let body = line[start..].trim_end_matches(['\n', '\r']);
            comments.push(Comment {
                text: body.to_string(),
                span: Span::new(file, offset + start, offset + start + body.len()),
            });
        }
        offset += line.len();
    }
    comments
}

/// Byte offset of the `#` that starts a comment on this line, if any. Strings do not span lines,
/// so a line can be scanned on its own.
fn comment_start(line: &str) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '#' if !in_string => return Some(i),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn spans_point_at_the_hash() {
        let text = "项目 1 \"x\" { # 注\r\n";
        let comment = &collect(FileId(0), text)[0];
        assert_eq!(&text[comment.span.start..comment.span.end], "# 注");
    }
}
