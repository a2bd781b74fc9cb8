//! The indicator library (指标库): rows that name a template take its fields, their own fields
//! win, and what they took reads like what they wrote, in the rules and the JSON.

mod support;

use std::path::Path;

use serde_json::Value;

const TRAINING: &str = "examples/library/training.perf";

fn indicators(json: &Value) -> Vec<&Value> {
    json["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .flat_map(|p| p["indicators"].as_array().expect("indicators"))
        .collect()
}

fn row<'a>(rows: &[&'a Value], name: &str) -> &'a Value {
    rows.iter().find(|r| r["name"] == name).expect(name)
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn a_row_takes_the_template_s_fields_and_keeps_its_own() {
    let json: Value =
        serde_json::from_str(&support::json(Path::new(TRAINING)).expect("JSON")).expect("parse");
    let rows = indicators(&json);
    let people = row(&rows, "培训人次");
    assert_eq!(people["level2"], "数量指标", "the template's category");
    assert_eq!(people["description"], "反映年度内完成培训的人次。");
    assert_eq!(people["nature"], "正向");
    assert_eq!(people["value"]["unit"], "人次", "written after the number");
    assert_eq!(people["from_template"], true);
    let cost = row(&rows, "采购总成本控制率");
    assert_eq!(
        cost["basis"]["text"], "财政部门标准",
        "the template's basis"
    );
    let satisfaction = row(&rows, "参训人员满意度");
    assert_eq!(
        satisfaction["basis"]["text"], "行业规范",
        "the row's own basis wins"
    );
    assert_eq!(satisfaction["level1"], "满意度指标");
    let written = row(&rows, "培训完成时限");
    assert!(
        written.get("from_template").is_none(),
        "a row written out in full"
    );
}

#[test]
fn the_example_and_its_library_are_clean() {
    let (_, findings) = support::check(Path::new(TRAINING));
    let codes: Vec<&str> = findings.iter().map(|d| d.code).collect();
    assert!(codes.is_empty(), "{codes:?}");
}

const LIBRARY: &str = r#"指标库 "测试" {
  模板 "经费支出准确率" {
    类别 质量指标
    指标性质 逆行
    计量单位 %
    参考值 ≥98%
    依据 历史标准
  }
}
"#;

fn document(rows: &str) -> String {
    format!(
        r#"文档 "t" {{
  年度 2024
}}
单位 543001 "示例局本级"
项目 13080024P000085100071 "项目" {{
  单位 543001
  预算 12.00 {{ 财政资金 12.00 }}
  用途 "用途。"
  支出计划 {{ 6月底 50%  10月底 90%  12月底 100% }}
  目标 "目标。"
  产出指标 {{
{rows}
    数量指标 "次数" ≥1 次  依据 年度工作计划
    时效指标 "时限" 10月底前  依据 年度工作计划
    成本指标 "成本" ≤12 万元  依据 财政预算批复文件
  }}
  效益指标 {{
    社会效益指标 "水平" 有效提升  依据 年度工作计划
  }}
  满意度指标 {{
    服务对象满意度指标 "满意度" ≥90%  依据 历史标准
  }}
}}
包含 "library.perf"
"#
    )
}

#[test]
fn a_template_s_faulty_field_is_reported_once_at_the_template() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "library.perf", LIBRARY);
    let rows = "    模板 \"经费支出准确率\" 100%\n    质量指标 模板 \"经费支出准确率\" 97%";
    let root = write(dir.path(), "doc.perf", &document(rows));
    let (loaded, findings) = support::check(&root);
    let nature: Vec<_> = findings.iter().filter(|d| d.code == "E0518").collect();
    assert_eq!(nature.len(), 1, "one finding for the template's 指标性质");
    let file = loaded.sources.get(nature[0].primary.span.file);
    assert!(
        file.path.ends_with("library.perf"),
        "{}",
        file.path.display()
    );
    // Declared after the rows that use it (the include is at the end), the template still
    // counts: the second row is weaker than its reference.
    let weaker: Vec<_> = findings.iter().filter(|d| d.code == "E0521").collect();
    assert_eq!(weaker.len(), 1, "{findings:?}");
}

#[test]
fn a_row_naming_no_template_is_reported_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "library.perf", LIBRARY);
    let root = write(
        dir.path(),
        "doc.perf",
        &document("    模板 \"经费支出正确率\" 100%  依据 历史标准"),
    );
    let (_, findings) = support::check(&root);
    let codes: Vec<&str> = findings.iter().map(|d| d.code).collect();
    assert!(codes.contains(&"E0519"), "{codes:?}");
    // Not also E0302 for the category the missing template would have given.
    assert!(!codes.contains(&"E0302"), "{codes:?}");
}
