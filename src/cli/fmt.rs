//! `perfc fmt`: formats files in place, or only says which would change (`--check`, `--diff`).
//!
//! Each file named (or found under a directory named) is formatted on its own; the files it
//! includes are formatted only if they are named too. A file that does not parse is reported
//! and left untouched. Files are rewritten atomically, and only when their bytes change.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::documents::perf_files;
use super::write::write_if_changed;
use super::{stderr, stdout};
use crate::diag::render;
use crate::fmt::{self, Options};
use crate::load;
use crate::source::FileId;

/// What `perfc fmt` was asked to do.
pub(super) struct Request {
    pub paths: Vec<PathBuf>,
    pub check: bool,
    pub diff: bool,
    pub options: Options,
    pub render: render::Options,
}

impl Request {
    /// Report differences instead of writing.
    fn dry_run(&self) -> bool {
        self.check || self.diff
    }
}

/// What happened to one input.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Formatted,
    Changed,
    Refused,
}

/// Formats every input; returns whether the run fails (a file refused, or with `--check` or
/// `--diff` a file not formatted).
pub(super) fn run(request: &Request) -> Result<bool, String> {
    let standard_input = Path::new("-");
    if request.paths.iter().any(|p| p == standard_input) {
        if request.paths.len() > 1 {
            return Err("`-` (standard input) cannot be combined with other paths".to_string());
        }
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        let outcome = format_one(request, Path::new("<stdin>"), &bytes, stdout)?;
        return Ok(fails(request, outcome));
    }
    let mut failed = false;
    let here = [PathBuf::from(".")];
    let paths = if request.paths.is_empty() {
        &here[..]
    } else {
        &request.paths
    };
    for path in perf_files(paths)? {
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let outcome = format_one(request, &path, &bytes, |formatted| {
            write_if_changed(&path, formatted.as_bytes())
        })?;
        failed |= fails(request, outcome);
    }
    Ok(failed)
}

fn fails(request: &Request, outcome: Outcome) -> bool {
    match outcome {
        Outcome::Formatted => false,
        Outcome::Changed => request.dry_run(),
        Outcome::Refused => true,
    }
}

/// Formats one input and reports or writes the result (`write` gets the formatted text, also
/// when unchanged: standard input is always echoed).
fn format_one(
    request: &Request,
    path: &Path,
    bytes: &[u8],
    write: impl FnOnce(&str) -> Result<(), String>,
) -> Result<Outcome, String> {
    let loaded = load::load_alone(path, bytes);
    if !loaded.diagnostics.is_empty() {
        stderr(&render::render(
            &loaded.diagnostics,
            &loaded.sources,
            &request.render,
        ));
        return Ok(Outcome::Refused);
    }
    let source = &loaded.sources.get(FileId(0)).text;
    let formatted = fmt::format_tree(&loaded.trees[0], source, &request.options);
    let changed = formatted.as_bytes() != bytes;
    let name = path.display().to_string();
    if request.check && changed {
        stdout(&format!("{name}\n"))?;
    }
    if request.diff && changed {
        stdout(&unified_diff(&name, source, &formatted))?;
    }
    if !request.dry_run() {
        write(&formatted)?;
    }
    Ok(if changed {
        Outcome::Changed
    } else {
        Outcome::Formatted
    })
}

fn unified_diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(name, name)
        .to_string()
}
