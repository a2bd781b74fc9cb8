//! An `.xlsx` workbook as the rows the table reader consumes: every sheet's used range in order,
//! one [`Row`] per worksheet row, each cell as the text Excel shows for it.
//!
//! Numbers are shown through their cell's number format, so that `15` formatted `0.00` reads
//! `15.00` and `0.3` formatted `0%` reads `30%`; the digits go through `rust_decimal` from the
//! double's shortest form, never through float arithmetic. A merged cell holds its value in its
//! top-left cell only; the reader carries 一级/二级指标 down over the empty cells below, as it
//! does for the text, and filling merges in here would repeat merged labels (预算规模及资金用途
//! over two rows) that the reader must see once.

use std::io::{Cursor, Read};
use std::str::FromStr;

use calamine::{Data, Range, Reader as _, StyleRange, Xlsx};
use rust_decimal::{Decimal, RoundingStrategy};

use super::Place;
use super::cells::{Row, label};
use super::tables::Reader;

/// The rows of a workbook's table sheets, and the flat lists set aside.
pub(super) struct Workbook {
    /// The workbook's title (its document properties), which names the document.
    pub cover: Vec<String>,
    pub rows: Vec<Row>,
    pub flat_lists: Vec<FlatList>,
}

/// A sheet listing one indicator per row (header 项目编码 … 三级指标), as budget systems upload:
/// not tables, so not read; the 项目编码 it lists are checked against the tables read.
pub(super) struct FlatList {
    place: Place,
    codes: Vec<String>,
}

/// The first bytes of an old binary `.xls` or `.doc` (an OLE compound file).
pub(super) const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub(super) fn read(bytes: &[u8]) -> Result<Workbook, String> {
    if bytes.starts_with(OLE_MAGIC) {
        return Err(
            "an old binary Excel workbook (.xls) cannot be read: save it as .xlsx".to_string(),
        );
    }
    check_unpacked_size(bytes, MAX_UNPACKED, "workbook")?;
    let unreadable = |e: calamine::XlsxError| format!("not a readable .xlsx workbook: {e}");
    let mut xlsx = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let title = xlsx.workbook_properties().ok().and_then(|p| p.title);
    let mut workbook = Workbook {
        cover: title.into_iter().filter(|t| !t.trim().is_empty()).collect(),
        rows: Vec::new(),
        flat_lists: Vec::new(),
    };
    for sheet in xlsx.sheet_names() {
        check_extent(&mut xlsx, &sheet)?;
        let range = xlsx.worksheet_range(&sheet).map_err(unreadable)?;
        let styles = xlsx.worksheet_style(&sheet).map_err(unreadable)?;
        let rows = sheet_rows(&sheet, &range, &styles);
        match flat_list(&rows) {
            Some(list) => workbook.flat_lists.push(list),
            None => workbook.rows.extend(rows),
        }
    }
    Ok(workbook)
}

/// The most a workbook's parts may unpack to, in all. A workbook of tables unpacks to a few
/// megabytes; a zip bomb of 2 MB to gigabytes, which the workbook reader would hold in memory.
const MAX_UNPACKED: u64 = 256 << 20;

/// Refuses an archive (a workbook, a Word document: `what`) whose parts unpack to more than
/// `limit` bytes. Each part is unpacked and its bytes counted, not kept, and never more than the
/// limit: the sizes an archive declares can lie.
pub(super) fn check_unpacked_size(bytes: &[u8], limit: u64, what: &str) -> Result<(), String> {
    let extension = if what == "workbook" { "xlsx" } else { "docx" };
    let unreadable = |e: &dyn std::fmt::Display| format!("not a readable .{extension} {what}: {e}");
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(&e))?;
    let mut total = 0u64;
    for index in 0..archive.len() {
        let part = archive.by_index(index).map_err(|e| unreadable(&e))?;
        let name = part.name_raw().escape_ascii().to_string();
        let room = limit - total;
        let unpacked = std::io::copy(&mut Read::take(part, room + 1), &mut std::io::sink())
            .map_err(|e| unreadable(&e))?;
        total += unpacked;
        if total > limit {
            return Err(format!(
                "the {what} unpacks to more than {limit} bytes (at its part `{name}`), more \
                 than perfc reads: a {what} of tables is far smaller; save the tables alone in \
                 a new {what}"
            ));
        }
    }
    Ok(())
}

/// The most cells a sheet's used range may span. The workbook reader lays a range out cell by
/// cell, so a small file with cells at A1 and XFD1048576 would ask for 512 GiB; a sheet of
/// tables spans a few thousand.
const MAX_CELLS: u64 = 4_000_000;

/// Refuses a sheet whose cells (with a value or a style) span more than [`MAX_CELLS`], reading
/// only their positions.
fn check_extent(xlsx: &mut Xlsx<Cursor<&[u8]>>, sheet: &str) -> Result<(), String> {
    let unreadable = |e: calamine::XlsxError| format!("not a readable .xlsx workbook: {e}");
    let mut corners: Option<((u32, u32), (u32, u32))> = None;
    let mut extend = |(row, column): (u32, u32)| {
        let ((top, left), (bottom, right)) = corners.unwrap_or(((row, column), (row, column)));
        corners = Some((
            (top.min(row), left.min(column)),
            (bottom.max(row), right.max(column)),
        ));
    };
    let mut cells = xlsx.worksheet_cells_reader(sheet).map_err(unreadable)?;
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        extend(cell.get_position());
    }
    drop(cells);
    let mut styled = xlsx.worksheet_cells_reader(sheet).map_err(unreadable)?;
    while let Some((row, column, _)) = styled.next_style_id().map_err(unreadable)? {
        extend((row, column));
    }
    let Some(((top, left), (bottom, right))) = corners else {
        return Ok(());
    };
    let (rows, columns) = (u64::from(bottom - top) + 1, u64::from(right - left) + 1);
    if rows * columns > MAX_CELLS {
        return Err(format!(
            "the sheet `{}` spans {rows} rows by {columns} columns, more than the {MAX_CELLS} cells \
             perfc reads in a sheet; delete what lies outside the tables",
            sheet.escape_debug()
        ));
    }
    Ok(())
}

/// Warns about a flat list naming a project no table holds: its rows are not imported.
pub(super) fn check_flat_lists(lists: &[FlatList], reader: &mut Reader) {
    for list in lists {
        let missing: Vec<&str> = list
            .codes
            .iter()
            .filter(|c| !reader.document.projects.iter().any(|p| p.code == **c))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            let message = format!(
                "a flat list of indicators names projects that no table holds ({}); a flat \
                 list is not imported, only tables are",
                missing.join(", ")
            );
            reader.warn(list.place.clone(), message);
        }
    }
}

/// The used range's rows, cells from its first column on, placed at their worksheet row.
fn sheet_rows(sheet: &str, range: &Range<Data>, styles: &StyleRange) -> Vec<Row> {
    let Some((first_row, first_column)) = range.start() else {
        return Vec::new();
    };
    range
        .rows()
        .zip(first_row..)
        .map(|(cells, row)| {
            let texts: Vec<String> = cells
                .iter()
                .zip(first_column..)
                .map(|(data, column)| shown(data, number_format(styles, row, column)))
                .collect();
            let filled = texts.iter().position(|t| !t.trim().is_empty());
            let place = Place::Cell {
                sheet: sheet.to_string(),
                row: row + 1,
                column: first_column + filled.unwrap_or(0) as u32,
            };
            Row::from_cells(place, texts.iter().map(String::as_str))
        })
        .collect()
}

fn number_format(styles: &StyleRange, row: u32, column: u32) -> &str {
    styles
        .get((row, column))
        .and_then(|s| s.number_format.as_ref())
        .map_or("General", |f| f.format_code.as_str())
}

/// The text of a cell as Excel shows it: numbers through their format, dates as `2023年12月31日`.
fn shown(data: &Data, format: &str) -> String {
    match data {
        Data::Int(n) => number_text(Decimal::from(*n), format),
        Data::Float(x) => match Decimal::from_str(&x.to_string()) {
            Ok(exact) => number_text(exact, format),
            Err(_) => x.to_string(),
        },
        Data::DateTime(d) if d.is_datetime() => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            format!("{year}年{month}月{day}日")
        }
        other => other.to_string(),
    }
}

/// A number through the first section of its format: the decimals it shows, `%` times a
/// hundred. `General` shows the number itself (to ten decimals, as Excel hides a double's noise).
fn number_text(value: Decimal, format: &str) -> String {
    let section = format.split(';').next().unwrap_or_default();
    let percent = section.contains('%');
    let value = if percent {
        value * Decimal::ONE_HUNDRED
    } else {
        value
    };
    let digits = match decimals(section) {
        Some(places) => {
            let mut rounded =
                value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
            rounded.rescale(places);
            rounded.to_string()
        }
        None => value.round_dp(10).normalize().to_string(),
    };
    if percent { digits + "%" } else { digits }
}

/// How many decimals a format section shows (`#,##0.00` → 2), or None for one without digit
/// placeholders (`General`, `@`).
fn decimals(section: &str) -> Option<u32> {
    if !section.contains(['0', '#']) {
        return None;
    }
    let Some((_, after)) = section.split_once('.') else {
        return Some(0);
    };
    let places = after.chars().take_while(|c| matches!(c, '0' | '#')).count();
    Some(places as u32)
}

/// A sheet whose first row labels both 项目编码 and 三级指标: a flat list, with its codes.
fn flat_list(rows: &[Row]) -> Option<FlatList> {
    let header = rows.iter().find(|r| !r.is_blank())?;
    let column = |name: &str| {
        header
            .filled()
            .find(|(_, c)| label(c) == name)
            .map(|(i, _)| i)
    };
    let code_column = column("项目编码")?;
    column("三级指标")?;
    let mut codes: Vec<String> = Vec::new();
    for row in rows {
        let code = row.cell(code_column);
        if !code.is_empty() && code != header.cell(code_column) && !codes.iter().any(|c| c == code)
        {
            codes.push(code.to_string());
        }
    }
    Some(FlatList {
        place: header.place.clone(),
        codes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_their_format_shows_them() {
        let number = |x: f64, format: &str| match Decimal::from_str(&x.to_string()) {
            Ok(d) => number_text(d, format),
            Err(e) => panic!("{e}"),
        };
        assert_eq!(number(15.0, "0.00"), "15.00");
        assert_eq!(number(1234.5, "#,##0.00_ "), "1234.50");
        assert_eq!(number(0.3, "0%"), "30%");
        assert_eq!(number(0.145, "0%"), "15%");
        assert_eq!(number(0.335, "0.0%"), "33.5%");
        assert_eq!(number(15.0, "General"), "15");
        assert_eq!(number(0.1 + 0.2, "General"), "0.3");
        assert_eq!(number(7.0, "@"), "7");
    }

    #[test]
    fn dates_read_as_chinese_dates() {
        let date =
            calamine::ExcelDateTime::new(45291.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(shown(&Data::DateTime(date), "yyyy-mm-dd"), "2023年12月31日");
    }

    #[test]
    fn old_and_broken_workbooks_are_refused_with_a_reason() {
        let old = read(&[OLE_MAGIC, b"rest"].concat()).err();
        assert!(old.is_some_and(|e| e.contains(".xls")));
        let broken = read(b"PK\x03\x04 not really a zip").err();
        assert!(broken.is_some_and(|e| e.contains("not a readable .xlsx workbook")));
    }

    #[test]
    fn a_workbook_unpacking_past_the_limit_is_refused_with_the_limit_named() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "项目编码").expect("A1");
        let bytes = workbook.save_to_buffer().expect("a workbook");
        assert_eq!(check_unpacked_size(&bytes, 1 << 20, "workbook"), Ok(()));
        let refused = check_unpacked_size(&bytes, 1000, "workbook").expect_err("over 1000 bytes");
        assert!(
            refused.contains("more than 1000 bytes (at its part `"),
            "{refused}"
        );
    }
}
