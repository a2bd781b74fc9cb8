//! `perfc import FILE -o DIR`: extracted table text into formatted `.perf` files.
//!
//! Writes `DIR/NAME.perf` (the root) and `DIR/units/CODE.perf`, each only when its bytes change.
//! Exit code 1 when something could not be placed (kept as comments, listed on stderr).

use std::path::Path;

use super::stderr;
use super::write::write_if_changed;

pub(super) fn run(file: &Path, output: &Path) -> Result<bool, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("{} is not UTF-8 (convert it with iconv)", file.display()))?;
    let stem = file
        .file_stem()
        .ok_or_else(|| format!("{} has no file name", file.display()))?
        .to_string_lossy();
    let shown = file.display().to_string();
    let source_name = file
        .file_name()
        .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    let imported = crate::import::import(&text, &format!("{stem}.perf"), &source_name)
        .map_err(|d| format!("internal error: the imported text does not parse ({d:?})"))?;
    for (path, contents) in &imported.files {
        write_if_changed(&output.join(path), contents.as_bytes())?;
    }
    for warning in &imported.warnings {
        stderr(&format!(
            "{shown}:{}: warning: {}\n",
            warning.line, warning.message
        ));
    }
    Ok(!imported.warnings.is_empty())
}
