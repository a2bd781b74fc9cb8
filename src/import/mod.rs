//! `perfc import`: the table text that official documents yield when extracted from PDF or Word
//! (one table row per line, cells separated by tabs or by `|` as document converters write
//! them, header lines as `key：value`), an `.xlsx` workbook holding the tables (`workbook.rs`
//! turns its sheets into the same rows) or a Word `.docx` document (`docx.rs`, its paragraphs
//! and table rows), into `.perf` files. Besides the Hebei form (the reference's), the county
//! 申报表 and the national 88号 form are read by their labels (`forms.rs`). A 项目支出绩效自评表
//! becomes `自评` records instead (`evaluation.rs`), in a file that includes the targets.
//!
//! Rows are recognised by the template's labels (`tables.rs`), cells cleaned of extraction
//! artifacts (`cells.rs`), and the result written as a root file and one file per budget unit
//! (`render.rs`), formatted. Whatever cannot be placed with certainty is kept as a comment in
//! the output and reported as a [`Warning`]; nothing is dropped silently. A lost cell is not
//! invented: a schedule that lost its 12月底 column says so instead.

mod cells;
mod department;
mod docx;
mod evaluation;
mod forms;
mod render;
mod tables;
mod workbook;

use std::fmt;

use crate::diag::Diagnostic;
use crate::fmt::{Options, format_text};

pub use evaluation::{TargetProject, Targets};

/// Where a row of the input is: a 1-based line of text, or a cell of a worksheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    /// A 1-based paragraph outside the tables of a Word document.
    Paragraph(usize),
    /// `row` 1-based and `column` 0-based, as Excel shows them (`表3!B12`).
    Cell {
        sheet: String,
        row: u32,
        column: u32,
    },
}

impl Place {
    /// What a place is called in messages: `line` or `row`.
    fn noun(&self) -> &'static str {
        match self {
            Place::Line(_) => "line",
            Place::Paragraph(_) => "paragraph",
            Place::Cell { .. } => "row",
        }
    }

    /// The place as the comment that keeps an unplaced row says it.
    fn in_comment(&self) -> String {
        match self {
            Place::Line(line) => format!("原文第 {line} 行"),
            Place::Paragraph(n) => format!("原文第 {n} 段"),
            Place::Cell { .. } => format!("原文 {self}"),
        }
    }
}

/// `12` for a line; `表3!B12` for a cell, the sheet quoted as Excel does when it has blanks or
/// punctuation (`'1 543001'!A5`).
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Line(line) => write!(f, "{line}"),
            Place::Paragraph(n) => write!(f, "¶{n}"),
            Place::Cell { sheet, row, column } => {
                let plain = sheet.chars().all(|c| c.is_alphanumeric() || c == '_');
                if plain {
                    write!(f, "{sheet}!")?;
                } else {
                    write!(f, "'{}'!", sheet.replace('\'', "''"))?;
                }
                write!(f, "{}{row}", column_letters(*column))
            }
        }
    }
}

/// `A`, `Z`, `AA` … for a 0-based column.
fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rest = (n - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Something the importer could not place, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub place: Place,
    pub message: String,
}

/// The files to write (paths relative to the output directory) and the warnings.
#[derive(Debug)]
pub struct Imported {
    pub files: Vec<(String, String)>,
    pub warnings: Vec<Warning>,
}

/// Imports `text`; `root_name` is the root file's name (`NAME.perf`), `source_name` the input's
/// name for the root's first comment. Fails only if generated text does not parse (a bug).
pub fn import(text: &str, root_name: &str, source_name: &str) -> Result<Imported, Vec<Diagnostic>> {
    import_text_with(text, root_name, source_name, None)
}

/// [`import`], with the targets a self-evaluation table is written against (`--targets`).
pub fn import_text_with(
    text: &str,
    root_name: &str,
    source_name: &str,
    targets: Option<&Targets>,
) -> Result<Imported, Vec<Diagnostic>> {
    let rows: Vec<cells::Row> = text
        .lines()
        .enumerate()
        .map(|(i, line)| cells::Row::new(Place::Line(i + 1), line))
        .collect();
    if evaluation::is_evaluation(&rows) {
        return write_evaluations(rows, root_name, source_name, targets);
    }
    let reader = tables::Reader::read(tables::cover(text), rows);
    write_files(reader, root_name, source_name)
}

/// Imports an `.xlsx` workbook (its bytes): the sheets' rows in order, read as the text's rows
/// are. Fails with a message when the bytes are not a readable workbook.
pub fn import_xlsx(bytes: &[u8], root_name: &str, source_name: &str) -> Result<Imported, String> {
    import_xlsx_with(bytes, root_name, source_name, None)
}

/// [`import_xlsx`], with the targets a self-evaluation table is written against.
pub fn import_xlsx_with(
    bytes: &[u8],
    root_name: &str,
    source_name: &str,
    targets: Option<&Targets>,
) -> Result<Imported, String> {
    let workbook = workbook::read(bytes)?;
    let imported = if evaluation::is_evaluation(&workbook.rows) {
        write_evaluations(workbook.rows, root_name, source_name, targets)
    } else {
        let mut reader = tables::Reader::read(workbook.cover, workbook.rows);
        workbook::check_flat_lists(&workbook.flat_lists, &mut reader);
        write_files(reader, root_name, source_name)
    };
    imported.map_err(|d| format!("internal error: the imported text does not parse ({d:?})"))
}

/// Whether the bytes are a Word `.docx` document (a zip archive with a Word body), which
/// [`import_docx`] reads; a workbook is a zip archive too.
pub fn is_docx(bytes: &[u8]) -> bool {
    docx::is_docx(bytes)
}

/// Imports a Word `.docx` document (its bytes): paragraphs and table rows in order, read as the
/// text's rows are. Fails with a message when the bytes are not a readable document.
pub fn import_docx(bytes: &[u8], root_name: &str, source_name: &str) -> Result<Imported, String> {
    import_docx_with(bytes, root_name, source_name, None)
}

/// [`import_docx`], with the targets a self-evaluation table is written against.
pub fn import_docx_with(
    bytes: &[u8],
    root_name: &str,
    source_name: &str,
    targets: Option<&Targets>,
) -> Result<Imported, String> {
    let document = docx::read(bytes)?;
    let imported = if evaluation::is_evaluation(&document.rows) {
        write_evaluations(document.rows, root_name, source_name, targets)
    } else {
        let reader = tables::Reader::read(document.cover, document.rows);
        write_files(reader, root_name, source_name)
    };
    imported.map_err(|d| format!("internal error: the imported text does not parse ({d:?})"))
}

/// A 项目支出绩效自评表's records, one per table, in the root file: no unit files.
fn write_evaluations(
    rows: Vec<cells::Row>,
    root_name: &str,
    source_name: &str,
    targets: Option<&Targets>,
) -> Result<Imported, Vec<Diagnostic>> {
    let mut read = evaluation::EvaluationRead::read(rows);
    let mut warnings = std::mem::take(&mut read.warnings);
    let text = evaluation::file(&read, source_name, targets, &mut warnings);
    let text = format_text(&text, &Options::default())?;
    Ok(Imported {
        files: vec![(root_name.to_string(), text)],
        warnings,
    })
}

/// The root file and one file per budget unit, formatted.
fn write_files(
    reader: tables::Reader,
    root_name: &str,
    source_name: &str,
) -> Result<Imported, Vec<Diagnostic>> {
    let document = &reader.document;
    let mut files = Vec::new();
    let mut includes = Vec::new();
    for (code, name) in &document.units {
        let projects: Vec<&tables::Project> = document
            .projects
            .iter()
            .filter(|p| p.unit.as_deref() == Some(code.as_str()))
            .collect();
        let path = format!("units/{code}.perf");
        files.push((
            path.clone(),
            render::projects_file(Some((code, name)), &projects),
        ));
        includes.push(path);
    }
    let orphans: Vec<&tables::Project> = document
        .projects
        .iter()
        .filter(|p| p.unit.is_none())
        .collect();
    // A form (申报表, 88号) has no budget unit line: its projects stand in the root file.
    let in_root = document.form().is_some() && document.units.is_empty();
    if !orphans.is_empty() && !in_root {
        let path = "units/unassigned.perf".to_string();
        files.push((path.clone(), render::projects_file(None, &orphans)));
        includes.push(path);
    }
    let mut root = render::root(document, source_name, &includes);
    if in_root {
        root.push_str(&render::projects_in_root(&orphans));
    }
    files.insert(0, (root_name.to_string(), root));
    let files = files
        .into_iter()
        .map(|(path, text)| Ok((path, format_text(&text, &Options::default())?)))
        .collect::<Result<_, Vec<Diagnostic>>>()?;
    Ok(Imported {
        files,
        warnings: reader.warnings,
    })
}
