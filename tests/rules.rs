//! Every rule of the catalogue has, in `tests/rules/CODE/`, a document that triggers it
//! (`trigger.perf`) and a near miss that does not (`near_miss.perf`). The findings on each
//! trigger are snapshotted in full (human rendering, so alignment under Chinese is reviewed too).

mod support;

use std::path::{Path, PathBuf};

use perfc::diag::catalogue::RULES;
use perfc::diag::render::Format;
use perfc::diag::{Diagnostic, Lang};
use perfc::load::Loaded;

fn case(code: &str, name: &str) -> PathBuf {
    PathBuf::from("tests/rules").join(code).join(name)
}

/// The findings on a case: typesetting rules (E08) need a build, the others a check.
fn findings(code: &str, path: &Path) -> (Loaded, Vec<Diagnostic>) {
    if code.starts_with("E08") {
        support::check_and_typeset(path)
    } else {
        support::check(path)
    }
}

/// Rules whose trigger cannot be a file in the repository. E0007 needs a file of 4 GiB; it is
/// tested by `files_too_long_for_spans_are_refused` in `src/load.rs`. E0804 needs a time limit,
/// which a file cannot set: `tests/typeset.rs` `typesetting_past_its_time_limit_is_reported`.
/// E0805 is a failure of perfc's own template, which no document may cause: `tests/forms.rs`
/// typesets every form with every kind of document, and `tests/typeset.rs` feeds the template
/// data it was never given to see the failure reported as perfc's.
const UNTRIGGERABLE: [&str; 3] = ["E0007", "E0804", "E0805"];

#[test]
fn every_rule_has_a_trigger_and_a_near_miss() {
    let missing: Vec<String> = RULES
        .iter()
        .filter(|r| !UNTRIGGERABLE.contains(&r.code))
        .flat_map(|r| [case(r.code, "trigger.perf"), case(r.code, "near_miss.perf")])
        .filter(|p| !p.exists())
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "missing rule cases:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_trigger_fires_its_rule() {
    let mut silent = Vec::new();
    for rule in RULES {
        let path = case(rule.code, "trigger.perf");
        if !path.exists() {
            continue;
        }
        let (loaded, diagnostics) = findings(rule.code, &path);
        if !diagnostics.iter().any(|d| d.code == rule.code) {
            silent.push(rule.code);
        }
        let shown = support::render(&loaded, &diagnostics, Format::Human, Lang::Zh);
        let source = std::fs::read(&path).expect("trigger");
        let source = String::from_utf8_lossy(&source);
        insta::assert_snapshot!(
            format!("{}_trigger", rule.code),
            format!(
                "----- SOURCE {}\n{source}\n----- FINDINGS\n{shown}",
                path.display()
            )
        );
    }
    assert!(
        silent.is_empty(),
        "triggers that do not fire their rule: {silent:?}"
    );
}

#[test]
fn no_near_miss_fires_its_rule() {
    let mut fired = Vec::new();
    for rule in RULES {
        let path = case(rule.code, "near_miss.perf");
        if !path.exists() {
            continue;
        }
        let (loaded, diagnostics) = findings(rule.code, &path);
        if diagnostics.iter().any(|d| d.code == rule.code) {
            fired.push(format!(
                "{}:\n{}",
                rule.code,
                support::render(&loaded, &diagnostics, Format::Short, Lang::En)
            ));
        }
    }
    assert!(
        fired.is_empty(),
        "near misses that fire their rule:\n{}",
        fired.join("\n")
    );
}
