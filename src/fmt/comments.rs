//! Puts the comments back among the formatted lines, decides the blank lines, and joins
//! everything into the file's new text.
//!
//! A comment on a line of its own goes before the first line that comes after it in the source,
//! at that line's indentation (inside the block when that line closes one). A comment after code
//! stays at the end of the line that holds the code before it. Two such comments can only meet
//! on one line when fields written on separate lines are joined; both then go on lines of their
//! own before it, so none is lost.

use super::layout::{INDENT, Line, Spacing};
use crate::syntax::ast::Comment;

/// Where each comment goes, by index of the line it belongs to.
struct Placement<'c> {
    before: Vec<Vec<&'c Comment>>,
    after: Vec<Vec<&'c Comment>>,
    /// Comments after the last line.
    end: Vec<&'c Comment>,
}

fn place<'c>(source: &str, lines: &[Line], comments: &'c [Comment]) -> Placement<'c> {
    debug_assert!(
        lines.windows(2).all(|pair| pair[0].start <= pair[1].start),
        "lines come in source order"
    );
    let mut placement = Placement {
        before: vec![Vec::new(); lines.len()],
        after: vec![Vec::new(); lines.len()],
        end: Vec::new(),
    };
    for comment in comments {
        let at = comment.span.start();
        let code_before = source[line_start(source, at)..at].trim_end();
        if code_before.trim_start().is_empty() {
            let next = lines.partition_point(|line| line.start <= at);
            match placement.before.get_mut(next) {
                Some(before) => before.push(comment),
                None => placement.end.push(comment),
            }
        } else {
            let last_code = line_start(source, at) + code_before.len() - 1;
            match lines.partition_point(|line| line.start <= last_code) {
                // Code that prints no line (a lone `;`): the comment goes before the first line,
                // or at the end when there is none.
                0 => match placement.before.first_mut() {
                    Some(before) => before.push(comment),
                    None => placement.end.push(comment),
                },
                holder => placement.after[holder - 1].push(comment),
            }
        }
    }
    for (before, after) in placement.before.iter_mut().zip(&mut placement.after) {
        if after.len() > 1 {
            before.append(after);
        }
    }
    placement
}

fn line_start(source: &str, at: usize) -> usize {
    source[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// True when `at` begins its source line and the line above it is blank.
fn blank_line_above(source: &str, at: usize) -> bool {
    let start = line_start(source, at);
    if start == 0 || !source[start..at].trim().is_empty() {
        return false;
    }
    let above = line_start(source, start - 1);
    source[above..start].trim().is_empty()
}

/// The text being produced.
struct Output<'a> {
    source: &'a str,
    text: String,
}

impl Output<'_> {
    fn push(&mut self, indent: usize, line: &str, start: usize, spacing: Spacing) {
        let after_open = self.text.is_empty() || self.text.ends_with("{\n");
        let blank = match spacing {
            Spacing::Never => false,
            Spacing::Always => true,
            Spacing::Keep => blank_line_above(self.source, start),
        };
        if blank && !after_open {
            self.text.push('\n');
        }
        for _ in 0..indent {
            self.text.push(' ');
        }
        self.text.push_str(line);
        self.text.push('\n');
    }
}

pub(super) fn assemble(source: &str, lines: &[Line], comments: &[Comment]) -> String {
    let placement = place(source, lines, comments);
    let mut out = Output {
        source,
        text: String::new(),
    };
    for (i, line) in lines.iter().enumerate() {
        let mut spacing = line.spacing;
        let comment_indent = line.indent + if line.closes { INDENT } else { 0 };
        for comment in &placement.before[i] {
            let first_spacing = match spacing {
                Spacing::Never => Spacing::Keep,
                other => other,
            };
            out.push(
                comment_indent,
                comment.text.trim_end(),
                comment.span.start(),
                first_spacing,
            );
            spacing = Spacing::Keep;
        }
        if line.closes {
            spacing = Spacing::Never;
        }
        match placement.after[i].first() {
            Some(comment) => {
                let text = format!("{}  {}", line.text, comment.text.trim_end());
                out.push(line.indent, &text, line.start, spacing);
            }
            None => out.push(line.indent, &line.text, line.start, spacing),
        }
    }
    for comment in placement.end {
        out.push(
            0,
            comment.text.trim_end(),
            comment.span.start(),
            Spacing::Keep,
        );
    }
    out.text
}
