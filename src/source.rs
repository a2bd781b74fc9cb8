//! Source files, byte spans and line/column lookup.
//!
//! Spans are byte ranges into one file's text (what pest produces). Line and column numbers are
//! computed only when a diagnostic is rendered.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range in one source file.
///
/// Offsets are held as `u32`: a span is in every node of the tree, and at 12 bytes instead of 24
/// a large document's tree is about a fifth smaller. The loader refuses files of 4 GiB or more
/// (E0007), so every offset fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    start: u32,
    end: u32,
}

/// The largest file whose every offset fits a [`Span`].
pub const MAX_FILE_BYTES: usize = u32::MAX as usize;

impl Span {
    /// Offsets beyond [`MAX_FILE_BYTES`] (which the loader never lets through) are clamped.
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        Span {
            file,
            start: offset(start),
            end: offset(end),
        }
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// The smallest span covering both (they must be in the same file).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn contains(&self, other: &Span) -> bool {
        self.file == other.file && self.start <= other.start && other.end <= self.end
    }
}

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

/// One loaded file.
#[derive(Debug)]
pub struct SourceFile {
    /// Path used to read the file.
    pub path: PathBuf,
    /// Name shown in diagnostics (the path as the user gave it, or relative to the includer).
    pub name: String,
    pub text: String,
    /// Found when a position is first asked for: a run whose findings are all acknowledged
    /// never needs it.
    lines: OnceLock<LineIndex>,
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    pub fn new(path: PathBuf, name: String, text: String) -> Self {
        SourceFile {
            path,
            name,
            text,
            lines: OnceLock::new(),
        }
    }

    /// The file's line index.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    /// Line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines().line_col(&self.text, offset)
    }

    /// The text of a 1-based line, without its line end (empty for no such line).
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = line.checked_sub(1).and_then(|l| self.lines().starts.get(l)) else {
            return "";
        };
        let text = self.text[start..].split('\n').next().unwrap_or_default();
        text.strip_suffix('\r').unwrap_or(text)
    }
}

/// The line starts of a text: byte offsets to lines and columns and back. Columns are counted
/// in characters for people, in UTF-16 code units for editors (the language server protocol): a
/// Chinese character is one unit and three bytes, 𠀀 two units and four bytes.
#[derive(Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The 0-based line of a byte offset and the offset clamped to `text` and rounded down to a
    /// character.
    fn line_of(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        (self.starts.partition_point(|&s| s <= offset) - 1, offset)
    }

    /// Line and character column, both 1-based.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let (line, offset) = self.line_of(text, offset);
        let column = text[self.starts[line]..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// Line and UTF-16 column, both 0-based.
    pub fn utf16_position(&self, text: &str, offset: usize) -> (u32, u32) {
        let (line, offset) = self.line_of(text, offset);
        let units: usize = text[self.starts[line]..offset]
            .chars()
            .map(char::len_utf16)
            .sum();
        (line as u32, units as u32)
    }

    /// The byte offset of a 0-based line and UTF-16 column; a column past the end of its line
    /// means the line's end, a line past the end of the text the text's end.
    pub fn utf16_offset(&self, text: &str, line: u32, column: u32) -> usize {
        let Some(&start) = self.starts.get(line as usize) else {
            return text.len();
        };
        let line = text[start..].split('\n').next().unwrap_or_default();
        let mut units = 0;
        for (index, c) in line.char_indices() {
            if units >= column as usize {
                return start + index;
            }
            units += c.len_utf16();
        }
        start + line.trim_end_matches('\r').len()
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// All files of one document, in load order (the root first).
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    /// The id the next file added gets.
    pub fn next_id(&self) -> FileId {
        FileId(self.files.len() as u32)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        &self.get(span.file).text[span.range()]
    }

    pub fn find_path(&self, path: &Path) -> Option<FileId> {
        self.files().find(|(_, f)| f.path == path).map(|(id, _)| id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_its_text_without_the_line_end() {
        let file = SourceFile::new("t".into(), "t".into(), "一\r\n二\n\n三".into());
        let lines: Vec<&str> = (0..=5).map(|n| file.line_text(n)).collect();
        assert_eq!(lines, ["", "一", "二", "", "三", ""]);
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let f = SourceFile::new("a".into(), "a".into(), "项目 x\n  单位 1".into());
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        // "项目 " is 7 bytes, 3 characters.
        assert_eq!(f.line_col(7), LineCol { line: 1, column: 4 });
        let second = "项目 x\n".len();
        assert_eq!(f.line_col(second + 2), LineCol { line: 2, column: 3 });
    }

    #[test]
    fn line_col_clamps_inside_a_character() {
        let f = SourceFile::new("a".into(), "a".into(), "项目".into());
        assert_eq!(f.line_col(1), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(99), LineCol { line: 1, column: 3 });
    }

    #[test]
    fn utf16_columns_count_code_units() {
        let text = "项目 x\n  \"𠀀\" 单位\r\nend";
        let index = LineIndex::new(text);
        assert_eq!(index.utf16_position(text, 0), (0, 0));
        assert_eq!(index.utf16_position(text, "项目 ".len()), (0, 3));
        let unit = text.find("单位").unwrap_or_default();
        // Two blanks, a quote, 𠀀 (two units), a quote, a blank.
        assert_eq!(index.utf16_position(text, unit), (1, 7));
        assert_eq!(index.utf16_offset(text, 1, 7), unit);
        assert_eq!(index.utf16_offset(text, 0, 3), "项目 ".len());
    }

    #[test]
    fn out_of_range_utf16_positions_clamp() {
        let text = "项目\r\nab";
        let index = LineIndex::new(text);
        assert_eq!(index.utf16_offset(text, 0, 99), "项目".len());
        assert_eq!(index.utf16_offset(text, 9, 0), text.len());
        assert_eq!(index.utf16_position(text, 1), (0, 0));
        assert_eq!(index.utf16_position(text, 99), (1, 2));
    }
}
