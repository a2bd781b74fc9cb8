//! `perfc build`: check, then write the outputs whenever the document was fully read: `NAME.json`
//! (the checked document), `NAME.typ` (the template that lays it out) and `NAME.pdf`.
//!
//! Findings do not stop the outputs: a document whose every line was understood is written out
//! (so an approved document with known mistakes can still be reproduced), and the exit code
//! still says whether unacknowledged findings remain. Syntax and include errors stop it, and so
//! does a template error (no PDF is written then).

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::Reporting;
use super::write::write_if_changed;
use crate::load::{self, RealFs};
use crate::typeset::fonts::FontSet;
use crate::typeset::template::Template;
use crate::typeset::{self, Job};

#[derive(Args, Debug)]
pub(super) struct BuildArgs {
    /// Root `.perf` file of the document.
    file: PathBuf,
    /// Output directory (created if missing).
    #[arg(short, long, default_value = ".")]
    output: PathBuf,
    /// Outputs to write (comma-separated).
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    Json,
    Typst,
    Pdf,
}

pub(super) fn run(args: &BuildArgs, reporting: &Reporting) -> Result<bool, String> {
    let file = &args.file;
    let stem = file
        .file_stem()
        .ok_or_else(|| format!("{} has no file name", file.display()))?
        .to_string_lossy()
        .into_owned();
    let pdf_wanted = args.emit.contains(&Emit::Pdf);
    let fonts = if pdf_wanted {
        Some(load_fonts(args)?)
    } else {
        None
    };
    let template = match &args.template {
        Some(path) => Template::user(path)?,
        None => Template::Official,
    };

    let mut loaded =
        load::load(file, &RealFs).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let (json, mut diagnostics) = {
        let checked = match &fonts {
            Some(fonts) => {
                crate::check::check_with(&loaded, &reporting.levels, &|document, out| {
                    typeset::coverage::check(document, fonts, out)
                })
            }
            None => crate::check::check(&loaded, &reporting.levels),
        };
        let json = loaded
            .is_complete()
            .then(|| crate::emit::json::to_string(&checked.document));
        (json, checked.diagnostics)
    };
    let Some(json) = json else {
        return reporting.report(&diagnostics, &loaded.sources);
    };

    let pdf = match &fonts {
        Some(fonts) => {
            let job = Job {
                json: &json,
                template: &template,
                fonts,
                body_font: args.body_font.as_deref(),
                heading_font: args.heading_font.as_deref(),
                ident: &stem,
                timestamp: source_date_epoch()?,
            };
            let typeset = typeset::typeset(&job, &mut loaded.sources)?;
            diagnostics.extend(crate::check::apply_levels(
                typeset.diagnostics,
                &reporting.levels,
            ));
            typeset.pdf
        }
        None => None,
    };
    // Every output is made before any is written: a build stopped while typesetting (the slow
    // part) leaves the previous outputs as they were, not a new JSON beside an old PDF.
    let typ = template.source_for(&format!("{stem}.json"));
    let outputs = [
        (Emit::Json, "json", Some(json.into_bytes())),
        (Emit::Typst, "typ", Some(typ.into_bytes())),
        (Emit::Pdf, "pdf", pdf),
    ];
    for (emit, extension, bytes) in outputs {
        if let Some(bytes) = bytes.filter(|_| args.emit.contains(&emit)) {
            write_if_changed(&args.output.join(format!("{stem}.{extension}")), &bytes)?;
        }
    }
    reporting.report(&diagnostics, &loaded.sources)
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
