//! The open documents and the analyses they are part of. An open file is checked as part of its
//! root: the open document that includes it, else a `.perf` file nearby that does (see
//! [`crate::load::roots`]), else itself. Open buffers shadow the files on disk, so an include that is
//! being edited is checked as it stands in the editor.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use lsp_types::{Position, TextDocumentContentChangeEvent, Uri};

use crate::check::ProjectMemo;
use crate::diag::{Diagnostic, SeverityConfig};
use crate::load::roots;
use crate::load::{self, Contents, FileSystem, Loaded, normalize};
use crate::pipeline::{self, Request};
use crate::source::{FileId, LineIndex};
use crate::syntax::PartCache;

/// One root checked: every file it loaded and every unacknowledged finding in them.
#[derive(Default)]
pub struct Analysis {
    pub loaded: Loaded,
    pub diagnostics: Vec<Diagnostic>,
    /// The URI of each loaded file, by [`FileId`] (an open buffer's own URI when it has one).
    pub uris: Vec<Option<Uri>>,
}

/// One open document and the analysis of its root.
pub struct Buffer {
    pub uri: Uri,
    pub text: String,
    root: PathBuf,
    /// This document among the root's files.
    pub file: FileId,
    pub analysis: Rc<Analysis>,
}

/// Findings to send for a URI: a file of an analysis, or none (clearing what was sent before).
pub type Publication = (Uri, Option<(Rc<Analysis>, FileId)>);

/// Open documents by path (`file:` URIs) or by URI text (unsaved buffers).
pub struct Buffers {
    open: BTreeMap<PathBuf, Buffer>,
    /// The URIs each root last published to, so that files it no longer loads are cleared.
    published: BTreeMap<PathBuf, Vec<Uri>>,
    /// Workspace folders: the search for a root does not climb above them.
    workspace: Vec<PathBuf>,
    /// Roots whose files changed since they were last checked: checked together once the
    /// editor's messages have been read (a burst of keystrokes is checked once).
    pending: BTreeSet<PathBuf>,
    /// The parts of files parsed by earlier checks: an edit parses only the part it touched.
    parts: PartCache,
    /// The findings of projects found by earlier checks: an edit checks only the projects it
    /// touched again.
    memo: ProjectMemo,
    /// Analyses replaced by the last check: let go once its findings are published, so that
    /// freeing a large document's tree does not delay them.
    retired: Vec<Rc<Analysis>>,
}

/// Where a URI's document is kept and loaded from.
pub fn key(uri: &Uri) -> PathBuf {
    super::uri::to_path(uri).map_or_else(|| PathBuf::from(uri.as_str()), |p| normalize(&p))
}

impl Buffers {
    pub fn new(workspace: Vec<PathBuf>) -> Buffers {
        Buffers {
            open: BTreeMap::new(),
            published: BTreeMap::new(),
            workspace,
            pending: BTreeSet::new(),
            parts: PartCache::default(),
            memo: ProjectMemo::default(),
            retired: Vec::new(),
        }
    }

    /// Every open document.
    pub fn all(&self) -> impl Iterator<Item = &Buffer> {
        self.open.values()
    }

    pub fn get(&self, uri: &Uri) -> Option<&Buffer> {
        self.open.get(&key(uri))
    }

    pub fn open(&mut self, uri: Uri, text: String) -> Vec<Publication> {
        let path = key(&uri);
        let document = Buffer {
            uri,
            text,
            root: path.clone(),
            file: FileId(0),
            analysis: Rc::default(),
        };
        self.open.insert(path.clone(), document);
        let root = self.root_of(&path, &mut Vec::new());
        self.set_root(&path, root.clone());
        self.pending.insert(root);
        self.check_pending()
    }

    /// Applies the editor's changes, in order; every root that reads this file is to be checked
    /// again ([`Buffers::check_pending`]). A document the editor never opened is opened with the
    /// text the changes make of nothing.
    pub fn change(
        &mut self,
        uri: Uri,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Vec<Publication> {
        let path = key(&uri);
        if changes.is_empty() {
            return Vec::new();
        }
        let Some(document) = self.open.get_mut(&path) else {
            let mut text = String::new();
            changes.into_iter().for_each(|c| apply(&mut text, c));
            return self.open(uri, text);
        };
        changes
            .into_iter()
            .for_each(|c| apply(&mut document.text, c));
        self.changed(&path);
        Vec::new()
    }

    /// A file changed (in the editor, or on disk when not open there): the roots that read it
    /// are to be checked again.
    pub fn changed(&mut self, path: &Path) {
        let roots: Vec<PathBuf> = self
            .open
            .values()
            .filter(|d| reads(&d.analysis, path))
            .map(|d| d.root.clone())
            .chain(self.open.get(path).map(|d| d.root.clone()))
            .collect();
        self.pending.extend(roots);
    }

    /// Whether `path` is open in the editor (its text there is the one checked).
    pub fn is_open(&self, path: &Path) -> bool {
        self.open.contains_key(path)
    }

    /// Frees the analyses the last check replaced (after its findings are published).
    pub fn let_go(&mut self) {
        self.retired.clear();
    }

    /// Checks the roots whose files changed since they were last checked.
    pub fn check_pending(&mut self) -> Vec<Publication> {
        let roots = std::mem::take(&mut self.pending);
        self.check(roots)
    }

    /// Forgets the buffer. Buffers checked with it look for their root again (the file on
    /// disk may differ) and are re-checked; roots no document needs any more are cleared.
    pub fn close(&mut self, uri: &Uri) -> Vec<Publication> {
        let Some(closed) = self.open.remove(&key(uri)) else {
            return Vec::new();
        };
        let orphans: Vec<PathBuf> = self
            .open
            .iter()
            .filter(|(_, d)| d.root == closed.root)
            .map(|(path, _)| path.clone())
            .collect();
        // The closed document's own root, pending after an edit, is checked only if another
        // document still needs it.
        self.pending.remove(&closed.root);
        for path in orphans {
            let root = self.root_of(&path, &mut Vec::new());
            self.set_root(&path, root.clone());
            self.pending.insert(root);
        }
        self.check_pending()
    }

    fn set_root(&mut self, path: &Path, root: PathBuf) {
        if let Some(document) = self.open.get_mut(path) {
            document.root = root;
        }
    }

    /// The root `path` is checked as part of; `seen` stops include cycles on disk.
    fn root_of(&self, path: &Path, seen: &mut Vec<PathBuf>) -> PathBuf {
        seen.push(path.to_path_buf());
        if let Some(root) = self.open_includer(path) {
            return root;
        }
        // A chain of includers no deeper than the loader follows includes.
        if seen.len() > load::MAX_INCLUDE_DEPTH {
            return path.to_path_buf();
        }
        match roots::includer(path, self, &self.workspace) {
            Some(includer) if !seen.contains(&includer) => self.root_of(&includer, seen),
            _ => path.to_path_buf(),
        }
    }

    /// The root of an open document whose analysis loaded `path`.
    fn open_includer(&self, path: &Path) -> Option<PathBuf> {
        self.open
            .values()
            .find(|d| d.root != path && reads(&d.analysis, path))
            .map(|d| d.root.clone())
    }

    /// Checks each root once and hands its analysis to the documents in it. A document that the
    /// root no longer loads becomes its own root; documents whose root it now loads join it.
    fn check(&mut self, roots: BTreeSet<PathBuf>) -> Vec<Publication> {
        let mut queue: Vec<PathBuf> = roots.into_iter().rev().collect();
        let mut publications = Vec::new();
        while let Some(root) = queue.pop() {
            self.release(&root);
            let Some(analysis) = self.analyze(&root).map(Rc::new) else {
                continue;
            };
            for (path, document) in &mut self.open {
                let file = analysis
                    .loaded
                    .sources
                    .files()
                    .find_map(|(id, f)| (normalize(&f.path) == *path).then_some(id));
                let joins = document.root == root || reads(&analysis, &document.root);
                match file {
                    Some(file) if joins => {
                        document.root = root.clone();
                        document.file = file;
                        let last = std::mem::replace(&mut document.analysis, Rc::clone(&analysis));
                        self.retired.push(last);
                    }
                    None if document.root == root => {
                        document.root = path.clone();
                        queue.push(path.clone());
                    }
                    _ => {}
                }
            }
            publications.extend(self.publications(root, &analysis));
        }
        publications.extend(self.drop_unused());
        self.parts.sweep();
        self.memo.sweep();
        publications
    }

    /// The documents checked with `root` let go of its last analysis before it is checked
    /// again: the part cache then moves the trees it shares with it in place instead of copying
    /// them (the edited part's projects move on every keystroke above them).
    fn release(&mut self, root: &Path) {
        for document in self.open.values_mut().filter(|d| d.root == root) {
            document.analysis = Rc::default();
        }
        self.retired.clear();
    }

    /// Loads and checks `root` (its buffer if open, else the file). `None` when the checker
    /// failed: a bug on some half-typed line must not take the editor's server down.
    fn analyze(&self, root: &Path) -> Option<Analysis> {
        let analysis = panic::catch_unwind(AssertUnwindSafe(|| {
            let loaded = load::load(root, self).ok()?;
            let levels = SeverityConfig::default();
            let request = Request {
                memo: Some(&self.memo),
                ..Request::check(&levels)
            };
            let outcome = pipeline::run(loaded, &request).ok()?;
            let (loaded, mut diagnostics) = (outcome.loaded, outcome.diagnostics);
            diagnostics.retain(|d| d.acknowledged.is_none());
            let uris = loaded.paths().map(|p| self.uri_of(p)).collect();
            Some(Analysis {
                loaded,
                diagnostics,
                uris,
            })
        }));
        analysis.unwrap_or_else(|_| {
            eprintln!("perfc lsp: checking {} failed", root.display());
            None
        })
    }

    fn uri_of(&self, path: &Path) -> Option<Uri> {
        let path = normalize(path);
        match self.open.get(&path) {
            Some(document) => Some(document.uri.clone()),
            None => super::uri::from_path(&std::path::absolute(&path).ok()?),
        }
    }

    /// Each file of the root with its findings, and an empty list for each file the root
    /// published to before but no longer loads.
    fn publications(&mut self, root: PathBuf, analysis: &Rc<Analysis>) -> Vec<Publication> {
        let uris: Vec<Uri> = analysis.uris.iter().flatten().cloned().collect();
        let before = self.published.insert(root, uris).unwrap_or_default();
        let mut publications: Vec<Publication> = (0..)
            .map(FileId)
            .zip(&analysis.uris)
            .filter_map(|(file, uri)| Some((uri.clone()?, Some((Rc::clone(analysis), file)))))
            .collect();
        publications.extend(self.clear(before));
        publications
    }

    /// Forgets the roots no open document is checked with, clearing what they published.
    fn drop_unused(&mut self) -> Vec<Publication> {
        let used: BTreeSet<&PathBuf> = self.open.values().map(|d| &d.root).collect();
        let (kept, dropped): (BTreeMap<_, _>, BTreeMap<_, _>) = std::mem::take(&mut self.published)
            .into_iter()
            .partition(|(root, _)| used.contains(root));
        self.published = kept;
        self.clear(dropped.into_values().flatten().collect())
    }

    /// Empty findings for the URIs that no root publishes to now.
    fn clear(&self, uris: Vec<Uri>) -> Vec<Publication> {
        uris.into_iter()
            .filter(|uri| !self.published.values().any(|now| now.contains(uri)))
            .map(|uri| (uri, None))
            .collect()
    }
}

/// One change of an editor's text: a range replaced (incremental synchronisation, what a
/// keystroke sends), or the whole text.
fn apply(text: &mut String, change: TextDocumentContentChangeEvent) {
    let Some(range) = change.range else {
        *text = change.text;
        return;
    };
    let lines = LineIndex::new(text);
    let at = |p: Position| lines.utf16_offset(text, p.line, p.character);
    let (start, end) = (at(range.start), at(range.end));
    text.replace_range(start..end.max(start), &change.text);
}

/// Whether the analysis loaded `path` (include paths may hold `..` and `.`).
fn reads(analysis: &Analysis, path: &Path) -> bool {
    analysis
        .loaded
        .paths_read()
        .any(|read| normalize(read) == path)
}

impl FileSystem for Buffers {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match self.open.get(&normalize(path)) {
            Some(document) => Ok(document.text.as_bytes().to_vec()),
            None => std::fs::read(path),
        }
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path).or_else(|_| Ok(normalize(path)))
    }

    fn parts(&self) -> Option<&PartCache> {
        Some(&self.parts)
    }

    fn read_text(&self, path: &Path) -> io::Result<Contents> {
        match self.open.get(&normalize(path)) {
            Some(document) => Ok(Ok(document.text.clone())),
            None => Ok(load::as_text(std::fs::read(path)?)),
        }
    }
}
