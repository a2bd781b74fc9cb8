//! One row of a table (a line of extracted text, or a worksheet row): its cells cleaned of
//! extraction artifacts, and what kind of row it is.

use unicode_width::UnicodeWidthChar;

use super::Place;

/// A row split into cells, each cleaned.
#[derive(Clone, Debug)]
pub(super) struct Row {
    pub place: Place,
    pub cells: Vec<String>,
}

impl Row {
    /// A line of text, its cells separated by tabs, or by `|` as document converters write
    /// tables (`| 项目名称 | xxx |`, the outer pipes optional); a Markdown separator row
    /// (`|---|:---:|`) is a blank row.
    pub(super) fn new(place: Place, text: &str) -> Row {
        if text.contains('\t') || !text.contains('|') {
            return Row::from_cells(place, text.split('\t'));
        }
        let inner = text.trim();
        let inner = inner.strip_prefix('|').unwrap_or(inner);
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let cells: Vec<&str> = inner.split('|').collect();
        let separator = cells
            .iter()
            .all(|c| c.trim().chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
        if separator {
            return Row::from_cells(place, std::iter::empty());
        }
        Row::from_cells(place, cells)
    }

    pub(super) fn from_cells<'a>(place: Place, cells: impl IntoIterator<Item = &'a str>) -> Row {
        Row {
            place,
            cells: cells.into_iter().map(clean).collect(),
        }
    }

    /// The cell at `i`, or "".
    pub(super) fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }

    pub(super) fn is_blank(&self) -> bool {
        self.cells.iter().all(String::is_empty)
    }

    /// The cells that hold something, with their positions.
    pub(super) fn filled(&self) -> impl Iterator<Item = (usize, &str)> {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
            .map(|(i, c)| (i, c.as_str()))
    }

    /// The first cell as a label: without blanks and a trailing colon (`其中：财政 资金`).
    pub(super) fn label(&self) -> String {
        label(self.cell(0))
    }

    /// The whole line as it can be shown in a comment.
    pub(super) fn shown(&self) -> String {
        let filled: Vec<&str> = self.filled().map(|(_, c)| c).collect();
        filled.join(" | ")
    }
}

/// A label without blanks, so that a label wrapped across lines (`预算规模及 资金用途`) reads as
/// written in the template.
pub(super) fn label(cell: &str) -> String {
    cell.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A cell without markup tags (`<b>`), surrounding blanks and the blanks that a wrapped cell
/// leaves between two Chinese characters (`经费支出准 确率`).
pub(super) fn clean(cell: &str) -> String {
    let untagged = strip_tags(cell);
    let chars: Vec<char> = untagged.trim().chars().collect();
    let mut out = String::with_capacity(untagged.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let run_end = (i..chars.len())
                .find(|&j| !chars[j].is_whitespace())
                .unwrap_or(chars.len());
            let between_wide =
                i > 0 && run_end < chars.len() && is_wide(chars[i - 1]) && is_wide(chars[run_end]);
            if !between_wide {
                out.push(' ');
            }
            i = run_end;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn is_wide(c: char) -> bool {
    c.width() == Some(2)
}

fn strip_tags(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut rest = cell;
    while let Some(open) = rest.find('<') {
        let tag_end = rest[open..].find('>').map(|e| open + e);
        match tag_end {
            Some(end) if is_tag(&rest[open + 1..end]) => {
                out.push_str(&rest[..open]);
                rest = &rest[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `b`, `/b`, `br/`, `span`: a markup tag, not text in angle brackets such as `<5%`.
fn is_tag(inside: &str) -> bool {
    let name = inside.trim_start_matches('/').trim_end_matches('/');
    !name.is_empty() && name.len() <= 6 && name.chars().all(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_wrap_blanks_go_and_other_blanks_stay() {
        assert_eq!(clean("<b>其中：财政 资金</b>"), "其中：财政资金");
        assert_eq!(clean(" 2023 年度  地价 "), "2023 年度地价");
        assert_eq!(clean("≥1 次"), "≥1 次");
        assert_eq!(clean("<5% 以内"), "<5% 以内");
    }

    #[test]
    fn pipe_rows_split_at_pipes_and_separator_rows_are_blank() {
        let row = Row::new(Place::Line(1), "| 项目名称 | 县道养护 |");
        assert_eq!(row.cells, ["项目名称", "县道养护"]);
        let row = Row::new(
            Place::Line(1),
            "主管部门 | 县交通运输局 | 主管部门编码 | 215",
        );
        assert_eq!(
            row.cells,
            ["主管部门", "县交通运输局", "主管部门编码", "215"]
        );
        assert!(Row::new(Place::Line(1), "|---|:---:|").is_blank());
        let tabbed = Row::new(Place::Line(1), "a|b\tc");
        assert_eq!(tabbed.cells, ["a|b", "c"]);
    }

    #[test]
    fn labels_ignore_blanks() {
        assert_eq!(
            Row::new(Place::Line(1), "资金支出计 划 (%)\t3 月底").label(),
            "资金支出计划(%)"
        );
    }
}
