//! Money in the document's unit: amounts written in another unit are converted exactly, in the
//! checks and in the JSON.

use perfc::diag::SeverityConfig;
use perfc::load::{self, RealFs};

fn check(text: &str) -> (Vec<String>, serde_json::Value) {
    let loaded = load::load_bytes(std::path::Path::new("money.perf"), text.as_bytes(), &RealFs);
    let checked = perfc::check::check(&loaded, &SeverityConfig::default());
    let codes = checked
        .diagnostics
        .iter()
        .map(|d| d.code.to_string())
        .collect();
    let json =
        serde_json::from_str(&perfc::emit::json::to_string(&checked.document)).expect("JSON");
    (codes, json)
}

const PROJECT: &str = r#"
单位 543001 "示例局本级"
项目 13080023P000085100062 "质量监督检查" {
  单位 543001
  预算 150000 元 { 财政资金 12 万元  其他资金 30000 }
  用途 "用于购买第三方服务支出。"
  支出计划 { 6月底 40%  10月底 80%  12月底 100% }
  目标 "开展测绘成果质量监督检查工作。"
  产出指标 {
    数量指标 "检查次数" ≥1 次  依据 年度工作计划
    质量指标 "成果合格率" ≥95%  依据 行业规范
    成本指标 "检查经费" ≤150000 元  依据 财政预算批复文件
  }
  效益指标 { 社会效益指标 "监管水平" 巩固提升  依据 年度工作计划 }
  满意度指标 { 服务对象满意度指标 "服务对象满意度" ≥90%  依据 行业规范 }
}
"#;

#[test]
fn amounts_convert_into_the_document_unit() {
    // Document in 元: `12 万元` is 120000 元; the bare `30000` is in 元.
    let (codes, json) = check(&format!(
        "文档 \"元\" {{\n  年度 2023\n  金额单位 元\n}}\n{PROJECT}"
    ));
    assert!(
        !codes.iter().any(|c| c == "E0401" || c == "E0407"),
        "{codes:?}"
    );
    let project = &json["projects"][0];
    assert_eq!(json["money_unit"], "元");
    assert_eq!(
        (
            &project["budget"],
            &project["fiscal_funds"],
            &project["other_funds"]
        ),
        (&"150000".into(), &"120000".into(), &"30000".into())
    );
}

#[test]
fn a_bare_amount_is_in_the_document_unit() {
    // Document in 万元 (the default): the bare `30000` is 30000 万元, so the sum is wrong.
    let (codes, json) = check(&format!("文档 \"万元\" {{\n  年度 2023\n}}\n{PROJECT}"));
    assert!(codes.iter().any(|c| c == "E0401"), "{codes:?}");
    assert_eq!(json["projects"][0]["budget"], "15");
    assert_eq!(json["projects"][0]["fiscal_funds"], "12");
}
