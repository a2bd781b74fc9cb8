//! Which files a command works on: files as named, and directories searched for `*.perf`
//! (hidden directories and `target` skipped, each directory's entries in name order, so the
//! order never depends on the file system).
//!
//! `fmt` takes every file found. `check` and `build` take the documents: the files found that no
//! other file found includes (a budget unit's file belongs to the document including it; the
//! targets a self-evaluation includes stay a document of their own). A file named that a `.perf`
//! file nearby includes (`load::roots`) is taken as part of that document.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::load::{RealFs, normalize, roots};

/// A document to check or build.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct DocumentRoot {
    /// Its root `.perf` file.
    pub root: PathBuf,
    /// Where it was found below a directory named on the command line (empty for a file named
    /// directly): `build` writes its outputs in the same place below the output directory.
    pub subdir: PathBuf,
    /// The file named, when it is a part of the document (a unit's file): `check` shows its
    /// findings only.
    pub part: Option<PathBuf>,
}

/// Every `.perf` file named or found under a directory named, in order.
pub(super) fn perf_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            perf_files_under(path, &mut found)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        } else if path.exists() {
            found.push(path.clone());
        } else {
            return Err(format!("{}: no such file or directory", path.display()));
        }
    }
    Ok(found)
}

/// The documents among `paths`: each file named, and each file found under a directory named
/// that no other file found there includes.
pub(super) fn documents(paths: &[PathBuf]) -> Result<Vec<DocumentRoot>, String> {
    let mut documents = Vec::new();
    for path in paths {
        if !path.is_dir() {
            let root = roots::document_of(path, &RealFs);
            let part = (root != normalize(path)).then(|| path.clone());
            documents.push(DocumentRoot {
                root,
                subdir: PathBuf::new(),
                part,
            });
            continue;
        }
        let files = perf_files(std::slice::from_ref(path))?;
        if files.is_empty() {
            return Err(format!("{}: no .perf documents found", path.display()));
        }
        let included: HashSet<PathBuf> = files
            .iter()
            .flat_map(|file| included_by(file))
            .map(|p| normalize(&p))
            .collect();
        for file in files {
            if included.contains(&normalize(&file)) {
                continue;
            }
            let subdir = file
                .parent()
                .and_then(|dir| dir.strip_prefix(path).ok())
                .map(Path::to_path_buf)
                .unwrap_or_default();
            documents.push(DocumentRoot {
                root: file,
                subdir,
                part: None,
            });
        }
    }
    Ok(documents)
}

fn perf_files_under(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?.collect::<Result<Vec<_>, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let skipped = name.to_string_lossy().starts_with('.') || name == "target";
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            if !skipped {
                perf_files_under(&path, found)?;
            }
        } else if path.extension().is_some_and(|e| e == "perf") {
            found.push(path);
        }
    }
    Ok(())
}

/// The files `file` includes as its parts, as the grammar reads them (a self-evaluation's
/// targets stay documents). A file that cannot be read includes nothing here; checking it
/// reports why.
fn included_by(file: &Path) -> Vec<PathBuf> {
    // Read as the loader reads: a pipe or a device among the files is not waited on.
    let Ok(bytes) = crate::load::FileSystem::read(&crate::load::RealFs, file) else {
        return Vec::new();
    };
    let dir = file.parent().unwrap_or(Path::new(""));
    crate::syntax::part_paths(&String::from_utf8_lossy(&bytes))
        .into_iter()
        .map(|target| dir.join(target))
        .collect()
}
