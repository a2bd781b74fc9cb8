//! Waiting for a document's files to change on disk, for `perfc watch` and `perfc preview`.
//!
//! The directories of the files are watched, not the files: editors save by writing a new file
//! and renaming it over the old one, which a watch on the old file would not see. A directory
//! named on the command line (`perfc watch DIR`) is watched whole, so that a document added to
//! it, or one of its files, counts as a change.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long the files must be left alone before a change counts: a save is often several
/// writes (a temporary file, a rename), and `git checkout` touches many files at once.
const QUIET: Duration = Duration::from_millis(30);

/// Watches a set of files.
pub struct Watch {
    watcher: RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    /// The directories watched: the files' alone, the trees' with what is below them.
    directories: BTreeMap<PathBuf, RecursiveMode>,
    /// The files, by their real paths.
    files: BTreeSet<PathBuf>,
    /// The directories whose every `.perf` file counts, by their real paths.
    trees: BTreeSet<PathBuf>,
}

impl Watch {
    pub fn new() -> Result<Watch, String> {
        let (sender, events) = mpsc::channel();
        let watcher = notify::recommended_watcher(move |event| {
            // The receiver is gone when the command ends.
            let _ = sender.send(event);
        })
        .map_err(|e| format!("cannot watch files: {e}"))?;
        Ok(Watch {
            watcher,
            events,
            directories: BTreeMap::new(),
            files: BTreeSet::new(),
            trees: BTreeSet::new(),
        })
    }

    /// Watches `paths` from now on (instead of those before): each file, and each directory
    /// with every `.perf` file below it. A file that does not exist yet is watched for when it
    /// appears, if its directory exists.
    pub fn watch(&mut self, paths: impl IntoIterator<Item = PathBuf>) -> Result<(), String> {
        let (trees, files): (BTreeSet<PathBuf>, BTreeSet<PathBuf>) = paths
            .into_iter()
            .filter_map(|path| match path.is_dir() {
                true => std::fs::canonicalize(&path).ok(),
                false => real_path(&path),
            })
            .partition(|path| path.is_dir());
        let mut directories: BTreeMap<PathBuf, RecursiveMode> = files
            .iter()
            .filter_map(|f| f.parent())
            .filter(|d| !trees.iter().any(|tree| d.starts_with(tree)))
            .map(|d| (d.to_path_buf(), RecursiveMode::NonRecursive))
            .collect();
        directories.extend(trees.iter().map(|t| (t.clone(), RecursiveMode::Recursive)));
        for (gone, _) in self
            .directories
            .iter()
            .filter(|(d, mode)| directories.get(*d) != Some(mode))
        {
            // A directory removed meanwhile is no longer watched anyway.
            let _ = self.watcher.unwatch(gone);
        }
        for (new, &mode) in &directories {
            if self.directories.get(new) != Some(&mode) {
                self.watcher
                    .watch(new, mode)
                    .map_err(|e| format!("cannot watch {}: {e}", new.display()))?;
            }
        }
        self.directories = directories;
        self.files = files;
        self.trees = trees;
        Ok(())
    }

    /// Waits until a watched file changes, then until the files are left alone for a moment;
    /// returns the files that changed, in order. `None` when watching failed for good.
    pub fn changed(&self) -> Option<Vec<PathBuf>> {
        let mut changed = BTreeSet::new();
        while changed.is_empty() {
            let event = self.events.recv().ok()?;
            self.note(event, &mut changed);
        }
        loop {
            match self.events.recv_timeout(QUIET) {
                Ok(event) => self.note(event, &mut changed),
                Err(RecvTimeoutError::Timeout) => return Some(changed.into_iter().collect()),
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Adds the watched files `event` is about to `changed`.
    fn note(&self, event: notify::Result<notify::Event>, changed: &mut BTreeSet<PathBuf>) {
        // An error from the system's watch (an overflowed queue) may hide a change: rebuild.
        let Ok(event) = event else {
            changed.extend(self.files.iter().cloned());
            return;
        };
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        changed.extend(
            event
                .paths
                .into_iter()
                .filter(|path| self.files.contains(path) || self.in_trees(path)),
        );
    }

    /// Whether `path` is a `.perf` file below a watched directory.
    fn in_trees(&self, path: &Path) -> bool {
        path.extension().is_some_and(|e| e == "perf")
            && self.trees.iter().any(|tree| path.starts_with(tree))
    }
}

/// `file` with its directory's real path (symbolic links resolved, absolute), as the watch
/// reports it; `None` when its directory does not exist.
fn real_path(file: &Path) -> Option<PathBuf> {
    let name = file.file_name()?;
    let directory = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(directory).ok()?.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_replaced_by_a_rename_counts_as_changed_and_its_neighbours_do_not() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let watched = dir.path().join("a.perf");
        std::fs::write(&watched, "1").expect("write");
        let mut watch = Watch::new().expect("watch");
        watch.watch([watched.clone()]).expect("watch the file");
        std::fs::write(dir.path().join("other.perf"), "x").expect("write a neighbour");
        let temporary = dir.path().join(".a.perf.swp");
        std::fs::write(&temporary, "2").expect("write");
        std::fs::rename(&temporary, &watched).expect("rename over");
        let changed = watch.changed().expect("a change");
        assert_eq!(changed, [real_path(&watched).expect("real path")]);
    }

    #[test]
    fn a_document_added_below_a_watched_directory_counts_and_other_files_do_not() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let below = dir.path().join("county");
        std::fs::create_dir(&below).expect("a directory below");
        let mut watch = Watch::new().expect("watch");
        // The directory, and a file in it as a build reads it.
        let read = dir.path().join("a.perf");
        std::fs::write(&read, "1").expect("write");
        watch
            .watch([dir.path().to_path_buf(), read.clone()])
            .expect("watch the directory");
        std::fs::write(below.join("notes.txt"), "x").expect("write a file of no document");
        let added = below.join("b.perf");
        std::fs::write(&added, "项目").expect("add a document");
        let changed = watch.changed().expect("a change");
        assert_eq!(changed, [real_path(&added).expect("real path")]);
        // The file read still counts, watched with the directory rather than alone.
        std::fs::write(&read, "2").expect("write");
        assert_eq!(
            watch.changed().expect("a change"),
            [real_path(&read).expect("real path")]
        );
    }
}
