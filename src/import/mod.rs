//! `perfc import`: the tab-separated table text that official documents yield when extracted
//! from PDF or Word (one table row per line, cells separated by tabs) into `.perf` files.
//!
//! Rows are recognised by the template's labels (`tables.rs`), cells cleaned of extraction
//! artifacts (`cells.rs`), and the result written as a root file and one file per budget unit
//! (`render.rs`), formatted. Whatever cannot be placed with certainty is kept as a comment in
//! the output and reported as a [`Warning`]; nothing is dropped silently. A lost cell is not
//! invented: a schedule that lost its 12月底 column says so instead.

mod cells;
mod render;
mod tables;

use crate::diag::Diagnostic;
use crate::fmt::{Options, format_text};

/// Something the importer could not place, at a 1-based line of the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub line: usize,
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
    let reader = tables::Reader::read(text);
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
    if !orphans.is_empty() {
        let path = "units/unassigned.perf".to_string();
        files.push((path.clone(), render::projects_file(None, &orphans)));
        includes.push(path);
    }
    files.insert(
        0,
        (
            root_name.to_string(),
            render::root(document, source_name, &includes),
        ),
    );
    let files = files
        .into_iter()
        .map(|(path, text)| Ok((path, format_text(&text, &Options::default())?)))
        .collect::<Result<_, Vec<Diagnostic>>>()?;
    Ok(Imported {
        files,
        warnings: reader.warnings,
    })
}
