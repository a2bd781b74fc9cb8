//! `perfc build`: check, then write the outputs whenever the document was fully read: `NAME.json`
//! (the checked document), `NAME.typ` (the template that lays it out) and `NAME.pdf`, and on
//! request `NAME.xlsx` (the tables as a workbook).
//!
//! Findings do not stop the outputs: a document whose every line was understood is written out
//! (so an approved document with known mistakes can still be reproduced), and the exit code
//! still says whether unacknowledged findings remain. Syntax and include errors stop it, and so
//! does a template error (no PDF is written then).

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::documents::{Document, documents};
use super::write::write_if_changed;
use super::{Report, Reporting, Tally};
use crate::load::{self, RealFs};
use crate::parallel::stream_in_order;
use crate::typeset::fonts::FontSet;
use crate::typeset::template::Template;
use crate::typeset::{self, Job};

#[derive(Args, Debug)]
pub(super) struct BuildArgs {
    /// Root `.perf` file of each document to build, or directories holding documents (every
    /// `.perf` file below that no other includes; outputs go to the same place below `-o`).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output directory (created if missing).
    #[arg(short, long, default_value = ".")]
    output: PathBuf,
    /// Outputs to write (comma-separated); `xlsx` only when asked for.
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [Emit::Json, Emit::Typst, Emit::Pdf])]
    emit: Vec<Emit>,
    /// A Typst template to use instead of the official layout. It reads the data with
    /// `json(sys.inputs.data)` and may read files in its own directory only.
    #[arg(long, value_name = "FILE.typ")]
    template: Option<PathBuf>,
    /// A directory of fonts to load besides the bundled ones (repeatable).
    #[arg(long, value_name = "DIR", env = "PERFC_FONT_PATH")]
    font_path: Vec<PathBuf>,
    /// Font family for body text and table cells (default: the bundled Noto Serif SC).
    #[arg(long, value_name = "FAMILY")]
    body_font: Option<String>,
    /// Font family for titles and table labels (default: the bundled Noto Sans S Chinese).
    #[arg(long, value_name = "FAMILY")]
    heading_font: Option<String>,
    /// Also write a Make depfile naming every file read: the `.perf` files, the template and
    /// the files it read, and the fonts of `--font-path`.
    #[arg(long, value_name = "FILE")]
    deps: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    Json,
    Typst,
    Pdf,
    Xlsx,
}

impl Emit {
    fn extension(self) -> &'static str {
        match self {
            Emit::Json => "json",
            Emit::Typst => "typ",
            Emit::Pdf => "pdf",
            Emit::Xlsx => "xlsx",
        }
    }
}

/// What every document of a run is built with.
struct Shared<'a> {
    args: &'a BuildArgs,
    reporting: &'a Reporting,
    fonts: Option<FontSet>,
    template: Template,
    timestamp: Option<i64>,
}

/// Builds each document named or found, `-j N` at a time; returns whether findings fail the run.
pub(super) fn run(args: &BuildArgs, jobs: usize, reporting: &Reporting) -> Result<bool, String> {
    let documents = documents(&args.files)?;
    let targets = output_stems(args, &documents)?;
    if args.deps.is_some() && documents.len() > 1 {
        return Err("--deps writes the depfile of one document; build them one at a time".into());
    }
    let shared = Shared {
        args,
        reporting,
        fonts: args
            .emit
            .contains(&Emit::Pdf)
            .then(|| load_fonts(args))
            .transpose()?,
        template: match &args.template {
            Some(path) => Template::user(path)?,
            None => Template::Official,
        },
        timestamp: source_date_epoch()?,
    };
    let work: Vec<(&Document, &PathBuf)> = documents.iter().zip(&targets).collect();
    let mut tally = Tally::new(documents.len());
    stream_in_order(
        &work,
        jobs,
        |(document, stem)| build_one(&shared, &document.root, stem),
        |outcome| tally.add(outcome),
    );
    tally.finish()
}

/// Where each document's outputs go, without extension: `OUTPUT/SUBDIR/NAME`. Two documents
/// may not share one.
fn output_stems(args: &BuildArgs, documents: &[Document]) -> Result<Vec<PathBuf>, String> {
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

/// Checks one document and writes its outputs to `stem.*`.
fn build_one(shared: &Shared, file: &Path, stem: &Path) -> Result<Report, String> {
    let Shared {
        args,
        reporting,
        fonts,
        template,
        timestamp,
    } = shared;
    let mut loaded =
        load::load(file, &RealFs).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let (outputs, mut diagnostics) = {
        let checked = match fonts {
            Some(fonts) => {
                crate::check::check_with(&loaded, &reporting.levels, &|document, out| {
                    typeset::coverage::check(document, fonts, out)
                })
            }
            None => crate::check::check(&loaded, &reporting.levels),
        };
        let outputs = loaded.is_complete().then(|| {
            let json = crate::emit::json::to_string(&checked.document);
            let xlsx = args
                .emit
                .contains(&Emit::Xlsx)
                .then(|| crate::emit::xlsx::to_bytes(&checked.document, *timestamp));
            (json, xlsx)
        });
        (outputs, checked.diagnostics)
    };
    let output = |extension: &str| {
        // Not `with_extension`: a name like `2023.v2` keeps its dot.
        let mut path = stem.as_os_str().to_owned();
        path.push(".");
        path.push(extension);
        PathBuf::from(path)
    };
    let name = stem.file_name().unwrap_or_default().to_string_lossy();
    let mut inputs: Vec<PathBuf> = loaded.paths().map(Path::to_path_buf).collect();
    inputs.extend(template.path().map(Path::to_path_buf));
    let Some((json, xlsx)) = outputs else {
        write_deps(args, &output, &inputs)?;
        return Ok(reporting.render(&diagnostics, &loaded.sources));
    };

    let pdf = match fonts {
        Some(fonts) => {
            let job = Job {
                json: &json,
                template,
                fonts,
                body_font: args.body_font.as_deref(),
                heading_font: args.heading_font.as_deref(),
                ident: &name,
                timestamp: *timestamp,
            };
            let typeset = typeset::typeset(&job, &mut loaded.sources)?;
            diagnostics.extend(crate::check::apply_levels(
                typeset.diagnostics,
                &reporting.levels,
            ));
            inputs.extend(typeset.files_read);
            inputs.extend(fonts.files().iter().cloned());
            typeset.pdf
        }
        None => None,
    };
    // Every output is made before any is written: a build stopped while typesetting (the slow
    // part) leaves the previous outputs as they were, not a new JSON beside an old PDF.
    let typ = template.source_for(&format!("{name}.json"));
    let made = [
        (Emit::Json, Some(json.into_bytes())),
        (Emit::Typst, Some(typ.into_bytes())),
        (Emit::Pdf, pdf),
        (Emit::Xlsx, xlsx.transpose()?),
    ];
    for (emit, bytes) in made {
        if let Some(bytes) = bytes.filter(|_| args.emit.contains(&emit)) {
            write_if_changed(&output(emit.extension()), &bytes)?;
        }
    }
    write_deps(args, &output, &inputs)?;
    let report = reporting.render(&diagnostics, &loaded.sources);
    super::free_in_background(loaded);
    Ok(report)
}

/// Writes the `--deps` file, when asked for: the requested outputs depend on `inputs`.
fn write_deps(
    args: &BuildArgs,
    output: &dyn Fn(&str) -> PathBuf,
    inputs: &[PathBuf],
) -> Result<(), String> {
    let Some(path) = &args.deps else {
        return Ok(());
    };
    let targets: Vec<PathBuf> = args.emit.iter().map(|e| output(e.extension())).collect();
    write_if_changed(path, super::deps::depfile(&targets, inputs).as_bytes())
}

/// The bundled fonts and those of `--font-path`; a family named with `--body-font` or
/// `--heading-font` must be among them.
fn load_fonts(args: &BuildArgs) -> Result<FontSet, String> {
    let fonts = FontSet::load(&args.font_path)?;
    for family in [&args.body_font, &args.heading_font].into_iter().flatten() {
        if !fonts.has_family(family) {
            return Err(format!(
                "no loaded font has the family `{family}` (add its directory with --font-path)"
            ));
        }
    }
    Ok(fonts)
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
