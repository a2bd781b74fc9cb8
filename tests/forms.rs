//! The official forms (表样): every form typesets every document, whatever optional fields it
//! leaves out; each form's example builds; the rules follow the form.

mod support;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use perfc::diag::{Diagnostic, SeverityConfig};
use perfc::pipeline::{self, Request, Typesetting};
use perfc::typeset::fonts::FontSet;
use perfc::typeset::template::Template;

/// The forms by the names a document gives them.
const FORMS: [&str; 3] = ["河北", "88号", "申报表"];

/// A small deterministic generator (xorshift): the same documents on every run, so that a
/// failure can be reproduced from its seed.
struct Generator(u64);

impl Generator {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The optional lines of a project, each written or left out.
const PROJECT_FIELDS: &[&str] = &[
    "单位 543001",
    "标题 \"某某项目绩效目标表\"",
    "预算 15.00 { 财政资金 12.00  其他资金 3.00 }",
    "中期资金 45.00 { 财政资金 40.00 }",
    "用途 \"用于购买服务、设备和 #[raw] $x$ \\\\ 的支出。\"",
    "明细 { \"服务费\" 15 万元 }",
    "支出计划 { 6月底 50%  12月底 100% }",
    "目标 \"完成年度任务。\"",
    "目标 \"第二条目标，写得很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\"",
    "长期目标 \"三年内完成全部任务。\"",
    "项目期 2023年1月 至 2025年12月",
    "实施计划 { \"前期准备\" 2023年1月 至 2023年3月  \"施工\" \"2023年全年\" }",
    "主管部门 \"某某县水利局\"",
    "主管部门编码 305",
    "实施单位 \"某某县供水站\"",
    "项目负责人 王某",
    "联系电话 0318-5123456",
    "项目属性 延续",
    "项目类型 \"其他类\"",
    "功能科目 \"2130314 农村人畜饮水\"",
    "填报单位 \"某某县水利局\"",
    "填报人 李某",
    "单位负责人 赵某",
    "填报日期 2023年10月20日",
    "项目概况 \"对 12 个乡镇的供水工程进行改造。\"",
    "立项依据 \"《某某规划》。\"",
    "可行性 \"技术成熟。\"",
    "必要性 \"管网老化。\"",
    "单位职能 \"负责供水工程的运行管理。\"",
    "保障措施 \"专户管理。\"",
    "其他说明 \"无。\"",
    "审核意见 \"主管部门\" \"同意申报。\" { 审核人 张某  审核日期 \"2023年10月25日\" }",
    "审核意见 \"财政局\" \"按程序审核。\"",
];

/// The optional fields of an indicator row.
const INDICATOR_FIELDS: &[&str] = &[
    "描述 \"指标的解释\"",
    "描述 \"\"",
    "依据 年度工作计划",
    "计量单位 次",
    "分值 10",
    "中期目标 ≥30 次",
    "长期目标 ≥60 次",
    "备注 \"三年累计\"",
    "指标性质 正向",
    "指标方向 大于等于",
];

/// The values a row may have, or none.
const VALUES: &[&str] = &[
    "",
    "≥10 次",
    "2024年12月底前",
    "巩固提升",
    "不涉及",
    "\"按计划完成\"",
    "≤100%",
];

const ROWS: &[(&str, &str)] = &[
    ("产出指标", "数量指标"),
    ("产出指标", "时效指标"),
    ("效益指标", "社会效益指标"),
    ("满意度指标", "服务对象满意度指标"),
    ("自定指标", "未知指标"),
];

/// Which of `count` optional parts the `n`-th project writes: none, all, each alone, all but
/// each, then random subsets.
fn subset(n: usize, count: usize, generator: &mut Generator) -> Vec<bool> {
    match n {
        0 => vec![false; count],
        1 => vec![true; count],
        n if n < 2 + count => (0..count).map(|i| i == n - 2).collect(),
        n if n < 2 + 2 * count => (0..count).map(|i| i != n - 2 - count).collect(),
        _ => (0..count).map(|_| generator.below(2) == 1).collect(),
    }
}

fn indicators(generator: &mut Generator, out: &mut String) {
    let rows = generator.below(4);
    for _ in 0..rows {
        let (group, level2) = ROWS[generator.below(ROWS.len())];
        let value = VALUES[generator.below(VALUES.len())];
        let mut line = format!(
            "  {group} {{ {level2} \"指标{}\" {value}",
            generator.below(100)
        );
        for field in INDICATOR_FIELDS {
            // At most one 描述 (two would be a finding, not a new layout).
            if generator.below(3) == 0 && !(field.starts_with("描述") && line.contains("描述"))
            {
                write!(line, "  {field}").unwrap_or_default();
            }
        }
        writeln!(out, "{line} }}").unwrap_or_default();
    }
}

/// A document in `form` whose projects write every kind of subset of the optional fields.
fn document(form: &str, seed: u64) -> String {
    let mut generator = Generator(seed);
    let mut out = format!("文档 \"某某局 2024 年绩效目标\" {{\n  年度 2024\n  表样 {form}\n}}\n");
    out.push_str("单位 543001 \"某某局本级\"\n");
    let projects = 2 + 2 * PROJECT_FIELDS.len() + 40;
    for n in 0..projects {
        let code = if generator.below(2) == 0 {
            format!("13080024P{n:011}1 ")
        } else {
            String::new()
        };
        writeln!(out, "项目 {code}\"项目{n}\" {{").unwrap_or_default();
        let written = subset(n, PROJECT_FIELDS.len(), &mut generator);
        for (field, _) in PROJECT_FIELDS.iter().zip(written).filter(|(_, w)| *w) {
            writeln!(out, "  {field}").unwrap_or_default();
        }
        indicators(&mut generator, &mut out);
        out.push_str("}\n");
    }
    out
}

/// The optional lines of the department's block (`部门目标`), each written or left out.
const DEPARTMENT_FIELDS: &[&str] = &[
    "部门编码 305001",
    "预算 470 { 基本支出 400  项目支出 70 }",
    "单位职能 \"负责全县水利工作。\"",
    "总体目标 \"保障饮水安全。\"",
    "分项目标 \"饮水安全\" { 目标 \"完成改造。\" }",
    "保障措施 \"制度\" \"专户管理。\"",
    "履职目标 \"供水\" \"完成改造\" 15 { 项目 \"项目1\" }",
    "履职目标 \"防汛\" \"物资储备\" 10 { 项目 \"项目2\"  项目 \"不存在的项目\" }",
    "履职目标 \"管理\" \"日常管理\" 5",
    "产出指标 { 数量指标 \"改造处数\" ≥30 处  描述 \"年度改造数量\" }",
    "效益指标 { 社会效益指标 \"受益人口\" ≥4 万人 }",
];

/// A document in `form` with a department block writing the `n`-th subset of its fields, and
/// two projects.
fn department_document(form: &str, n: usize, generator: &mut Generator) -> String {
    let mut out = format!(
        "文档 \"某某局\" {{\n  年度 2024\n  部门 \"某某局\"\n  表样 {form}\n}}\n部门目标 {{\n"
    );
    let written = subset(n, DEPARTMENT_FIELDS.len(), generator);
    for (field, _) in DEPARTMENT_FIELDS.iter().zip(written).filter(|(_, w)| *w) {
        writeln!(out, "  {field}").unwrap_or_default();
    }
    out.push_str("}\n");
    for name in ["项目1", "项目2"] {
        writeln!(out, "项目 \"{name}\" {{\n  预算 15\n}}").unwrap_or_default();
    }
    out
}

/// Typesets a document from disk with the official template: its findings and the PDF. The
/// workbook is made too, so that every form's sheets are laid out for every subset (a failure
/// to write it, such as overlapping merged cells, fails the run).
fn typeset(path: &Path) -> (Vec<Diagnostic>, Option<Vec<u8>>) {
    let fonts = FontSet::load(&[]).expect("bundled fonts");
    let levels = SeverityConfig::default();
    let request = Request {
        pdf: Some(Typesetting {
            template: &Template::Official,
            fonts: &fonts,
            body_font: None,
            heading_font: None,
            ident: "forms",
            limits: perfc::typeset::Limits::default(),
            output: perfc::typeset::Output::Pdf,
        }),
        xlsx: true,
        ..Request::check(&levels)
    };
    let outcome = pipeline::run(support::load(path), &request).expect("typeset");
    (outcome.diagnostics, outcome.made.and_then(|m| m.pdf))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("forms");
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir.join(name)
}

#[test]
fn every_form_typesets_every_subset_of_the_optional_fields() {
    for (i, form) in FORMS.iter().enumerate() {
        let seed = 0x9e37_79b9_7f4a_7c15 + i as u64;
        let path = scratch(&format!("subsets-{i}.perf"));
        std::fs::write(&path, document(form, seed)).expect("written");
        let (diagnostics, pdf) = typeset(&path);
        let failed: Vec<String> = diagnostics
            .iter()
            .filter(|d| d.code.starts_with("E08"))
            .map(|d| format!("{} {}", d.code, d.message.en))
            .collect();
        assert!(
            failed.is_empty(),
            "{form} (seed {seed:#x}, {}): {failed:?}",
            path.display()
        );
        assert!(
            pdf.is_some_and(|p| p.starts_with(b"%PDF")),
            "{form}: no PDF"
        );
    }
}

#[test]
fn every_form_typesets_every_subset_of_the_department_table() {
    for (i, form) in FORMS.iter().enumerate() {
        let mut generator = Generator(0x5851_f42d_4c95_7f2d + i as u64);
        for n in 0..2 + 2 * DEPARTMENT_FIELDS.len() + 4 {
            let path = scratch(&format!("department-{i}-{n}.perf"));
            std::fs::write(&path, department_document(form, n, &mut generator)).expect("written");
            let (diagnostics, pdf) = typeset(&path);
            let failed: Vec<&str> = diagnostics
                .iter()
                .map(|d| d.code)
                .filter(|c| c.starts_with("E08"))
                .collect();
            assert!(failed.is_empty(), "{form} {}: {failed:?}", path.display());
            assert!(pdf.is_some(), "{form} {}: no PDF", path.display());
        }
    }
}

#[test]
fn each_forms_example_builds_to_a_pdf_in_its_form() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/forms");
    for (file, form, cells) in [
        (
            "county-water.perf",
            "county",
            ["长期绩效指标", "年度绩效指标", "填报人"],
        ),
        (
            "national-farmland.perf",
            "national",
            ["中期资金总额", "中期指标", "年度指标"],
        ),
        (
            "department-water.perf",
            "county",
            ["部门整体支出绩效目标表", "年度履职目标", "指标解释"],
        ),
    ] {
        let path = examples.join(file);
        let json = support::json(&path).expect("json");
        assert!(json.contains(&format!("\"form\": \"{form}\"")), "{file}");
        let (diagnostics, pdf) = typeset(&path);
        assert!(diagnostics.is_empty(), "{file}: {diagnostics:?}");
        let pdf = pdf.expect("a PDF");
        let text = pdf_extract::extract_text_from_mem(&pdf).expect("text");
        let text: String = text.split_whitespace().collect();
        assert!(text.contains("项目支出绩效目标申报表"), "{file}");
        for cell in cells {
            assert!(text.contains(cell), "{file}: {cell}");
        }
    }
}

/// The codes of a document's findings, in order.
fn codes_of(text: &str, name: &str) -> Vec<String> {
    let path = scratch(name);
    std::fs::write(&path, text).expect("written");
    let (_, diagnostics) = support::check(&path);
    diagnostics.iter().map(|d| d.code.to_string()).collect()
}

/// A project as the 申报表 forms write it: no code, unit, 用途, 支出计划 or 依据.
const PLAIN_PROJECT: &str = r#"
项目 "县道养护项目" {
  实施单位 "县公路站"
  预算 20 { 财政资金 20 }
  目标 "完成县道养护。"
  产出指标 {
    数量指标 "养护里程" ≥30 公里
    质量指标 "养护路段优良率" ≥85%
    时效指标 "养护任务完成时间" 2024年11月底前
    成本指标 "每公里养护成本" ≤0.6 万元/公里
  }
  效益指标 {
    社会效益指标   "道路通行条件" 改善
    可持续影响指标 "路况保持" 长期稳定
  }
  满意度指标 { 服务对象满意度指标 "群众满意度" ≥90% }
}
"#;

#[test]
fn the_rules_ask_only_for_what_the_form_has() {
    let header = |form: &str| format!("文档 \"县交通局\" {{\n  年度 2024\n  表样 {form}\n}}\n");
    for form in ["申报表", "88号"] {
        let codes = codes_of(&(header(form) + PLAIN_PROJECT), "plain.perf");
        assert!(codes.is_empty(), "{form}: {codes:?}");
    }
    // The Hebei form has a code cell, the unit line, 用途, 支出计划 and the 依据 column.
    let codes = codes_of(&(header("河北") + PLAIN_PROJECT), "plain-hebei.perf");
    for code in ["E0204", "E0212", "E0705"] {
        assert!(
            codes.iter().any(|c| c == code),
            "河北 lacks {code}: {codes:?}"
        );
    }
    assert_eq!(
        codes.iter().filter(|c| *c == "E0212").count(),
        3,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| *c == "E0705").count(),
        7,
        "{codes:?}"
    );
}

#[test]
fn a_form_the_document_names_must_be_known() {
    let codes = codes_of(
        "文档 \"x\" {\n  年度 2024\n  表样 省级\n}\n",
        "unknown-form.perf",
    );
    assert_eq!(codes, ["E0102"]);
}

#[test]
fn deadlines_within_the_project_period_are_in_time() {
    let document = |period: &str| {
        format!(
            "文档 \"x\" {{\n  年度 2024\n  表样 申报表\n}}\n项目 \"工程\" {{\n  预算 1\n  {period}\n  目标 \"建成。\"\n  产出指标 {{ 时效指标 \"竣工时间\" 2025年12月底前 }}\n}}\n"
        )
    };
    let in_period = codes_of(&document("项目期 2023年1月 至 2025年12月"), "period.perf");
    assert!(!in_period.iter().any(|c| c == "E0510"), "{in_period:?}");
    let short = codes_of(&document("项目期 2023-2024"), "period-short.perf");
    assert!(short.iter().any(|c| c == "E0510"), "{short:?}");
    let none = codes_of(&document(""), "period-none.perf");
    assert!(none.iter().any(|c| c == "E0510"), "{none:?}");
}

#[test]
fn every_source_of_funds_adds_up() {
    let document = |budget: &str| {
        format!(
            "文档 \"x\" {{\n  年度 2024\n  表样 申报表\n}}\n项目 \"工程\" {{\n  {budget}\n  目标 \"建成。\"\n}}\n"
        )
    };
    let codes = |budget: &str, name: &str| {
        codes_of(&document(budget), name)
            .into_iter()
            .filter(|c| c.starts_with("E04") || c == "E0005")
            .collect::<Vec<_>>()
    };
    // 上级 + 本级 stand for 财政资金; 自有资金, 事业收入, 经营性收入 count beside 其他资金.
    let split = "预算 100 { 上级财政资金 50  本级财政资金 20  自有资金 10  事业收入 8  经营性收入 7  其他资金 5 }";
    assert_eq!(codes(split, "sources.perf"), [] as [&str; 0]);
    let written = "预算 100 { 财政拨款 70  上级财政资金 50  本级财政资金 20  自有资金 30 }";
    assert_eq!(codes(written, "sources-written.perf"), [] as [&str; 0]);
    // 财政资金 written beside its parts must equal them; the total the sum of every source.
    let parts = "预算 100 { 财政资金 70  上级财政资金 50  本级财政资金 25  自有资金 30 }";
    assert_eq!(codes(parts, "sources-parts.perf"), ["E0401"]);
    let total = "预算 100 { 上级财政资金 50  本级财政资金 20  事业收入 20 }";
    assert_eq!(codes(total, "sources-total.perf"), ["E0401"]);
    // 财政拨款 is 财政资金 by another name: both is one source written twice.
    let twice = "预算 100 { 财政资金 70  财政拨款 70  其他资金 30 }";
    assert_eq!(codes(twice, "sources-twice.perf"), ["E0005"]);
    // The two-source forms print every source besides 财政资金 as 其他资金.
    let path = scratch("sources-json.perf");
    std::fs::write(&path, document(split)).expect("written");
    let json: serde_json::Value =
        serde_json::from_str(&support::json(&path).expect("json")).expect("json");
    let project = &json["projects"][0];
    assert_eq!(project["fiscal_funds"], "70");
    assert_eq!(project["other_funds"], "30");
    assert_eq!(project["sources"][2]["key"], "own_funds");
}

#[test]
fn the_nature_and_direction_columns_agree_with_the_value() {
    let codes = |row: &str, name: &str| {
        let document = format!(
            "文档 \"x\" {{\n  年度 2024\n  表样 申报表\n}}\n项目 \"工程\" {{\n  预算 1\n  目标 \"建成。\"\n  产出指标 {{ {row} }}\n}}\n"
        );
        codes_of(&document, name)
            .into_iter()
            .filter(|c| c == "E0517" || c == "E0518")
            .collect::<Vec<_>>()
    };
    let agree = "数量指标 \"处数\" ≥30 处  指标性质 正向  指标方向 大于等于";
    assert_eq!(codes(agree, "agree.perf"), [] as [&str; 0]);
    // The direction column alone gives the comparison the nature is held to.
    let by_column = "数量指标 \"处数\" 30 处  指标性质 反向  指标方向 ≥";
    assert_eq!(codes(by_column, "by-column.perf"), ["E0517"]);
    let against = "数量指标 \"处数\" ≤30 处  指标方向 大于等于";
    assert_eq!(codes(against, "against.perf"), ["E0517"]);
    let unknown = "数量指标 \"处数\" ≥30 处  指标方向 越多越好";
    assert_eq!(codes(unknown, "unknown.perf"), ["E0518"]);
}

#[test]
fn the_department_tables_values_are_checked_like_a_projects() {
    let codes = |row: &str, name: &str| {
        let document = format!(
            "文档 \"x\" {{\n  年度 2024\n  表样 申报表\n}}\n部门目标 {{\n  总体目标 \"保障供水。\"\n  产出指标 {{ {row} }}\n}}\n"
        );
        codes_of(&document, name)
    };
    let clean = "质量指标 \"水质合格率\" ≥95%  指标方向 大于等于";
    assert_eq!(codes(clean, "department-clean.perf"), [] as [&str; 0]);
    assert_eq!(
        codes("质量指标 \"水质合格率\" ≥120%", "department-percent.perf"),
        ["E0505"]
    );
    assert_eq!(
        codes(
            "时效指标 \"完成时间\" 2025年5月底前",
            "department-year.perf"
        ),
        ["E0510"]
    );
    assert_eq!(
        codes(
            "质量指标 \"水质合格率\" ≥95%  指标方向 小于等于",
            "department-direction.perf"
        ),
        ["E0517"]
    );
}
