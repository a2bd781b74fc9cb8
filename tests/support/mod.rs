//! Helpers shared by the integration tests.

#![allow(dead_code)]

pub mod imports;

use std::path::Path;

use perfc::diag::render::{self, Format, Options};
use perfc::diag::{Diagnostic, Lang, SeverityConfig};
use perfc::load::{self, Loaded, RealFs};
use perfc::pipeline::{self, Made, Request, Typesetting};
use perfc::typeset::fonts::FontSet;
use perfc::typeset::template::Template;

/// Loads a document from disk.
pub fn load(path: &Path) -> Loaded {
    load::load(path, &RealFs).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Loads and checks a document from disk with the default rule levels.
pub fn check(path: &Path) -> (Loaded, Vec<Diagnostic>) {
    let outcome =
        pipeline::run(load(path), &Request::check(&SeverityConfig::default())).expect("checked");
    (outcome.loaded, outcome.diagnostics)
}

/// What `perfc build` makes of a document from disk, without typesetting (`None` when it is not
/// read completely).
fn made(path: &Path, json: bool, xlsx: bool) -> Option<Made> {
    let levels = SeverityConfig::default();
    let request = Request {
        json,
        xlsx,
        ..Request::check(&levels)
    };
    pipeline::run(load(path), &request).expect("checked").made
}

/// The JSON `perfc build` writes for a document from disk.
pub fn json(path: &Path) -> Option<String> {
    made(path, true, false)?.json
}

/// The workbook `perfc build --emit xlsx` writes for a document from disk.
pub fn xlsx(path: &Path) -> Option<Vec<u8>> {
    made(path, false, true)?.xlsx
}

/// Checks a document and typesets it as `perfc build` does (bundled fonts only), with the
/// template of the same name (`trigger.typ` for `trigger.perf`) when there is one: the findings
/// of both.
pub fn check_and_typeset(path: &Path) -> (Loaded, Vec<Diagnostic>) {
    let fonts = FontSet::load(&[]).expect("bundled fonts");
    let custom = path.with_extension("typ");
    let template = if custom.exists() {
        Template::user(&custom).expect("template")
    } else {
        Template::Official
    };
    let levels = SeverityConfig::default();
    let request = Request {
        pdf: Some(Typesetting {
            template: &template,
            fonts: &fonts,
            body_font: None,
            heading_font: None,
            ident: "test",
            limits: perfc::typeset::Limits::default(),
            output: perfc::typeset::Output::Pdf,
        }),
        ..Request::check(&levels)
    };
    let outcome = pipeline::run(load(path), &request).expect("typeset");
    (outcome.loaded, outcome.diagnostics)
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

/// Runs git in `dir` with a fixed identity and none of the machine's configuration; `None` when
/// git is not installed. A command that fails fails the test.
pub fn git(dir: &Path, args: &[&str]) -> Option<std::process::Output> {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=perfc",
            "-c",
            "user.email=perfc@example.invalid",
        ])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .ok()?;
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "git {args:?}: {said}");
    Some(out)
}

/// Commits every file of `dir` to a new git repository as last year's (`2023`), tagged `v2023`;
/// `false` when git is not installed (the caller skips).
pub fn committed_as_last_year(dir: &Path) -> bool {
    if git(dir, &["init", "-q"]).is_none() {
        eprintln!("git is not installed: skipped");
        return false;
    }
    git(dir, &["add", "."]).expect("add");
    git(dir, &["commit", "-q", "-m", "2023"]).expect("commit");
    git(dir, &["tag", "v2023"]).expect("tag");
    true
}
