//! `perfc preview`: the typeset document as a web page on 127.0.0.1, typeset again whenever one
//! of its files changes on disk. The page shows each page as SVG with the findings beside it; a
//! click on a row's cells, or on a finding, opens its place in the user's editor (`--editor`),
//! or shows where it is.
//!
//! One thread typesets ([`Preview::run`]); the server ([`server`]) answers from the latest
//! [`Snapshot`]. Typst's memory of earlier layouts is kept between builds (`comemo`), so an
//! edit re-typesets only what it changed.

mod server;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::diag::{self, Piece, render};
use crate::diag::{Diagnostic, Lang, Severity, SeverityConfig};
use crate::emit::json::Place;
use crate::load::{self, RealFs};
use crate::pipeline::{self, Request, Typesetting};
use crate::source::{FileId, SourceMap};
use crate::typeset::fonts::FontSet;
use crate::typeset::pages::Page;
use crate::typeset::template::Template;
use crate::typeset::{Limits, Output};
use crate::watch::Watch;

pub use server::Server;

/// What to preview, and how.
pub struct Options {
    /// The document's root file.
    pub root: PathBuf,
    pub levels: SeverityConfig,
    pub lang: Lang,
    /// Directories includes may read from besides the document's own.
    pub allowed_includes: Vec<PathBuf>,
    /// A user template instead of the official layout.
    pub template: Option<PathBuf>,
    pub fonts: FontSet,
    pub body_font: Option<String>,
    pub heading_font: Option<String>,
    /// The command that opens a file at a line: words, with `{file}`, `{line}` and `{column}`
    /// replaced (`code --goto {file}:{line}:{column}`). Run without a shell.
    pub editor: Option<String>,
}

/// The page's state after a build.
#[derive(Serialize, Default)]
pub struct Snapshot {
    /// Counts the builds: the page asks for what changed after the one it shows.
    pub version: u64,
    /// The root file's name.
    pub title: String,
    /// The language of the page and the findings: `zh` or `en`.
    pub lang: &'static str,
    /// How long the build took.
    pub millis: u64,
    pub pages: Vec<PageView>,
    /// The pages are an earlier build's: this one made none (the findings say why).
    pub stale: bool,
    /// Why the document could not be read at all.
    pub error: Option<String>,
    pub findings: Vec<serde_json::Value>,
    pub errors: usize,
    pub warnings: usize,
}

/// A page as the browser gets it: the SVG's address (changing with its content, so that
/// unchanged pages stay cached) and where its links are.
#[derive(Serialize, Clone)]
pub struct PageView {
    pub url: String,
    pub width: f64,
    pub height: f64,
    pub links: Vec<LinkView>,
    #[serde(skip)]
    pub svg: Arc<str>,
}

/// A rectangle of a page that leads to a place in the sources.
#[derive(Serialize, Clone)]
pub struct LinkView {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    #[serde(flatten)]
    pub place: Location,
}

/// A place in one of the document's files, as the page shows it and asks to open it.
#[derive(Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The file's path as read.
    pub path: String,
    /// How the findings name the file.
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// The preview's state, shared by the typesetting thread and the server's.
pub struct Preview {
    options: Options,
    snapshot: Mutex<Arc<Snapshot>>,
    changed: Condvar,
    /// Every file of the document met so far: the only ones the page may ask to open.
    files: Mutex<BTreeSet<PathBuf>>,
}

impl Preview {
    pub fn new(options: Options) -> Arc<Preview> {
        Arc::new(Preview {
            options,
            snapshot: Mutex::new(Arc::new(Snapshot::default())),
            changed: Condvar::new(),
            files: Mutex::new(BTreeSet::new()),
        })
    }

    /// The latest snapshot.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        Arc::clone(&self.snapshot.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Waits up to `timeout` for a snapshot newer than `version`; the latest one.
    pub fn newer_than(&self, version: u64, timeout: Duration) -> Arc<Snapshot> {
        let guard = self.snapshot.lock().unwrap_or_else(PoisonError::into_inner);
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |s| s.version <= version)
            .unwrap_or_else(PoisonError::into_inner);
        Arc::clone(&guard)
    }

    /// Typesets the document, and again after every change to its files; `report` is told of
    /// each build. Returns only when watching the files fails.
    pub fn run(&self, mut report: impl FnMut(&Snapshot)) -> Result<(), String> {
        let mut watch = Watch::new()?;
        watch.watch([self.options.root.clone()])?;
        loop {
            let (snapshot, read) = self.build();
            // Watched before the build is shown: a change made after that is seen.
            watch.watch(read)?;
            report(&snapshot);
            self.publish(snapshot);
            // Typst's memory of the last few builds is what makes the next one fast; older
            // layouts are dropped so that a long session does not grow without end.
            typst::comemo::evict(10);
            watch
                .changed()
                .ok_or_else(|| "watching the files stopped".to_string())?;
        }
    }

    fn publish(&self, snapshot: Snapshot) {
        *self.snapshot.lock().unwrap_or_else(PoisonError::into_inner) = Arc::new(snapshot);
        self.changed.notify_all();
    }

    /// Whether `path` is one of the document's files.
    fn is_document_file(&self, path: &Path) -> bool {
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(path)
    }

    /// Builds the next snapshot; it and the files read.
    fn build(&self) -> (Snapshot, Vec<PathBuf>) {
        let started = Instant::now();
        let previous = self.snapshot();
        let version = previous.version + 1;
        let mut read = vec![self.options.root.clone()];
        read.extend(self.options.template.iter().cloned());
        let mut snapshot = match self.typeset(&mut read) {
            Ok(snapshot) => snapshot,
            Err(error) => Snapshot {
                error: Some(error),
                ..Snapshot::default()
            },
        };
        if snapshot.pages.is_empty() {
            snapshot.pages.clone_from(&previous.pages);
            snapshot.stale = !snapshot.pages.is_empty();
        }
        snapshot.version = version;
        snapshot.title = self.options.root.file_name().map_or_else(
            || self.options.root.display().to_string(),
            |name| name.to_string_lossy().into_owned(),
        );
        snapshot.lang = match self.options.lang {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        snapshot.millis = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let mut files = self.files.lock().unwrap_or_else(PoisonError::into_inner);
        files.extend(read.iter().filter_map(|p| std::path::absolute(p).ok()));
        (snapshot, read)
    }

    /// Checks and typesets the document, adding the files read to `read`.
    fn typeset(&self, read: &mut Vec<PathBuf>) -> Result<Snapshot, String> {
        let options = &self.options;
        let template = match &options.template {
            Some(path) => Template::user(path)?,
            None => Template::Official,
        };
        let loaded = load::load_with(&options.root, &RealFs, &options.allowed_includes)
            .map_err(|e| format!("cannot read {}: {e}", options.root.display()))?;
        read.extend(loaded.paths_read().map(Path::to_path_buf));
        let request = Request {
            pdf: Some(Typesetting {
                template: &template,
                fonts: &options.fonts,
                body_font: options.body_font.as_deref(),
                heading_font: options.heading_font.as_deref(),
                ident: "preview",
                limits: Limits::default(),
                output: Output::Pages,
            }),
            ..Request::check(&options.levels)
        };
        let outcome = pipeline::run(loaded, &request)?;
        read.extend(outcome.template_files_read.iter().cloned());
        let sources = &outcome.loaded.sources;
        let shown: Vec<Diagnostic> = outcome
            .diagnostics
            .into_iter()
            .filter(|d| d.acknowledged.is_none())
            .collect();
        let count = |severity| shown.iter().filter(|d| d.severity == severity).count();
        let pages = outcome.made.and_then(|made| made.pages).unwrap_or_default();
        Ok(Snapshot {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            findings: findings(&shown, sources, options.lang),
            pages: pages.into_iter().map(|p| page_view(p, sources)).collect(),
            ..Snapshot::default()
        })
    }
}

/// The findings as `perfc check --diagnostic-format json` prints them, each with the path of
/// its file for the page to ask to open, and its message and help cut into pieces of text and
/// code (`diag::pieces`), which the page shows as such.
fn findings(shown: &[Diagnostic], sources: &SourceMap, lang: Lang) -> Vec<serde_json::Value> {
    shown
        .iter()
        .map(|diagnostic| {
            let mut value = render::json_value(diagnostic, sources, lang);
            let path = sources.get(diagnostic.primary.span.file).path.display();
            value["path"] = path.to_string().into();
            for (text, pieces) in [("message", "message_pieces"), ("help", "help_pieces")] {
                if let Some(text) = value[text].as_str() {
                    value[pieces] = pieces_json(text);
                }
            }
            value
        })
        .collect()
}

/// `[{"code": false, "text": "…"}, {"code": true, "text": "…"}, …]`.
fn pieces_json(text: &str) -> serde_json::Value {
    diag::pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => serde_json::json!({ "code": false, "text": text }),
            Piece::Code(code) => serde_json::json!({ "code": true, "text": code }),
        })
        .collect()
}

fn page_view(page: Page, sources: &SourceMap) -> PageView {
    PageView {
        url: format!("/page.svg?h={:032x}", page.hash),
        width: page.width,
        height: page.height,
        links: page
            .links
            .into_iter()
            .filter_map(|link| {
                let (file, offset) = Place::parse(&link.link)?;
                Some(LinkView {
                    x: link.x,
                    y: link.y,
                    width: link.width,
                    height: link.height,
                    place: location(sources, file, offset)?,
                })
            })
            .collect(),
        svg: page.svg,
    }
}

/// Where `offset` of `file` is; `None` when the sources have no such place.
fn location(sources: &SourceMap, file: FileId, offset: usize) -> Option<Location> {
    let source = sources.files().find(|(id, _)| *id == file)?.1;
    if offset > source.text.len() || !source.text.is_char_boundary(offset) {
        return None;
    }
    let at = source.line_col(offset);
    Some(Location {
        path: source.path.display().to_string(),
        file: source.name.clone(),
        line: at.line,
        column: at.column,
    })
}
