//! `perfc import FILE -o DIR`: extracted table text, an `.xlsx` workbook or a `.docx` Word
//! document, into formatted `.perf` files.
//!
//! Writes `DIR/NAME.perf` (the root) and `DIR/units/CODE.perf`, each only when its bytes change.
//! Exit code 1 when something could not be placed (kept as comments, listed on stderr).
//! `--targets FILE.perf` names the approved targets a 项目支出绩效自评表 is scored against.

use std::path::{Component, Path, PathBuf};

use super::stderr;
use super::write::write_if_changed;

pub(super) fn run(file: &Path, output: &Path, targets: Option<&Path>) -> Result<bool, String> {
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
    let targets = targets.map(|t| read_targets(t, output)).transpose()?;
    let targets = targets.as_ref();
    let imported = if is_word(file, &bytes) {
        crate::import::import_docx_with(&bytes, &root_name, &source_name, targets)
            .map_err(|e| format!("{shown}: {e}"))?
    } else if is_workbook(file, &bytes) {
        crate::import::import_xlsx_with(&bytes, &root_name, &source_name, targets)
            .map_err(|e| format!("{shown}: {e}"))?
    } else {
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{shown} is not UTF-8 (convert it with iconv)"))?;
        crate::import::import_text_with(&text, &root_name, &source_name, targets)
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

/// The targets, to be included from the output directory by a path relative to it. A path that
/// leaves the output directory is written, but `perfc check` reads it only when allowed (E0008):
/// said on stderr.
fn read_targets(targets: &Path, output: &Path) -> Result<crate::import::Targets, String> {
    let real = std::fs::canonicalize(targets)
        .map_err(|e| format!("cannot read {}: {e}", targets.display()))?;
    std::fs::create_dir_all(output)
        .map_err(|e| format!("cannot create {}: {e}", output.display()))?;
    let base = std::fs::canonicalize(output)
        .map_err(|e| format!("cannot read {}: {e}", output.display()))?;
    let relative = relative_path(&real, &base);
    let include: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let include = include.join("/");
    if relative.starts_with("..") {
        stderr(&format!(
            "{}: warning: the targets lie outside the output directory: `perfc check` reads \
             `包含 \"{include}\"` only with `--allow-include` (or import into the targets' \
             directory, or one above it)\n",
            targets.display()
        ));
    }
    crate::import::Targets::read(targets, &include)
}

/// `path` relative to the directory `base`, both absolute and without `.` or `..`.
fn relative_path(path: &Path, base: &Path) -> PathBuf {
    let path: Vec<Component> = path.components().collect();
    let base: Vec<Component> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut relative = PathBuf::new();
    for _ in common..base.len() {
        relative.push("..");
    }
    for part in &path[common..] {
        relative.push(part);
    }
    relative
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_relative_to_the_output() {
        let rel = |p: &str, b: &str| relative_path(Path::new(p), Path::new(b));
        assert_eq!(rel("/a/b/t.perf", "/a/b"), PathBuf::from("t.perf"));
        assert_eq!(rel("/a/b/t.perf", "/a"), PathBuf::from("b/t.perf"));
        assert_eq!(rel("/a/b/t.perf", "/a/c"), PathBuf::from("../b/t.perf"));
    }
}
