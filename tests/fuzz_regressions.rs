//! Inputs the fuzzers (`fuzz/`) found crashing, kept in `tests/fuzz-regressions/`, each named
//! for the target that found it and what broke. Through the binary, every one is checked and
//! formatted without a panic and with an exit code that says findings (0 or 1, never 101), and
//! what formats is formatted for good (formatting the result changes nothing).

mod support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use support::perfc;

fn regressions() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/fuzz-regressions")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "the regressions are found");
    files
}

/// Asserts that perfc ended normally, with 0 (clean) or 1 (findings).
fn assert_ended_normally(file: &Path, what: &str, out: &Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        matches!(out.status.code(), Some(0 | 1)) && !stderr.contains("panicked"),
        "{what} {}: {:?}\n{stderr}",
        file.display(),
        out.status
    );
}

fn format_stdin(input: &[u8]) -> Output {
    let mut child = perfc()
        .args(["fmt", "-", "--color", "never"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("perfc starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("input written");
    child.wait_with_output().expect("perfc ends")
}

#[test]
fn every_regression_is_checked_without_a_panic() {
    for file in regressions() {
        let out = perfc()
            .args(["check", "--color", "never"])
            .arg(&file)
            .output()
            .expect("perfc runs");
        assert_ended_normally(&file, "check", &out);
    }
}

#[test]
fn every_regression_is_formatted_without_a_panic_and_for_good() {
    for file in regressions() {
        let once = format_stdin(&std::fs::read(&file).expect("regression"));
        assert_ended_normally(&file, "fmt", &once);
        if once.status.success() {
            let twice = format_stdin(&once.stdout);
            assert_eq!(
                String::from_utf8_lossy(&twice.stdout),
                String::from_utf8_lossy(&once.stdout),
                "{} formats differently the second time",
                file.display()
            );
        }
    }
}
