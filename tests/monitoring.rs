//! Monitoring (绩效运行监控) through the pipeline: the rates, the plan and the lights in the JSON
//! against values worked out by hand (each beside its assertion), the rules on a record beside
//! its targets, and the report's outputs (PDF text, workbook sheets).

mod support;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Reader, Xlsx};
use serde_json::Value;

const HEADER: &str = "文档 \"县局 2024 年绩效监控\" {\n  年度 2024\n  表样 申报表\n}\n\n";

/// A project of 20 万元 planned 40% by 6月底 and 80% by 10月底; one of each kind of target.
const TARGETS: &str = r#"项目 "P" {
  预算 20.00 { 财政资金 20.00 }
  支出计划 { 6月底 40%  10月底 80%  12月底 100% }
  目标 "完成县道养护。"
  产出指标 {
    数量指标 "里程"   ≥30 公里
    质量指标 "优良率" ≥85%
    时效指标 "时间"   2024年11月底前
    成本指标 "成本"   ≤0.6 万元/公里
  }
  效益指标 { 社会效益指标 "通行" 改善 }
  满意度指标 { 服务对象满意度指标 "满意度" ≥90% }
}
"#;

/// Every row met and certain.
const ROWS: &str = r#"  "里程"    完成 14 公里  预计 31 公里  可能性 确定能
  "优良率"  完成 86%  预计 86%  可能性 确定能
  "时间"    完成 "按计划推进"  预计 2024年11月15日  可能性 确定能
  "成本"    完成 0.5 万元/公里  预计 0.6 万元/公里  可能性 确定能
  "通行"    完成 "部分路段已改善"  预计 达成  可能性 确定能
  "满意度"  完成 不涉及  预计 92%  可能性 确定能
"#;

/// Writes the targets and the record into a fresh directory; the record's path.
fn record(dir: &Path, targets: &str, record: &str) -> PathBuf {
    let targets = format!("{HEADER}{targets}");
    std::fs::write(dir.join("targets.perf"), targets).expect("targets written");
    let path = dir.join("monitoring.perf");
    std::fs::write(&path, format!("包含 \"targets.perf\"\n\n{record}")).expect("record written");
    path
}

/// The first monitoring of the JSON, and the codes of the record's findings (E09, E0005, E0006).
fn monitored(record_text: &str) -> (Value, Vec<String>) {
    monitored_with(TARGETS, record_text)
}

fn monitored_with(targets: &str, record_text: &str) -> (Value, Vec<String>) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = record(dir.path(), targets, record_text);
    let (_, diagnostics) = support::check(&path);
    let codes = diagnostics
        .iter()
        .map(|d| d.code.to_string())
        .filter(|code| code.starts_with("E09") || code == "E0005" || code == "E0006")
        .collect();
    let json: Value = serde_json::from_str(&support::json(&path).expect("json")).expect("json");
    (json["monitorings"][0].clone(), codes)
}

fn at_july(funds: &str, rows: &str) -> String {
    format!("监控 \"P\" 截至 7月底 {{\n  资金 {{ {funds} }}\n{rows}}}\n")
}

/// Each row's light, in order (`-` for none).
fn lights(monitoring: &Value) -> Vec<String> {
    monitoring["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["light"].as_str().unwrap_or("-").to_string())
        .collect()
}

#[test]
fn money_on_plan_is_green_and_every_certain_row_too() {
    // 8.00 ÷ 20.00 = 40.00%, planned by 7月底: 6月底's 40%. Forecast 20 ÷ 20 = 100.00%.
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", ROWS));
    assert_eq!(codes, Vec::<String>::new());
    assert_eq!(m["execution_rate"], "40.00");
    assert_eq!(m["planned_rate"], "40");
    assert_eq!(m["planned_from"], "schedule");
    assert_eq!(m["forecast_rate"], "100.00");
    assert_eq!(m["light"], "green");
    assert_eq!(lights(&m), ["green"; 6]);
    assert_eq!(m["lights"]["green"], 6);
}

#[test]
fn money_behind_by_less_than_ten_points_is_yellow_from_ten_red() {
    // 6.02 ÷ 20 = 30.10%: 9.90 points behind 40%, yellow.
    let (m, codes) = monitored(&at_july("执行数 6.02  预计执行数 20.00", ROWS));
    assert_eq!(m["light"], "yellow");
    assert_eq!(codes, ["E0912"]);
    // 6.00 ÷ 20 = 30.00%: 10 points behind, red; explained, so no finding.
    let funds =
        "执行数 6.00  预计执行数 20.00\n    偏差 经费保障 \"上级资金未到位。\"  纠偏 \"催拨。\"";
    let (m, codes) = monitored(&at_july(funds, ROWS));
    assert_eq!(m["execution_rate"], "30.00");
    assert_eq!(m["light"], "red");
    assert_eq!(codes, Vec::<String>::new());
    assert_eq!(m["cause"]["kinds"][0], "经费保障");
}

#[test]
fn without_a_schedule_the_plan_is_elapsed_time() {
    let targets = TARGETS.replace("  支出计划 { 6月底 40%  10月底 80%  12月底 100% }\n", "");
    // 8月底: 8 ÷ 12 = 66.67%. 13.00 ÷ 20 = 65.00%: 1.67 points behind, yellow, but behind
    // elapsed time is no finding (E0912 holds a project to its own plan).
    let record = format!(
        "监控 \"P\" 截至 8月底 {{\n  资金 {{ 执行数 13.00  预计执行数 20.00 }}\n{ROWS}}}\n"
    );
    let (m, codes) = monitored_with(&targets, &record);
    assert_eq!(m["planned_rate"], "66.67");
    assert_eq!(m["planned_from"], "elapsed");
    assert_eq!(m["light"], "yellow");
    assert_eq!(codes, Vec::<String>::new());
}

#[test]
fn a_forecast_short_of_the_target_is_red_and_contradicts_certain() {
    let rows = ROWS.replace("预计 31 公里", "预计 29 公里");
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &rows));
    assert_eq!(m["rows"][0]["forecast_meets"], false);
    assert_eq!(m["rows"][0]["light"], "red");
    assert_eq!(codes, ["E0913"]);
    // Exactly the floor meets it.
    let rows = ROWS.replace("预计 31 公里", "预计 30 公里");
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &rows));
    assert_eq!(m["rows"][0]["forecast_meets"], true);
    assert_eq!(codes, Vec::<String>::new());
}

#[test]
fn a_ceiling_passed_is_red_and_a_finding_until_owned_up_to() {
    let passed = ROWS.replace("完成 0.5 万元/公里", "完成 0.61 万元/公里");
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &passed));
    assert_eq!(m["rows"][3]["ceiling_passed"], true);
    assert_eq!(m["rows"][3]["light"], "red");
    assert_eq!(codes, ["E0914"]);
    // At the ceiling it is not passed.
    let at = ROWS.replace("完成 0.5 万元/公里", "完成 0.6 万元/公里");
    let (m, _) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &at));
    assert_eq!(m["rows"][3]["ceiling_passed"], false);
    // 完全不可能 with its cause: red, and nothing more to say.
    let owned = ROWS.replace(
        "完成 0.5 万元/公里  预计 0.6 万元/公里  可能性 确定能",
        "完成 0.61 万元/公里  预计 0.62 万元/公里  可能性 完全不可能\n    偏差 经费保障 \"涨价。\"  纠偏 \"压缩。\"",
    );
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &owned));
    assert_eq!(m["rows"][3]["light"], "red");
    assert_eq!(codes, Vec::<String>::new());
}

#[test]
fn an_uncertain_row_is_yellow_and_needs_forecast_cause_and_measures() {
    let bare = ROWS.replace("预计 92%  可能性 确定能", "可能性 有可能");
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &bare));
    assert_eq!(m["rows"][5]["light"], "yellow");
    assert_eq!(codes, ["E0915"]);
    let full = ROWS.replace(
        "预计 92%  可能性 确定能",
        "预计 90%  可能性 有可能\n    偏差 制度保障、人员保障 \"问卷在四季度。\"  纠偏 \"先回访。\"",
    );
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &full));
    assert_eq!(m["rows"][5]["cause"]["kinds"][1], "人员保障");
    assert_eq!(codes, Vec::<String>::new());
}

#[test]
fn words_off_the_form_are_named_with_the_closest() {
    let rows = ROWS.replace("预计 92%  可能性 确定能", "预计 90%  可能性 有可")
        + "    偏差 人员保证 \"x\"  纠偏 \"y\"\n";
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = record(dir.path(), TARGETS, &at_july("执行数 8.00", &rows));
    let (loaded, diagnostics) = support::check(&path);
    let shown = support::render(
        &loaded,
        &diagnostics,
        perfc::diag::render::Format::Short,
        perfc::diag::Lang::Zh,
    );
    let words: Vec<&str> = diagnostics
        .iter()
        .filter(|d| d.code == "E0916")
        .filter_map(|d| d.help.as_ref().map(|h| h.zh.as_ref()))
        .collect();
    assert_eq!(words, ["写 `有可能`", "写 `人员保障`"], "{shown}");
}

#[test]
fn amounts_beyond_the_budget_or_the_forecast_are_errors() {
    let (_, codes) = monitored(&at_july("执行数 21.00  预计执行数 20.00", ROWS));
    assert_eq!(codes, ["E0917", "E0917"]);
    let (_, codes) = monitored(&at_july(
        "全年预算数 25.00  执行数 21.00  预计执行数 25.00",
        ROWS,
    ));
    assert_eq!(codes, Vec::<String>::new());
    // A forecast below 90% of the budget wants a reason, as a self-evaluation's execution does.
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 17.90", ROWS));
    assert_eq!(m["forecast_rate"], "89.50");
    assert_eq!(codes, ["E0907"]);
}

#[test]
fn missing_rows_values_and_names_are_reported() {
    let rows = ROWS
        .lines()
        .filter(|l| !l.contains("\"时间\""))
        .map(|l| l.replace("完成 86%  ", "").replace("可能性 确定能", ""))
        .map(|l| format!("{l}\n"))
        .collect::<String>()
        + "  \"里程数\"  完成 1 公里\n";
    let (_, codes) = monitored(&at_july("预计执行数 20.00", &rows));
    // 执行数 missing; "里程数" names nothing; "时间" has no row; "优良率" no 完成; the five rows no
    // 可能性.
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            "E0902", "E0903", "E0903", "E0903", "E0903", "E0903", "E0903", "E0903", "E0903"
        ],
        "{codes:?}"
    );
}

#[test]
fn a_value_of_another_unit_is_not_comparable() {
    let rows = ROWS.replace("预计 31 公里", "预计 31 千米");
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &rows));
    assert_eq!(m["rows"][0]["forecast_meets"], Value::Null);
    assert_eq!(codes, ["E0904"]);
    // Progress in words is fine for a deadline and a qualitative target, not for a number.
    let rows = ROWS.replace("完成 14 公里", "完成 \"过半\"");
    let (_, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &rows));
    assert_eq!(codes, Vec::<String>::new());
}

#[test]
fn records_link_by_project_and_month() {
    let july = at_july("执行数 8.00  预计执行数 20.00", ROWS);
    let august = july.replace("7月底", "8月底");
    // Two months of one project: both count. The same month twice: the second is ignored.
    let (_, codes) = monitored(&format!("{july}\n{august}"));
    assert_eq!(codes, Vec::<String>::new());
    let (_, codes) = monitored(&format!("{july}\n{july}"));
    assert_eq!(codes, ["E0005"]);
    let (_, codes) = monitored(&july.replace("监控 \"P\"", "监控 \"Q\""));
    assert_eq!(codes, ["E0901"]);
}

#[test]
fn an_amount_beyond_exact_arithmetic_is_a_finding_not_a_panic() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let funds = "执行数 79228162514264337593543950335  预计执行数 20.00";
    let path = record(dir.path(), TARGETS, &at_july(funds, ROWS));
    let (_, diagnostics) = support::check(&path);
    let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"E0006"), "{codes:?}");
    assert_eq!(support::json(&path), None, "no output is made past E0006");
}

#[test]
fn the_examples_say_what_their_comments_say() {
    let record_codes = |path: &str| -> Vec<&str> {
        let (_, diagnostics) = support::check(Path::new(path));
        let codes = diagnostics.iter().map(|d| d.code);
        codes.filter(|code| code.starts_with("E09")).collect()
    };
    assert_eq!(
        record_codes("examples/teaching/hello-monitoring.perf"),
        Vec::<&str>::new()
    );
    assert_eq!(
        record_codes("examples/chengde-2023/monitoring-2023.perf"),
        ["E0913"],
        "the deliberate forecast contradiction"
    );
    let path = Path::new("examples/chengde-2023/monitoring-2023.perf");
    let json: Value = serde_json::from_str(&support::json(path).expect("json")).expect("json");
    let summary: Vec<String> = json["monitorings"]
        .as_array()
        .expect("monitorings")
        .iter()
        .map(|m| {
            format!(
                "{} {} {} {}",
                m["execution_rate"].as_str().unwrap_or_default(),
                m["planned_rate"].as_str().unwrap_or_default(),
                m["light"].as_str().unwrap_or_default(),
                lights(m).join(","),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            // 4 ÷ 20 = 20.00% against 6月底's 30%: 10 points behind, red (explained).
            "20.00 30 red green,green,yellow,green,green,green,green",
            // 10 ÷ 20 = 50.00% against 6月底's 50%: green; 办结率 forecast 85% < 90%: red.
            "50.00 50 green green,red,green,green,green,green,green",
            // 10.5 ÷ 12 (the adjusted budget) = 87.50%, nothing planned before 10月底: green;
            // the cost ceiling passed and owned up to: red.
            "87.50 0 green green,green,green,red,green,green,green",
        ]
    );
}

/// The PDF's text with all whitespace removed: a cell's text wraps over lines.
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("pdf");
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("extract text");
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn build(file: &Path, out: &Path) -> Option<i32> {
    support::perfc()
        .arg("build")
        .arg(file)
        .args(["--emit", "pdf,xlsx", "-o"])
        .arg(out)
        .env_remove("SOURCE_DATE_EPOCH")
        .status()
        .expect("perfc runs")
        .code()
}

#[test]
fn the_report_prints_the_tables_with_their_lights() {
    let out = tempfile::tempdir().expect("temporary directory");
    let example = Path::new("examples/teaching/hello-monitoring.perf");
    assert_eq!(build(example, out.path()), Some(0));
    let text = pdf_text(&out.path().join("hello-monitoring.pdf"));
    for expected in [
        "部门项目支出绩效运行监控汇总",
        "项目支出绩效目标执行监控表",
        "1—7月执行数",
        "30.00%",
        "红灯",
        "黄灯",
        "绿灯",
        "硬件保障：检查车辆8月才到位",
        "9月先做一次回访",
    ] {
        assert!(text.contains(expected), "{expected} missing in:\n{text}");
    }
    assert!(
        !text.contains("项目支出绩效目标表"),
        "the targets are not printed again"
    );
    let bytes = std::fs::read(out.path().join("hello-monitoring.xlsx")).expect("workbook");
    let mut workbook = Xlsx::new(Cursor::new(&bytes[..])).expect("a readable workbook");
    let names = workbook.sheet_names();
    assert_eq!(
        names,
        ["监控汇总", "监控1 2023 年测绘地理信息资质单位质量监督检查"]
    );
    let summary = workbook.worksheet_range("监控汇总").expect("summary");
    let row: Vec<String> = summary
        .rows()
        .find(|r| r.first().is_some_and(|c| *c == "1"))
        .expect("the record's row")
        .iter()
        .map(|c| c.to_string())
        .collect();
    // 序号, 名称, 截至, 预算, 执行数, 执行率, 计划进度, 资金, 绿灯, 黄灯、红灯.
    assert_eq!(
        row[2..],
        ["7月底", "15", "4.5", "0.3", "0.4", "红灯", "5", "1、0"]
    );
}

#[test]
fn a_record_of_texts_in_typst_syntax_prints_them_as_text() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let rows = ROWS.replace(
        "预计 92%  可能性 确定能",
        "预计 90%  可能性 有可能\n    偏差 其他 \"#panic(\\\"x\\\")[*粗*]\"  纠偏 \"$x^2$<label>@ref\"",
    );
    let path = record(
        dir.path(),
        TARGETS,
        &at_july("执行数 8.00  预计执行数 20.00", &rows),
    );
    let out = dir.path().join("out");
    assert_eq!(build(&path, &out), Some(0));
    let text = pdf_text(&out.join("monitoring.pdf"));
    assert!(text.contains("#panic(\"x\")[*粗*]"), "{text}");
    assert!(text.contains("$x^2$<label>@ref"), "{text}");
}

#[test]
fn a_number_without_its_unit_ends_at_the_next_field() {
    let rows = ROWS.replace("完成 14 公里", "完成 14");
    let (m, codes) = monitored(&at_july("执行数 8.00  预计执行数 20.00", &rows));
    assert_eq!(m["rows"][0]["done"], "14");
    assert_eq!(m["rows"][0]["forecast"], "31 公里");
    assert_eq!(codes, ["E0904"], "14 without 公里");
    // In a target a word after the number stays its unit, as in `100 良好`.
    let targets = TARGETS.replace("≥85%", "100 完成");
    let (m, codes) = monitored_with(&targets, &at_july("执行数 8.00", ROWS));
    assert_eq!(m["rows"][1]["target"], "100 完成");
    assert!(!codes.contains(&"E0005".to_string()), "{codes:?}");
}
