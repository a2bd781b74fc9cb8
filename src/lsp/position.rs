//! perfc's byte spans as LSP positions and back, through the source's line index (LSP counts
//! columns in UTF-16 code units).

use lsp_types::{Position, Range};

use crate::source::{LineIndex, SourceFile, Span};

/// The range of a span in its (loaded) file.
pub fn range(source: &SourceFile, span: Span) -> Range {
    let position = |offset| {
        let (line, column) = source.lines().utf16_position(&source.text, offset);
        Position::new(line, column)
    };
    Range::new(position(span.start()), position(span.end()))
}

/// The byte offset of a position in an editor's text.
pub fn offset(text: &str, position: Position) -> usize {
    LineIndex::new(text).utf16_offset(text, position.line, position.character)
}

/// The position of a byte offset in an editor's text.
pub fn position(text: &str, offset: usize) -> Position {
    let (line, column) = LineIndex::new(text).utf16_position(text, offset);
    Position::new(line, column)
}

/// Where an editor's text ends.
pub fn end(text: &str) -> Position {
    position(text, text.len())
}
