//! `perfc check`: every document named or found, `-j N` at a time, findings printed in the
//! documents' order.

use std::path::{Path, PathBuf};

use super::documents::documents;
use super::{Report, Reporting, Tally};
use crate::load::{self, RealFs};
use crate::parallel::stream_in_order;
use crate::pipeline::{self, Request};

/// Checks each document; returns whether any finding fails the run.
pub(super) fn run(paths: &[PathBuf], jobs: usize, reporting: &Reporting) -> Result<bool, String> {
    let documents = documents(paths)?;
    let mut tally = Tally::new(documents.len());
    stream_in_order(
        &documents,
        jobs,
        |document| check_one(&document.root, reporting),
        |outcome| tally.add(outcome),
    );
    tally.finish()
}

fn check_one(file: &Path, reporting: &Reporting) -> Result<Report, String> {
    let loaded = load::load_with(file, &RealFs, &reporting.allowed_includes)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let outcome = pipeline::run(loaded, &Request::check(&reporting.levels))?;
    Ok(reporting.render(&outcome.diagnostics, &outcome.loaded.sources))
}
