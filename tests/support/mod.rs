//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::Path;

use perfc::diag::render::{self, Format, Options};
use perfc::diag::{Diagnostic, Lang, SeverityConfig};
use perfc::load::{self, Loaded, RealFs};

/// Loads and checks a document from disk with the default rule levels.
pub fn check(path: &Path) -> (Loaded, Vec<Diagnostic>) {
    let loaded =
        load::load(path, &RealFs).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let diagnostics = perfc::check::check(&loaded, &SeverityConfig::default()).diagnostics;
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
