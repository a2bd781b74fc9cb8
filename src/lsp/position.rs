//! Byte offsets (perfc's spans) to LSP positions and back. LSP counts columns in UTF-16 code
//! units: a Chinese character is one unit and three bytes, a character outside the Basic
//! Multilingual Plane (𠀀) two units and four bytes.

use lsp_types::{Position, Range};

/// Line starts of one text, for converting positions.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, line_starts }
    }

    /// The position of a byte offset (clamped to the text, rounded down to a character).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let character = utf16_len(&self.text[self.line_starts[line]..offset]);
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range::new(self.position(start), self.position(end))
    }

    /// The byte offset of a position; a column past the end of its line means the line's end, a
    /// line past the end of the text the text's end.
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.line_starts.get(position.line as usize) else {
            return self.text.len();
        };
        let line = self.text[start..].split('\n').next().unwrap_or_default();
        let mut units = 0;
        for (index, c) in line.char_indices() {
            if units >= position.character as usize {
                return start + index;
            }
            units += c.len_utf16();
        }
        start + line.trim_end_matches('\r').len()
    }
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units() {
        let text = "项目 x\n  \"𠀀\" 单位\r\nend";
        let index = LineIndex::new(text);
        assert_eq!(index.position(0), Position::new(0, 0));
        assert_eq!(index.position("项目 ".len()), Position::new(0, 3));
        let unit = text.find("单位").unwrap_or_default();
        // Two blanks, a quote, 𠀀 (two units), a quote, a blank.
        assert_eq!(index.position(unit), Position::new(1, 7));
        assert_eq!(index.offset(Position::new(1, 7)), unit);
        assert_eq!(index.offset(Position::new(0, 3)), "项目 ".len());
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let text = "项目\r\nab";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(Position::new(0, 99)), "项目".len());
        assert_eq!(index.offset(Position::new(9, 0)), text.len());
        assert_eq!(index.position(1), Position::new(0, 0));
        assert_eq!(index.position(99), Position::new(1, 2));
    }
}
