//! The formatter's output before comments are placed: lines with their indentation and the
//! source position they come from.
//!
//! Every line remembers the byte offset of its first token in the source, and lines are produced
//! in source order; that is what lets comments (kept aside by the parser) find their place again.

use unicode_width::UnicodeWidthStr;

use crate::diag::Lang;
use crate::source::Span;
use crate::syntax::ast::{Comment, Money, Text};
use crate::syntax::keywords::Keyword;

/// Spaces per indentation level.
pub(super) const INDENT: usize = 2;

/// Whether a blank line may stand before a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Spacing {
    /// One blank line if the source had one or more.
    Keep,
    /// Always one (between top-level blocks).
    Always,
    /// Never (the continuation of a statement).
    Never,
}

#[derive(Clone, Debug)]
pub(super) struct Line {
    pub indent: usize,
    pub text: String,
    /// Source offset of the line's first token.
    pub start: usize,
    pub spacing: Spacing,
    /// A block's closing brace: comments just before it belong inside the block.
    pub closes: bool,
}

/// One statement being written: its first line, then continuation lines (further pieces of a
/// text, further lines of fields), indented one level deeper.
pub(super) struct Stmt {
    lines: Vec<(usize, String)>,
}

impl Stmt {
    pub(super) fn new(start: usize) -> Stmt {
        Stmt {
            lines: vec![(start, String::new())],
        }
    }

    fn current(&mut self) -> &mut String {
        let last = self.lines.len() - 1;
        &mut self.lines[last].1
    }

    pub(super) fn push(&mut self, s: &str) -> &mut Stmt {
        self.current().push_str(s);
        self
    }

    pub(super) fn space(&mut self) -> &mut Stmt {
        self.push(" ")
    }

    /// Source offset of the statement's first token.
    pub(super) fn start(&self) -> usize {
        self.lines[0].0
    }

    /// Continues with another statement's lines (an acknowledgement on an indicator row).
    pub(super) fn append(&mut self, other: Stmt) -> &mut Stmt {
        let mut lines = other.lines.into_iter();
        if let Some((_, first)) = lines.next() {
            self.push(&first);
        }
        self.lines.extend(lines);
        self
    }

    /// A space, then `s`.
    pub(super) fn word(&mut self, s: &str) -> &mut Stmt {
        self.push(" ").push(s)
    }

    /// A text as written: its first string here, each further string on a line of its own.
    pub(super) fn text(&mut self, source: &str, text: &Text) -> &mut Stmt {
        for (i, piece) in text.pieces.iter().enumerate() {
            let quoted = quoted(source, piece.content);
            if i == 0 {
                self.push(&quoted);
            } else {
                self.lines.push((piece.content.start() - 1, quoted));
            }
        }
        self
    }

    /// Continues the statement on a new line (fields that the source put on their own line).
    pub(super) fn break_line(&mut self, start: usize) -> &mut Stmt {
        self.lines.push((start, String::new()));
        self
    }

    /// The display width of the current line.
    pub(super) fn current_width(&self) -> usize {
        self.lines.last().map_or(0, |(_, s)| s.width())
    }

    /// Pads the current line with spaces to `width` columns.
    pub(super) fn pad_to(&mut self, width: usize) -> &mut Stmt {
        let missing = width.saturating_sub(self.current_width());
        self.push(&" ".repeat(missing))
    }
}

/// A string literal's source contents, quoted again (escapes stay as written).
pub(super) fn quoted(source: &str, content: Span) -> String {
    format!("\"{}\"", &source[content.range()])
}

/// Collects the lines of a file.
pub(super) struct Writer<'a> {
    pub source: &'a str,
    comments: &'a [Comment],
    /// `--keywords`, or `None` to keep each item's language.
    forced: Option<Lang>,
    /// The language of the item being written.
    lang: Lang,
    indent: usize,
    pub lines: Vec<Line>,
}

impl<'a> Writer<'a> {
    pub(super) fn new(
        source: &'a str,
        comments: &'a [Comment],
        forced: Option<Lang>,
    ) -> Writer<'a> {
        Writer {
            source,
            comments,
            forced,
            lang: forced.unwrap_or_default(),
            indent: 0,
            lines: Vec::new(),
        }
    }

    /// Starts a top-level item written from `start` (its language decides the keywords).
    pub(super) fn begin_item(&mut self, start: usize) {
        self.lang = self
            .forced
            .unwrap_or_else(|| super::keywords::written_in(self.source, start));
    }

    pub(super) fn kw(&self, kw: Keyword) -> &'static str {
        kw.spelling(self.lang)
    }

    /// A statement that starts with a keyword written at `start`.
    pub(super) fn stmt(&self, start: usize, kw: Keyword) -> Stmt {
        let mut stmt = Stmt::new(start);
        stmt.push(self.kw(kw));
        stmt
    }

    /// Where the statement holding the token at `pos` starts: after the last line break, `{`
    /// or `;` before it. For the nodes whose span leaves out their keyword (`年度 2023`).
    pub(super) fn statement_start(&self, pos: usize) -> usize {
        let before = &self.source[..pos];
        let from = before.rfind(['\n', '{', ';']).map_or(0, |i| i + 1);
        let blanks = before[from..].len() - before[from..].trim_start().len();
        from + blanks
    }

    /// The source text of a span.
    pub(super) fn slice(&self, span: Span) -> &'a str {
        &self.source[span.range()]
    }

    /// An amount of money as written, with one space before its unit: `150000 元`.
    pub(super) fn money(&self, money: &Money) -> String {
        let text = self.slice(money.span);
        let digits = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(text.len());
        match &money.unit {
            Some(unit) => format!("{} {}", &text[..digits], self.slice(unit.span)),
            None => text[..digits].to_string(),
        }
    }

    pub(super) fn emit(&mut self, stmt: Stmt, spacing: Spacing) {
        for (i, (start, text)) in stmt.lines.into_iter().enumerate() {
            let continuation = i > 0;
            self.lines.push(Line {
                indent: self.indent + if continuation { INDENT } else { 0 },
                text,
                start,
                spacing: if continuation {
                    Spacing::Never
                } else {
                    spacing
                },
                closes: false,
            });
        }
    }

    /// Writes `stmt` followed by ` {`, the block's contents one level deeper, and the `}` that
    /// ends the block spanned by `block`.
    pub(super) fn block(
        &mut self,
        mut stmt: Stmt,
        spacing: Spacing,
        block: Span,
        body: impl FnOnce(&mut Self),
    ) {
        stmt.push(" {");
        self.emit(stmt, spacing);
        self.indent += INDENT;
        body(self);
        self.indent -= INDENT;
        self.lines.push(Line {
            indent: self.indent,
            text: "}".to_string(),
            start: block.end() - 1,
            spacing: Spacing::Never,
            closes: true,
        });
    }

    /// True when a comment lies inside `span` (a block that would otherwise be written on one
    /// line keeps one entry per line then, so each comment keeps its place).
    pub(super) fn has_comment_inside(&self, span: Span) -> bool {
        self.comments
            .iter()
            .any(|c| span.start() < c.span.start() && c.span.start() < span.end())
    }
}

impl Writer<'_> {
    /// A short block (`{ 财政资金 15.00  其他资金 3.00 }`): written on the statement's line, or one
    /// entry per line when comments lie inside it. Entries are (source offset, text).
    pub(super) fn short_block(
        &mut self,
        mut stmt: Stmt,
        block: Span,
        entries: Vec<(usize, String)>,
    ) {
        if self.has_comment_inside(block) {
            self.block(stmt, Spacing::Keep, block, |w| {
                for (start, entry) in entries {
                    let mut line = Stmt::new(start);
                    line.push(&entry);
                    w.emit(line, Spacing::Keep);
                }
            });
            return;
        }
        let inside: Vec<String> = entries.into_iter().map(|(_, entry)| entry).collect();
        if inside.is_empty() {
            stmt.push(" {}");
        } else {
            stmt.push(" { ").push(&inside.join("  ")).push(" }");
        }
        self.emit(stmt, Spacing::Keep);
    }
}
