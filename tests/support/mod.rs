//! Helpers shared by the integration tests.

#![allow(dead_code)]

pub mod imports;

use std::path::Path;

use perfc::diag::render::{self, Format, Options};
use perfc::diag::{Diagnostic, Lang, SeverityConfig};
use perfc::load::{self, Loaded, RealFs};
use perfc::typeset::fonts::FontSet;
use perfc::typeset::template::Template;
use perfc::typeset::{self, Job, coverage};

/// Loads and checks a document from disk with the default rule levels.
pub fn check(path: &Path) -> (Loaded, Vec<Diagnostic>) {
    let loaded =
        load::load(path, &RealFs).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let diagnostics = perfc::check::check(&loaded, &SeverityConfig::default()).diagnostics;
    (loaded, diagnostics)
}

/// Checks a document and typesets it as `perfc build` does (bundled fonts only), with the
/// template of the same name (`trigger.typ` for `trigger.perf`) when there is one: the findings
/// of both.
pub fn check_and_typeset(path: &Path) -> (Loaded, Vec<Diagnostic>) {
    let fonts = FontSet::load(&[]).expect("bundled fonts");
    let mut loaded =
        load::load(path, &RealFs).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let (json, mut diagnostics) = {
        let checked = perfc::check::check_with(&loaded, &SeverityConfig::default(), &|d, out| {
            coverage::check(d, &fonts, out)
        });
        let json = perfc::emit::json::to_string(&checked.document);
        (json, checked.diagnostics)
    };
    let custom = path.with_extension("typ");
    let template = if custom.exists() {
        Template::user(&custom).expect("template")
    } else {
        Template::Official
    };
    let job = Job {
        json: &json,
        template: &template,
        fonts: &fonts,
        body_font: None,
        heading_font: None,
        ident: "test",
        timestamp: None,
    };
    let typeset = typeset::typeset(&job, &mut loaded.sources).expect("typeset");
    diagnostics.extend(typeset.diagnostics);
    (loaded, diagnostics)
}

/// Renders findings without colour.
pub fn render(loaded: &Loaded, diagnostics: &[Diagnostic], format: Format, lang: Lang) -> String {
    render::render(
        diagnostics,
        &loaded.sources,
        &Options {
            format,
            color: false,
            lang,
        },
    )
}

/// The `perfc` binary built for these tests.
pub fn perfc() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_perfc"));
    command.current_dir(env!("CARGO_MANIFEST_DIR"));
    command
        .env_remove("NO_COLOR")
        .env_remove("PERFC_LANG")
        .env_remove("PERFC_DIAGNOSTIC_FORMAT");
    command
}
