//! `上年`: last year's document, a file or a git revision of the same file, compared with this
//! year's by the rules E0525–E0527 (their cases are in `tests/rules/`); E0106 when it cannot be
//! read, which leaves this year's outputs to be written.

mod support;

use std::path::Path;
use std::process::Output;

use support::{committed_as_last_year, perfc};

const HELLO: &str = "examples/teaching/hello.perf";

/// Last year's hello.perf as this year's, naming `previous`, its satisfaction target loosened.
fn this_year(previous: &str) -> String {
    std::fs::read_to_string(HELLO)
        .expect("example")
        .replace("年度 2023", &format!("年度 2024\n  {previous}"))
        .replace("≥90%  依据 行业规范", "≥85%  依据 行业规范")
}

fn codes(run: &Output) -> Vec<String> {
    String::from_utf8_lossy(&run.stderr)
        .lines()
        .filter_map(|l| l.split_once("[E")?.1.get(..4).map(|n| format!("E{n}")))
        .collect()
}

fn check(dir: &Path, args: &[&str]) -> Output {
    perfc()
        .current_dir(dir)
        .args(["check", "--diagnostic-format", "short"])
        .args(args)
        .output()
        .expect("perfc runs")
}

/// A directory with 2023.perf (hello.perf) and 2024.perf naming it as last year's.
fn two_years() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(HELLO, dir.path().join("2023.perf")).expect("copy");
    let this = this_year("上年 \"2023.perf\"");
    std::fs::write(dir.path().join("2024.perf"), this).expect("write");
    dir
}

#[test]
fn last_year_as_a_file_is_compared() {
    let dir = two_years();
    let run = check(dir.path(), &["2024.perf"]);
    assert_eq!(
        codes(&run),
        ["E0525"],
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// `perfc build --deps` in `dir`: the depfile's text.
fn depfile(dir: &Path, document: &str) -> String {
    let run = perfc()
        .current_dir(dir)
        .args([
            "build", document, "--emit", "json", "-o", "out", "--deps", "doc.d",
        ])
        .output()
        .expect("perfc runs");
    assert_ne!(
        run.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read_to_string(dir.join("doc.d")).expect("the depfile")
}

#[test]
fn the_outputs_depend_on_last_year_s_file_but_not_on_a_revision() {
    let dir = two_years();
    let deps = depfile(dir.path(), "2024.perf");
    assert_eq!(
        deps,
        "out/2024.json: \\\n  2024.perf \\\n  2023.perf\n\n2023.perf:\n"
    );
    if !committed_as_last_year(dir.path()) {
        return;
    }
    std::fs::write(
        dir.path().join("2024.perf"),
        this_year("上年 版本 \"HEAD\""),
    )
    .expect("write");
    assert_eq!(
        depfile(dir.path(), "2024.perf"),
        "out/2024.json: \\\n  2024.perf\n"
    );
}

#[test]
fn last_year_as_a_revision_of_the_same_file_is_compared() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("docs/hello.perf");
    std::fs::create_dir(dir.path().join("docs")).expect("mkdir");
    // Last year's header allows a directory of the repository: judged in the revision's tree.
    let last = std::fs::read_to_string(HELLO)
        .expect("example")
        .replace("年度 2023", "年度 2023\n  允许包含 \"../docs\"");
    std::fs::write(&doc, last).expect("write");
    if !committed_as_last_year(dir.path()) {
        return;
    }
    std::fs::write(&doc, this_year("上年 版本 \"v2023\"")).expect("write");
    // Run from elsewhere: the repository is the one holding the document.
    let run = check(
        dir.path().parent().expect("parent"),
        &[doc.to_str().expect("path")],
    );
    assert_eq!(
        codes(&run),
        ["E0525"],
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::write(&doc, this_year("上年 版本 \"v1999\"")).expect("write");
    let run = check(dir.path(), &["docs/hello.perf"]);
    assert_eq!(codes(&run), ["E0106"]);
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("v1999"),
        "names the revision"
    );
}

#[test]
fn last_year_as_a_revision_needs_a_repository() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("2024.perf"),
        this_year("上年 版本 \"v2023\""),
    )
    .expect("write");
    assert_eq!(codes(&check(dir.path(), &["2024.perf"])), ["E0106"]);
    let run = perfc()
        .current_dir(dir.path())
        .args(["check", "--color", "never", "2024.perf"])
        .output()
        .expect("perfc runs");
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("文档不在 git 仓库中"), "{said}");
}

#[test]
fn last_year_outside_the_document_s_directory_must_be_allowed() {
    let dir = tempfile::tempdir().expect("tempdir");
    for year in ["2023", "2024"] {
        std::fs::create_dir(dir.path().join(year)).expect("mkdir");
    }
    std::fs::copy(HELLO, dir.path().join("2023/hello.perf")).expect("copy");
    let text = this_year("上年 \"../2023/hello.perf\"");
    std::fs::write(dir.path().join("2024/hello.perf"), text).expect("write");
    let refused = check(dir.path(), &["2024/hello.perf"]);
    assert_eq!(codes(&refused), ["E0106"]);
    let allowed = check(dir.path(), &["--allow-include", "2023", "2024/hello.perf"]);
    assert_eq!(codes(&allowed), ["E0525"]);
}

#[test]
fn this_year_is_built_when_last_year_cannot_be_read_and_last_year_s_own_is_not_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Last year names a document of its own that does not exist: not this year's concern.
    let last = std::fs::read_to_string(HELLO)
        .expect("example")
        .replace("年度 2023", "年度 2023\n  上年 \"2022.perf\"");
    std::fs::write(dir.path().join("2023.perf"), last).expect("write");
    std::fs::write(
        dir.path().join("2024.perf"),
        this_year("上年 \"2023.perf\""),
    )
    .expect("write");
    assert_eq!(codes(&check(dir.path(), &["2024.perf"])), ["E0525"]);

    std::fs::write(
        dir.path().join("2024.perf"),
        this_year("上年 \"2022.perf\""),
    )
    .expect("write");
    let out = dir.path().join("out");
    let run = perfc()
        .current_dir(dir.path())
        .args(["build", "2024.perf", "--emit", "json", "-o"])
        .arg(&out)
        .output()
        .expect("perfc runs");
    assert_eq!(run.status.code(), Some(1), "E0106 is an error");
    assert!(out.join("2024.json").is_file(), "the outputs are written");
}
