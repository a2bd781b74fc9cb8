//! `perfc import FILE -o DIR`: extracted table text, an `.xlsx` workbook or a `.docx` Word
//! document, into formatted `.perf` files.
//!
//! Writes `DIR/NAME.perf` (the root) and `DIR/units/CODE.perf`, each only when its bytes change.
//! Exit code 1 when something could not be placed (kept as comments, listed on stderr).

use std::path::Path;

use super::stderr;
use super::write::write_if_changed;

pub(super) fn run(file: &Path, output: &Path) -> Result<bool, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let stem = file
        .file_stem()
        .ok_or_else(|| format!("{} has no file name", file.display()))?
        .to_string_lossy();
    let shown = file.display().to_string();
    let source_name = file
        .file_name()
        .map_or(shown.clone(), |n| n.to_string_lossy().into_owned());
    let root_name = format!("{stem}.perf");
    let imported = if is_word(file, &bytes) {
        crate::import::import_docx(&bytes, &root_name, &source_name)
            .map_err(|e| format!("{shown}: {e}"))?
    } else if is_workbook(file, &bytes) {
        crate::import::import_xlsx(&bytes, &root_name, &source_name)
            .map_err(|e| format!("{shown}: {e}"))?
    } else {
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{shown} is not UTF-8 (convert it with iconv)"))?;
        crate::import::import(&text, &root_name, &source_name)
            .map_err(|d| format!("internal error: the imported text does not parse ({d:?})"))?
    };
    for (path, contents) in &imported.files {
        write_if_changed(&output.join(path), contents.as_bytes())?;
    }
    for warning in &imported.warnings {
        stderr(&format!(
            "{shown}:{}: warning: {}\n",
            warning.place, warning.message
        ));
    }
    Ok(!imported.warnings.is_empty())
}

/// A Word document by its content (a zip archive with a Word body), or by its name: a `.doc`
/// is refused with a reason, a `.docx` that is not a zip gets the document reader's reason.
fn is_word(file: &Path, bytes: &[u8]) -> bool {
    let named = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("docx") || e.eq_ignore_ascii_case("doc"));
    crate::import::is_docx(bytes) || named
}

/// A workbook by its content (an `.xlsx` is a zip archive), or by its name: a file called
/// `.xls` or `.xlsx` that is not a zip gets the workbook reader's reason, not a text error.
fn is_workbook(file: &Path, bytes: &[u8]) -> bool {
    let named = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xls"));
    bytes.starts_with(b"PK\x03\x04") || named
}
