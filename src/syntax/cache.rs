//! The parses of a file's parts kept between parses, for a file that changes a little at a time
//! (the language server's open documents): a part whose text is unchanged is taken from here and
//! moved to where it now is, and only the edited part is parsed again. Only parts read without a
//! finding are kept, so nothing a finding says about its surroundings is reused.

use std::sync::Mutex;

use rustc_hash::FxHashMap;

use super::ast;
use super::moved::{Move, Moved};
use crate::source::FileId;

/// How many checks a part is kept for after it was last used: a document that is not being
/// checked (another root open in the editor) keeps its parts for a while.
const KEPT_FOR_CHECKS: u64 = 8;

#[derive(Default)]
pub struct PartCache {
    inner: Mutex<Parts>,
}

#[derive(Default)]
struct Parts {
    /// By the part's text.
    parsed: FxHashMap<Box<str>, Parsed>,
    /// The current check, counted by [`PartCache::sweep`].
    check: u64,
}

struct Parsed {
    tree: ast::File,
    file: FileId,
    start: usize,
    used: u64,
}

impl PartCache {
    /// The tree of `text`, a part of `file` starting at byte `start`, if it was parsed before.
    pub(super) fn get(&self, file: FileId, text: &str, start: usize) -> Option<ast::File> {
        // Taken out while it moves: the parts of a file are read on all cores, and moving one
        // must not hold the others up.
        let (key, mut parsed) = {
            let mut parts = self.inner.lock().unwrap_or_else(|e| e.into_inner());
            let check = parts.check;
            let (key, mut parsed) = parts.parsed.remove_entry(text)?;
            parsed.used = check;
            (key, parsed)
        };
        if (parsed.file, parsed.start) != (file, start) {
            // Kept where it now is: edits below it then find it in place.
            let by = start as i64 - parsed.start as i64;
            parsed.tree.moved(Move { file, by });
            (parsed.file, parsed.start) = (file, start);
        }
        // The projects, most of the tree, are shared, not copied.
        let tree = parsed.tree.clone();
        let mut parts = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        parts.parsed.insert(key, parsed);
        Some(tree)
    }

    /// Keeps the tree of a part read without findings.
    pub(super) fn keep(&self, file: FileId, text: &str, start: usize, tree: &ast::File) {
        let mut parts = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let parsed = Parsed {
            tree: tree.clone(),
            file,
            start,
            used: parts.check,
        };
        parts.parsed.insert(text.into(), parsed);
    }

    /// Ends a check: parts not used for [`KEPT_FOR_CHECKS`] checks are let go.
    pub fn sweep(&self) {
        let mut parts = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let check = parts.check;
        parts
            .parsed
            .retain(|_, parsed| parsed.used + KEPT_FOR_CHECKS > check);
        parts.check += 1;
    }
}
