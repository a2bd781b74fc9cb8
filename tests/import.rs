//! `perfc import`: extracted table text into `.perf`. The reference document imports to the
//! same projects, budgets, schedules and indicator rows as its hand transcription (every
//! difference listed and explained); small constructed tables of other shapes import to files
//! that build; the command writes files and reports what it could not place.

mod support;

use std::path::Path;

use perfc::import::{
    Imported, Targets, import, import_docx, import_docx_with, import_text_with, import_xlsx_with,
};
use serde_json::Value;
use support::imports::{
    assert_same_totals_and_units, build, differences, listing, schedule, transcription,
};
use support::perfc;

/// Writes the imported files to `dir` and checks them: no reading error (E00xx) in any.
fn reading_errors(imported: &Imported, dir: &Path) -> Vec<String> {
    for (path, text) in &imported.files {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::write(&target, text).expect("write");
    }
    let (_, diagnostics) = support::check(&dir.join(&imported.files[0].0));
    diagnostics
        .iter()
        .filter(|d| d.code.starts_with("E00"))
        .map(|d| format!("{}: {}", d.code, d.message.zh))
        .collect()
}

/// The reference document's text as extracted from its PDF (a copy kept with the example).
const REFERENCE_TEXT: &str = "examples/chengde-2023/extracted.txt";

fn reference_text() -> String {
    std::fs::read_to_string(REFERENCE_TEXT).unwrap_or_else(|e| panic!("{REFERENCE_TEXT}: {e}"))
}

/// Compares the import of the reference with the hand transcription. The differences (in the
/// snapshot) are all explained:
/// - `schedule` ×9: the table lost its 12月底 column in extraction (header and value); the
///   importer says so and invents nothing, the transcription supplies 100% (see its comments).
/// - `description` and `name` ×1 each: the transcription also removed blanks a wrapped cell
///   left beside `-` and ASCII parentheses (`6- 10 月`, `软件采购 (维护) 数量`); the importer
///   removes wrap blanks only between Chinese characters, where none is ever meant.
///
/// The one warning besides those: line 930, a fragment `标` of a cell wrapped over a page break.
#[test]
fn the_reference_imports_to_the_transcriptions_tables() {
    let text = reference_text();
    let imported = import(
        &text,
        "chengde-2023.perf",
        "chengde-2023-budget-performance.txt",
    )
    .expect("the imported text parses");
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    let transcribed = transcription();
    assert_same_totals_and_units(&json, &transcribed);
    let warnings: String = imported
        .warnings
        .iter()
        .map(|w| format!("{}: {}\n", w.place, w.message))
        .collect();
    insta::assert_snapshot!(format!(
        "{}\nwarnings:\n{warnings}",
        differences(&json, &transcribed)
    ));
}

fn constructed(name: &str) -> (Imported, Value) {
    let path = Path::new("tests/import").join(name);
    let text = std::fs::read_to_string(&path).expect("constructed table");
    let imported = import(&text, "imported.perf", name).expect("the imported text parses");
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    (imported, json)
}

/// 2021 framework (成本指标 first-level), other funds, columns 计量单位 and 分值 before 依据,
/// tags, wrapped cells, a row whose second-level cell is merged, a stray fragment, a weight
/// that is not a number.
#[test]
fn a_2021_table_with_extra_columns_and_other_funds() {
    let (imported, json) = constructed("water-2024.txt");
    assert_eq!(json["year"], 2024);
    assert_eq!(json["framework"], "2021");
    assert_eq!(json["totals"]["other_funds"], "20.00");
    let indicators = json["projects"][0]["indicators"].as_array().expect("rows");
    assert_eq!(indicators.len(), 7);
    assert_eq!(indicators[0]["measure_unit"], "万元");
    assert_eq!(indicators[0]["weight"], "10");
    insta::assert_snapshot!(listing(&imported));
}

/// Money in 元, no 依据 column, headings without `#`, two units, a schedule whose 12月底 wrapped
/// onto a line of its own, and a value that is a phrase.
#[test]
fn tables_without_a_basis_column_in_yuan() {
    let (imported, json) = constructed("archive-2022.txt");
    assert_eq!(json["money_unit"], "元");
    assert_eq!(json["year"], 2022);
    assert_eq!(json["units"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        schedule(&json["projects"][0]),
        "3月底 10% 6月底 40% 10月底 80% 12月底 100%"
    );
    // At the document's scale: its amounts are written with two places.
    assert_eq!(json["totals"]["other_funds"], "20000.00");
    insta::assert_snapshot!(listing(&imported));
}

#[test]
fn the_command_writes_the_files_and_lists_what_it_could_not_place() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out_dir = dir.path().join("out");
    let out = perfc()
        .args(["import", "tests/import/water-2024.txt", "-o"])
        .arg(&out_dir)
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(
        stderr.contains("tests/import/water-2024.txt:29: warning:"),
        "{stderr}"
    );
    assert!(out_dir.join("water-2024.perf").is_file());
    assert!(out_dir.join("units/601001.perf").is_file());
    let check = perfc()
        .args(["fmt", "--check"])
        .arg(&out_dir)
        .output()
        .expect("perfc runs");
    assert_eq!(
        check.status.code(),
        Some(0),
        "the imported files are formatted"
    );
}

/// The indicator rows of the first project, each as `二级 三级 value | 长期 | 中期 | 备注`.
fn rows(json: &Value) -> Vec<String> {
    let text = |v: &Value| v["text"].as_str().unwrap_or("").to_string();
    json["projects"][0]["indicators"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            format!(
                "{} {} {} | {} | {} | {}",
                r["level2"].as_str().unwrap_or(""),
                r["name"].as_str().unwrap_or(""),
                text(&r["value"]),
                text(&r["long_term"]),
                text(&r["mid_term"]),
                r["remark"].as_str().unwrap_or("")
            )
        })
        .collect()
}

/// A county transport bureau's 申报表 as a converter writes it: `|` between cells, Markdown
/// separator rows, `key：value` lines above and below the table (two on a line), 项目属性 with
/// boxes, several sources of funds, the 长期 and 年度 indicator tables (merged by name), a
/// placeholder, a 进度计划 and an 审核意见: every row placed.
#[test]
fn a_county_form_in_pipe_text_with_key_value_lines() {
    let (imported, json) = constructed("transport-2025.txt");
    let dir = tempfile::tempdir().expect("temporary directory");
    assert_eq!(reading_errors(&imported, dir.path()), Vec::<String>::new());
    assert_eq!(json["form"], "county");
    assert_eq!(json["year"], 2025);
    assert_eq!(json["money_unit"], "万元");
    let project = &json["projects"][0];
    assert_eq!(project["code"], Value::Null);
    assert_eq!(project["name"], "2025年农村公路养护工程");
    assert_eq!(project["info"]["supervisor"], "东川县交通运输局");
    assert_eq!(project["info"]["supervisor_code"], "215");
    assert_eq!(project["info"]["implementer"], "东川县公路养护站");
    assert_eq!(project["info"]["attribute"], "延续");
    assert_eq!(project["info"]["function_class"], "2140106 公路养护");
    assert_eq!(project["info"]["filing_unit"], "东川县交通运输局");
    assert_eq!(project["info"]["filing_date"], "2024年10月18日");
    assert_eq!(project["period"]["text"], "2025年1月 至 2025年12月");
    assert_eq!(project["budget"], "386.50");
    assert_eq!(project["goals"].as_array().map(Vec::len), Some(2));
    let root = &imported.files[0].1;
    assert!(root.contains("表样 申报表"), "{root}");
    assert!(root.contains("其他说明 \"无\""), "{root}");
    assert_eq!(
        rows(&json),
        [
            "数量指标 日常养护里程 ≥212 公里 | ≥212 公里 |  | 每年",
            "数量指标 路面病害处治面积 ≥3.5 万平方米 |  |  | ",
            "质量指标 优良中等路率 ≥83% | ≥85% |  | ",
            "时效指标 养护任务完成时间 2025年12月底前 |  |  | ",
            "社会效益指标 群众出行条件  | 持续改善 |  | ",
            "服务对象满意度指标 沿线群众满意度 ≥90% | ≥90% |  | ",
            "经济成本指标 每公里养护成本 ≤**万元 |  |  | 模板未填",
        ]
    );
    let places: Vec<String> = imported
        .warnings
        .iter()
        .map(|w| w.place.to_string())
        .collect();
    assert_eq!(places, [] as [&str; 0]);
    insta::assert_snapshot!(listing(&imported));
}

/// A town's multi-year project as tab-separated text: head cells in pairs, money on one row,
/// separate 长期 and 年度 tables whose rows merge (a row only in the 长期 table keeps only its
/// 长期目标), the year from the 填报日期, and a wrapped fragment kept as a comment.
#[test]
fn a_multi_year_form_with_long_and_annual_tables_in_tab_text() {
    let (imported, json) = constructed("town-roads-2024.txt");
    let dir = tempfile::tempdir().expect("temporary directory");
    assert_eq!(reading_errors(&imported, dir.path()), Vec::<String>::new());
    assert_eq!(json["form"], "county");
    assert_eq!(json["year"], 2024);
    let project = &json["projects"][0];
    assert_eq!(project["info"]["supervisor_code"], "408001");
    assert_eq!(project["period"]["end_year"], 2026);
    assert_eq!(project["term_goal"]["label"], "长期目标");
    assert_eq!(
        rows(&json),
        [
            "数量指标 村组道路改造里程 ≥12 公里 | ≥36 公里 |  | 三年累计",
            "数量指标 排水边沟长度 ≥8 公里 | ≥24 公里 |  | ",
            "质量指标 工程验收合格率 100% | 100% |  | ",
            "时效指标 年度工程完工时间 2024年11月底前 |  |  | ",
            "可持续影响指标 道路管护机制  | 长效运行 |  | ",
            "社会效益指标 受益群众人数 ≥1.1 万人 |  |  | ",
            "服务对象满意度指标 受益群众满意度 ≥90% |  |  | ",
        ]
    );
    let warnings: Vec<String> = imported
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.place, w.message))
        .collect();
    assert_eq!(
        warnings,
        ["25: indicator row without a name (a wrapped cell?); kept as a comment"]
    );
    insta::assert_snapshot!(listing(&imported));
}

/// The national 88号 form: 主管部门及代码 in one row, 中期 and 年度 money side by side, goals in
/// two columns, and the indicator table with 中期 and 年度 columns side by side (a row repeating
/// the merged 绩效指标 label in its first cell); an empty 审核意见 cell writes nothing.
#[test]
fn a_national_form_with_side_by_side_targets() {
    let (imported, json) = constructed("farmland-88.txt");
    let dir = tempfile::tempdir().expect("temporary directory");
    assert_eq!(reading_errors(&imported, dir.path()), Vec::<String>::new());
    assert_eq!(json["form"], "national");
    assert_eq!(json["year"], 2025);
    let project = &json["projects"][0];
    assert_eq!(project["info"]["supervisor_code"], "127001");
    assert_eq!(project["mid_term_budget"]["total"], "4500.00");
    assert_eq!(project["mid_term_budget"]["fiscal_funds"], "4200.00");
    assert_eq!(project["fiscal_funds"], "1400.00");
    assert_eq!(project["budget"], "1500.00");
    assert_eq!(project["period"]["text"], "三年");
    assert_eq!(project["term_goal"]["label"], "中期目标");
    assert_eq!(project["goals"].as_array().map(Vec::len), Some(2));
    assert!(imported.files[0].1.contains("表样 88号"));
    assert_eq!(
        rows(&json),
        [
            "数量指标 新建高标准农田面积 ≥2.5 万亩 |  | ≥7.5 万亩 | ",
            "质量指标 工程验收合格率 100% |  | 100% | ",
            "时效指标 年度建设任务完成时间 2025年12月底前 |  |  | ",
            "经济效益指标 亩均粮食产能增加 ≥50 公斤 |  | ≥100 公斤 | ",
            "服务对象满意度指标 项目区农户满意度 ≥90% |  | ≥90% | ",
        ]
    );
    let places: Vec<String> = imported
        .warnings
        .iter()
        .map(|w| w.place.to_string())
        .collect();
    assert_eq!(places, [] as [&str; 0]);
    insta::assert_snapshot!(listing(&imported));
}

/// A `.docx` of a county form, written here: paragraphs above the table, a value spanning three
/// grid columns (`w:gridSpan`), a 一级指标 merged down (`w:vMerge`), a cell of two paragraphs,
/// an entity, and a row no label places.
fn county_docx() -> Vec<u8> {
    use std::io::Write as _;
    let cell = |text: &str, props: &str| {
        let paragraphs: String = text
            .split('\n')
            .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
            .collect();
        format!("<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>")
    };
    let plain = |text: &str| cell(text, "");
    let span = |text: &str, n: u32| cell(text, &format!("<w:gridSpan w:val=\"{n}\"/>"));
    let row = |cells: &[String]| format!("<w:tr>{}</w:tr>", cells.concat());
    let rows = [
        row(&[plain("项目名称"), span("2025年城区公交站亭更新", 4)]),
        row(&[
            plain("主管部门"),
            plain("北塘县交通运输局"),
            plain("主管部门编码"),
            span("216", 2),
        ]),
        row(&[
            plain("项目属性"),
            plain("☑新增 □延续"),
            plain("项目期"),
            span("2025年", 2),
        ]),
        row(&[
            plain("年度资金总额"),
            plain("48.00"),
            plain("财政拨款"),
            span("48.00", 2),
        ]),
        row(&[
            plain("年度目标"),
            span(
                "1. 更新公交站亭 40 座。\n2. 站亭完好率 &amp; 整洁率不低于 95%。",
                4,
            ),
        ]),
        row(&[plain("年度绩效指标"), span("", 4)]),
        row(&[
            plain("一级指标"),
            plain("二级指标"),
            plain("指标内容"),
            plain("指标值"),
            plain("备注"),
        ]),
        row(&[
            cell("产出指标", "<w:vMerge w:val=\"restart\"/>"),
            plain("数量指标"),
            plain("更新站亭数量"),
            plain("≥40 座"),
            plain(""),
        ]),
        row(&[
            cell("", "<w:vMerge/>"),
            plain("质量指标"),
            plain("站亭完好率"),
            plain("≥95%"),
            plain("含整洁"),
        ]),
        row(&[
            plain("满意度指标"),
            plain("服务对象满意度指标"),
            plain("乘客满意度"),
            plain("≥90%"),
            plain(""),
        ]),
        row(&[plain("财政局审核意见"), span("同意", 4)]),
        row(&[plain("附件"), span("站亭分布图", 4)]),
    ];
    let paragraph = |text: &str| format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>");
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{}{}<w:tbl><w:tblGrid/>{}</w:tbl>{}</w:body></w:document>",
        paragraph("北塘县财政支出项目绩效目标申报表（2025年度）"),
        paragraph("填报单位（盖章）：北塘县交通运输局<w:tab/>单位：万元"),
        rows.concat(),
        paragraph("填报人：孙悦"),
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
        </Types>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, text) in [
        ("[Content_Types].xml", content_types),
        ("word/document.xml", &document),
    ] {
        zip.start_file(name, options).expect("zip part");
        zip.write_all(text.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip").into_inner()
}

#[test]
fn a_word_document_with_merged_cells() {
    let bytes = county_docx();
    let imported = import_docx(&bytes, "bus.perf", "bus.docx").expect("a readable document");
    let dir = tempfile::tempdir().expect("temporary directory");
    assert_eq!(reading_errors(&imported, dir.path()), Vec::<String>::new());
    let json = build(&imported, dir.path());
    assert_eq!(json["form"], "county");
    assert_eq!(json["year"], 2025);
    let project = &json["projects"][0];
    assert_eq!(project["name"], "2025年城区公交站亭更新");
    assert_eq!(project["info"]["attribute"], "新增");
    assert_eq!(project["info"]["filing_unit"], "北塘县交通运输局");
    assert_eq!(project["info"]["filed_by"], "孙悦");
    assert_eq!(project["goals"][1], "站亭完好率 & 整洁率不低于 95%。");
    assert_eq!(
        rows(&json),
        [
            "数量指标 更新站亭数量 ≥40 座 |  |  | ",
            "质量指标 站亭完好率 ≥95% |  |  | 含整洁",
            "服务对象满意度指标 乘客满意度 ≥90% |  |  | ",
        ]
    );
    let warnings: Vec<String> = imported
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.place, w.message))
        .collect();
    assert_eq!(project["reviews"][0]["by"], "财政局");
    assert_eq!(project["reviews"][0]["opinion"], "同意");
    assert_eq!(warnings, ["表1!A12: row not understood; kept as a comment"]);
    insta::assert_snapshot!(listing(&imported));
}

/// `perfc import FILE.docx` tells the document by its content, whatever its name.
#[test]
fn the_command_reads_a_word_document_by_its_content() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let input = dir.path().join("bus-form.bin");
    std::fs::write(&input, county_docx()).expect("write");
    let out_dir = dir.path().join("out");
    let out = perfc()
        .arg("import")
        .arg(&input)
        .arg("-o")
        .arg(&out_dir)
        .output()
        .expect("perfc runs");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("bus-form.bin:表1!A12: warning:"),
        "{stderr}"
    );
    let root = std::fs::read_to_string(out_dir.join("bus-form.perf")).expect("the root");
    assert!(root.contains("表样 申报表"), "{root}");
}

/// The county form under a title ending in 绩效目标表 (as the Hebei form's do), tab-separated:
/// its 项目名称 row makes it a form's table, whose head cells and signatures are read, not
/// reported as rows not understood; the name repeated (a page break) continues the form; a
/// column the form has no place for (分值) is kept as a comment.
#[test]
fn a_county_form_under_a_hebei_like_title() {
    let text = "清源县2024年项目支出绩效目标表\n\
                项目名称\t清源县乡村学校取暖设施改造\n\
                主管部门\t清源县教育局\t主管部门编码\t112\n\
                实施单位\t清源县教育后勤服务中心\n\
                年度绩效指标\n\
                一级指标\t二级指标\t三级指标\t指标值\t分值\n\
                产出指标\t数量指标\t改造学校数量\t≥12 所\t20\n\
                项目名称\t清源县乡村学校取暖设施改造\n\
                满意度指标\t服务对象满意度指标\t师生满意度\t≥90%\n\
                填报单位（盖章）\t清源县教育局\n";
    let imported = import(text, "heating.perf", "heating.txt").expect("parses");
    let warnings: Vec<String> = imported
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.place, w.message))
        .collect();
    assert_eq!(
        warnings,
        ["7: cells in a column this form's table has no place for; kept as a comment"]
    );
    assert!(imported.files[0].1.contains("# 原文第 7 行：分值：20"));
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    assert_eq!(json["form"], "county");
    assert_eq!(json["year"], 2024);
    let project = &json["projects"][0];
    assert_eq!(project["name"], "清源县乡村学校取暖设施改造");
    assert_eq!(project["info"]["supervisor_code"], "112");
    assert_eq!(project["info"]["implementer"], "清源县教育后勤服务中心");
    assert_eq!(project["info"]["filing_unit"], "清源县教育局");
    assert_eq!(rows(&json).len(), 2);
}

/// The national 88号 form as a workbook: a centred title, merged label cells, the 一级指标
/// merged down, the 中期 and 年度 columns side by side.
#[test]
fn a_national_form_in_a_workbook() {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let plain = Format::new();
    let cells: &[&[&str]] = &[
        &["项目名称", "南江市城市内涝治理工程"],
        &["主管部门及代码", "南江市住房和城乡建设局", "", "402001"],
        &["实施单位", "南江市排水管理处", "", ""],
        &["项目属性", "□新增 ☑延续", "项目期", "2024年至2026年"],
        &["中期资金总额", "2700", "年度资金总额", "900"],
        &["中期目标", "", "年度目标", ""],
        &["", "三年改造易涝点 30 处。", "", "改造易涝点 10 处。"],
        &[
            "一级指标",
            "二级指标",
            "三级指标",
            "指标值（中期）",
            "三级指标",
            "指标值（年度）",
        ],
        &[
            "产出指标",
            "数量指标",
            "改造易涝点数量",
            "≥30 处",
            "改造易涝点数量",
            "≥10 处",
        ],
        &[
            "",
            "质量指标",
            "排水管网验收合格率",
            "100%",
            "排水管网验收合格率",
            "100%",
        ],
    ];
    sheet
        .merge_range(0, 0, 0, 5, "项目支出绩效目标申报表（2024年度）", &plain)
        .expect("title");
    for (r, row) in cells.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sheet
                    .write_string(r as u32 + 1, c as u16, *text)
                    .expect("cell");
            }
        }
    }
    let bytes = workbook.save_to_buffer().expect("a workbook");
    let imported =
        perfc::import::import_xlsx(&bytes, "drainage.perf", "drainage.xlsx").expect("readable");
    assert_eq!(imported.warnings, []);
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    assert_eq!(json["form"], "national");
    assert_eq!(json["year"], 2024);
    let project = &json["projects"][0];
    assert_eq!(project["info"]["supervisor_code"], "402001");
    assert_eq!(project["info"]["attribute"], "延续");
    assert_eq!(project["period"]["text"], "2024年 至 2026年");
    assert_eq!(project["mid_term_budget"]["total"], "2700");
    assert_eq!(
        rows(&json),
        [
            "数量指标 改造易涝点数量 ≥10 处 |  | ≥30 处 | ",
            "质量指标 排水管网验收合格率 100% |  | 100% | ",
        ]
    );
}

/// The 部门整体支出绩效目标表 before a project's 申报表: the name and code on one row, the budget's
/// parts under 年度预算安排, a text continued on the next row, the 履职目标 rows with the function
/// and task merged over a task's second project (its amount the exact sum of the rows), and the
/// indicators with their 指标解释. The project's table after it is read as before.
#[test]
fn a_department_table_before_a_projects_form() {
    let (imported, json) = constructed("department-2024.txt");
    assert_eq!(json["form"], "county");
    assert_eq!(json["year"], 2024);
    assert_eq!(json["department"], "清河县水利局");
    let table = &json["department_goals"]["table"];
    assert_eq!(table["code"], "305001");
    assert_eq!(table["budget"], "1036.80");
    assert_eq!(table["basic_spending"], "566.80");
    assert_eq!(table["project_spending"], "470.00");
    assert!(
        table["functions"]
            .as_str()
            .is_some_and(|f| f.ends_with("水旱灾害防御工作。")),
        "{table}"
    );
    let duties = table["duties"].as_array().expect("duties");
    assert_eq!(duties.len(), 2);
    assert_eq!(duties[1]["amount"], "50.00");
    let projects: Vec<&str> = duties[1]["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(
        projects,
        ["清河县 2024 年防汛抢险物资储备", "清河县河道清障工程"]
    );
    let indicators = table["indicators"].as_array().expect("indicators");
    assert_eq!(indicators.len(), 6);
    assert_eq!(
        indicators[0]["description"],
        "年度完成改造的集中供水工程数量"
    );
    // An empty 指标解释 writes no 描述.
    let root = &imported.files[0].1;
    assert!(
        root.contains("\"防汛物资储备完成时间\"   2024年5月底前\n"),
        "{root}"
    );
    assert_eq!(
        json["department_goals"]["overall"][0],
        "保障农村饮水安全和防汛安全，完成年度水利工程建设任务，水资源管理考核达标。"
    );
    // The project's form after the table: its own rows, its 指标解释 read too.
    let project = &json["projects"][0];
    assert_eq!(project["name"], "清河县农村饮水安全巩固提升工程");
    assert_eq!(project["budget"], "420.00");
    assert_eq!(
        project["indicators"][0]["description"],
        "年度完成改造的工程数量"
    );
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    insta::assert_snapshot!(listing(&imported));
}

/// A Hebei table whose 项目编码 and 预算数 cells are empty: the project is written by its name, its
/// sources stay a comment beside a warning at the budget row, and nothing is invented.
#[test]
fn a_table_without_its_code_or_total_invents_neither() {
    let text = "1. 2024 年县道养护绩效目标表\n\
                项目编码\t\t项目名称\t县道养护\n\
                预算规模及资金用途\t预算数\t\t其中：财政资金\t100.00\t其他资金\t20.00\n\
                \t用于县道日常养护。\n";
    let imported = import(text, "roads.perf", "roads.txt").expect("the imported text parses");
    let all: String = imported.files.iter().map(|(_, t)| t.as_str()).collect();
    assert!(all.contains("项目 \"县道养护\" {"), "{all}");
    assert!(!all.contains("未知编码"), "{all}");
    assert!(
        all.contains("# 预算数未填：财政资金 100.00  其他资金 20.00"),
        "{all}"
    );
    let warnings: Vec<String> = imported
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.place, w.message))
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("3: sources of funds without 预算数")),
        "{warnings:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// The 项目支出绩效自评表: `自评` records against the targets of `examples/teaching/hello.perf`.

const HELLO: &str = "examples/teaching/hello.perf";
const HELLO_NAME: &str = "2023 年测绘地理信息资质单位质量监督检查";

fn hello_targets() -> Targets {
    Targets::read(Path::new(HELLO), "hello.perf").expect("the targets read")
}

/// Writes the import beside a copy of the targets and checks it: its findings (code and message)
/// and its JSON.
fn checked_evaluation(imported: &Imported) -> (Vec<String>, Value) {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::copy(HELLO, dir.path().join("hello.perf")).expect("copy the targets");
    let json = build(imported, dir.path());
    let (_, diagnostics) = support::check(&dir.path().join(&imported.files[0].0));
    let findings = diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.code, d.message.zh))
        .collect();
    (findings, json)
}

/// Each record's 总分 and 等级, as the JSON gives them.
fn totals(json: &Value) -> Vec<String> {
    json["self_evaluations"]
        .as_array()
        .expect("self-evaluations")
        .iter()
        .map(|e| format!("{} {}", e["total"]["score"], e["grade_word"]))
        .collect()
}

fn warnings_of(imported: &Imported) -> Vec<String> {
    imported
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.place, w.message))
        .collect()
}

/// The national form as tab-separated text: the 绩效指标 label column, the merged 项目资金 label,
/// 其中 rows with dashes and an empty 上年结转资金, bare numbers as actuals (`2` beside `≥1次`, `88`
/// beside `≥90%`), 一级指标 merged down, a qualitative row scored in its band, and the written
/// 总分. With the targets, the record is the project's by its code, includes them and checks
/// clean: every written score is perfc's, and the total is the table's 90.53.
#[test]
fn a_self_evaluation_table_in_text_against_its_targets() {
    let text = std::fs::read_to_string("tests/import/evaluation-2023.txt").expect("table");
    let targets = hello_targets();
    let imported = import_text_with(
        &text,
        "evaluation-2023.perf",
        "evaluation-2023.txt",
        Some(&targets),
    )
    .expect("the imported text parses");
    assert_eq!(warnings_of(&imported), [] as [&str; 0]);
    assert_eq!(imported.files.len(), 1);
    let file = &imported.files[0].1;
    assert!(file.contains("包含 \"hello.perf\""), "{file}");
    assert!(file.contains("自评 13080023P000085100062 {"), "{file}");
    assert!(file.contains("实际 2 次"), "{file}");
    assert!(file.contains("实际 88%"), "{file}");
    let (findings, json) = checked_evaluation(&imported);
    assert_eq!(findings, [] as [&str; 0]);
    assert_eq!(totals(&json), ["\"90.53\" \"优\""]);
    let record = &json["self_evaluations"][0];
    assert_eq!(record["executed"], "14.62");
    assert_eq!(record["sources"].as_array().map(Vec::len), Some(1));
    insta::assert_snapshot!(listing(&imported));
}

/// Without the targets the record names the project as the table does, asks for the include in
/// a comment, and writes the form's money unit on each amount.
#[test]
fn a_self_evaluation_without_targets_asks_for_them() {
    let text = std::fs::read_to_string("tests/import/evaluation-2023.txt").expect("table");
    let imported = import(&text, "evaluation-2023.perf", "evaluation-2023.txt").expect("parses");
    let file = &imported.files[0].1;
    assert!(
        file.contains(&format!("自评 \"{HELLO_NAME}\" {{")),
        "{file}"
    );
    assert!(
        file.contains("# 自评按项目名称对应已批复的绩效目标"),
        "{file}"
    );
    assert!(file.contains("全年执行数 14.62 万元"), "{file}");
    assert!(!file.contains("\n包含 "), "{file}");
    // With the include added by hand, it checks and scores as with `--targets`.
    let included = Imported {
        files: vec![(
            imported.files[0].0.clone(),
            format!("包含 \"hello.perf\"\n{file}"),
        )],
        warnings: Vec::new(),
    };
    let (findings, json) = checked_evaluation(&included);
    assert_eq!(findings, [] as [&str; 0]);
    assert_eq!(totals(&json), ["\"90.53\" \"优\""]);
}

/// Pipe text as a converter writes it, cells lost under merged labels: the amounts follow their
/// label in the heads' order, the two goal texts their heads. Rows without 分值 or 得分 are
/// scored by perfc; an actual that is no value is a string, and said; a project the targets do
/// not hold is said too.
#[test]
fn a_self_evaluation_in_pipe_text_with_lost_cells() {
    let text = format!(
        "| 项目支出绩效自评表（2023年度） |\n\
         | 项目名称 | {HELLO_NAME} |\n\
         |---|---|\n\
         | 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n\
         | 年度资金总额 | 15.00 | 15.00 | 12.00 | 10 | 80% | 8.00 |\n\
         | 偏差原因 | 一笔服务费于次年支付。 |\n\
         | 年度总体目标 | 预期目标 | 实际完成情况 |\n\
         | 开展质量监督检查。 | 完成 1 次检查。 |\n\
         | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n\
         | 产出指标 | 数量指标 | 开展质量监督检查次数 | ≥1 次 | 1 次 | | | |\n\
         | | 质量指标 | 工作方案、工作总结完成率 | 100% | 100% | | | |\n\
         | | 时效指标 | 监督检查工作完成时限 | 12月底前 | 2023年12月20日 | | | |\n\
         | | 成本指标 | 采购总成本控制率 | ≤100% | 80% | | | |\n\
         | 效益指标 | 社会效益指标 | 提升测绘行业成果质量监管水平 | 巩固提升 | 达成 | | | |\n\
         | 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥90% | 九成, 抽样 | | | |\n\
         | 总分 | 100 | 88.00 |\n"
    );
    let targets = hello_targets();
    let imported = import_text_with(&text, "pipe.perf", "pipe.md", Some(&targets)).expect("parses");
    assert_eq!(
        warnings_of(&imported),
        [
            "15: 实际完成值 “九成, 抽样” is not a value perfc can compare with the target; \
          written as a string"
        ]
    );
    let file = &imported.files[0].1;
    assert!(file.contains("偏差 \"一笔服务费于次年支付。\""), "{file}");
    assert!(file.contains("完成情况 \"完成 1 次检查。\""), "{file}");
    assert!(file.contains("# 预期目标：开展质量监督检查。"), "{file}");
    let (findings, json) = checked_evaluation(&imported);
    let record = &json["self_evaluations"][0];
    assert_eq!(record["full_year_budget"], "15.00");
    assert_eq!(record["executed"], "12.00");
    assert_eq!(record["execution_rate"], "80.00");
    // 8.00 + 50 + 30 + 0 (the string cannot be compared).
    assert_eq!(totals(&json), ["\"88.00\" \"良\""]);
    assert!(
        findings.iter().any(|f| f.starts_with("E0904")),
        "{findings:?}"
    );
    let unknown = format!(
        "| 项目名称 | 未批复的项目 |\n{}",
        &text[text.find("| 项目资金").expect("funds")..]
    );
    let imported = import_text_with(&unknown, "x.perf", "x.md", Some(&targets)).expect("parses");
    let warnings = warnings_of(&imported);
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("no project of the targets (hello.perf) is named “未批复的项目”")),
        "{warnings:?}"
    );
}

/// The same table as a workbook: merged title and labels, amounts as numbers formatted `0.00`,
/// the rate a fraction formatted `0.00%`, actuals as a number, a date and a fraction formatted
/// `0%`, the 一级指标 merged down; no 绩效指标 column.
#[test]
fn a_self_evaluation_table_in_a_workbook() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("自评表").expect("name");
    let plain = Format::new();
    let money = Format::new().set_num_format("0.00");
    let rate = Format::new().set_num_format("0.00%");
    let whole_percent = Format::new().set_num_format("0%");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let text = |sheet: &mut rust_xlsxwriter::Worksheet, r: u32, c: u16, t: &str| {
        sheet.write_string(r, c, t).expect("cell");
    };
    sheet
        .merge_range(0, 0, 0, 7, "项目支出绩效自评表", &plain)
        .expect("title");
    sheet
        .merge_range(1, 0, 1, 6, "（2023年度）", &plain)
        .expect("year");
    text(sheet, 1, 7, "单位：万元");
    text(sheet, 2, 0, "项目名称");
    sheet
        .merge_range(2, 1, 2, 7, HELLO_NAME, &plain)
        .expect("name");
    sheet
        .merge_range(3, 0, 5, 0, "项目资金", &plain)
        .expect("funds label");
    for (c, head) in [
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
    ]
    .iter()
    .enumerate()
    {
        text(sheet, 3, c as u16 + 2, head);
    }
    text(sheet, 4, 1, "年度资金总额");
    text(sheet, 5, 1, "其中：财政拨款");
    for (r, amounts) in [(4, [15.0, 15.0, 14.62]), (5, [15.0, 15.0, 14.62])] {
        for (c, amount) in amounts.iter().enumerate() {
            sheet
                .write_number_with_format(r, c as u16 + 2, *amount, &money)
                .expect("amount");
        }
    }
    sheet.write_number(4, 5, 10).expect("points");
    sheet
        .write_number_with_format(4, 6, 0.9747, &rate)
        .expect("rate");
    sheet
        .write_number_with_format(4, 7, 9.75, &money)
        .expect("score");
    sheet
        .merge_range(6, 0, 7, 0, "年度总体目标", &plain)
        .expect("goals");
    sheet
        .merge_range(6, 1, 6, 3, "预期目标", &plain)
        .expect("head");
    sheet
        .merge_range(6, 4, 6, 7, "实际完成情况", &plain)
        .expect("head");
    sheet
        .merge_range(7, 1, 7, 3, "开展测绘成果质量监督检查工作。", &plain)
        .expect("expected");
    sheet
        .merge_range(7, 4, 7, 7, "完成 2 次质量监督检查。", &plain)
        .expect("achieved");
    for (c, head) in [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    .iter()
    .enumerate()
    {
        text(sheet, 8, c as u16, head);
    }
    sheet
        .merge_range(9, 0, 12, 0, "产出指标", &plain)
        .expect("level 1");
    let rows: [(&str, &str, &str); 6] = [
        ("数量指标", "开展质量监督检查次数", "≥1次"),
        ("质量指标", "工作方案、工作总结完成率", "100%"),
        ("时效指标", "监督检查工作完成时限", "12月底前"),
        ("成本指标", "采购总成本控制率", "≤100%"),
        ("社会效益指标", "提升测绘行业成果质量监管水平", "巩固提升"),
        ("服务对象满意度指标", "服务对象满意度", "≥90%"),
    ];
    for (r, (level2, name, target)) in (9..).zip(rows) {
        text(sheet, r, 1, level2);
        text(sheet, r, 2, name);
        text(sheet, r, 3, target);
    }
    text(sheet, 13, 0, "效益指标");
    text(sheet, 14, 0, "满意度指标");
    sheet.write_number(9, 4, 2).expect("count");
    text(sheet, 10, 4, "100%");
    let day = ExcelDateTime::from_ymd(2023, 11, 20).expect("date");
    sheet
        .write_datetime_with_format(11, 4, &day, &date)
        .expect("date");
    sheet
        .write_number_with_format(12, 4, 0.9747, &rate)
        .expect("rate");
    text(sheet, 13, 4, "达成");
    sheet
        .write_number_with_format(14, 4, 0.88, &whole_percent)
        .expect("satisfaction");
    for (r, points, score) in [
        (9, 12.5, 12.5),
        (10, 12.5, 12.5),
        (11, 12.5, 12.5),
        (12, 12.5, 12.5),
        (13, 30.0, 30.0),
        (14, 10.0, 9.78),
    ] {
        sheet.write_number(r, 5, points).expect("points");
        sheet.write_number(r, 6, score).expect("score");
    }
    text(sheet, 9, 7, "年中增加一次专项抽查。");
    text(sheet, 14, 7, "问卷回收率偏低；改进回访方式。");
    sheet
        .merge_range(15, 0, 15, 4, "总分", &plain)
        .expect("total");
    sheet.write_number(15, 5, 100).expect("points");
    sheet.write_number(15, 6, 99.53).expect("total");
    let bytes = workbook.save_to_buffer().expect("a workbook");
    let targets = hello_targets();
    let imported = import_xlsx_with(&bytes, "workbook.perf", "workbook.xlsx", Some(&targets))
        .expect("readable");
    assert_eq!(warnings_of(&imported), [] as [&str; 0]);
    let file = &imported.files[0].1;
    for written in [
        "当年财政拨款 { 年初预算数 15.00",
        "执行率 97.47%",
        "实际 2 次",
        "实际 2023年11月20日",
        "实际 88%",
        "总分 99.53",
    ] {
        assert!(file.contains(written), "{written}: {file}");
    }
    let (findings, json) = checked_evaluation(&imported);
    assert_eq!(findings, [] as [&str; 0]);
    assert_eq!(totals(&json), ["\"99.53\" \"优\""]);
}

/// A Word table of the form, `cells` a row's (text, cell properties).
fn word_table(paragraphs: &[&str], rows: &[Vec<(&str, &str)>]) -> Vec<u8> {
    use std::io::Write as _;
    let row = |cells: &Vec<(&str, &str)>| {
        let cells: String = cells
            .iter()
            .map(|(text, props)| {
                format!(
                    "<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:tc>"
                )
            })
            .collect();
        format!("<w:tr>{cells}</w:tr>")
    };
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>"))
        .collect();
    let table: String = rows.iter().map(row).collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}<w:tbl><w:tblGrid/>{table}</w:tbl></w:body></w:document>"
    );
    let content_types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
        <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
        </Types>";
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, text) in [
        ("[Content_Types].xml", content_types),
        ("word/document.xml", &document),
    ] {
        zip.start_file(name, options).expect("zip part");
        zip.write_all(text.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip").into_inner()
}

/// The form as a Word table: the title and year as paragraphs, labels spanning grid columns,
/// 项目资金 and the 一级指标 merged down (`w:vMerge`), 上年结转资金 with amounts of its own.
#[test]
fn a_self_evaluation_table_in_a_word_document() {
    let span = |n: u32| format!("<w:gridSpan w:val=\"{n}\"/>");
    let (s2, s3, s4) = (span(2), span(3), span(4));
    let restart = "<w:vMerge w:val=\"restart\"/>";
    let merged = "<w:vMerge/>";
    let p = "";
    let rows: Vec<Vec<(&str, &str)>> = vec![
        vec![("项目名称", p), (HELLO_NAME, &s4)],
        vec![
            ("主管部门", p),
            ("示例局", &s2),
            ("实施单位", p),
            ("示例局本级", p),
        ],
        vec![
            ("项目资金（万元）", restart),
            ("", p),
            ("年初预算数", p),
            ("全年预算数", p),
            ("全年执行数", p),
        ],
        vec![
            ("", merged),
            ("年度资金总额", p),
            ("15.00", p),
            ("15.00", p),
            ("14.62", p),
        ],
        vec![
            ("", merged),
            ("其中：当年财政拨款", p),
            ("12.00", p),
            ("12.00", p),
            ("11.62", p),
        ],
        vec![
            ("", merged),
            ("上年结转资金", p),
            ("3.00", p),
            ("3.00", p),
            ("3.00", p),
        ],
        vec![
            ("年度总体目标", restart),
            ("预期目标", &s2),
            ("实际完成情况", &s2),
        ],
        vec![
            ("", merged),
            ("开展质量监督检查。", &s2),
            ("完成 2 次检查。", &s2),
        ],
        vec![
            ("一级指标", p),
            ("二级指标", p),
            ("三级指标", p),
            ("年度指标值", p),
            ("实际完成值", p),
            ("分值", p),
            ("得分", p),
        ],
        vec![
            ("产出指标", restart),
            ("数量指标", p),
            ("开展质量监督检查次数", p),
            ("≥1次", p),
            ("1次", p),
            ("12.5", p),
            ("12.5", p),
        ],
        vec![
            ("", merged),
            ("质量指标", p),
            ("工作方案、工作总结完成率", p),
            ("100%", p),
            ("100%", p),
            ("12.5", p),
            ("12.5", p),
        ],
        vec![
            ("", merged),
            ("时效指标", p),
            ("监督检查工作完成时限", p),
            ("12月底前", p),
            ("2023年11月20日", p),
            ("12.5", p),
            ("12.5", p),
        ],
        vec![
            ("", merged),
            ("成本指标", p),
            ("采购总成本控制率", p),
            ("≤100%", p),
            ("97.47%", p),
            ("12.5", p),
            ("12.5", p),
        ],
        vec![
            ("效益指标", p),
            ("社会效益指标", p),
            ("提升测绘行业成果质量监管水平", p),
            ("巩固提升", p),
            ("不涉及", p),
            ("30", p),
            ("", p),
        ],
        vec![
            ("满意度指标", p),
            ("服务对象满意度指标", p),
            ("服务对象满意度", p),
            ("≥90%", p),
            ("95%", p),
            ("10", p),
            ("10", p),
        ],
        vec![("总分", &s3), ("", p), ("", p), ("100", p), ("100.00", p)],
    ];
    let bytes = word_table(&["项目支出绩效自评表", "（2023年度）"], &rows);
    let targets = hello_targets();
    let imported =
        import_docx_with(&bytes, "word.perf", "word.docx", Some(&targets)).expect("readable");
    assert_eq!(warnings_of(&imported), [] as [&str; 0]);
    let file = &imported.files[0].1;
    assert!(file.contains("上年结转 { 年初预算数 3.00"), "{file}");
    assert!(file.contains("# 主管部门：示例局"), "{file}");
    assert!(file.contains("实际 不涉及"), "{file}");
    let (findings, json) = checked_evaluation(&imported);
    assert_eq!(findings, [] as [&str; 0]);
    // 9.75 + 50 + 10 = 69.75 of 70, rescaled without the 不涉及 row's 30: 99.64.
    assert_eq!(totals(&json), ["\"99.64\" \"优\""]);
}

/// The workbook perfc writes for a self-evaluation imports back to a record that scores the
/// same: its summary sheet is kept as comments, nothing is warned about.
#[test]
fn the_self_evaluation_workbook_perfc_writes_imports_back() {
    let example = Path::new("examples/teaching/hello-self-evaluation.perf");
    let bytes = support::xlsx(example).expect("the workbook");
    let original: Value =
        serde_json::from_str(&support::json(example).expect("the JSON")).expect("JSON");
    let targets = hello_targets();
    let imported = import_xlsx_with(
        &bytes,
        "hello-self-evaluation.perf",
        "hello-self-evaluation.xlsx",
        Some(&targets),
    )
    .expect("readable");
    assert_eq!(warnings_of(&imported), [] as [&str; 0]);
    let (findings, json) = checked_evaluation(&imported);
    assert_eq!(findings, [] as [&str; 0]);
    assert_eq!(totals(&json), totals(&original));
    let scores = |json: &Value| -> Vec<String> {
        json["self_evaluations"][0]["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| format!("{} {} {}", r["name"], r["actual"], r["score"]))
            .collect()
    };
    assert_eq!(scores(&json), scores(&original));
}

/// `perfc import --targets`: the include relative to the output; targets outside it are said.
#[test]
fn the_command_imports_a_self_evaluation_with_its_targets() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out_dir = dir.path().join("out");
    std::fs::create_dir_all(out_dir.join("targets")).expect("mkdir");
    std::fs::copy(HELLO, out_dir.join("targets/hello.perf")).expect("copy");
    let out = perfc()
        .args(["import", "tests/import/evaluation-2023.txt", "-o"])
        .arg(&out_dir)
        .arg("--targets")
        .arg(out_dir.join("targets/hello.perf"))
        .output()
        .expect("perfc runs");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let root = out_dir.join("evaluation-2023.perf");
    let file = std::fs::read_to_string(&root).expect("the record");
    assert!(file.contains("包含 \"targets/hello.perf\""), "{file}");
    let check = perfc()
        .arg("check")
        .arg(&root)
        .output()
        .expect("perfc runs");
    assert_eq!(check.status.code(), Some(0));
    let elsewhere = dir.path().join("elsewhere");
    let out = perfc()
        .args(["import", "tests/import/evaluation-2023.txt", "-o"])
        .arg(&elsewhere)
        .args(["--targets", HELLO])
        .output()
        .expect("perfc runs");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(
        stderr.contains("warning: the targets lie outside the output directory"),
        "{stderr}"
    );
}
