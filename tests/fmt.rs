//! `perfc fmt`: formatting keeps the meaning (the same JSON) and every comment, is idempotent,
//! and leaves the examples as they are; on every example, in both keyword languages, and on
//! generated documents. Then the command itself: in place, `--check`, `--diff`, `-`, refusals.

mod support;

#[path = "../benches/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};

use perfc::diag::Lang;
use perfc::fmt::{Options, format_text};
use perfc::source::FileId;
use support::perfc;

/// The root file of every example document.
const ROOTS: [&str; 14] = [
    "chengde-2023/chengde-2023.perf",
    "chengde-2023/self-evaluation-2023.perf",
    "chengde-2023/monitoring-2023.perf",
    "teaching/hello.perf",
    "teaching/hello-2024.perf",
    "teaching/hello-self-evaluation.perf",
    "teaching/hello-monitoring.perf",
    "teaching/framework-2021.perf",
    "teaching/mistakes.perf",
    "forms/county-water.perf",
    "forms/national-farmland.perf",
    "forms/department-water.perf",
    "forms/department-water-self-evaluation.perf",
    "library/training.perf",
];

const KEYWORDS: [Option<Lang>; 3] = [None, Some(Lang::Zh), Some(Lang::En)];

fn perf_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).expect("directory") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            found.extend(perf_files(&path));
        } else if path.extension().is_some_and(|e| e == "perf") {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn examples() -> Vec<PathBuf> {
    perf_files(Path::new("examples"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn format(source: &str, keywords: Option<Lang>) -> String {
    format_text(source, &Options { keywords }).unwrap_or_else(|d| panic!("refused: {d:#?}"))
}

fn json_of(root: &Path) -> String {
    support::json(root).unwrap_or_else(|| {
        let loaded = support::load(root);
        panic!("{}: {:#?}", root.display(), loaded.diagnostics)
    })
}

fn comments(source: &str) -> Vec<String> {
    let (tree, _) = perfc::syntax::parse(FileId(0), source);
    tree.comments
        .into_iter()
        .map(|c| c.text.trim_end().to_string())
        .collect()
}

#[test]
fn every_example_is_formatted() {
    for path in examples() {
        let source = read(&path);
        assert!(
            format(&source, None) == source,
            "{} is not formatted: run `perfc fmt examples`",
            path.display()
        );
    }
}

#[test]
fn formatting_is_idempotent_and_keeps_every_comment_in_both_keyword_languages() {
    for path in examples() {
        let source = read(&path);
        for keywords in KEYWORDS {
            let once = format(&source, keywords);
            assert_eq!(format(&once, keywords), once, "{}", path.display());
            assert_eq!(comments(&once), comments(&source), "{}", path.display());
        }
    }
}

#[test]
fn formatting_every_file_keeps_the_json_of_every_example() {
    let originals: Vec<String> = ROOTS
        .iter()
        .map(|root| json_of(&Path::new("examples").join(root)))
        .collect();
    for keywords in KEYWORDS {
        let copy = tempfile::tempdir().expect("temporary directory");
        for path in examples() {
            let target = copy
                .path()
                .join(path.strip_prefix("examples").expect("inside"));
            std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
            std::fs::write(&target, format(&read(&path), keywords)).expect("write");
        }
        for (root, original) in ROOTS.iter().zip(&originals) {
            let formatted = json_of(&copy.path().join(root));
            assert!(
                &formatted == original,
                "{root} builds differently after formatting with {keywords:?}"
            );
        }
    }
}

/// A generated document (large enough to be parsed in parallel parts) with its layout
/// disturbed line by line: indentation, trailing blanks, CRLF, blank lines and comments.
fn disturbed(document: &str) -> String {
    let lines: Vec<&str> = document.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        // A text continues only on the very next line, right after its string: nothing may
        // come between.
        let continued = |l: Option<&&str>| l.is_some_and(|l| l.trim_start().starts_with('"'));
        let next_continues = continued(lines.get(i + 1));
        if i % 7 == 3 && !continued(Some(line)) {
            out.push_str(&format!("\n  # 注 {i}\r\n"));
        }
        out.push_str(&" ".repeat(i % 3));
        out.push_str(line.trim_start());
        if !next_continues {
            out.push_str(&" ".repeat(i % 2));
            if i % 5 == 1 {
                out.push_str(&format!(" # 尾 {i}"));
            }
        }
        out.push_str("\r\n");
    }
    out
}

#[test]
fn generated_documents_keep_their_meaning_and_comments() {
    let corpus = generate::Corpus::load(Path::new("examples/chengde-2023"));
    let document = corpus.document(300_000);
    let messy = disturbed(&document);
    let dir = tempfile::tempdir().expect("temporary directory");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path
    };
    let original = json_of(&write("original.perf", &document));
    for keywords in KEYWORDS {
        let once = format(&messy, keywords);
        assert_eq!(format(&once, keywords), once, "not idempotent");
        assert_eq!(comments(&once), comments(&messy));
        assert!(
            json_of(&write("formatted.perf", &once)) == original,
            "the generated document builds differently after formatting with {keywords:?}"
        );
    }
}

#[test]
fn a_messy_document_is_laid_out() {
    let source = read(Path::new("tests/fmt/messy.perf"));
    insta::assert_snapshot!("messy_zh", format(&source, None));
    insta::assert_snapshot!("messy_en", format(&source, Some(Lang::En)));
}

// ---------------------------------------------------------------------------------------------
// The command

fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    perfc()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("perfc runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

const MESSY: &str = "单位   543001 \"示例局本级\"  # 本级\n";
const TIDY: &str = "单位 543001 \"示例局本级\"  # 本级\n";

/// A directory with a formatted and an unformatted file (and a file that is not `.perf`).
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::create_dir(dir.path().join("units")).expect("mkdir");
    std::fs::write(dir.path().join("tidy.perf"), TIDY).expect("write");
    std::fs::write(dir.path().join("units/messy.perf"), MESSY).expect("write");
    std::fs::write(dir.path().join("notes.txt"), MESSY).expect("write");
    dir
}

#[test]
fn check_lists_unformatted_files_and_changes_nothing() {
    let dir = workspace();
    let out = run_in(dir.path(), &["fmt", "--check"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        format!("{}\n", Path::new("./units/messy.perf").display())
    );
    assert_eq!(read(&dir.path().join("units/messy.perf")), MESSY);
    let clean = run_in(dir.path(), &["fmt", "--check", "tidy.perf"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty() && clean.stderr.is_empty());
}

#[test]
fn diff_prints_a_unified_diff_and_changes_nothing() {
    let dir = workspace();
    let out = run_in(dir.path(), &["fmt", "--diff", "units"]);
    assert_eq!(out.status.code(), Some(1));
    let diff = text(&out.stdout);
    assert!(
        diff.starts_with("--- units/messy.perf\n+++ units/messy.perf\n@@ -1 +1 @@\n"),
        "{diff}"
    );
    assert!(diff.contains(&format!("-{MESSY}+{TIDY}")), "{diff}");
    assert_eq!(read(&dir.path().join("units/messy.perf")), MESSY);
}

#[test]
fn formatting_rewrites_only_files_whose_bytes_change() {
    let dir = workspace();
    let tidy = dir.path().join("tidy.perf");
    let long_ago = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
    std::fs::File::options()
        .write(true)
        .open(&tidy)
        .and_then(|f| f.set_modified(long_ago))
        .expect("set the time");
    let out = run_in(dir.path(), &["fmt", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    assert_eq!(read(&dir.path().join("units/messy.perf")), TIDY);
    assert_eq!(
        read(&dir.path().join("notes.txt")),
        MESSY,
        "not a .perf file"
    );
    let modified = std::fs::metadata(&tidy)
        .and_then(|m| m.modified())
        .expect("time");
    assert_eq!(modified, long_ago, "an unchanged file was rewritten");
}

#[test]
fn standard_input_is_formatted_to_standard_output() {
    use std::io::Write;
    let mut child = perfc()
        .args(["fmt", "--keywords", "en", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("perfc runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(MESSY.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("perfc ends");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "unit 543001 \"示例局本级\"  # 本级\n");
}

#[test]
fn a_file_that_does_not_parse_is_reported_and_left_alone() {
    let dir = workspace();
    let broken = "项目 P1 \"名称\" {\n  预算 十五\n}\n";
    std::fs::write(dir.path().join("broken.perf"), broken).expect("write");
    let out = run_in(dir.path(), &["fmt", "--color", "never", "."]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("E0001") && stderr.contains("broken.perf"),
        "{stderr}"
    );
    assert_eq!(read(&dir.path().join("broken.perf")), broken);
    // The other files are formatted all the same.
    assert_eq!(read(&dir.path().join("units/messy.perf")), TIDY);
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let dir = workspace();
    let out = run_in(dir.path(), &["fmt", "nowhere.perf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("nowhere.perf"));
}
