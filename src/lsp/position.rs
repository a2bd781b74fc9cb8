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

/// Where an editor's text ends.
pub fn end(text: &str) -> Position {
    let line = text.matches('\n').count();
    let last = &text[text.rfind('\n').map_or(0, |i| i + 1)..];
    let column = last.encode_utf16().count();
    Position::new(
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}
