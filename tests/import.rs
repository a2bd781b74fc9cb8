//! `perfc import`: extracted table text into `.perf`. The reference document imports to the
//! same projects, budgets, schedules and indicator rows as its hand transcription (every
//! difference listed and explained); small constructed tables of other shapes import to files
//! that build; the command writes files and reports what it could not place.

mod support;

use std::path::Path;

use perfc::import::{Imported, import, import_docx};
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
