//! The open documents: their text, and the last analysis of each. Open buffers shadow the files
//! on disk, so an include that is being edited is checked as it stands in the editor.

use std::collections::BTreeMap;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use lsp_types::Uri;

use crate::check;
use crate::diag::{Diagnostic, SeverityConfig};
use crate::load::{self, FileSystem, Loaded};

/// One open document and what the checker found in it.
pub struct Document {
    pub uri: Uri,
    pub text: String,
    /// The document loaded with this file as its root (includes read through [`Documents`]).
    pub loaded: Loaded,
    /// Every unacknowledged finding, in any of the loaded files.
    pub diagnostics: Vec<Diagnostic>,
}

/// Open documents by path (`file:` URIs) or by URI text (unsaved buffers).
#[derive(Default)]
pub struct Documents {
    open: BTreeMap<PathBuf, Document>,
}

/// Where a URI's document is kept and loaded from.
pub fn key(uri: &Uri) -> PathBuf {
    super::uri::to_path(uri).unwrap_or_else(|| PathBuf::from(uri.as_str()))
}

impl Documents {
    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.open.get(&key(uri))
    }

    /// Stores the new text and re-checks every open document that reads this file. Returns the
    /// URIs whose findings changed.
    pub fn update(&mut self, uri: Uri, text: String) -> Vec<Uri> {
        let path = key(&uri);
        let document = Document {
            uri,
            text,
            loaded: Loaded::default(),
            diagnostics: Vec::new(),
        };
        self.open.insert(path.clone(), document);
        let affected: Vec<PathBuf> = self
            .open
            .iter()
            .filter(|(p, d)| **p == path || d.loaded.paths().any(|read| read == path))
            .map(|(p, _)| p.clone())
            .collect();
        affected.iter().filter_map(|p| self.analyze(p)).collect()
    }

    pub fn close(&mut self, uri: &Uri) {
        self.open.remove(&key(uri));
    }

    fn analyze(&mut self, path: &Path) -> Option<Uri> {
        let text = self.open.get(path)?.text.clone();
        // A bug in the checker on some half-typed line must not take the editor's server down.
        let analysis = panic::catch_unwind(AssertUnwindSafe(|| {
            let loaded = load::load_bytes(path, text.as_bytes(), &*self);
            let diagnostics = check::check(&loaded, &SeverityConfig::default())
                .diagnostics
                .into_iter()
                .filter(|d| d.acknowledged.is_none())
                .collect();
            (loaded, diagnostics)
        }));
        let document = self.open.get_mut(path)?;
        match analysis {
            Ok((loaded, diagnostics)) => {
                document.loaded = loaded;
                document.diagnostics = diagnostics;
            }
            Err(_) => eprintln!("perfc lsp: checking {} failed", path.display()),
        }
        Some(document.uri.clone())
    }
}

impl FileSystem for Documents {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match self.open.get(path) {
            Some(document) => Ok(document.text.as_bytes().to_vec()),
            None => std::fs::read(path),
        }
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path).or_else(|_| Ok(path.to_path_buf()))
    }
}
