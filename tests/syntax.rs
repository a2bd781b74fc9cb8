//! Syntax errors: every one is reported, each names what was expected, and what a broken line
//! hides does not produce knock-on findings.

mod support;

use std::path::Path;

use perfc::diag::Lang;
use perfc::diag::render::Format;

const BROKEN: &str = "tests/syntax/broken.perf";

#[test]
fn every_syntax_error_is_reported_once() {
    let (loaded, diagnostics) = support::check(Path::new(BROKEN));
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "E0001").count(),
        6,
        "{codes:?}"
    );
    // A broken `支出计划` line is not taken for an indicator group, `依据` with nothing after it
    // is not a second value, and a project with unreadable lines is not said to lack them.
    for knock_on in ["E0301", "E0005", "E0211", "E0212", "E0304", "E0308"] {
        assert!(!codes.contains(&knock_on), "{knock_on} in {codes:?}");
    }
    let human = support::render(&loaded, &diagnostics, Format::Human, Lang::Zh);
    let short = support::render(&loaded, &diagnostics, Format::Short, Lang::En);
    insta::assert_snapshot!(format!("{human}\n{short}"));
}

/// The mistakes of a new user copying from a form: each is an error saying what to write (a
/// valid line), and none is silently read as something else or followed by knock-on findings.
#[test]
fn a_new_users_mistakes_say_what_to_write() {
    let (loaded, diagnostics) = support::check(Path::new("tests/syntax/new-user.perf"));
    let human = support::render(&loaded, &diagnostics, Format::Human, Lang::Zh);
    for help in [
        "`年度 2024`",
        "`150000`",
        "`15 万元`",
        "`依据 行业规范`",
        "`>=90%`",
    ] {
        assert!(human.contains(help), "no help {help} in\n{human}");
    }
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    // No missing year, no second value, no unknown level, no missing value.
    for knock_on in ["E0101", "E0005", "E0511", "E0513"] {
        assert!(!codes.contains(&knock_on), "{knock_on} in {codes:?}");
    }
    assert!(codes.iter().all(|c| *c == "E0001"), "{codes:?}");
    insta::assert_snapshot!(human);
}

/// A block left open points at itself, where the `}` belongs, not only at the next item; the
/// next item is still read, so its unit keeps its project (no E0210).
#[test]
fn a_block_left_open_is_pointed_at() {
    let path = Path::new("tests/syntax/unclosed.perf");
    let (loaded, diagnostics) = support::check(path);
    let syntax: Vec<&perfc::diag::Diagnostic> =
        diagnostics.iter().filter(|d| d.code == "E0001").collect();
    assert_eq!(syntax.len(), 1, "{diagnostics:?}");
    let text = std::fs::read_to_string(path).expect("read");
    let opened = text.find("产出指标 {").expect("the open block");
    assert_eq!(syntax[0].primary.span.start(), opened);
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert!(!codes.contains(&"E0210"), "{codes:?}");
    let human = support::render(&loaded, &diagnostics, Format::Human, Lang::Zh);
    assert!(human.contains("没有闭合"), "{human}");
}
