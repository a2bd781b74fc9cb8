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

/// Typing slips with one obvious repair: a misspelt category, full-width digits, a colon after
/// a keyword, 万 for 万元. Each is repaired in place, and the document then reads clean of them.
#[test]
fn misspelt_categories_full_width_digits_and_form_labels_are_repaired() {
    let original = std::fs::read_to_string("examples/teaching/hello.perf").expect("example");
    let slips = original
        .replace("  产出指标 {", "  产出指表 {")
        .replace("    数量指标 \"开展", "    数量指木 \"开展")
        .replace("100%      依据 行业规范", "１００％   依据 行业规范")
        .replace("  年度 2023", "  年度：2023")
        .replace("预算 15.00 {", "预算 15万 {");
    assert_ne!(slips, original);
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("doc.perf");
    std::fs::write(&doc, &slips).expect("write");
    // A syntax error stops its item's reading there: the repairs beyond it show on a later run.
    let mut listed = String::new();
    for _ in 0..5 {
        let dry_run = fix(dir.path(), &["--dry-run", "doc.perf"]);
        if dry_run.status.code() == Some(0) {
            break;
        }
        listed.push_str(&text(&dry_run.stderr));
        fix(dir.path(), &["doc.perf"]);
    }
    for expected in [
        "E0301: `产出指表` → `产出指标`",
        "E0302: `数量指木` → `数量指标`",
        "E0001: `１００％` → `100%`",
        "E0001: `年度：2023` → `年度 2023`",
        "E0001: `万` → ` 万元`",
    ] {
        assert!(listed.contains(expected), "{expected}: {listed}");
    }
    let fixed = std::fs::read_to_string(&doc).expect("read");
    let expected = original
        .replace("100%      依据 行业规范", "100%   依据 行业规范")
        .replace("预算 15.00 {", "预算 15 万元 {");
    assert_eq!(fixed, expected);
}
