//! A Word `.docx` document as the rows the table reader consumes: the body in order, each
//! paragraph outside a table a line (the title, `填报单位：…`, `单位：万元`), each table row a
//! [`Row`] of its cells' text (the `w:t` runs; paragraphs within a cell joined with a line
//! break).
//!
//! Merged cells read as the workbook's do: a merged cell's text is in the cell where it starts,
//! the cells it spans to the right (`w:gridSpan`) and below (`w:vMerge` continued) are empty; the
//! reader carries 一级/二级指标 down over them. The archive is checked like a workbook's first:
//! each part unpacked once and counted against a limit, so a zip bomb is refused.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

use super::Place;
use super::cells::Row;
use super::workbook::{OLE_MAGIC, check_unpacked_size};

/// The part holding the document's body.
const BODY: &str = "word/document.xml";

/// The most a document's parts may unpack to, in all; a form is a few hundred kilobytes.
const MAX_UNPACKED: u64 = 256 << 20;

/// The rows of a document, and the lines before its first table (its cover).
pub(super) struct Document {
    pub cover: Vec<String>,
    pub rows: Vec<Row>,
}

/// An archive holding a Word body: a `.docx`, told apart from a workbook by its content.
pub(super) fn is_docx(bytes: &[u8]) -> bool {
    zip::ZipArchive::new(Cursor::new(bytes))
        .is_ok_and(|archive| archive.index_for_name(BODY).is_some())
}

pub(super) fn read(bytes: &[u8]) -> Result<Document, String> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(
            "an old binary Word document (.doc) cannot be read: save it as .docx".to_string(),
        );
    }
    check_unpacked_size(bytes, MAX_UNPACKED, "Word document")?;
    let unreadable = |e: &dyn std::fmt::Display| format!("not a readable .docx document: {e}");
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut part = archive.by_name(BODY).map_err(|e| unreadable(&e))?;
    let mut xml = String::new();
    part.read_to_string(&mut xml).map_err(|e| unreadable(&e))?;
    body_rows(&xml).map_err(|e| unreadable(&e))
}

/// A cell being read: its text, how many grid columns it spans, whether it continues a
/// vertical merge.
#[derive(Default)]
struct Cell {
    text: String,
    span: usize,
    continued: bool,
}

/// Reads the body: paragraphs outside tables as lines, rows of top-level tables as rows (a table
/// nested in a cell adds its text to that cell).
fn body_rows(xml: &str) -> Result<Document, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut document = Document {
        cover: Vec::new(),
        rows: Vec::new(),
    };
    let mut tables = 0u32;
    let mut paragraphs = 0usize;
    let mut depth = 0usize;
    let mut row_number = 0u32;
    let mut line = String::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cell: Option<Cell> = None;
    let mut seen_table = false;
    // Inside a `w:t` run text: only its text is the document's (not field codes, nor the blanks
    // between elements).
    let mut in_text = false;
    loop {
        let event = reader.read_event()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                match e.local_name().as_ref() {
                    "tbl" if !empty => {
                        depth += 1;
                        if depth == 1 {
                            tables += 1;
                            row_number = 0;
                            seen_table = true;
                        }
                    }
                    "tr" if depth == 1 && !empty => {
                        row_number += 1;
                        cells.clear();
                    }
                    "gridBefore" if depth == 1 => {
                        let n = number(e, 1);
                        cells.extend(std::iter::repeat_n(String::new(), n));
                    }
                    "tc" if depth == 1 && !empty => {
                        cell = Some(Cell {
                            span: 1,
                            ..Cell::default()
                        });
                    }
                    "gridSpan" if depth == 1 => {
                        if let Some(cell) = &mut cell {
                            cell.span = number(e, 1);
                        }
                    }
                    "vMerge" if depth == 1 => {
                        if let Some(cell) = &mut cell {
                            cell.continued = attribute(e, "val").is_none_or(|v| v == "continue");
                        }
                    }
                    "t" if !empty => in_text = true,
                    "tab" => text_of(&mut cell, &mut line).push('\t'),
                    "br" | "cr" => text_of(&mut cell, &mut line).push('\n'),
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                text_of(&mut cell, &mut line).push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_text => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.xml10_content().as_ref() {
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "amp" => Some('&'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let Some(c) = resolved {
                    text_of(&mut cell, &mut line).push(c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => match &mut cell {
                    // Paragraphs within a cell: joined with a line break.
                    Some(cell) if !cell.text.is_empty() && !cell.text.ends_with('\n') => {
                        cell.text.push('\n');
                    }
                    Some(_) => {}
                    None if depth == 0 => {
                        paragraphs += 1;
                        let text = std::mem::take(&mut line);
                        if !seen_table && !text.trim().is_empty() {
                            document.cover.push(super::cells::clean(&text));
                        }
                        document
                            .rows
                            .push(Row::new(Place::Paragraph(paragraphs), &text));
                    }
                    None => {}
                },
                "tc" if depth == 1 => {
                    if let Some(done) = cell.take() {
                        let text = if done.continued {
                            String::new()
                        } else {
                            done.text.trim_end_matches('\n').to_string()
                        };
                        cells.push(text);
                        let span = done.span.max(1);
                        cells.extend(std::iter::repeat_n(String::new(), span - 1));
                    }
                }
                "tr" if depth == 1 => {
                    let filled = cells.iter().position(|c| !c.trim().is_empty());
                    let place = Place::Cell {
                        sheet: format!("表{tables}"),
                        row: row_number,
                        column: filled.unwrap_or(0) as u32,
                    };
                    // A cell's line breaks are blanks to the table reader.
                    let texts: Vec<String> = cells.iter().map(|c| c.replace('\t', " ")).collect();
                    document
                        .rows
                        .push(Row::from_cells(place, texts.iter().map(String::as_str)));
                }
                "tbl" => depth = depth.saturating_sub(1),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(document)
}

/// Text goes to the cell being read, else to the paragraph's line.
fn text_of<'a>(cell: &'a mut Option<Cell>, line: &'a mut String) -> &'a mut String {
    match cell {
        Some(cell) => &mut cell.text,
        None => line,
    }
}

/// An attribute's value by its local name (`w:val`).
fn attribute(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// A `w:val` that is a count (`w:gridSpan w:val="3"`), or `default`.
fn number(e: &BytesStart, default: usize) -> usize {
    attribute(e, "val")
        .and_then(|v| v.parse().ok())
        .filter(|n| (1..=64).contains(n))
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_cells_hold_their_text_where_they_start() {
        let xml = "<w:document xmlns:w=\"w\"><w:body>\
            <w:p><w:r><w:t>标题</w:t></w:r></w:p>\
            <w:tbl>\
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc>\
            <w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>\
            <w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p><w:p><w:r><w:t>a&lt;b</w:t></w:r></w:p></w:tc>\
            <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr>\
            </w:tbl></w:body></w:document>";
        let document = body_rows(xml).expect("well-formed");
        assert_eq!(document.cover, ["标题"]);
        let cells: Vec<&Vec<String>> = document.rows.iter().map(|r| &r.cells).collect();
        assert_eq!(
            cells,
            [
                &vec!["标题".to_string()],
                &vec!["甲".into(), "".into(), "乙".into()],
                &vec!["".into(), "1. a<b".into(), "".into()]
            ]
        );
        assert_eq!(document.rows[2].place.to_string(), "表1!B2");
    }

    #[test]
    fn old_and_broken_documents_are_refused_with_a_reason() {
        let old = read(&[OLE_MAGIC, b"rest"].concat()).err();
        assert!(old.is_some_and(|e| e.contains(".doc")));
        let broken = read(b"PK\x03\x04 not really a zip").err();
        assert!(broken.is_some_and(|e| e.contains("not a readable .docx")));
        assert!(!is_docx(b"PK\x03\x04 not really a zip"));
    }
}
