//! Money in the document's unit: amounts written in another unit are converted exactly, in the
//! checks and in the JSON.

use perfc::diag::SeverityConfig;
use perfc::load::{self, RealFs};
use perfc::pipeline::{self, Made, Request};

/// The codes found in `text`, and the JSON and workbook made of it (`None` when none is made).
fn run(text: &str) -> (Vec<String>, Option<Made>) {
    let loaded = load::load_bytes(std::path::Path::new("money.perf"), text.as_bytes(), &RealFs);
    let levels = SeverityConfig::default();
    let request = Request {
        json: true,
        xlsx: true,
        ..Request::check(&levels)
    };
    let outcome = pipeline::run(loaded, &request).expect("checked");
    let codes = outcome
        .diagnostics
        .iter()
        .map(|d| d.code.to_string())
        .collect();
    (codes, outcome.made)
}

fn check(text: &str) -> (Vec<String>, serde_json::Value) {
    let (codes, made) = run(text);
    let json = made.and_then(|made| made.json).expect("read completely");
    (codes, serde_json::from_str(&json).expect("JSON"))
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

/// The findings on `text` (a document in 万元 with `PROJECT`'s budget line replaced by `budget`
/// and, when given, a breakdown), and whether any output would be made: checked arithmetic means
/// no panic anywhere, in the rules, the totals or the emitters.
fn out_of_range(budget: &str, more: &str) -> (Vec<String>, bool) {
    // `成本 X` in `more` stands for the cost target's value.
    let (more, cost) = match more.strip_prefix("成本 ") {
        Some(cost) => ("", cost),
        None => (more, "≤150000 元"),
    };
    let project = PROJECT
        .replace("≤150000 元", cost)
        .replace(
            "  预算 150000 元 { 财政资金 12 万元  其他资金 30000 }",
            budget,
        )
        .replace("  用途 ", &format!("{more}  用途 "));
    let (codes, made) = run(&format!("文档 \"大数\" {{\n  年度 2023\n}}\n{project}"));
    (codes, made.is_some())
}

const MAX: &str = "79228162514264337593543950335";

#[test]
fn amounts_too_large_to_convert_or_add_are_findings_not_panics() {
    for (budget, more) in [
        // 亿元 into 万元 multiplies by 10,000.
        (
            format!("  预算 {MAX} 亿元 {{ 财政资金 {MAX} 亿元 }}\n"),
            String::new(),
        ),
        // Fiscal plus other funds.
        (
            format!("  预算 {MAX} {{ 财政资金 {MAX}  其他资金 {MAX} }}\n"),
            String::new(),
        ),
        // A breakdown's total in 元 and a line's result.
        (
            "  预算 1 { 财政资金 1 }\n".to_string(),
            format!(
                "  明细 {{\n    \"甲\" {MAX} 万元\n    \"乙\" {MAX} 万元\n    合计 {MAX} 亿元\n  }}\n"
            ),
        ),
        // A cost target converted to 元.
        (
            "  预算 15 { 财政资金 15 }".to_string(),
            format!("成本 ≤{MAX} 亿元"),
        ),
    ] {
        let (codes, made) = out_of_range(&budget, &more);
        assert!(
            codes.iter().any(|c| c == "E0006"),
            "{budget}{more}: {codes:?}"
        );
        assert!(
            !made,
            "{budget}{more}: an output with a number out of range"
        );
    }
}

#[test]
fn a_breakdown_whose_sum_overflows_is_reported() {
    let more = format!("  明细 {{\n    \"甲\" {MAX} 元\n    \"乙\" {MAX} 元\n  }}\n");
    let (codes, _) = out_of_range("  预算 1 { 财政资金 1 }\n", &more);
    assert!(codes.iter().any(|c| c == "E0006"), "{codes:?}");
}

#[test]
fn the_documents_total_is_checked_before_the_json_is_written() {
    let half = "50000000000000000000000000000";
    let second = PROJECT.replace("13080023P000085100062", "13080023P000085100063");
    let budget = format!("  预算 {half} {{ 财政资金 {half} }}\n");
    let text = format!(
        "文档 \"大数\" {{\n  年度 2023\n}}\n{}{}",
        PROJECT.replace(
            "  预算 150000 元 { 财政资金 12 万元  其他资金 30000 }\n",
            &budget
        ),
        second
            .replace(
                "  预算 150000 元 { 财政资金 12 万元  其他资金 30000 }\n",
                &budget
            )
            .replace("单位 543001 \"示例局本级\"\n", "")
    );
    let (codes, made) = run(&text);
    assert!(codes.iter().any(|c| c == "E0006"), "{codes:?}");
    assert!(made.is_none());
}

#[test]
fn every_amount_carries_the_documents_scale() {
    // `15.00` sets the scale: the 其他资金 left out, the totals and the breakdown's whole-万元
    // total are written with two places too, as consumers compare the strings.
    let project = PROJECT
        .replace(
            "  预算 150000 元 { 财政资金 12 万元  其他资金 30000 }",
            "  预算 15.00 { 财政资金 15.00 }",
        )
        .replace(
            "  用途 ",
            "  明细 {\n    \"甲\" 15 万元\n    合计 15 万元\n  }\n  用途 ",
        );
    let (codes, json) = check(&format!("文档 \"万元\" {{\n  年度 2023\n}}\n{project}"));
    assert!(!codes.iter().any(|c| c.starts_with("E04")), "{codes:?}");
    assert_eq!(json["money_scale"], 2);
    let project = &json["projects"][0];
    for totals in [project, &json["totals"], &json["units"][0]["totals"]] {
        assert_eq!(
            [
                &totals["budget"],
                &totals["fiscal_funds"],
                &totals["other_funds"]
            ],
            [&"15.00".into(), &"15.00".into(), &"0.00".into()] as [&serde_json::Value; 3]
        );
    }
    assert_eq!(project["breakdown"]["total"]["amount"], "15.00");
}

#[test]
fn an_amount_more_precise_than_the_document_keeps_its_places() {
    // 150000.5 元 is 15.00005 万元: the scale follows it, nothing is rounded.
    let project = PROJECT.replace(
        "  预算 150000 元 { 财政资金 12 万元  其他资金 30000 }",
        "  预算 150000.5 元 { 财政资金 15 }",
    );
    let (_, json) = check(&format!("文档 \"万元\" {{\n  年度 2023\n}}\n{project}"));
    assert_eq!(json["money_scale"], 5);
    assert_eq!(json["projects"][0]["budget"], "15.00005");
    assert_eq!(json["projects"][0]["fiscal_funds"], "15.00000");
    assert_eq!(json["totals"]["other_funds"], "0.00000");
}
