//! `perfc build`: check, then write the outputs whenever the document was fully read.
//!
//! Findings do not stop the outputs: a document whose every line was understood is written out
//! (so an approved document with known mistakes can still be reproduced), and the exit code
//! still says whether unacknowledged findings remain. Syntax and include errors stop it.

use std::path::Path;

use super::Reporting;
use super::write::write_if_changed;
use crate::load::{self, RealFs};

pub(super) fn run(file: &Path, output: &Path, reporting: &Reporting) -> Result<bool, String> {
    let loaded =
        load::load(file, &RealFs).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let checked = crate::check::check(&loaded, &reporting.levels);
    let failed = reporting.report(&checked.diagnostics, &loaded.sources);
    if !loaded.is_complete() {
        return Ok(true);
    }
    let stem = file
        .file_stem()
        .ok_or_else(|| format!("{} has no file name", file.display()))?
        .to_string_lossy();
    let json = crate::emit::json::to_string(&checked.document);
    write_if_changed(&output.join(format!("{stem}.json")), json.as_bytes())?;
    Ok(failed)
}
