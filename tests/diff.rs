//! `perfc diff`: two versions of the reference with known edits report exactly those edits, in
//! every format; documents, directories, git revisions and git's external diff driver; trouble
//! and amounts out of range.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use support::{git, perfc};

const REFERENCE_DIR: &str = "examples/chengde-2023";
const HELLO: &str = "examples/teaching/hello.perf";

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// `perfc diff ARGS` run in `dir`.
fn diff(dir: &Path, args: &[&str]) -> Output {
    perfc()
        .current_dir(dir)
        .arg("diff")
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("perfc runs")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Replaces `old` by `new` in a file, exactly once.
fn edit(file: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(file).expect("read");
    assert_eq!(text.matches(old).count(), 1, "{old} in {}", file.display());
    std::fs::write(file, text.replacen(old, new, 1)).expect("write");
}

/// The reviewer's edits of the reference: a project renamed and its budget raised, a floor
/// raised (tightened) and one lowered (loosened), a deadline brought forward (tightened), a
/// ceiling raised (loosened); and, meaning nothing, a comment and spacing.
fn edit_reference(dir: &Path) {
    let units = dir.join("units/543001.perf");
    edit(
        &units,
        "项目 13080023P000085100062 \"2023 年测绘地理信息资质单位质量监督检查\" {\n  单位 543001\n  预算 15.00 { 财政资金 15.00 }",
        "项目 13080023P000085100062 \"2023 年测绘质量监管\" {\n  单位 543001\n  # 追加 3 万元\n  预算 18.00 {  财政资金 18.00 }",
    );
    edit(
        &units,
        "\"开展质量监督检查次数\"                     ≥1 次",
        "\"开展质量监督检查次数\" ≥2次",
    );
    edit(
        &units,
        "\"服务平台系统故障处理率\" ≥95%",
        "\"服务平台系统故障处理率\" ≥90%",
    );
    edit(
        &units,
        "2023年12月31日前完成  依据",
        "2023年11月30日前完成  依据",
    );
    edit(
        &units,
        "\"监理经费总支出\"     ≤10万元",
        "\"监理经费总支出\"     ≤12万元",
    );
}

/// `old/` and `new/` copies of the reference, `new` edited.
fn reference_versions() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(Path::new(REFERENCE_DIR), &dir.path().join("old"));
    copy_dir(Path::new(REFERENCE_DIR), &dir.path().join("new"));
    edit_reference(&dir.path().join("new"));
    dir
}

const OLD: &str = "old/chengde-2023.perf";
const NEW: &str = "new/chengde-2023.perf";

#[test]
fn the_edited_reference_reports_exactly_its_edits_in_every_format() {
    let dir = reference_versions();
    let human = diff(dir.path(), &["--color", "never", OLD, NEW]);
    assert_eq!(human.status.code(), Some(1), "{}", text(&human.stderr));
    assert!(human.stderr.is_empty(), "{}", text(&human.stderr));
    let human = text(&human.stdout);
    assert!(
        human.contains("   预算      15.00 万元 → 18.00 万元 (+3.00)"),
        "{human}"
    );
    assert!(
        human.contains("   指标 “开展质量监督检查次数”  ≥1 次 → ≥2次（收紧）"),
        "{human}"
    );
    insta::assert_snapshot!("reference_human", human);

    let markdown = diff(dir.path(), &["--format", "markdown", OLD, NEW]);
    assert_eq!(markdown.status.code(), Some(1));
    insta::assert_snapshot!("reference_markdown", text(&markdown.stdout));

    let json = diff(dir.path(), &["--format", "json", OLD, NEW]);
    assert_eq!(json.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let schema: serde_json::Value =
        serde_json::from_str(&perfc::emit::schema::diff_to_string()).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    assert!(validator.is_valid(&json), "{json:#}");
    // Exactly the edits: (project, kind, field or indicator, judgement or difference).
    let mut found = Vec::new();
    for project in json["documents"][0]["projects"]
        .as_array()
        .expect("projects")
    {
        assert_eq!(project["status"], "changed");
        for change in project["changes"].as_array().expect("changes") {
            let what = change["field"]
                .as_str()
                .or(change["indicator"]["name"].as_str())
                .unwrap_or("");
            let how = change["judgement"]
                .as_str()
                .or(change["difference"].as_str())
                .or(change["new"].as_str())
                .unwrap_or("");
            found.push(format!(
                "{} {} {what} {how}",
                project["code"].as_str().unwrap_or(""),
                change["kind"].as_str().unwrap_or("")
            ));
        }
    }
    assert_eq!(
        found,
        [
            "13080023P000085100062 renamed  2023 年测绘质量监管",
            "13080023P000085100062 money budget 3.00",
            "13080023P000085100062 money fiscal 3.00",
            "13080023P000085100062 indicator_value 开展质量监督检查次数 tightened",
            "13080023P00007010008M indicator_value 服务平台系统故障处理率 loosened",
            "13080023P00007010008M indicator_value 各项任务完成时限 tightened",
            "13080023P00007510007E indicator_value 监理经费总支出 loosened",
        ]
    );
    assert_eq!(json["documents"][0]["header"], serde_json::json!([]));
    assert_eq!(json["documents"][0]["department"], serde_json::json!([]));
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(1));
}

#[test]
fn identical_documents_exit_0_and_print_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(Path::new(REFERENCE_DIR), &dir.path().join("old"));
    copy_dir(Path::new(REFERENCE_DIR), &dir.path().join("new"));
    // Layout and comments are no change.
    edit(
        &dir.path().join("new/units/543001.perf"),
        "  预算 15.00 { 财政资金 15.00 }",
        "  # 批复金额\n  预算   15 {财政资金 15.000}",
    );
    for format in ["human", "markdown"] {
        let out = diff(dir.path(), &["--format", format, OLD, NEW]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{format}");
    }
    let json = diff(dir.path(), &["--format", "json", "old", "new"]);
    assert_eq!(json.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(json["documents"], serde_json::json!([]));
}

#[test]
fn directories_are_matched_by_relative_path() {
    let dir = reference_versions();
    std::fs::copy(HELLO, dir.path().join("new/hello.perf")).expect("copy");
    let out = diff(dir.path(), &["--format", "json", "old", "new"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let documents: Vec<(String, String, String)> = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            let path = |v: &serde_json::Value| v.as_str().unwrap_or("-").to_string();
            (path(&d["old"]), path(&d["new"]), path(&d["status"]))
        })
        .collect();
    assert_eq!(
        documents,
        [
            (
                "old/chengde-2023.perf".into(),
                "new/chengde-2023.perf".into(),
                "changed".into()
            ),
            ("-".into(), "new/hello.perf".into(), "added".into()),
            // The monitoring and the self-evaluation include the targets: their edits are the
            // records' changes too.
            (
                "old/monitoring-2023.perf".into(),
                "new/monitoring-2023.perf".into(),
                "changed".into()
            ),
            (
                "old/self-evaluation-2023.perf".into(),
                "new/self-evaluation-2023.perf".into(),
                "changed".into()
            ),
        ]
    );
}

#[test]
fn every_kind_of_change_is_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = dir.path().join("old.perf");
    let new = dir.path().join("new.perf");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    let extra = "\n项目 \"新项目\" {\n  单位 543002\n  预算 5.00 { 财政资金 5.00 }\n}\n";
    std::fs::write(
        &old,
        format!("{hello}{}", extra.replace("新项目", "旧项目")),
    )
    .expect("write");
    let edited = hello
        .replace("年度 2023", "年度 2024")
        .replace(
            "单位 543001 \"示例局本级\"",
            "单位 543001 \"示例局本级\"\n单位 543002 \"示例局二处\"",
        )
        .replace("  单位 543001\n  预算", "  单位 543002\n  预算")
        .replace("{ 6月底 40%  10月底 80%", "{ 6月底 50%  10月底 80%")
        .replace("落实测绘成果质量监督管理的政策要求。", "落实政策要求。")
        .replace("质量监督检查支出成本控制情况", "成本控制情况")
        .replace(
            "    质量指标 \"工作方案、工作总结完成率\" 100%      依据 行业规范\n",
            "",
        )
        .replace(
            "    成本指标",
            "    数量指标 \"培训人次\" ≥20 人次  依据 年度工作计划\n    成本指标",
        )
        .replace("≥90%  依据 行业规范", "≤90%  依据 行业规范")
        .replace("12月底前", "11月底前");
    std::fs::write(&new, format!("{edited}{extra}")).expect("write");
    let out = diff(dir.path(), &["--color", "never", "old.perf", "new.perf"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    insta::assert_snapshot!("every_kind_human", text(&out.stdout));
    let out = diff(
        dir.path(),
        &["--lang", "en", "--color", "never", "old.perf", "new.perf"],
    );
    insta::assert_snapshot!("every_kind_human_en", text(&out.stdout));
    let out = diff(
        dir.path(),
        &["--format", "markdown", "old.perf", "new.perf"],
    );
    insta::assert_snapshot!("every_kind_markdown", text(&out.stdout));
}

#[test]
fn the_department_table_s_money_is_compared() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = std::fs::read_to_string("examples/forms/department-water.perf").expect("read");
    let new = old.replace(
        "预算 1036.80 { 基本支出 566.80  项目支出 470.00 }",
        "预算 1100 { 基本支出 566.80  项目支出 533.20 }",
    );
    std::fs::write(dir.path().join("old.perf"), &old).expect("write");
    std::fs::write(dir.path().join("new.perf"), new).expect("write");
    let out = diff(dir.path(), &["old.perf", "new.perf"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "--- old.perf\n+++ new.perf\n部门目标\n   \
         预算      1036.80 万元 → 1100 万元 (+63.20)\n   \
         项目支出  470.00 万元 → 533.20 万元 (+63.20)\n"
    );
}

#[test]
fn terminal_escapes_in_a_document_never_reach_the_terminal_nor_markdown_as_markup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    let hostile = hello
        .replace(
            "资质单位质量监督检查\"",
            "资质单位\u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}检查\u{9b}31m\"",
        )
        .replace("质量监督检查支出成本控制情况", "a | <b>* [x](y)");
    std::fs::write(dir.path().join("old.perf"), &hello).expect("write");
    std::fs::write(dir.path().join("new\u{1b}[31m.perf"), hostile).expect("write");
    for format in ["human", "markdown", "json"] {
        let out = perfc()
            .current_dir(dir.path())
            .args(["diff", "--color", "never", "--format", format, "old.perf"])
            .arg("new\u{1b}[31m.perf")
            .output()
            .expect("perfc runs");
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        let shown = text(&out.stdout);
        for c in ['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}'] {
            assert!(!shown.contains(c), "{format} output holds {c:?}:\n{shown}");
        }
        if format == "json" {
            let json: serde_json::Value = serde_json::from_str(&shown).expect("JSON");
            let name = &json["documents"][0]["projects"][0]["name"];
            assert!(
                name.as_str().is_some_and(|n| n.contains("\u{1b}[2J")),
                "{name}"
            );
        }
        if format == "markdown" {
            assert!(shown.contains("| a \\| \\<b\\>\\* \\[x\\](y) |"), "{shown}");
        }
    }
}

#[test]
fn colour_is_asked_for_or_left_out() {
    let dir = reference_versions();
    let coloured = text(&diff(dir.path(), &["--color", "always", OLD, NEW]).stdout);
    assert!(coloured.contains("\x1b[32m收紧\x1b[0m"), "{coloured}");
    assert!(coloured.contains("\x1b[33m放宽\x1b[0m"), "{coloured}");
    // Not a terminal: no colour unless asked for.
    let plain = text(&diff(dir.path(), &[OLD, NEW]).stdout);
    assert!(!plain.contains('\x1b'), "{plain}");
}

#[test]
fn an_amount_out_of_range_is_reported_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    // 28 digits in 万元 fit a decimal; in 元, the newer document's unit, they do not.
    let huge = "7922816251426433759354395033";
    let old = hello.replace(
        "预算 15.00 { 财政资金 15.00 }",
        &format!("预算 {huge} {{ 财政资金 {huge} }}"),
    );
    let new = hello
        .replace("指标体系 2015", "指标体系 2015\n  金额单位 元")
        .replace(
            "预算 15.00 { 财政资金 15.00 }",
            "预算 150000 { 财政资金 150000 }",
        );
    std::fs::write(dir.path().join("old.perf"), old).expect("write");
    std::fs::write(dir.path().join("new.perf"), new).expect("write");
    let out = diff(dir.path(), &["--format", "json", "old.perf", "new.perf"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let changes = &json["documents"][0]["projects"][0]["changes"];
    assert_eq!(changes[0]["field"], "budget", "{json:#}");
    assert_eq!(changes[0]["out_of_range"], true);
    assert_eq!(changes[0]["difference"], serde_json::Value::Null);
    assert_eq!(changes[0]["old"], format!("{huge} 万元"));
    let human = text(&diff(dir.path(), &["old.perf", "new.perf"]).stdout);
    assert!(human.contains("超出数值范围，无法比较"), "{human}");
}

#[test]
fn trouble_exits_with_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(HELLO, dir.path().join("hello.perf")).expect("copy");
    std::fs::write(dir.path().join("broken.perf"), "项目 \"x\" {\n").expect("write");
    let broken = diff(dir.path(), &["hello.perf", "broken.perf"]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        text(&broken.stderr).contains("broken.perf"),
        "{}",
        text(&broken.stderr)
    );
    assert!(broken.stdout.is_empty());
    let missing = diff(dir.path(), &["hello.perf", "nowhere"]);
    assert_eq!(missing.status.code(), Some(2));
    let mixed = diff(dir.path(), &["hello.perf", "."]);
    assert_eq!(mixed.status.code(), Some(2));
}

#[test]
fn the_schema_of_the_json_is_printed() {
    let out = perfc()
        .args(["schema", "diff"])
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("schema is JSON");
    assert_eq!(schema["title"], "DiffJson");
}

/// A repository holding the reference, committed, then edited in the working tree.
fn repository() -> Option<tempfile::TempDir> {
    let dir = tempfile::tempdir().expect("temp dir");
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("git is not installed: skipped");
        return None;
    }
    copy_dir(Path::new(REFERENCE_DIR), &dir.path().join("doc"));
    git(dir.path(), &["init", "-q"])?;
    git(dir.path(), &["add", "."])?;
    git(dir.path(), &["commit", "-q", "-m", "2023"])?;
    edit_reference(&dir.path().join("doc"));
    Some(dir)
}

#[test]
fn a_revision_compares_with_the_working_tree_and_with_another_revision() {
    let Some(dir) = repository() else { return };
    let worktree = diff(
        dir.path(),
        &["--color", "never", "HEAD", "--", "doc/chengde-2023.perf"],
    );
    assert_eq!(
        worktree.status.code(),
        Some(1),
        "{}",
        text(&worktree.stderr)
    );
    let worktree = text(&worktree.stdout);
    assert!(
        worktree.starts_with("--- HEAD:doc/chengde-2023.perf\n+++ doc/chengde-2023.perf\n"),
        "{worktree}"
    );

    git(dir.path(), &["commit", "-q", "-a", "-m", "edited"]);
    // From a subdirectory, paths are relative to it; revisions compare with each other.
    let doc = dir.path().join("doc");
    let revisions = diff(
        &doc,
        &[
            "--color",
            "never",
            "HEAD~1",
            "HEAD",
            "--",
            "chengde-2023.perf",
        ],
    );
    assert_eq!(
        revisions.status.code(),
        Some(1),
        "{}",
        text(&revisions.stderr)
    );
    let revisions = text(&revisions.stdout);
    let body = |t: &str| t.lines().skip(2).collect::<Vec<_>>().join("\n");
    assert_eq!(body(&revisions), body(&worktree));
    // The whole repository: the document, and the monitoring and the self-evaluation that
    // include its targets.
    let all = diff(dir.path(), &["--format", "json", "HEAD~1", "HEAD"]);
    let json: serde_json::Value = serde_json::from_slice(&all.stdout).expect("JSON");
    assert_eq!(
        json["documents"].as_array().map(Vec::len),
        Some(3),
        "{json:#}"
    );
    assert_eq!(json["documents"][0]["old"], "HEAD~1:doc/chengde-2023.perf");

    assert_eq!(diff(dir.path(), &["HEAD", "HEAD"]).status.code(), Some(0));
    let bad = diff(dir.path(), &["no-such-revision"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("no-such-revision"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn git_diff_uses_perfc_as_its_diff_driver() {
    let Some(dir) = repository() else { return };
    std::fs::write(dir.path().join(".gitattributes"), "*.perf diff=perf\n").expect("write");
    let driver = format!(
        "diff.perf.command={} diff --git --color never",
        env!("CARGO_BIN_EXE_perfc")
    );
    let out = git(dir.path(), &["-c", &driver, "diff"]).expect("git");
    let shown = text(&out.stdout);
    // git hands the driver the changed file alone: the unit's file.
    assert!(
        shown.starts_with("--- a/doc/units/543001.perf\n+++ b/doc/units/543001.perf\n"),
        "{shown}"
    );
    assert!(shown.contains("≥1 次 → ≥2次（收紧）"), "{shown}");
    assert!(shown.contains("≥95% → ≥90%（放宽）"), "{shown}");

    // Between commits too; a change of layout only is said to be one.
    git(dir.path(), &["commit", "-q", "-a", "-m", "edited"]);
    edit(
        &dir.path().join("doc/chengde-2023.perf"),
        "  年度 2023\n",
        "  # 预算年度\n  年度   2023\n",
    );
    git(dir.path(), &["commit", "-q", "-a", "-m", "comment"]);
    let out = git(dir.path(), &["-c", &driver, "diff", "HEAD~2", "HEAD"]).expect("git");
    let shown = text(&out.stdout);
    assert!(shown.contains("+++ b/doc/units/543001.perf"), "{shown}");
    assert!(
        shown.contains("doc/chengde-2023.perf: 内容无变化（仅格式或注释不同）"),
        "{shown}"
    );
}
