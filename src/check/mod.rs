//! The checker: runs every rule of the catalogue over the document model and settles each
//! finding's severity, project and acknowledgement.
//!
//! Each submodule holds the rules of one area and only detects: it pushes [`Diagnostic`]s at the
//! rule's default severity. Severity overrides, acknowledgements and ordering are applied here,
//! once, for all of them.

mod breakdown;
mod categories;
mod codes;
mod columns;
mod content;
mod money;
mod schedule;
mod settings;
mod text;
mod units;
mod values;

use crate::diag::{Diagnostic, SeverityConfig};
use crate::load::Loaded;
use crate::model::{self, Document};

pub use settings::parse_cli_level;

/// A checked document: the model and every finding, in source order.
#[derive(Debug)]
pub struct Checked<'a> {
    pub document: Document<'a>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a loaded document. `command_line` holds the levels given with `--severity`.
pub fn check<'a>(loaded: &'a Loaded, command_line: &SeverityConfig) -> Checked<'a> {
    let (document, mut found) = model::build(loaded);
    run_rules(&document, &mut found);
    let mut levels = command_line.clone();
    settings::read_document_levels(&document, &mut levels, &mut found);
    found.extend(loaded.diagnostics.iter().cloned());
    let mut diagnostics = settings::apply_levels(found, &levels);
    settings::attribute_projects(&document, &mut diagnostics);
    settings::acknowledge(&document, &levels, &mut diagnostics);
    sort(loaded, &mut diagnostics);
    Checked {
        document,
        diagnostics,
    }
}

fn run_rules(document: &Document, out: &mut Vec<Diagnostic>) {
    units::check(document, out);
    codes::check(document, out);
    content::check(document, out);
    categories::check(document, out);
    money::check(document, out);
    breakdown::check(document, out);
    values::check(document, out);
    schedule::check(document, out);
    columns::check(document, out);
    text::check(document, out);
}

/// Source order: by the file's place in the document, then position, then code.
fn sort(loaded: &Loaded, diagnostics: &mut [Diagnostic]) {
    let file_rank = |d: &Diagnostic| {
        loaded
            .order
            .iter()
            .position(|(f, _)| *f == d.primary.span.file)
            .unwrap_or(usize::MAX)
    };
    diagnostics.sort_by(|a, b| {
        (file_rank(a), a.primary.span.start, a.code, &a.message.en).cmp(&(
            file_rank(b),
            b.primary.span.start,
            b.code,
            &b.message.en,
        ))
    });
}
