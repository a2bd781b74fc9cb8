//! `perfc build`: check, then write the outputs whenever the document was fully read: `NAME.json`
//! (the checked document), `NAME.typ` (the template that lays it out) and `NAME.pdf`, and on
//! request `NAME.xlsx` (the tables as a workbook) and the review opinions (审核意见) made of the
//! findings, `NAME-review.pdf`, `NAME-review.xlsx` and `NAME-review.md`.
//!
//! Findings do not stop the outputs: a document whose every line was understood is written out
//! (so an approved document with known mistakes can still be reproduced), and the exit code
//! still says whether unacknowledged findings remain. Syntax and include errors stop it, and so
//! does a template error (no PDF is written then).

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, ValueEnum};

use super::documents::{DocumentRoot, documents};
use super::write::write_if_changed;
use super::{Report, Reporting, Tally};
use crate::load::{self, RealFs};
use crate::parallel::stream_in_order;
use crate::pipeline::{self, Request, Typesetting};
use crate::typeset::fonts::FontSet;
use crate::typeset::template::Template;
use crate::typeset::{DEFAULT_MEMORY_MIB, DEFAULT_TIMEOUT_SECONDS, Limits, Output};

#[derive(Args, Debug)]
pub(super) struct BuildArgs {
    /// Root `.perf` file of each document to build, or directories holding documents (every
    /// `.perf` file below that no other includes; outputs go to the same place below `-o`).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output directory (created if missing).
    #[arg(short, long, default_value = ".")]
    output: PathBuf,
    /// Outputs to write (comma-separated); `xlsx` and `review` only when asked for. `review`
    /// writes the review opinions (审核意见) made of the findings as NAME-review.pdf, .xlsx and
    /// .md: each project's problems under the four aspects of 财预〔2015〕88号 and perfc's
    /// verdict (docs/review.md).
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [Emit::Json, Emit::Typst, Emit::Pdf])]
    emit: Vec<Emit>,
    #[command(flatten)]
    layout: LayoutArgs,
    /// Also write a Make depfile naming every file read: the `.perf` files, the template and
    /// the files it read, and the fonts of `--font-path`.
    #[arg(long, value_name = "FILE")]
    deps: Option<PathBuf>,
    /// The longest typesetting may take, in seconds (E0804 and no PDF when it takes longer): a
    /// document typesets in seconds, but one with a text of a megabyte can take minutes.
    #[arg(long, value_name = "SECONDS", default_value = DEFAULT_TIMEOUT_SECONDS.to_string(), value_parser = seconds)]
    timeout: Duration,
    /// The most memory typesetting may take, in MiB (E0804 and no PDF past it; checked on
    /// Linux, where the process's resident size is known).
    #[arg(long, value_name = "MIB", default_value_t = DEFAULT_MEMORY_MIB, value_parser = clap::value_parser!(u64).range(1..=1 << 40))]
    memory_limit: u64,
}

impl BuildArgs {
    /// The files and directories named.
    pub(super) fn files(&self) -> &[PathBuf] {
        &self.files
    }
}

/// How the pages are laid out: `build`'s and `preview`'s.
#[derive(Args, Debug)]
pub(super) struct LayoutArgs {
    /// A Typst template to use instead of the official layout. It reads the data with
    /// `json(sys.inputs.data)` and may read files in its own directory only.
    #[arg(long, value_name = "FILE.typ")]
    pub template: Option<PathBuf>,
    /// A directory of fonts to load besides the bundled ones (repeatable).
    #[arg(long, value_name = "DIR", env = "PERFC_FONT_PATH")]
    pub font_path: Vec<PathBuf>,
    /// Font family for body text and table cells (default: the bundled Noto Serif SC).
    #[arg(long, value_name = "FAMILY")]
    pub body_font: Option<String>,
    /// Font family for titles and table labels (default: the bundled Noto Sans S Chinese).
    #[arg(long, value_name = "FAMILY")]
    pub heading_font: Option<String>,
}

impl LayoutArgs {
    /// The bundled fonts and those of `--font-path`; a family named with `--body-font` or
    /// `--heading-font` must be among them.
    pub(super) fn load_fonts(&self) -> Result<FontSet, String> {
        let fonts = FontSet::load(&self.font_path)?;
        for family in [&self.body_font, &self.heading_font].into_iter().flatten() {
            if !fonts.has_family(family) {
                return Err(format!(
                    "no loaded font has the family `{family}` (add its directory with --font-path)"
                ));
            }
        }
        Ok(fonts)
    }
}

/// A positive number of seconds, such as `300` or `0.5`.
fn seconds(text: &str) -> Result<Duration, String> {
    text.parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or_else(|| format!("`{text}` is not a positive number of seconds"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    Json,
    Typst,
    Pdf,
    Xlsx,
    Review,
}

impl Emit {
    /// What each file it writes adds to the document's name.
    fn suffixes(self) -> &'static [&'static str] {
        match self {
            Emit::Json => &[".json"],
            Emit::Typst => &[".typ"],
            Emit::Pdf => &[".pdf"],
            Emit::Xlsx => &[".xlsx"],
            Emit::Review => &["-review.pdf", "-review.xlsx", "-review.md"],
        }
    }

    /// Whether it typesets, and so needs the fonts.
    fn typesets(self) -> bool {
        matches!(self, Emit::Pdf | Emit::Review)
    }
}

/// What every document of a run is built with.
struct Shared<'a> {
    args: &'a BuildArgs,
    reporting: &'a Reporting,
    fonts: Option<&'a FontSet>,
    template: Template,
    timestamp: Option<i64>,
}

/// Builds each document named or found, `-j N` at a time; returns whether findings fail the run.
pub(super) fn run(args: &BuildArgs, jobs: usize, reporting: &Reporting) -> Result<bool, String> {
    Builder::new(args, reporting)?.build(jobs, &mut Vec::new())
}

/// Builds the documents of the command line, again and again for `perfc watch`: the fonts are
/// loaded once (and Typst's memory of them kept), the rest is read anew each time.
pub(super) struct Builder<'a> {
    args: &'a BuildArgs,
    reporting: &'a Reporting,
    fonts: Option<FontSet>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(args: &'a BuildArgs, reporting: &'a Reporting) -> Result<Self, String> {
        let typesets = args.emit.iter().any(|e| e.typesets());
        Ok(Builder {
            args,
            reporting,
            fonts: typesets.then(|| args.layout.load_fonts()).transpose()?,
        })
    }

    /// Builds every document; returns whether findings fail the run, adding to `read` every
    /// file the builds read.
    pub(super) fn build(&self, jobs: usize, read: &mut Vec<PathBuf>) -> Result<bool, String> {
        let args = self.args;
        let documents = documents(&args.files)?;
        read.extend(documents.iter().map(|d| d.root.clone()));
        read.extend(args.layout.template.iter().cloned());
        let targets = output_stems(args, &documents)?;
        if args.deps.is_some() && documents.len() > 1 {
            return Err(
                "--deps writes the depfile of one document; build them one at a time".into(),
            );
        }
        let shared = Shared {
            args,
            reporting: self.reporting,
            fonts: self.fonts.as_ref(),
            template: match &args.layout.template {
                Some(path) => Template::user(path)?,
                None => Template::Official,
            },
            timestamp: source_date_epoch()?,
        };
        let work: Vec<(&DocumentRoot, &PathBuf)> = documents.iter().zip(&targets).collect();
        let mut tally = Tally::new(documents.len());
        stream_in_order(
            &work,
            jobs,
            |(document, stem)| build_one(&shared, &document.root, stem),
            |outcome| {
                tally.add(outcome.map(|(report, inputs)| {
                    read.extend(inputs);
                    report
                }))
            },
        );
        tally.finish()
    }
}

/// Where each document's outputs go, without extension: `OUTPUT/SUBDIR/NAME`. Two documents
/// may not share one.
fn output_stems(args: &BuildArgs, documents: &[DocumentRoot]) -> Result<Vec<PathBuf>, String> {
    let mut stems: Vec<PathBuf> = Vec::with_capacity(documents.len());
    for document in documents {
        let name = document
            .root
            .file_stem()
            .ok_or_else(|| format!("{} has no file name", document.root.display()))?;
        let stem = args.output.join(&document.subdir).join(name);
        if let Some(other) = stems.iter().position(|s| *s == stem) {
            return Err(format!(
                "{} and {} would both be written to {}.*",
                documents[other].root.display(),
                document.root.display(),
                stem.display()
            ));
        }
        stems.push(stem);
    }
    Ok(stems)
}

/// Checks one document and writes its outputs to `stem.*`; its findings, and the files read.
fn build_one(shared: &Shared, file: &Path, stem: &Path) -> Result<(Report, Vec<PathBuf>), String> {
    let Shared {
        args,
        reporting,
        fonts,
        template,
        timestamp,
    } = shared;
    let name = stem.file_name().unwrap_or_default().to_string_lossy();
    let loaded = load::load_with(file, &RealFs, &reporting.allowed_includes)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let mut inputs: Vec<PathBuf> = loaded.paths_read().map(Path::to_path_buf).collect();
    inputs.extend(template.path().map(Path::to_path_buf));
    let typesetting = |template| {
        fonts.map(|fonts| Typesetting {
            template,
            fonts,
            body_font: args.layout.body_font.as_deref(),
            heading_font: args.layout.heading_font.as_deref(),
            ident: &name,
            limits: Limits {
                time: args.timeout,
                memory_bytes: args.memory_limit << 20,
            },
            output: Output::Pdf,
        })
    };
    let request = Request {
        levels: &reporting.levels,
        json: args.emit.contains(&Emit::Json),
        xlsx: args.emit.contains(&Emit::Xlsx),
        pdf: typesetting(template).filter(|_| args.emit.contains(&Emit::Pdf)),
        // The review is perfc's own document: the official template lays it out.
        review: typesetting(&Template::Official).filter(|_| args.emit.contains(&Emit::Review)),
        timestamp: *timestamp,
        memo: None,
    };
    let outcome = pipeline::run(loaded, &request)?;
    let output = |suffix: &str| {
        // Not `with_extension`: a name like `2023.v2` keeps its dot.
        let mut path = stem.as_os_str().to_owned();
        path.push(suffix);
        PathBuf::from(path)
    };
    if outcome.made.is_some()
        && let Some(fonts) = fonts
    {
        inputs.extend(outcome.template_files_read);
        inputs.extend(fonts.files().iter().cloned());
    }
    let targets: Vec<PathBuf> = args
        .emit
        .iter()
        .flat_map(|e| e.suffixes())
        .map(|suffix| output(suffix))
        .collect();
    let deps = args
        .deps
        .as_ref()
        .map(|path| depfile_for(path, &targets, &inputs))
        .transpose()?;
    if let Some(made) = outcome.made {
        // Every output is made before any is written: a build stopped while typesetting (the
        // slow part) leaves the previous outputs as they were, not a new JSON beside an old PDF.
        let typ = template.source_for(&format!("{name}.json"));
        // Each output's files, in the order of its suffixes.
        let review = made.review.map_or_else(
            || vec![None, None, None],
            |r| vec![r.pdf, Some(r.xlsx), Some(r.markdown.into_bytes())],
        );
        let written = [
            (Emit::Json, vec![made.json.map(String::into_bytes)]),
            (Emit::Typst, vec![Some(typ.into_bytes())]),
            (Emit::Pdf, vec![made.pdf]),
            (Emit::Xlsx, vec![made.xlsx]),
            (Emit::Review, review),
        ];
        for (emit, files) in written.into_iter().filter(|(e, _)| args.emit.contains(e)) {
            for (suffix, bytes) in emit.suffixes().iter().zip(files) {
                if let Some(bytes) = bytes {
                    write_if_changed(&output(suffix), &bytes)?;
                }
            }
        }
    }
    if let Some((path, text)) = deps {
        write_if_changed(path, text.as_bytes())?;
    }
    Ok((
        reporting.render(&outcome.diagnostics, &outcome.loaded.sources),
        inputs,
    ))
}

/// The `--deps` file's path and text: the outputs depend on `inputs`. The depfile may not
/// overwrite an input or another output.
fn depfile_for<'p>(
    path: &'p Path,
    targets: &[PathBuf],
    inputs: &[PathBuf],
) -> Result<(&'p Path, String), String> {
    let same = |other: &PathBuf| match (std::path::absolute(path), std::path::absolute(other)) {
        (Ok(a), Ok(b)) => load::normalize(&a) == load::normalize(&b),
        _ => path == other,
    };
    if let Some(clash) = inputs.iter().chain(targets).find(|p| same(p)) {
        return Err(format!(
            "--deps {:?} would overwrite {:?}, which the build reads or writes; name another file",
            path, clash
        ));
    }
    Ok((path, super::deps::depfile(targets, inputs)?))
}

/// `SOURCE_DATE_EPOCH`, the reproducible-builds convention for the date a build records.
fn source_date_epoch() -> Result<Option<i64>, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) if !value.trim().is_empty() => value
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| format!("SOURCE_DATE_EPOCH must be whole seconds, not `{value}`")),
        _ => Ok(None),
    }
}
