//! Which document an included file belongs to, found on disk: a `.perf` file in the file's
//! directory or a few above it whose includes name the file. A unit file opened in an editor or
//! named to `perfc check` is then checked as part of its document instead of as a document
//! without a header.

use std::path::{Path, PathBuf};

use super::{FileSystem, MAX_INCLUDE_DEPTH, normalize};

/// Directories searched: the file's own and two above (`units/` beside the document, and one
/// more level of nesting), so opening a file never scans far.
const LEVELS: usize = 3;

/// The first `.perf` file that includes `path`: nearest directory first, by name within one
/// (deterministic when several do). The search stops at a workspace folder.
pub fn includer(path: &Path, fs: &dyn FileSystem, workspace: &[PathBuf]) -> Option<PathBuf> {
    for dir in directories_above(path) {
        let found = perf_files(&dir)
            .into_iter()
            .find(|candidate| candidate != path && includes(candidate, path, fs));
        if found.is_some() {
            return found;
        }
        if workspace.contains(&dir) {
            break;
        }
    }
    None
}

/// The file's directory and those above it, [`LEVELS`] in all; above the start of a relative
/// path by `..` (a file named in the current directory may be a part of `../document.perf`).
fn directories_above(path: &Path) -> impl Iterator<Item = PathBuf> {
    let mut next = path.parent().map(Path::to_path_buf).unwrap_or_default();
    std::iter::from_fn(move || {
        let dir = next.clone();
        next = match (dir.file_name(), dir.parent()) {
            (Some(_), Some(parent)) => parent.to_path_buf(),
            _ => dir.join(".."),
        };
        Some(dir)
    })
    .take(LEVELS)
}

/// The root of the document `path` is part of: its includer's, followed up as far as the loader
/// follows includes (a cycle on disk stops it); `path` itself when nothing includes it.
pub fn document_of(path: &Path, fs: &dyn FileSystem) -> PathBuf {
    let mut chain = vec![normalize(path)];
    while chain.len() <= MAX_INCLUDE_DEPTH {
        let last = chain.last().map(PathBuf::as_path).unwrap_or(path);
        match includer(last, fs, &[]) {
            Some(found) if !chain.contains(&found) => chain.push(found),
            _ => break,
        }
    }
    chain.pop().unwrap_or_else(|| path.to_path_buf())
}

fn perf_files(dir: &Path) -> Vec<PathBuf> {
    // The parent of a relative path's first component is the current directory.
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "perf") && path.is_file())
        .collect();
    files.sort();
    files
}

/// Whether `candidate` (as the editor has it, if open) includes `target` as its part (a
/// self-evaluation reads its targets without taking them in: they stay their own document).
fn includes(candidate: &Path, target: &Path, fs: &dyn FileSystem) -> bool {
    let Ok(bytes) = fs.read(candidate) else {
        return false;
    };
    let dir = candidate.parent().unwrap_or(Path::new(""));
    let real = |path: &Path| fs.canonicalize(path).ok();
    crate::syntax::part_paths(&String::from_utf8_lossy(&bytes))
        .into_iter()
        .map(|relative| normalize(&dir.join(relative)))
        // The same file may be named two ways (`../units/a.perf` from `units/`, `a.perf`).
        .any(|named| named == target || real(&named).is_some_and(|r| real(target) == Some(r)))
}
