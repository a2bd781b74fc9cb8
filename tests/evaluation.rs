//! Self-evaluation (绩效自评) through the pipeline: the scores in the JSON against values computed
//! by hand (each written out beside its assertion), the edge cases the issue names (a target of 0,
//! a ceiling at twice its target, a total of exactly 90, weights not given, 不涉及), and a
//! directory whose targets stay a document beside the self-evaluation that includes them.

mod support;

use std::path::{Path, PathBuf};

use serde_json::Value;
use support::perfc;

/// Writes the targets and the record into a fresh directory; the record's path.
fn record(dir: &Path, targets: &str, record: &str) -> PathBuf {
    std::fs::write(dir.join("targets.perf"), targets).expect("targets written");
    let path = dir.join("self-evaluation.perf");
    std::fs::write(&path, format!("包含 \"targets.perf\"\n\n{record}")).expect("record written");
    path
}

/// The first self-evaluation of the JSON, and the codes of the self-evaluation's findings (the
/// targets' own, a note on their categories, do not matter here).
fn scored(targets: &str, text: &str) -> (Value, Vec<String>) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = record(dir.path(), targets, text);
    let (_, diagnostics) = support::check(&path);
    let codes = diagnostics
        .iter()
        .map(|d| d.code.to_string())
        .filter(|code| code.starts_with("E09") || code == "E0006")
        .collect();
    let json: Value = serde_json::from_str(&support::json(&path).expect("json")).expect("json");
    (json["self_evaluations"][0].clone(), codes)
}

/// Each row as `name weight method score`.
fn rows(evaluation: &Value) -> Vec<String> {
    evaluation["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {}",
                r["name"].as_str().unwrap_or_default(),
                r["weight"].as_str().unwrap_or_default(),
                r["method"].as_str().unwrap_or_default(),
                r["score"].as_str().unwrap_or("null"),
            )
        })
        .collect()
}

const HEADER: &str = "文档 \"县局 2024 年绩效自评\" {\n  年度 2024\n  表样 申报表\n}\n\n";

/// Targets without any 分值: 产出 shares 50 over four rows, 效益 and 满意度 have one row each.
const SHARED: &str = r#"项目 "P" {
  预算 10 { 财政资金 10 }
  目标 "完成年度任务。"
  产出指标 {
    数量指标 "a" ≥10 个
    数量指标 "b" ≥10 个
    质量指标 "c" ≥95%
    时效指标 "d" 2024年6月底前
  }
  效益指标 { 社会效益指标 "e" 有效提升 }
  满意度指标 { 服务对象满意度指标 "f" ≥95% }
}
"#;

#[test]
fn a_total_of_exactly_90_is_excellent() {
    let record = r#"自评 "P" {
  资金 { 全年预算数 10  全年执行数 10 }
  "a" 实际 10 个
  "b" 实际 12 个
  "c" 实际 95%
  "d" 实际 2024年6月30日
  "e" 实际 达成  得分 24
    偏差 "个别乡镇推进较慢。"
  "f" 实际 57%
    偏差 "回访不足。"
}
"#;
    let (evaluation, codes) = scored(&format!("{HEADER}{SHARED}"), record);
    assert_eq!(codes, [] as [&str; 0]);
    // 10 × 10 ÷ 10 = 10.00; 50 ÷ 4 = 12.50 a row, all met; 达成 [24.00, 30.00] → 24;
    // 10 × 57 ÷ 95 = 6.00; 10 + 50 + 24 + 6 = 90.00.
    assert_eq!(evaluation["execution_score"]["score"], "10.00");
    assert_eq!(
        rows(&evaluation),
        [
            "a 12.50 met 12.50",
            "b 12.50 met 12.50",
            "c 12.50 met 12.50",
            "d 12.50 met 12.50",
            "e 30.00 qualitative 24.00",
            "f 10.00 proportional 6.00",
        ]
    );
    assert_eq!(evaluation["total"]["score"], "90.00");
    assert_eq!(evaluation["grade"], "excellent");
    assert_eq!(evaluation["grade_word"], "优");
}

/// Ceilings exceeded, a target of 0, a late date, 不涉及, and weights written on some rows only.
const EDGES: &str = r#"项目 "P" {
  预算 10 { 财政资金 10 }
  目标 "完成年度任务。"
  产出指标 {
    数量指标 "a" ≥10 个  分值 20
    质量指标 "b" ≤5 天
    质量指标 "c" ≤0 起
    时效指标 "d" 2024年6月底前
  }
  效益指标 { 经济效益指标 "e" ≥100 万元  分值 30 }
  满意度指标 { 服务对象满意度指标 "f" ≥90% }
}
"#;

const EDGES_RECORD: &str = r#"自评 "P" {
  资金 { 全年预算数 10  全年执行数 12 }
  "a" 实际 8 个
    偏差 "两处未完工。"
  "b" 实际 10 天
    偏差 "审批延误。"
  "c" 实际 1 起
    偏差 "发生一起轻微事故。"
  "d" 实际 2024年7月1日
    偏差 "材料晚到。"
  "e" 实际 不涉及
  "f" 实际 95%
}
"#;

#[test]
fn edge_cases_score_as_computed_by_hand() {
    let (evaluation, codes) = scored(&format!("{HEADER}{EDGES}"), EDGES_RECORD);
    assert_eq!(codes, [] as [&str; 0]);
    // 12 of 10 executed: capped, 10.00. 产出 50: a writes 20, b c d share 30 → 10 each.
    // a: 20 × 8 ÷ 10 = 16.00. b: ceiling by ratio, 10 × 5 ÷ 10 = 5.00. c: a target of 0
    // exceeded scores 0. d: a day late, 0. e: 不涉及, its 30 left out. f: 95 ≥ 90, 10.
    // Total: (10 + 16 + 5 + 0 + 0 + 10) × 100 ÷ (100 − 30) = 41 × 100 ÷ 70 = 58.571… → 58.57, 差.
    assert_eq!(evaluation["execution_score"]["score"], "10.00");
    assert_eq!(
        rows(&evaluation),
        [
            "a 20 proportional 16.00",
            "b 10.00 inverse_proportional 5.00",
            "c 10.00 missed 0.00",
            "d 10.00 missed 0.00",
            "e 30 not_applicable null",
            "f 10.00 met 10.00",
        ]
    );
    assert_eq!(evaluation["total"]["score"], "58.57");
    assert_eq!(evaluation["grade_word"], "差");
    let explanation = evaluation["total"]["explanation"].as_str().expect("text");
    assert!(
        explanation.contains("× 100 ÷ (100 − 30.00)"),
        "{explanation}"
    );
}

#[test]
fn a_ceiling_at_twice_its_target_scores_nothing_by_the_linear_method() {
    let header = HEADER.replace(
        "  表样 申报表\n",
        "  表样 申报表\n  评分 { 超出上限 按超出比例 }\n",
    );
    let (evaluation, codes) = scored(&format!("{header}{EDGES}"), EDGES_RECORD);
    assert_eq!(codes, [] as [&str; 0]);
    // b: 10 is twice 5: 0 (by ratio it was 5.00). (10 + 16 + 10) × 100 ÷ 70 = 51.428… → 51.43.
    assert_eq!(rows(&evaluation)[1], "b 10.00 missed 0.00");
    assert_eq!(evaluation["total"]["score"], "51.43");
}

#[test]
fn the_example_scores_as_its_comments_say() {
    let path = Path::new("examples/teaching/hello-self-evaluation.perf");
    let json: Value = serde_json::from_str(&support::json(path).expect("json")).expect("json");
    let evaluation = &json["self_evaluations"][0];
    // 14.62 ÷ 15.00 = 97.4666…% → 97.47; 10 × 14.62 ÷ 15 = 9.7466… → 9.75; 10 × 88 ÷ 90 = 9.78;
    // 9.75 + 4 × 12.50 + 20 + 9.78 = 89.53, 良.
    assert_eq!(evaluation["execution_rate"], "97.47");
    assert_eq!(evaluation["execution_score"]["score"], "9.75");
    assert_eq!(evaluation["total"]["score"], "89.53");
    assert_eq!(evaluation["grade_word"], "良");
    assert_eq!(
        evaluation["rows"][5]["explanation"],
        "实际 88 < 目标 90，按比例得分：10.00 × 88 ÷ 90 = 9.78"
    );
    let (_, diagnostics) = support::check(path);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}

#[test]
fn a_directory_checks_the_targets_and_the_self_evaluation_including_them() {
    let dir = tempfile::tempdir().expect("temporary directory");
    record(
        dir.path(),
        &format!("{HEADER}{SHARED}"),
        "自评 \"P\" {\n  资金 { 全年预算数 10  全年执行数 10 }\n}\n",
    );
    let out = perfc()
        .args(["check", "--diagnostic-format", "short"])
        .arg(dir.path())
        .output()
        .expect("perfc runs");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    // The record lacks every actual (E0903 six times); the targets, checked on their own too,
    // are clean.
    assert_eq!(stderr.matches("E0903").count(), 6, "{stderr}");
    assert!(stderr.contains("self-evaluation.perf"), "{stderr}");
    let outputs = tempfile::tempdir().expect("temporary directory");
    let built = perfc()
        .args(["build", "--emit", "json", "-o"])
        .arg(outputs.path())
        .arg(dir.path())
        .output()
        .expect("perfc runs");
    assert_eq!(built.status.code(), Some(1));
    assert!(outputs.path().join("targets.json").is_file());
    assert!(outputs.path().join("self-evaluation.json").is_file());
}

#[test]
fn the_references_self_evaluation_scores_as_computed_by_hand() {
    let path = Path::new("examples/chengde-2023/self-evaluation-2023.perf");
    let json: Value = serde_json::from_str(&support::json(path).expect("json")).expect("json");
    let totals: Vec<String> = json["self_evaluations"]
        .as_array()
        .expect("records")
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                e["execution_score"]["score"].as_str().unwrap_or_default(),
                e["total"]["score"].as_str().unwrap_or_default(),
                e["grade_word"].as_str().unwrap_or_default()
            )
        })
        .collect();
    // 1: 10 × 14.62 ÷ 15 = 9.75; 4 × 12.50 met; 巩固提升 as written is 达成, 15; 部分达成 10 in
    //    [9.00, 12.00); 10 × 88 ÷ 90 = 9.78 → 9.75 + 50 + 15 + 10 + 9.78 = 94.53.
    // 2: 10 × 81.70 ÷ 95 = 8.60; 5 × 10 met; 13.5 in [12.00, 15.00]; 可持续 15; 10
    //    → 8.60 + 50 + 13.5 + 15 + 10 = 97.10.
    // 3: 10; 12.50 × 3; ceiling by ratio 12.50 × 10 ÷ 10.8 = 11.574… → 11.57; 不涉及 leaves out 15;
    //    15 + 10 → (10 + 37.50 + 11.57 + 25) × 100 ÷ 85 = 84.07 × 100 ÷ 85 = 98.905… → 98.91.
    assert_eq!(totals, ["9.75 94.53 优", "8.60 97.10 优", "10.00 98.91 优"]);
    // The second record's sources, as the form's 其中 rows.
    let sources = &json["self_evaluations"][1]["sources"];
    assert_eq!(sources[0]["label"], "当年财政拨款");
    assert_eq!(sources[0]["executed"], "76.70");
    assert_eq!(sources[1]["key"], "other");
    assert_eq!(sources[1]["initial_budget"], Value::Null);
    let (_, diagnostics) = support::check(path);
    // The reference's own findings aside (it is checked on its own too).
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|code| code.starts_with("E09"))
        .collect();
    assert_eq!(codes, ["E0906"], "the one row left without its explanation");
}

#[test]
fn numbers_beyond_exact_arithmetic_are_reported_never_a_panic() {
    let largest = "79228162514264337593543950335";
    let dir = tempfile::tempdir().expect("temporary directory");
    let text = format!(
        "自评 \"P\" {{\n  资金 {{ 全年预算数 {largest}  全年执行数 {largest} }}\n  \"a\" 实际 {largest} 个\n}}\n"
    );
    let path = record(dir.path(), &format!("{HEADER}{SHARED}"), &text);
    let (_, diagnostics) = support::check(&path);
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|code| code.starts_with("E09") || *code == "E0006")
        .collect();
    // Nothing is scored, so nothing else is said about the record; no output is written.
    assert_eq!(codes, ["E0006"]);
    assert_eq!(support::json(&path), None);
}

#[test]
fn a_second_row_or_record_is_reported_and_the_first_counts() {
    let record = r#"自评 "P" {
  资金 { 全年预算数 10  全年执行数 10 }
  "a" 实际 10 个
  "a" 实际 5 个
}

自评 "P" {
  资金 { 全年预算数 10  全年执行数 0 }
}
"#;
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = self::record(dir.path(), &format!("{HEADER}{SHARED}"), record);
    let (_, diagnostics) = support::check(&path);
    let duplicates: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.code == "E0005")
        .map(|d| d.message.zh.to_string())
        .collect();
    assert_eq!(
        duplicates,
        [
            "指标 “a” 写了两行，以第一行为准",
            "项目 P 已有一份自评，这一份被忽略"
        ]
    );
    let json: Value = serde_json::from_str(&support::json(&path).expect("json")).expect("json");
    let records = json["self_evaluations"].as_array().expect("records");
    assert_eq!(records.len(), 1);
    assert_eq!(rows(&records[0])[0], "a 12.50 met 12.50");
}

#[test]
fn the_department_as_a_whole_is_scored_against_its_own_indicators() {
    let path = Path::new("examples/forms/department-water-self-evaluation.perf");
    let json: Value = serde_json::from_str(&support::json(path).expect("json")).expect("json");
    let record = &json["self_evaluations"][0];
    assert_eq!(record["whole_department"], true);
    assert_eq!(record["project"], Value::Null);
    // 10 × 1021.35 ÷ 1056.80 = 9.6645… → 9.66; 产出 50 over four rows (成本 within 产出), all
    // met; 30 × 4.0 ÷ 4.2 = 28.571… → 28.57; 10 → 9.66 + 50 + 28.57 + 10 = 98.23, 优.
    assert_eq!(record["execution_rate"], "96.65");
    assert_eq!(record["execution_score"]["score"], "9.66");
    assert_eq!(
        rows(record),
        [
            "集中供水工程改造处数 12.50 met 12.50",
            "农村供水水质检测合格率 12.50 met 12.50",
            "防汛物资储备完成时间 12.50 met 12.50",
            "项目支出预算控制数 12.50 met 12.50",
            "受益农村人口 30.00 proportional 28.57",
            "群众满意度 10.00 met 10.00",
        ]
    );
    assert_eq!(record["total"]["score"], "98.23");
    assert_eq!(record["grade_word"], "优");
    assert_eq!(record["sources"][0]["label"], "基本支出");
    assert_eq!(record["sources"][1]["key"], "project_spending");
    let (_, diagnostics) = support::check(path);
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert!(!codes.iter().any(|c| c.starts_with("E09")), "{codes:?}");
}

#[test]
fn a_department_record_without_department_indicators_is_reported() {
    // Targets with projects only: nothing to score the department against.
    let record =
        "自评 部门整体 {\n  资金 { 全年预算数 10  全年执行数 10 }\n  \"a\" 实际 10 个\n}\n";
    let (_, codes) = scored(&format!("{HEADER}{SHARED}"), record);
    assert_eq!(codes, ["E0901"]);
    // A department's 其中 rows add up like a project's sources.
    let dept = "部门目标 {\n  预算 10 { 基本支出 6  项目支出 4 }\n  产出指标 { 数量指标 \"g\" ≥1 个 }\n}\n";
    let record = "自评 部门整体 {\n  资金 {\n    全年预算数 10  全年执行数 9\n    基本支出 { 全年预算数 6  全年执行数 6 }\n    项目支出 { 全年预算数 4  全年执行数 2 }\n    偏差 \"x\"\n  }\n  \"g\" 实际 1 个\n}\n";
    let (evaluation, codes) = scored(&format!("{HEADER}{dept}{SHARED}"), record);
    assert_eq!(codes, ["E0911"], "6 + 2 is not 9");
    assert_eq!(evaluation["whole_department"], true);
}
