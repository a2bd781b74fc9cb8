//! The self-evaluation report: a document with `自评` records prints and exports their tables
//! (a summary, then one 项目支出绩效自评表 per record), not its targets again; a record of a
//! project the document does not have still typesets and exports.

mod support;

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};

const EXAMPLE: &str = "examples/teaching/hello-self-evaluation.perf";
const PROJECT: &str = "2023 年测绘地理信息资质单位质量监督检查";

/// Targets and a record of a project they do not have (E0901, an error of the document's, not
/// of typesetting), its texts in Typst's syntax.
const UNKNOWN_PROJECT: &str = r#"文档 "示例局 2023 年部门预算绩效文本" {
  年度 2023
  部门 "示例局"
}

项目 13080023P000085100062 "质量监督检查" {
  预算 15.00 { 财政资金 15.00 }
  产出指标 {
    数量指标 "开展质量监督检查次数" ≥1 次 依据 年度工作计划
  }
}

自评 "不存在的项目#panic(\"x\")[*粗*]" {
  资金 { 全年预算数 10.00  全年执行数 9.00 }
  完成情况 "$x^2$<label>@ref"
}
"#;

/// The PDF's text with all whitespace removed: a cell's text wraps over lines.
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("pdf");
    squeeze(&pdf_extract::extract_text_from_mem(&bytes).expect("extract text"))
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Builds `file` into `out` with the binary; its exit code and its short findings.
fn build(file: &Path, out: &Path) -> (Option<i32>, String) {
    let run = support::perfc()
        .arg("build")
        .arg(file)
        .args(["--emit", "pdf,xlsx", "--diagnostic-format", "short", "-o"])
        .arg(out)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("PERFC_FONT_PATH")
        .output()
        .expect("run perfc");
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

fn unknown_project_document() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("unknown.perf");
    std::fs::write(&path, UNKNOWN_PROJECT).expect("write the document");
    (dir, path)
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    Xlsx::new(Cursor::new(bytes)).expect("a readable workbook")
}

/// Where the first cell reading `wanted` is.
fn find(range: &calamine::Range<Data>, wanted: &str) -> (u32, u32) {
    range
        .used_cells()
        .find(|(_, _, data)| matches!(data, Data::String(s) if s == wanted))
        .map(|(row, col, _)| (row as u32, col as u32))
        .unwrap_or_else(|| panic!("no cell reads {wanted}"))
}

/// The numbers of a row, left to right.
fn numbers_in_row(range: &calamine::Range<Data>, row: u32) -> Vec<f64> {
    (0..range.width() as u32)
        .filter_map(|col| match range.get_value((row, col)) {
            Some(Data::Float(x)) => Some(*x),
            _ => None,
        })
        .collect()
}

#[test]
fn the_example_prints_its_scores_and_not_its_targets_again() {
    let out = tempfile::tempdir().expect("tempdir");
    let (code, findings) = build(Path::new(EXAMPLE), out.path());
    assert_eq!(code, Some(0), "{findings}");
    let text = pdf_text(&out.path().join("hello-self-evaluation.pdf"));
    for wanted in [
        "部门项目支出绩效自评汇总",
        "项目支出绩效自评表",
        PROJECT,
        // 项目资金: 全年预算数, 全年执行数, 分值, 执行率 and its score.
        "年度资金总额15.0015.0014.621097.47%9.75",
        "年度总体目标",
        "完成2次质量监督检查",
        // A row: its value, actual, 分值, 得分 and 偏差.
        "≥90%88%10.009.78问卷回收率偏低",
        "总分10089.53（良）",
    ] {
        let wanted = squeeze(wanted);
        assert!(
            text.contains(&wanted),
            "{wanted} is not in the PDF:\n{text}"
        );
    }
    for target_only in ["指标值确定依据", "目录", "绩效目标表"] {
        assert!(!text.contains(target_only), "{target_only} is printed");
    }
}

#[test]
fn a_record_of_an_unknown_project_typesets_and_exports() {
    let (dir, path) = unknown_project_document();
    let out = dir.path().join("out");
    let (code, findings) = build(&path, &out);
    assert_eq!(code, Some(1), "E0901 is an error:\n{findings}");
    assert!(findings.contains("E0901"), "{findings}");
    assert!(!findings.contains("E08"), "typesetting failed:\n{findings}");
    let text = pdf_text(&out.join("unknown.pdf"));
    assert!(
        text.contains(r#"项目名称不存在的项目#panic("x")[*粗*]"#),
        "{text}"
    );
    assert!(text.contains("$x^2$<label>@ref"), "{text}");
    assert!(text.contains("年度资金总额10.009.0010"), "{text}");
    assert!(text.contains("偏差原因分析及改进措施总分100"), "{text}");
    let bytes = std::fs::read(out.join("unknown.xlsx")).expect("workbook");
    let names = open(&bytes).sheet_names();
    assert_eq!(names, ["自评汇总", r#"1 不存在的项目#panic("x")__粗__"#]);
}

#[test]
fn the_workbook_holds_the_report_with_scores_as_numbers() {
    let bytes = support::xlsx(Path::new(EXAMPLE)).expect("the example reads completely");
    let mut workbook = open(&bytes);
    let names = workbook.sheet_names();
    let record = format!("1 {PROJECT}");
    assert_eq!(names, ["自评汇总", record.as_str()]);

    let summary = workbook.worksheet_range("自评汇总").expect("summary");
    let (row, _) = find(&summary, PROJECT);
    assert_eq!(numbers_in_row(&summary, row), [15.0, 14.62, 0.9747, 89.53]);
    assert!(
        summary
            .used_cells()
            .any(|(_, _, d)| d == &Data::String("良".into()))
    );

    let sheet = workbook.worksheet_range(&record).expect("record");
    let (funds, _) = find(&sheet, "年度资金总额");
    assert_eq!(
        numbers_in_row(&sheet, funds),
        [15.0, 15.0, 14.62, 10.0, 0.9747, 9.75]
    );
    let (row, _) = find(&sheet, "服务对象满意度");
    assert_eq!(numbers_in_row(&sheet, row), [10.0, 9.78]);
    let (row, _) = find(&sheet, "提升测绘行业成果质量监管水平");
    assert_eq!(numbers_in_row(&sheet, row), [30.0, 20.0]);
    let (total, _) = find(&sheet, "总分");
    assert_eq!(numbers_in_row(&sheet, total), [100.0, 89.53]);
    assert!(
        sheet
            .used_cells()
            .any(|(_, _, d)| d == &Data::String("评价等级：良".into()))
    );
}

#[test]
fn the_report_workbook_is_the_same_bytes_every_time() {
    let build = || support::xlsx(Path::new(EXAMPLE)).expect("the example reads completely");
    assert!(build() == build(), "two workbooks differ");
}
