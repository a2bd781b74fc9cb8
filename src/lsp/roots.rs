//! Which document an included file belongs to, found on disk: a `.perf` file in the file's
//! directory or a few above it whose includes name the file. A unit file opened on its own is
//! then checked as part of its document instead of as a document without a header.

use std::path::{Path, PathBuf};

use crate::load::{FileSystem, normalize};

/// Directories searched: the file's own and two above (`units/` beside the document, and one
/// more level of nesting), so opening a file never scans far.
const LEVELS: usize = 3;

/// The first `.perf` file that includes `path`: nearest directory first, by name within one
/// (deterministic when several do). The search stops at a workspace folder.
pub fn includer(path: &Path, fs: &dyn FileSystem, workspace: &[PathBuf]) -> Option<PathBuf> {
    for dir in path.ancestors().skip(1).take(LEVELS) {
        let found = perf_files(dir)
            .into_iter()
            .find(|candidate| candidate != path && includes(candidate, path, fs));
        if found.is_some() {
            return found;
        }
        if workspace.iter().any(|folder| folder == dir) {
            break;
        }
    }
    None
}

fn perf_files(dir: &Path) -> Vec<PathBuf> {
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
    crate::syntax::part_paths(&String::from_utf8_lossy(&bytes))
        .into_iter()
        .any(|relative| normalize(&dir.join(relative)) == target)
}
