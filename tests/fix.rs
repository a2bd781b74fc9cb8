//! `perfc fix`: the repairs findings carry, applied to the files they are in (or listed with
//! `--dry-run`), never to a finding acknowledged with `确认`; the same repairs as the language
//! server's quick fixes and the JSON findings' `fix`.

mod support;

use std::path::Path;

use support::perfc;

fn fix(dir: &Path, args: &[&str]) -> std::process::Output {
    perfc()
        .current_dir(dir)
        .arg("fix")
        .args(args)
        .output()
        .expect("perfc runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// hello.perf with its budget off the sum of its sources and two units spelled as words.
fn broken() -> String {
    std::fs::read_to_string("examples/teaching/hello.perf")
        .expect("example")
        .replace(
            "预算 15.00 { 财政资金 15.00 }",
            "预算 16.00 { 财政资金 12.00  其他资金 3.00 }",
        )
        .replace("100%      依据 行业规范", "100 百分比  依据 行业规范")
        .replace("≤100%     描述", "≤100  计量单位 百分比  描述")
}

#[test]
fn repairs_are_listed_then_applied_then_gone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("doc.perf");
    std::fs::write(&doc, broken()).expect("write");

    let listed = fix(dir.path(), &["--dry-run", "doc.perf"]);
    assert_eq!(listed.status.code(), Some(1), "repairs pending");
    let listing = text(&listed.stderr);
    for expected in [
        "E0401: `16.00` → `15.00`",
        "E0502: ` 百分比` → `%`",
        "E0502: `百分比` → `%`",
    ] {
        assert!(listing.contains(expected), "{expected}: {listing}");
    }
    assert_eq!(
        std::fs::read_to_string(&doc).expect("read"),
        broken(),
        "dry run"
    );

    let applied = fix(dir.path(), &["doc.perf"]);
    assert_eq!(applied.status.code(), Some(0), "{}", text(&applied.stderr));
    let fixed = std::fs::read_to_string(&doc).expect("read");
    assert!(
        fixed.contains("预算 15.00 { 财政资金 12.00  其他资金 3.00 }"),
        "{fixed}"
    );
    assert!(fixed.contains("100%  依据 行业规范"), "{fixed}");
    assert!(fixed.contains("≤100  计量单位 %  描述"), "{fixed}");

    let check = perfc()
        .current_dir(dir.path())
        .args(["check", "--diagnostic-format", "short", "doc.perf"])
        .output()
        .expect("perfc runs");
    let findings = text(&check.stderr);
    assert!(
        !findings.contains("E0401") && !findings.contains("E0502"),
        "{findings}"
    );
    assert_eq!(
        fix(dir.path(), &["--dry-run", "doc.perf"]).status.code(),
        Some(0)
    );
}

#[test]
fn an_acknowledged_finding_is_left_as_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("doc.perf");
    let acknowledged = broken().replace(
        "  单位 543001\n",
        "  单位 543001\n  确认 E0401 \"原文预算数与资金来源不符，按原文转录\"\n",
    );
    std::fs::write(&doc, &acknowledged).expect("write");
    let listed = fix(dir.path(), &["--dry-run", "doc.perf"]);
    assert!(
        !text(&listed.stderr).contains("E0401"),
        "{}",
        text(&listed.stderr)
    );
    fix(dir.path(), &["doc.perf"]);
    let fixed = std::fs::read_to_string(&doc).expect("read");
    assert!(fixed.contains("预算 16.00"), "kept: {fixed}");
}

#[test]
fn the_json_findings_carry_the_repair() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("doc.perf"), broken()).expect("write");
    let out = perfc()
        .current_dir(dir.path())
        .args(["check", "--diagnostic-format", "json", "doc.perf"])
        .output()
        .expect("perfc runs");
    let budget = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
        .find(|d| d["code"] == "E0401")
        .expect("E0401");
    assert_eq!(budget["fix"]["replacement"], "15.00");
    assert_eq!(budget["fix"]["line"], budget["line"]);
}
