//! `perfc check`: every document named or found, `-j N` at a time, findings printed in the
//! documents' order; with `--report`, one web page of them all besides.

use std::path::{Path, PathBuf};

use super::documents::{DocumentRoot, documents};
use super::write::write_if_changed;
use super::{Report, Reporting, Tally};
use crate::emit::report::{self, Checked};
use crate::load::{self, RealFs, normalize};
use crate::parallel::stream_in_order;
use crate::pipeline::{self, Request};

/// Checks each document, and writes the page `report` names if any; returns whether any finding
/// fails the run.
pub(super) fn run(
    paths: &[PathBuf],
    jobs: usize,
    reporting: &Reporting,
    report: Option<&Path>,
) -> Result<bool, String> {
    let documents = documents(paths)?;
    let mut tally = Tally::new(documents.len());
    let mut checked = Vec::new();
    stream_in_order(
        &documents,
        jobs,
        |document| check_one(document, reporting, report.is_some()),
        |outcome| {
            tally.add(outcome.map(|(printed, page)| {
                checked.extend(page);
                printed
            }))
        },
    );
    if let Some(path) = report {
        let directory = report::absolute(path);
        let directory = directory.parent().unwrap_or(Path::new("/"));
        write_if_changed(
            path,
            report::to_html(&checked, directory, reporting.render.lang).as_bytes(),
        )?;
    }
    tally.finish()
}

/// One document's printed findings, and what the page shows of it when one is asked for; only
/// the part's when a part of it was named.
fn check_one(
    document: &DocumentRoot,
    reporting: &Reporting,
    report: bool,
) -> Result<(Report, Option<Checked>), String> {
    let file = &document.root;
    let loaded = load::load_with(file, &RealFs, &reporting.allowed_includes)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    // The page's numbers are the JSON's.
    let request = Request {
        json: report,
        ..Request::check(&reporting.levels)
    };
    let mut outcome = pipeline::run(loaded, &request)?;
    if let Some(part) = &document.part {
        keep_findings_in(part, &mut outcome);
    }
    let sources = &outcome.loaded.sources;
    let page = report
        .then(|| {
            let json = outcome.made.as_ref().and_then(|m| m.json.as_deref());
            let shown: Vec<_> = outcome
                .diagnostics
                .iter()
                .filter(|d| reporting.shows(d))
                .collect();
            Checked::new(sources, json, &shown, reporting.render.lang)
        })
        .transpose()?;
    Ok((reporting.render(&outcome.diagnostics, sources), page))
}

/// Keeps the findings whose place is in `part`, a file of the document.
fn keep_findings_in(part: &Path, outcome: &mut pipeline::Outcome) {
    let real = |path: &Path| std::fs::canonicalize(path).unwrap_or_else(|_| normalize(path));
    let part = real(part);
    let sources = &outcome.loaded.sources;
    outcome
        .diagnostics
        .retain(|d| real(&sources.get(d.primary.span.file).path) == part);
}
