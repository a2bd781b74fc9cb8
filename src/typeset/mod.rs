//! Typesetting: the checked document, as JSON data, laid out by a Typst template and exported to
//! PDF in-process.
//!
//! The template never sees `.perf` text as markup: it reads the JSON that `emit::json` wrote,
//! through a file perfc serves from memory. Templates can read nothing else but files beside a
//! user template (see [`template`]). The result is deterministic: the same input gives the same
//! PDF bytes (no wall-clock dates; `SOURCE_DATE_EPOCH` sets the creation date when given).

pub mod coverage;
mod diagnostics;
pub mod fonts;
pub mod pages;
pub mod template;

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use typst::foundations::{Datetime, Dict, IntoValue, Smart};
use typst::text::Font;
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::diag::Diagnostic;
use crate::source::{FileId, SourceFile};
use template::{FilesRead, Template};

/// Where the JSON data appears to the template (also passed as `sys.inputs.data`).
const DATA_PATH: &str = "/perfc-data.json";

/// What to typeset, and with what.
pub struct Job<'a> {
    /// The document as written by `emit::json`.
    pub json: &'a str,
    pub template: &'a Template,
    pub fonts: &'a [Font],
    /// Families for body text and headings; the template's defaults when `None`.
    pub body_font: Option<&'a str>,
    pub heading_font: Option<&'a str>,
    /// A stable identifier of the document (the PDF's `/ID` is derived from it).
    pub ident: &'a str,
    /// Seconds since 1970 for the PDF's creation date (`SOURCE_DATE_EPOCH`); no date when `None`.
    pub timestamp: Option<i64>,
    /// What to make of the laid-out document: a PDF, or pages for `perfc preview`.
    pub output: Output,
}

/// What [`typeset`] makes of the laid-out document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Pdf,
    /// Each page as SVG with its links to places in the sources ([`pages`]).
    Pages,
}

/// The PDF, when Typst produced one, and what it reported, as perfc diagnostics.
pub struct Typeset {
    pub pdf: Option<Vec<u8>>,
    /// The pages, when asked for instead of the PDF and Typst produced them.
    pub pages: Option<Vec<pages::Page>>,
    pub diagnostics: Vec<Diagnostic>,
    /// The template files the diagnostics point into, to be added to the document's sources
    /// (their ids follow on from the `first` given to [`typeset`]).
    pub sources: Vec<SourceFile>,
    /// Files a user template read besides itself, real paths in order (for dependency lists).
    pub files_read: Vec<PathBuf>,
}

/// The bounds typesetting runs within.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub time: Duration,
    /// The most memory the process may hold while typesetting (its resident size, checked every
    /// [`POLL`] where the system tells it: Linux).
    pub memory_bytes: u64,
}

impl Default for Limits {
    /// A document typesets in seconds and a few hundred MiB: generous bounds (`perfc build`'s
    /// defaults).
    fn default() -> Limits {
        Limits {
            time: Duration::from_secs(DEFAULT_TIMEOUT_SECONDS),
            memory_bytes: DEFAULT_MEMORY_MIB << 20,
        }
    }
}

pub const DEFAULT_TIMEOUT_SECONDS: u64 = 300;
pub const DEFAULT_MEMORY_MIB: u64 = 4096;

/// Why typesetting was given up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GaveUp {
    Time,
    Memory,
}

/// How often the memory a typesetting takes is looked at.
pub const POLL: Duration = Duration::from_millis(20);

/// [`typeset`] within `limits`, or why it was given up. Typst cannot be interrupted, so it runs
/// on a thread of its own, which is left to finish unwatched (a command ends it by ending).
pub fn typeset_within(
    job: &Job,
    first: FileId,
    limits: Limits,
) -> Result<Result<Typeset, GaveUp>, String> {
    let owned = OwnedJob::of(job);
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("typeset".into())
        .spawn(move || {
            // The receiver is gone when the limit has passed: the result is not wanted.
            let _ = sender.send(typeset(&owned.job(), first));
        })
        .map_err(|e| format!("cannot start typesetting: {e}"))?;
    let started = Instant::now();
    loop {
        let left = limits.time.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Ok(Err(GaveUp::Time));
        }
        match receiver.recv_timeout(left.min(POLL)) {
            Ok(typeset) => return typeset.map(Ok),
            Err(mpsc::RecvTimeoutError::Timeout) => {
                if resident_bytes().is_some_and(|held| held > limits.memory_bytes) {
                    return Ok(Err(GaveUp::Memory));
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err("typesetting stopped".to_string());
            }
        }
    }
}

/// The memory this process holds (`VmRSS`), where the system says.
fn resident_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kilobytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    kilobytes.checked_mul(1024)
}

/// A [`Job`] that owns its parts, for the typesetting thread (fonts are shared, not copied).
struct OwnedJob {
    json: String,
    template: Template,
    fonts: Vec<Font>,
    body_font: Option<String>,
    heading_font: Option<String>,
    ident: String,
    timestamp: Option<i64>,
    output: Output,
}

impl OwnedJob {
    fn of(job: &Job) -> OwnedJob {
        OwnedJob {
            json: job.json.to_string(),
            template: job.template.clone(),
            fonts: job.fonts.to_vec(),
            body_font: job.body_font.map(str::to_string),
            heading_font: job.heading_font.map(str::to_string),
            ident: job.ident.to_string(),
            timestamp: job.timestamp,
            output: job.output,
        }
    }

    fn job(&self) -> Job<'_> {
        Job {
            json: &self.json,
            template: &self.template,
            fonts: &self.fonts,
            body_font: self.body_font.as_deref(),
            heading_font: self.heading_font.as_deref(),
            ident: &self.ident,
            timestamp: self.timestamp,
            output: self.output,
        }
    }
}

/// Compiles the template over the data and exports the PDF. Typst's errors and warnings are
/// located in the template files, numbered from `first` on.
pub fn typeset(job: &Job, first: FileId) -> Result<Typeset, String> {
    let main = job.template.main_source()?;
    let main_id = main.id();
    let mut builder = TypstEngine::builder()
        .fonts(job.fonts.iter().cloned())
        .with_static_source_file_resolver([main])
        .with_static_file_resolver([(DATA_PATH, job.json.as_bytes().to_vec())]);
    let files_read = FilesRead::default();
    if let Some(sandbox) = job.template.sandbox(files_read.clone()) {
        builder = builder.add_file_resolver(sandbox);
    }
    let engine = builder.build();
    let world = engine
        .world_builder(main_id)
        .with_inputs(inputs(job))
        .build()
        .map_err(|e| format!("cannot start Typst: {e}"))?;
    let compiled = typst::compile::<PagedDocument>(&world);
    let mut converter = diagnostics::Converter::new(&world, job.template, first);
    let mut found = converter.convert(&compiled.warnings);
    let (mut pdf, mut pages) = (None, None);
    match compiled.output {
        Ok(document) if job.output == Output::Pages => pages = Some(pages::pages(&document)),
        Ok(document) => match typst_pdf::pdf(&document, &pdf_options(job)?) {
            Ok(bytes) => pdf = Some(bytes),
            Err(errors) => found.extend(converter.convert(&errors)),
        },
        Err(errors) => found.extend(converter.convert(&errors)),
    }
    let files_read = files_read
        .lock()
        .map(|read| read.iter().cloned().collect())
        .unwrap_or_default();
    Ok(Typeset {
        pdf,
        pages,
        diagnostics: found,
        sources: converter.added,
        files_read,
    })
}

/// `sys.inputs`: where the data is, and the font families when chosen.
fn inputs(job: &Job) -> Dict {
    let mut inputs = Dict::new();
    inputs.insert("data".into(), DATA_PATH.into_value());
    if let Some(family) = job.body_font {
        inputs.insert("body-font".into(), family.into_value());
    }
    if let Some(family) = job.heading_font {
        inputs.insert("heading-font".into(), family.into_value());
    }
    inputs
}

fn pdf_options(job: &Job) -> Result<PdfOptions, String> {
    let timestamp = job.timestamp.map(utc_timestamp).transpose()?;
    Ok(PdfOptions {
        ident: Smart::Custom(format!("perfc:{}", job.ident)),
        timestamp,
        ..PdfOptions::default()
    })
}

fn utc_timestamp(seconds: i64) -> Result<Timestamp, String> {
    let moment = time::OffsetDateTime::from_unix_timestamp(seconds)
        .map_err(|_| format!("SOURCE_DATE_EPOCH {seconds} is out of range"))?;
    let datetime = time::PrimitiveDateTime::new(moment.date(), moment.time());
    Ok(Timestamp::new_utc(Datetime::Datetime(datetime)))
}
