//! `perfc fix`: applies the repairs the findings carry (`Diagnostic::fix`) to the files they are
//! in, or with `--dry-run` lists them. A finding acknowledged with `确认` is left as written.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::documents::documents;
use super::write::write_if_changed;
use super::{Reporting, stderr};
use crate::load::{self, RealFs};
use crate::pipeline::{self, Request};

/// One repair, in a file's text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Edit {
    start: usize,
    end: usize,
    replacement: String,
    /// `file:line:col: CODE` for the listing.
    place: String,
}

/// Fixes the documents named or found; with `dry_run`, lists the repairs instead. Returns
/// whether any repair is pending (with `dry_run`), for the exit code.
pub(super) fn run(paths: &[PathBuf], dry_run: bool, reporting: &Reporting) -> Result<bool, String> {
    let mut by_file: BTreeMap<PathBuf, (String, Vec<Edit>)> = BTreeMap::new();
    for document in documents(paths)? {
        let root = &document.root;
        let loaded = load::load_with(root, &RealFs, &reporting.allowed_includes)
            .map_err(|e| format!("cannot read {}: {e}", root.display()))?;
        let outcome = pipeline::run(loaded, &Request::check(&reporting.levels))?;
        let sources = &outcome.loaded.sources;
        for finding in outcome
            .diagnostics
            .iter()
            .filter(|d| d.acknowledged.is_none())
        {
            let Some(fix) = finding.fix.as_deref() else {
                continue;
            };
            let file = sources.get(fix.span.file);
            let at = file.line_col(fix.span.start());
            let edit = Edit {
                start: fix.span.start(),
                end: fix.span.end(),
                replacement: fix.replacement.clone(),
                place: format!("{}:{}:{}: {}", file.name, at.line, at.column, finding.code),
            };
            let entry = by_file
                .entry(file.path.clone())
                .or_insert_with(|| (file.text.clone(), Vec::new()));
            entry.1.push(edit);
        }
    }
    let mut pending = false;
    for (path, (text, mut edits)) in by_file {
        edits.sort();
        edits.dedup();
        let applied = apply(&text, &edits);
        for edit in &applied {
            let was = &text[edit.start..edit.end];
            let now = &edit.replacement;
            stderr(&format!("{}: `{was}` → `{now}`\n", edit.place));
        }
        pending |= !applied.is_empty();
        if !dry_run && !applied.is_empty() {
            write_if_changed(&path, rewrite(&text, &applied).as_bytes())?;
        }
    }
    Ok(dry_run && pending)
}

/// The edits that can be made together, in order: one overlapping an earlier one waits for the
/// next run, when the text it was found in has changed.
fn apply<'e>(text: &str, edits: &'e [Edit]) -> Vec<&'e Edit> {
    let mut taken: Vec<&Edit> = Vec::new();
    for edit in edits {
        let clear = taken.last().is_none_or(|last| last.end <= edit.start);
        if clear && edit.end <= text.len() && text.is_char_boundary(edit.start) {
            taken.push(edit);
        }
    }
    taken
}

fn rewrite(text: &str, edits: &[&Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in edits {
        out.push_str(&text[at..edit.start]);
        out.push_str(&edit.replacement);
        at = edit.end;
    }
    out.push_str(&text[at..]);
    out
}
