//! `perfc check`.

use std::path::PathBuf;

use super::Reporting;
use crate::load::{self, RealFs};

/// Checks each document; returns whether any finding fails the run.
pub(super) fn run(files: &[PathBuf], reporting: &Reporting) -> Result<bool, String> {
    let mut failed = false;
    for file in files {
        let loaded = load::load(file, &RealFs)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let checked = crate::check::check(&loaded, &reporting.levels);
        failed |= reporting.report(&checked.diagnostics, &loaded.sources)?;
    }
    Ok(failed)
}
