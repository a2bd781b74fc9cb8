//! The review opinions (审核意见, `perfc build --emit review`): each project's problems under the
//! four aspects and perfc's verdict, as Markdown, a workbook and a PDF; the reference document's
//! genuine findings, clean examples, hostile text, reproducible bytes and the command line.

mod support;

use std::io::{self, Cursor};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use perfc::diag::SeverityConfig;
use perfc::emit::review::{ProjectReviewJson, ReviewJson, review};
use perfc::load::{self, FileSystem, Loaded, RealFs};
use perfc::pipeline::{self, Request, ReviewMade, Typesetting};
use perfc::typeset::fonts::FontSet;
use perfc::typeset::template::Template;

const REFERENCE: &str = "examples/chengde-2023/chengde-2023.perf";
const MISTAKES: &str = "examples/teaching/mistakes.perf";

/// The disk, with every `确认` line left out: the reference document's findings unexplained.
struct Unacknowledged;

impl FileSystem for Unacknowledged {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let text = String::from_utf8(RealFs.read(path)?).expect("UTF-8");
        let kept: Vec<&str> = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("确认 "))
            .collect();
        Ok(kept.join("\n").into_bytes())
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        RealFs.canonicalize(path)
    }
}

fn unacknowledged(path: &str) -> Loaded {
    load::load(Path::new(path), &Unacknowledged).expect("readable")
}

/// The review of a loaded document, as data.
fn review_of(loaded: &Loaded) -> ReviewJson {
    let checked = perfc::check::check(loaded, &SeverityConfig::default());
    review(&checked.document, &checked.diagnostics, &loaded.sources)
}

/// The review's three files as the pipeline makes them, and the codes of the run's findings.
fn made(loaded: Loaded) -> (ReviewMade, Vec<&'static str>) {
    let fonts = FontSet::load(&[]).expect("bundled fonts");
    let levels = SeverityConfig::default();
    let request = Request {
        review: Some(Typesetting {
            template: &Template::Official,
            fonts: &fonts,
            body_font: None,
            heading_font: None,
            ident: "review",
            limits: perfc::typeset::Limits::default(),
            output: perfc::typeset::Output::Pdf,
        }),
        timestamp: Some(1_700_000_000),
        ..Request::check(&levels)
    };
    let outcome = pipeline::run(loaded, &request).expect("made");
    let codes = outcome.diagnostics.iter().map(|d| d.code).collect();
    let review = outcome
        .made
        .and_then(|m| m.review)
        .expect("the document reads completely");
    (review, codes)
}

fn project<'r>(review: &'r ReviewJson, code: &str) -> &'r ProjectReviewJson {
    review
        .projects
        .iter()
        .find(|p| p.code.as_deref() == Some(code))
        .unwrap_or_else(|| panic!("no project {code}"))
}

/// The codes of a project's problems under `aspect`.
fn codes_under(project: &ProjectReviewJson, aspect: &str) -> Vec<&'static str> {
    let group = project
        .findings
        .aspects
        .iter()
        .find(|a| a.aspect == aspect)
        .expect("the aspect");
    group.problems.iter().map(|p| p.code).collect()
}

fn pdf_text(pdf: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(pdf).expect("extract text");
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn sheet(bytes: &[u8], name: &str) -> calamine::Range<Data> {
    let mut workbook = Xlsx::new(Cursor::new(bytes.to_vec())).expect("a workbook");
    workbook.worksheet_range(name).expect("the sheet")
}

fn row_texts(range: &calamine::Range<Data>, row: u32) -> Vec<String> {
    (0..range.width() as u32)
        .map(|col| {
            range
                .get_value((row, col))
                .map_or(String::new(), |d| d.to_string())
        })
        .collect()
}

/// The row whose cells include `wanted`.
fn row_with(range: &calamine::Range<Data>, wanted: &str) -> Vec<String> {
    (0..range.height() as u32)
        .map(|row| row_texts(range, row))
        .find(|cells| cells.iter().any(|c| c == wanted))
        .unwrap_or_else(|| panic!("no row holds {wanted}"))
}

#[test]
fn the_reference_documents_findings_unexplained_decide_its_projects_verdicts() {
    let review = review_of(&unacknowledged(REFERENCE));
    // A cost indicator of 299.16 万元 over a budget of 186.04 万元 (E0407, an error).
    let platform = project(&review, "13080022P009655100025");
    assert_eq!(platform.verdict_word, "不通过");
    assert!(codes_under(platform, "适当性").contains(&"E0407"));
    assert!(codes_under(platform, "完整性").contains(&"E0502"));
    assert!(codes_under(platform, "可行性").contains(&"E0704"));
    // Warnings only: 百分比 for % (E0502).
    let survey = project(&review, "13080023P00007910004A");
    assert_eq!(survey.verdict_word, "修改后通过");
    assert_eq!(codes_under(survey, "完整性"), ["E0502", "E0502"]);
    // A note only (a slow spending plan, E0605): listed, not counted.
    let inspection = project(&review, "13080023P000085100062");
    assert_eq!(inspection.verdict_word, "通过");
    assert_eq!(codes_under(inspection, "可行性"), ["E0605"]);
    let problem = &inspection.findings.aspects[3].problems[0];
    assert_eq!(problem.severity_word, "提示");
    assert!(
        problem.place.starts_with("units/543001.perf 第 "),
        "{}",
        problem.place
    );
    assert!(!problem.suggestion.is_empty());
    // The doubled punctuation of Part 1 lies in no project.
    assert!(
        review.document.aspects[0]
            .problems
            .iter()
            .any(|p| p.code == "E0710")
    );
}

#[test]
fn explained_findings_are_listed_with_their_reasons_and_do_not_count() {
    let review = review_of(&support::load(Path::new(REFERENCE)));
    assert!(review.projects.iter().all(|p| p.verdict_word == "通过"));
    let platform = project(&review, "13080022P009655100025");
    assert!(
        platform
            .findings
            .aspects
            .iter()
            .all(|a| a.problems.is_empty())
    );
    let cost = platform
        .findings
        .acknowledged
        .iter()
        .find(|p| p.code == "E0407")
        .expect("the cost over budget, explained");
    assert!(cost.reason.as_deref().is_some_and(|r| !r.is_empty()));
    assert!(cost.place.contains("指标“"), "{}", cost.place);
}

#[test]
fn clean_examples_pass_everywhere() {
    for path in [
        "examples/teaching/hello.perf",
        "examples/teaching/framework-2021.perf",
        "examples/forms/county-water.perf",
        "examples/forms/national-farmland.perf",
        "examples/forms/department-water.perf",
    ] {
        let review = review_of(&support::load(Path::new(path)));
        assert!(!review.projects.is_empty(), "{path}");
        for project in &review.projects {
            assert_eq!(project.verdict_word, "通过", "{path}: {}", project.name);
            assert!(
                project
                    .findings
                    .aspects
                    .iter()
                    .all(|a| a.problems.is_empty()),
                "{path}"
            );
        }
        let (made, _) = made(support::load(Path::new(path)));
        assert_eq!(
            made.markdown.matches("审核结论：**通过**").count(),
            review.projects.len(),
            "{path}"
        );
    }
}

#[test]
fn the_markdown_review_of_the_teaching_mistakes() {
    let (made, _) = made(support::load(Path::new(MISTAKES)));
    insta::assert_snapshot!(made.markdown);
}

#[test]
fn the_pdf_prints_the_verdicts_the_aspects_and_the_rule() {
    let (made, codes) = made(unacknowledged(REFERENCE));
    assert!(!codes.iter().any(|c| c.starts_with("E08")), "{codes:?}");
    let text = pdf_text(&made.pdf.expect("the review typesets"));
    for expected in [
        "项目支出绩效目标审核意见",
        "审核结论汇总",
        "不通过",
        "修改后通过",
        "通过",
        "完整性",
        "相关性",
        "适当性",
        "可行性",
        "无问题",
        "成本指标299.16万元超过预算数186.04万元",
        "本审核意见由perfc按规则生成，供审核参考",
        "审核结论规则",
    ] {
        assert!(text.contains(expected), "the PDF lacks {expected}");
    }
}

#[test]
fn what_to_write_is_set_off_as_code_not_printed_with_backticks() {
    let (made, _) = made(unacknowledged("examples/teaching/mistakes.perf"));
    let text = pdf_text(&made.pdf.expect("the review typesets"));
    assert!(text.contains("单位百分比应写作%"), "{text}");
    assert!(!text.contains('`'), "a backtick is printed: {text}");
}

#[test]
fn the_workbook_has_a_summary_and_every_problem() {
    let (made, _) = made(unacknowledged(REFERENCE));
    let summary = sheet(&made.xlsx, "审核结论");
    let platform = row_with(&summary, "13080022P009655100025");
    assert_eq!(platform.last().map(String::as_str), Some("不通过"));
    assert!(platform.contains(&"186.04".to_string()), "{platform:?}");
    let survey = row_with(&summary, "13080023P00007910004A");
    assert_eq!(survey.last().map(String::as_str), Some("修改后通过"));
    let problems = sheet(&made.xlsx, "问题清单");
    assert_eq!(
        row_texts(&problems, 0),
        [
            "序号",
            "项目",
            "审核方面",
            "级别",
            "问题",
            "修改建议",
            "位置",
            "规则",
            "已说明",
            "说明理由"
        ]
    );
    let cost = (1..problems.height() as u32)
        .map(|row| row_texts(&problems, row))
        .find(|cells| cells[7] == "E0407")
        .expect("the cost over budget");
    assert_eq!(cost[1], "13080022P009655100025");
    assert_eq!(cost[2], "适当性");
    assert_eq!(cost[3], "错误");
    assert!(cost[4].contains("超过预算数"), "{cost:?}");
    assert!(cost[6].starts_with("units/"), "{cost:?}");
}

/// A project whose name and values hold Markdown and Typst syntax, and a finding that quotes them.
const HOSTILE: &str = r#"文档 "示例 | 审核 #sys.exit()" {
  年度 2023
  部门 "示例局"
}

单位 543001 "示例局本级"

项目 13080023P000085100062 "名称|含竖线 *粗* #sys.inputs [链接](x) <b>" {
  单位 543001
  预算 15.00 { 财政资金 15.00 }
  用途 "用途"
  支出计划 { 6月底 50%  10月底 80%  12月底 100% }
  目标 "目标内容：#panic(\"x\")|a"
  产出指标 {
    数量指标 "检查次数"  ≥1 次 依据 年度工作计划
    质量指标 "合格|率\n`#sys`" 很好 依据 行业规范
  }
  效益指标 {
    社会效益指标 "服务水平" 有所提升 依据 年度工作计划
  }
  满意度指标 {
    服务对象满意度指标 "满意度" ≥90% 依据 行业规范
  }
}
"#;

#[test]
fn hostile_text_stays_text_in_every_format() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("review-hostile");
    std::fs::create_dir_all(&dir).expect("scratch");
    let path = dir.join("hostile.perf");
    std::fs::write(&path, HOSTILE).expect("write");
    let loaded = support::load(&path);
    let (made, codes) = made(loaded);
    assert!(!codes.iter().any(|c| c.starts_with("E08")), "{codes:?}");
    // Every table row has its columns: a pipe in the text is escaped, a line break is <br>.
    let md = &made.markdown;
    assert!(
        md.contains("名称\\|含竖线 \\*粗\\* \\#sys.inputs \\[链接\\](x) \\<b\\>"),
        "{md}"
    );
    assert!(md.contains("合格\\|率<br>\\`\\#sys\\`"), "{md}");
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let columns = line.replace("\\|", "").matches('|').count();
        assert!(
            [5, 6, 7, 10].contains(&columns),
            "a row of {columns} bars: {line}"
        );
    }
    let text = pdf_text(&made.pdf.expect("typeset"));
    assert!(
        text.contains("名称|含竖线*粗*#sys.inputs[链接](x)<b>"),
        "{text}"
    );
    assert!(text.contains("示例|审核#sys.exit()"), "{text}");
    let problems = sheet(&made.xlsx, "问题清单");
    let placeholder = (1..problems.height() as u32)
        .map(|row| row_texts(&problems, row))
        .find(|cells| cells[7] == "E0701")
        .expect("the placeholder");
    assert!(placeholder[4].contains("目标内容"), "{placeholder:?}");
}

#[test]
fn two_runs_make_the_same_bytes() {
    let (first, _) = made(unacknowledged(REFERENCE));
    let (second, _) = made(unacknowledged(REFERENCE));
    assert_eq!(first.markdown, second.markdown);
    assert!(first.xlsx == second.xlsx, "the workbooks differ");
    assert!(first.pdf.is_some());
    assert!(first.pdf == second.pdf, "the PDFs differ");
}

#[test]
fn perfc_build_emit_review_writes_the_three_files_and_lists_them_in_the_depfile() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("review-cli");
    let _ = std::fs::remove_dir_all(&out);
    let deps = out.join("mistakes.d");
    std::fs::create_dir_all(&out).expect("scratch");
    let run = support::perfc()
        .args(["build", MISTAKES, "--emit", "review", "-o"])
        .arg(&out)
        .arg("--deps")
        .arg(&deps)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("run perfc");
    // The document's errors fail the run; the review is written all the same.
    assert_eq!(run.status.code(), Some(1));
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .expect("the output directory")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "mistakes-review.md",
            "mistakes-review.pdf",
            "mistakes-review.xlsx",
            "mistakes.d"
        ]
    );
    let md = std::fs::read_to_string(out.join("mistakes-review.md")).expect("markdown");
    assert!(md.contains("审核结论：**不通过**"));
    let depfile = std::fs::read_to_string(&deps).expect("depfile");
    for name in [
        "mistakes-review.pdf",
        "mistakes-review.xlsx",
        "mistakes-review.md",
    ] {
        assert!(depfile.contains(name), "{depfile}");
    }
}
