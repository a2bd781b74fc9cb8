//! Workbooks: `perfc build --emit xlsx` lays the reference out as one sheet per project and a
//! flat list, and each form's example in its form (the 88号 and county 申报表, the 部门整体支出绩效
//! 目标表), read back here with calamine; importing that workbook gives the transcription's
//! tables again; workbooks of other shapes, written here, import to files that build.

mod support;

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Dimensions, Reader, Xlsx};
use perfc::import::{Imported, import_xlsx};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use serde_json::Value;
use support::imports::{
    assert_same_totals_and_units, build, differences, listing, schedule, transcription,
};
use support::perfc;

const REFERENCE: &str = "examples/chengde-2023/chengde-2023.perf";

fn reference_workbook() -> Vec<u8> {
    support::xlsx(Path::new(REFERENCE)).expect("the reference reads completely")
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    Xlsx::new(Cursor::new(bytes)).expect("a readable workbook")
}

fn text(range: &calamine::Range<Data>, row: u32, col: u32) -> String {
    range
        .get_value((row, col))
        .map(ToString::to_string)
        .unwrap_or_default()
}

fn number(range: &calamine::Range<Data>, row: u32, col: u32) -> Option<f64> {
    match range.get_value((row, col))? {
        Data::Float(x) => Some(*x),
        _ => None,
    }
}

fn decimal(json: &Value) -> Option<f64> {
    json.as_str()?.parse().ok()
}

#[test]
fn the_reference_exports_one_sheet_per_project_and_a_flat_list() {
    let bytes = reference_workbook();
    let json = transcription();
    let projects = json["projects"].as_array().expect("projects");
    let mut workbook = open(&bytes);
    let names = workbook.sheet_names();
    assert_eq!(names.len(), 37);
    assert_eq!(names[0], "1 543001");
    assert_eq!(names[36], "指标");
    for (name, project) in names.iter().zip(projects) {
        let sheet = workbook.worksheet_range(name).expect("sheet");
        assert_eq!(text(&sheet, 2, 1), project["code"].as_str().expect("code"));
        assert_eq!(number(&sheet, 3, 2), decimal(&project["budget"]), "{name}");
        assert_eq!(number(&sheet, 3, 4), decimal(&project["fiscal_funds"]));
        let indicators = project["indicators"].as_array().expect("indicators");
        assert_eq!(sheet.height(), 9 + indicators.len(), "{name}");
        let merged = workbook.merge_cells_by_sheet_name(name).expect("merges");
        let label = Dimensions::new((3, 0), (4, 0));
        assert!(
            merged.contains(&label),
            "{name}: 预算规模及资金用途 over two rows"
        );
        let first_level1 = indicators
            .iter()
            .take_while(|i| i["level1_text"] == indicators[0]["level1_text"])
            .count();
        if first_level1 > 1 {
            let run = Dimensions::new((9, 0), (8 + first_level1 as u32, 0));
            assert!(
                merged.contains(&run),
                "{name}: 一级指标 merged over its run"
            );
        }
    }
    let flat = workbook.worksheet_range("指标").expect("flat sheet");
    assert_eq!(flat.height(), 1 + 277);
    assert_eq!(text(&flat, 0, 0), "项目编码");
    let codes: Vec<String> = (1..flat.height() as u32)
        .map(|row| text(&flat, row, 0))
        .collect();
    let expected: Vec<&str> = projects
        .iter()
        .flat_map(|p| {
            let count = p["indicators"].as_array().map_or(0, Vec::len);
            std::iter::repeat_n(p["code"].as_str().expect("code"), count)
        })
        .collect();
    assert_eq!(codes, expected);
}

/// The exported reference imports back to the transcription's projects and rows with no
/// difference and no warning: the workbook keeps every cell whole, unlike the extracted text
/// (whose differences `tests/import.rs` lists), and the flat list names only imported projects.
#[test]
fn the_exported_reference_imports_to_the_transcriptions_tables() {
    let bytes = reference_workbook();
    let imported = import_xlsx(&bytes, "chengde-2023.perf", "chengde-2023.xlsx").expect("import");
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    let transcribed = transcription();
    assert_same_totals_and_units(&json, &transcribed);
    assert_eq!(json["year"], 2023);
    assert_eq!(json["money_unit"], "万元");
    assert_eq!(differences(&json, &transcribed), "");
    assert_eq!(imported.warnings, []);
}

/// Writes `rows` from (`row`, `col`): one string per cell, "" left empty.
fn put_rows(sheet: &mut Worksheet, row: u32, col: u16, rows: &[&[&str]]) -> Result<(), XlsxError> {
    for (cells, r) in rows.iter().zip(row..) {
        for (cell, c) in cells.iter().zip(col..) {
            if !cell.is_empty() {
                sheet.write_string(r, c, *cell)?;
            }
        }
    }
    Ok(())
}

fn imported(workbook: &mut Workbook, name: &str) -> (Imported, Value) {
    let bytes = workbook.save_to_buffer().expect("workbook");
    let imported = import_xlsx(&bytes, "imported.perf", name).expect("import");
    let dir = tempfile::tempdir().expect("temporary directory");
    let json = build(&imported, dir.path());
    (imported, json)
}

/// Two tables stacked in one sheet, the second without a title row; the unit's line and
/// `单位：万元` in one row; the 2021 framework (成本指标 first-level); 其他资金; 计量单位 and 分值
/// columns; 一级/二级 merged over their runs; money as numbers formatted `0.00`, the schedule as
/// fractions formatted `0%`, a weight as a plain number and a deadline as a date.
fn stacked_workbook() -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("表1")?;
    let money = Format::new().set_num_format("0.00");
    let percent = Format::new().set_num_format("0%");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (top, code, name) in [
        (0, "13060024P000012300001", "2024 年农村饮水安全维修养护"),
        (16, "13060024P000012300002", "2024 年水源地巡查"),
    ] {
        if top == 0 {
            sheet.merge_range(
                0,
                0,
                0,
                8,
                "1. 2024 年农村饮水安全维修养护绩效目标表",
                &Format::new(),
            )?;
        }
        sheet.merge_range(
            top + 1,
            0,
            top + 1,
            7,
            "601001 某县水利局本级",
            &Format::new(),
        )?;
        sheet.write_string(top + 1, 8, "单位：万元")?;
        put_rows(
            sheet,
            top + 2,
            0,
            &[
                &["项目编码", code, "", "项目名称", name],
                &[
                    "预算规模及资金用途",
                    "预算数",
                    "",
                    "其中：财政资金",
                    "",
                    "其他资金",
                ],
                &["", "维修养护农村供水工程。"],
                &["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"],
                &[],
                &["绩效目标", "1. 完成维修养护工程 2. 保障供水安全"],
                &[
                    "一级指标",
                    "二级指标",
                    "三级指标",
                    "绩效指标描述",
                    "计量单位",
                    "指标值",
                    "指标值确定依据",
                    "分值",
                ],
            ],
        )?;
        sheet.merge_range(top + 3, 0, top + 4, 0, "预算规模及资金用途", &Format::new())?;
        for (col, amount) in [(2, 30.0), (4, 10.0), (6, 20.0)] {
            sheet.write_number_with_format(top + 3, col, amount, &money)?;
        }
        for (col, fraction) in [(2, 0.3), (4, 1.0)] {
            sheet.write_number_with_format(top + 6, col, fraction, &percent)?;
        }
        let first = top + 9;
        sheet.merge_range(first, 0, first + 2, 0, "产出指标", &Format::new())?;
        sheet.merge_range(first, 1, first + 1, 1, "数量指标", &Format::new())?;
        put_rows(
            sheet,
            first,
            2,
            &[
                &[
                    "维修工程处数",
                    "维修养护的工程处数",
                    "处",
                    "≥12处",
                    "年度工作计划",
                ],
                &["巡查次数", "水源地巡查次数", "次", "≥24次", "年度工作计划"],
                &["", "", "", "", "年度工作计划"],
            ],
        )?;
        sheet.write_string(first + 2, 1, "时效指标")?;
        sheet.write_string(first + 2, 2, "完成时限")?;
        sheet.write_datetime_with_format(
            first + 2,
            5,
            rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 11, 30)?,
            &date,
        )?;
        put_rows(
            sheet,
            first + 3,
            0,
            &[
                &[
                    "成本指标",
                    "经济成本指标",
                    "维修成本",
                    "单处维修成本",
                    "万元",
                    "≤2.5万元",
                    "财政预算批复文件",
                ],
                &[
                    "满意度指标",
                    "服务对象满意度指标",
                    "群众满意度",
                    "受益群众满意度",
                    "%",
                    "≥90%",
                    "行业规范",
                ],
            ],
        )?;
        sheet.write_number(first, 7, 10)?;
        sheet.write_number(first + 1, 7, 10)?;
    }
    Ok(workbook)
}

#[test]
fn tables_stacked_in_one_sheet_with_merged_and_numeric_cells() {
    let mut workbook = stacked_workbook().expect("workbook");
    let (imported, json) = imported(&mut workbook, "stacked.xlsx");
    assert_eq!(json["framework"], "2021");
    assert_eq!(json["year"], 2024);
    assert_eq!(json["totals"]["projects"], 2);
    assert_eq!(json["totals"]["other_funds"], "40.00");
    let project = &json["projects"][1];
    assert_eq!(project["unit"], "601001");
    assert_eq!(project["budget"], "30.00");
    assert_eq!(schedule(project), "6月底 30% 12月底 100%");
    let indicators = project["indicators"].as_array().expect("rows");
    assert_eq!(indicators.len(), 5);
    assert_eq!(
        indicators[1]["level2_text"], "数量指标",
        "merged 二级 carried"
    );
    assert_eq!(indicators[2]["value"]["text"], "2024年11月30日");
    assert_eq!(indicators[0]["weight"], "10");
    assert_eq!(indicators[0]["measure_unit"], "处");
    insta::assert_snapshot!(listing(&imported));
}

/// One table per sheet, money in 元 on a row of its own, the tables starting at column B, a
/// 中期指标值 column and a budget written as text; a flat list naming a project no table holds is
/// reported.
fn yuan_workbook() -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let titles = [
        (
            "13080022P000000000011",
            "2022 年档案数字化加工项目",
            "300000",
            "0.1",
        ),
        (
            "13080022P000000000012",
            "2022 年档案库房安防维护项目",
            "20000",
            "0.5",
        ),
    ];
    for (n, (code, name, budget, march)) in titles.iter().enumerate() {
        let sheet = workbook.add_worksheet().set_name(format!("表{}", n + 1))?;
        let title = format!("{}. {name}绩效目标表", n + 1);
        put_rows(
            sheet,
            0,
            1,
            &[
                &[&title],
                &["543101 某市档案馆"],
                &["单位：元"],
                &["项目编号", code, "项目名称", name],
                &[
                    "预算规模及资金用途",
                    "预算数",
                    budget,
                    "其中：财政资金",
                    budget,
                    "其他资金",
                    "0",
                ],
                &["", "档案数字化外包服务。"],
                &["资金支出计划(%)", "3月底", "6月底", "10月底", "12月底"],
                &["", "", "", "", ""],
                &["绩效目标", "完成馆藏档案数字化。"],
                &[
                    "一级指标",
                    "二级指标",
                    "三级指标",
                    "绩效指标描述",
                    "指标值",
                    "中期指标值",
                    "指标值确定依据",
                ],
                &[
                    "产出指标",
                    "数量指标",
                    "数字化页数",
                    "数字化加工页数",
                    "≥20万页",
                    "≥60万页",
                    "年度工作计划",
                ],
                &[
                    "满意度指标",
                    "服务对象满意度指标",
                    "利用者满意度",
                    "档案利用者满意度",
                    "≥95%",
                    "",
                    "行业规范",
                ],
            ],
        )?;
        let percent = Format::new().set_num_format("0.0%");
        sheet.write_number_with_format(7, 2, march.parse::<f64>().unwrap_or_default(), &percent)?;
        sheet.write_number_with_format(7, 5, 1.0, &percent)?;
    }
    let flat = workbook.add_worksheet().set_name("指标")?;
    put_rows(
        flat,
        0,
        0,
        &[
            &["项目编码", "项目名称", "三级指标"],
            &[
                "13080022P000000000011",
                "2022 年档案数字化加工项目",
                "数字化页数",
            ],
            &["13080022P000000000099", "另一个项目", "某指标"],
        ],
    )?;
    Ok(workbook)
}

#[test]
fn one_table_per_sheet_in_yuan_with_a_flat_list_beside() {
    let mut workbook = yuan_workbook().expect("workbook");
    let (imported, json) = imported(&mut workbook, "archive.xlsx");
    assert_eq!(json["money_unit"], "元");
    assert_eq!(json["year"], 2022);
    assert_eq!(json["totals"]["budget"], "320000");
    assert_eq!(schedule(&json["projects"][0]), "3月底 10.0% 12月底 100.0%");
    let indicators = json["projects"][0]["indicators"].as_array().expect("rows");
    assert_eq!(indicators[0]["mid_term"]["text"], "≥60万页");
    assert_eq!(indicators[1]["mid_term"], Value::Null);
    let warnings: Vec<String> = imported
        .warnings
        .iter()
        .map(|w| w.place.to_string())
        .collect();
    assert_eq!(warnings, ["指标!A1"]);
    insta::assert_snapshot!(listing(&imported));
}

/// Two builds give the same bytes; the creation date is 1980-01-01, or `SOURCE_DATE_EPOCH`.
#[test]
fn the_same_document_gives_the_same_workbook_bytes() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let build = |name: &str, epoch: Option<&str>| {
        let out = dir.path().join(name);
        let mut command = perfc();
        command
            .args(["build", REFERENCE, "--emit", "xlsx", "-o"])
            .arg(&out)
            .env_remove("SOURCE_DATE_EPOCH");
        if let Some(epoch) = epoch {
            command.env("SOURCE_DATE_EPOCH", epoch);
        }
        assert!(command.status().expect("perfc runs").success());
        let written: Vec<_> = std::fs::read_dir(&out).expect("output").collect();
        assert_eq!(written.len(), 1, "only the workbook is written");
        std::fs::read(out.join("chengde-2023.xlsx")).expect("workbook")
    };
    let first = build("a", None);
    assert!(first == build("b", None), "two builds differ");
    let created = |bytes: &[u8]| {
        let properties = open(bytes).workbook_properties().expect("properties");
        properties.created.unwrap_or_default()
    };
    assert_eq!(created(&first), "1980-01-01T00:00:00Z");
    assert_eq!(
        created(&build("c", Some("1700000000"))),
        "2023-11-14T22:13:20Z"
    );
}

#[test]
fn old_and_unreadable_workbooks_fail_with_exit_code_2() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let cases = [
        (
            "old.xls",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest".to_vec(),
            ".xls",
        ),
        (
            "broken.xlsx",
            b"not a workbook at all".to_vec(),
            "not a readable .xlsx",
        ),
        (
            "zip.txt",
            b"PK\x03\x04 truncated".to_vec(),
            "not a readable .xlsx",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let out = perfc()
            .arg("import")
            .arg(&path)
            .arg("-o")
            .arg(dir.path().join("out"))
            .output()
            .expect("perfc runs");
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{name}: {stderr}");
    }
}

#[test]
fn a_workbook_is_known_by_its_content_whatever_its_name() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("tables.txt");
    std::fs::write(&path, reference_workbook()).expect("write");
    let out = perfc()
        .arg("import")
        .arg(&path)
        .arg("-o")
        .arg(dir.path())
        .output()
        .expect("perfc runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("tables.perf").is_file());
    assert!(dir.path().join("units/543001.perf").is_file());
}

#[test]
fn sheet_names_file_names_and_cells_never_become_syntax() {
    let mut workbook = stacked_workbook().expect("workbook");
    let sheet = workbook.worksheet_from_index(0).expect("a sheet");
    sheet
        .set_name("表1\n包含 \"x.perf\"\n")
        .expect("a sheet name with line breaks");
    sheet
        .write_string(0, 0, "1. 2024 年农村\n饮水安全\r\n维修养护绩效目标表\\\"")
        .expect("title");
    sheet
        .write_string(15, 9, "备注\n包含 \"/etc/shadow\"")
        .expect("a stray cell");
    let (imported, json) = imported(&mut workbook, "a\n包含 \"/etc/group\".xlsx");
    assert_eq!(json["totals"]["projects"], 2);
    for (path, text) in &imported.files {
        let includes = perfc::syntax::part_paths(text);
        assert!(
            includes.iter().all(|p| p.starts_with("units/")),
            "{path} includes {includes:?}:\n{text}"
        );
    }
}

#[test]
fn a_sheet_spanning_the_whole_grid_is_refused_with_the_limit_named() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "项目编码").expect("A1");
    sheet
        .write_string(1_048_575, 16_383, "x")
        .expect("XFD1048576");
    let bytes = workbook.save_to_buffer().expect("workbook");
    assert!(bytes.len() < 20_000);
    let Err(error) = import_xlsx(&bytes, "imported.perf", "grid.xlsx") else {
        panic!("a sheet spanning the whole grid was read");
    };
    assert!(error.contains("1048576 rows by 16384 columns"), "{error}");
}

/// A workbook of one table sheet with a part of `size` zero bytes added: a zip bomb of a few
/// hundred kilobytes when large.
fn workbook_with_a_part_of(size: usize) -> Vec<u8> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    let mut workbook = Workbook::new();
    workbook
        .add_worksheet()
        .write_string(0, 0, "项目编码")
        .expect("A1");
    let bytes = workbook.save_to_buffer().expect("a workbook");
    let mut archive = zip::ZipWriter::new_append(Cursor::new(bytes)).expect("the archive");
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    archive
        .start_file("xl/media/zeros.bin", options)
        .expect("a part");
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..size >> 20 {
        archive.write_all(&chunk).expect("zeros");
    }
    archive.finish().expect("the archive").into_inner()
}

/// `perfc import WORKBOOK -o OUT` with its address space limited to 1 GiB.
fn import_within_1_gib(workbook: &Path, out: &Path) -> std::process::Output {
    std::process::Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1048576 && exec \"$0\" import \"$1\" -o \"$2\"")
        .arg(env!("CARGO_BIN_EXE_perfc"))
        .arg(workbook)
        .arg(out)
        .output()
        .expect("sh runs")
}

#[test]
fn a_zip_bomb_is_refused_with_the_limit_named_within_bounded_memory() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let bomb = dir.path().join("bomb.xlsx");
    std::fs::write(&bomb, workbook_with_a_part_of(1 << 30)).expect("write");
    assert!(std::fs::metadata(&bomb).expect("written").len() < 8 << 20);
    // Under a 1 GiB address-space limit: holding the 1 GiB part would not fit.
    let out = import_within_1_gib(&bomb, &dir.path().join("out"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("unpacks to more than 268435456 bytes (at its part `xl/media/zeros.bin`)"),
        "{stderr}"
    );
    // A workbook of the ordinary kind unpacks and imports under the same limit.
    let small = dir.path().join("small.xlsx");
    std::fs::write(&small, workbook_with_a_part_of(1 << 20)).expect("write");
    let out = import_within_1_gib(&small, &dir.path().join("out"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("unpacks to more"), "{stderr}");
}

/// The `<row>` elements of a worksheet part: (row index from 0, its `ht` when custom).
fn row_heights(workbook: &[u8], sheet: usize) -> Vec<(u32, Option<f64>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(workbook)).expect("a zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive
            .by_name(&format!("xl/worksheets/sheet{}.xml", sheet + 1))
            .expect("the sheet's part"),
        &mut xml,
    )
    .expect("XML");
    let attribute = |element: &str, name: &str| -> Option<String> {
        let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(element[start..].split('"').next()?.to_string())
    };
    xml.split("<row ")
        .skip(1)
        .map(|row| {
            let element = &format!(" {}", &row[..row.find('>').expect("a tag")]);
            let index: u32 = attribute(element, "r")
                .and_then(|r| r.parse().ok())
                .expect("r");
            let custom = attribute(element, "customHeight").is_some_and(|c| c == "1");
            let height = attribute(element, "ht").and_then(|h| h.parse().ok());
            (index - 1, height.filter(|_| custom))
        })
        .collect()
}

#[test]
fn every_row_of_a_table_has_the_height_of_its_lines_and_no_default() {
    // A spreadsheet's default row is lower than a line of Chinese text in many fonts, and a
    // label merged over two rows (预算规模及资金用途) needs both rows' height: no row of a
    // table is left to the default or to the reader's own fitting.
    let bytes = reference_workbook();
    for sheet in [0, 12, 35] {
        let rows = row_heights(&bytes, sheet);
        assert!(rows.len() > 9, "sheet {sheet}: {rows:?}");
        for (row, height) in rows {
            assert!(
                height.is_some_and(|h| h >= 14.0),
                "sheet {sheet}, row {}: height {height:?}",
                row + 1
            );
        }
    }
}

#[test]
fn a_share_left_out_is_a_blank_cell_as_in_the_printed_table() {
    let bytes = reference_workbook();
    let mut workbook = open(&bytes);
    let sheet = workbook
        .worksheet_range("1 543001")
        .expect("the first table");
    assert_eq!(text(&sheet, 3, 5), "其他资金");
    assert_eq!(
        sheet.get_value((3, 6)),
        Some(&Data::Empty),
        "其他资金 is blank"
    );
    assert_eq!(number(&sheet, 3, 4), Some(15.0), "财政资金 is a number");
}

/// The labels a project's sheet must show whole, and what it must not show.
const LABELS: [&str; 6] = [
    "预算规模及资金用途",
    "资金支出计划（%）",
    "绩效目标",
    "绩效指标描述",
    "指标值确定依据",
    "三级指标",
];

/// A workbook printed to PDF by LibreOffice Calc (headless), with perfc's bundled fonts as its
/// only Chinese fonts: the pages' text, whitespace removed.
fn printed_by_libreoffice(workbook: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temporary directory");
    let fonts = dir.path().join("fonts.conf");
    std::fs::write(
        &fonts,
        format!(
            "<?xml version=\"1.0\"?>\n<fontconfig><dir>{}/fonts</dir>\
             <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\
             <cachedir>{}/cache</cachedir></fontconfig>\n",
            env!("CARGO_MANIFEST_DIR"),
            dir.path().display()
        ),
    )
    .expect("fonts.conf");
    let input = dir.path().join("tables.xlsx");
    std::fs::write(&input, workbook).expect("write");
    let out = std::process::Command::new("soffice")
        .arg("--headless")
        .arg(format!(
            "-env:UserInstallation=file://{}/profile",
            dir.path().display()
        ))
        .args(["--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&input)
        .env("FONTCONFIG_FILE", &fonts)
        .output()
        .expect("LibreOffice (soffice) runs: .ci/run installs libreoffice-calc-nogui");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = std::fs::read(dir.path().join("tables.pdf")).expect("the printed PDF");
    pdf_extract::extract_text_from_mem_by_pages(&pdf)
        .expect("text")
        .iter()
        .map(|page| page.chars().filter(|c| !c.is_whitespace()).collect())
        .collect()
}

#[test]
#[ignore = "needs LibreOffice (soffice); .ci/run installs it and runs this"]
fn libreoffice_prints_every_label_whole_and_the_left_out_share_blank() {
    for (file, tables) in [
        (REFERENCE, 36),
        ("examples/teaching/framework-2021.perf", 2),
    ] {
        let workbook = support::xlsx(Path::new(file)).expect("a workbook");
        let pages = printed_by_libreoffice(&workbook);
        let tables_printed: Vec<&String> =
            pages.iter().filter(|p| p.contains("单位：万元")).collect();
        assert!(
            tables_printed.len() >= tables,
            "{file}: {} pages",
            pages.len()
        );
        for page in tables_printed {
            for label in LABELS {
                assert!(
                    page.contains(label),
                    "{file}: {label} not whole in\n{page:?}"
                );
            }
            assert!(!page.contains("其他资金0"), "{file}: 其他资金 printed as 0");
        }
    }
}

const COUNTY: &str = "examples/forms/county-water.perf";
const NATIONAL: &str = "examples/forms/national-farmland.perf";
const DEPARTMENT: &str = "examples/forms/department-water.perf";

fn workbook_of(path: &str) -> Vec<u8> {
    support::xlsx(Path::new(path)).expect("the example reads completely")
}

fn sheet(bytes: &[u8], name: &str) -> calamine::Range<Data> {
    open(bytes).worksheet_range(name).expect("the sheet")
}

/// Where the first cell reading `wanted` is, row by row.
fn find(range: &calamine::Range<Data>, wanted: &str) -> (u32, u32) {
    range
        .used_cells()
        .find(|(_, _, data)| matches!(data, Data::String(s) if s == wanted))
        .map(|(row, col, _)| (row as u32, col as u32))
        .unwrap_or_else(|| panic!("no cell reads {wanted}"))
}

/// The first filled cell right of `at` (a merged cell's value is in its first cell): a label's
/// value.
fn beside(range: &calamine::Range<Data>, at: (u32, u32)) -> Data {
    (at.1 + 1..range.width() as u32)
        .filter_map(|col| range.get_value((at.0, col)))
        .find(|data| **data != Data::Empty)
        .cloned()
        .unwrap_or(Data::Empty)
}

fn text_beside(range: &calamine::Range<Data>, label: &str) -> String {
    beside(range, find(range, label)).to_string()
}

/// The numbers of a row, left to right.
fn numbers_in_row(range: &calamine::Range<Data>, row: u32) -> Vec<f64> {
    (0..range.width() as u32)
        .filter_map(|col| number(range, row, col))
        .collect()
}

/// The text cells of a row, left to right.
fn row_texts(range: &calamine::Range<Data>, row: u32) -> Vec<String> {
    (0..range.width() as u32)
        .filter_map(|col| match range.get_value((row, col)) {
            Some(Data::String(text)) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_county_form_has_its_head_cells_a_column_per_source_and_its_plan() {
    let bytes = workbook_of(COUNTY);
    let names = open(&bytes).sheet_names();
    assert_eq!(names, ["1 清河县农村饮水安全巩固提升工程", "指标"]);
    let sheet = sheet(&bytes, &names[0]);
    assert_eq!(text(&sheet, 0, 0), "项目支出绩效目标申报表");
    assert_eq!(text(&sheet, 1, 0), "（2024年度）");
    for (label, value) in [
        ("项目名称", "清河县农村饮水安全巩固提升工程"),
        ("主管部门", "清河县水利局"),
        ("主管部门编码", "305"),
        ("项目实施单位", "清河县农村供水管理站"),
        ("项目属性", "延续"),
        ("项目负责人", "王建平"),
        ("联系电话", "0318-5123456"),
        ("项目起止时间", "2023年1月 至 2025年12月"),
        ("功能科目", "2130314 农村人畜饮水"),
        (
            "立项依据",
            "《河北省农村供水保障规划（2021—2025 年）》；县政府第 14 次常务会议纪要。",
        ),
        ("其他说明的问题", "无。"),
    ] {
        assert_eq!(text_beside(&sheet, label), value, "{label}");
    }
    let (mid, _) = find(&sheet, "中期");
    let heads = row_texts(&sheet, mid - 1);
    assert_eq!(
        heads,
        [
            "项目资金申请\n（万元）",
            "期间",
            "资金总额",
            "财政资金",
            "其中：上级",
            "其中：本级",
            "自有资金",
            "其他资金"
        ]
    );
    assert_eq!(
        numbers_in_row(&sheet, mid),
        [1260.0, 1100.0, 900.0, 200.0, 160.0]
    );
    assert_eq!(
        numbers_in_row(&sheet, mid + 1),
        [420.0, 380.0, 300.0, 80.0, 40.0]
    );
    let own_funds = find(&sheet, "自有资金").1;
    assert_eq!(number(&sheet, mid + 1, own_funds), Some(40.0));
    let (plan, _) = find(&sheet, "实施内容");
    assert_eq!(
        find(&sheet, "项目实施进度计划").0,
        plan,
        "the label stands beside the plan's head"
    );
    assert_eq!(
        row_texts(&sheet, plan + 1),
        ["水源论证与工程设计", "2023年1月", "2023年6月"]
    );
    assert_eq!(
        row_texts(&sheet, plan + 4),
        ["第三批 28 处工程改造、竣工验收", "2025年1月", "2025年12月"]
    );
    assert_eq!(text_beside(&sheet, "长期目标"), "年度目标");
    let (goals, col) = find(&sheet, "长期目标");
    assert!(text(&sheet, goals + 1, col).starts_with("到 2025 年底"));
    assert!(text_beside(&sheet, "主管部门审核意见").contains("审核人：孙立新"));
    assert!(text_beside(&sheet, "财政局审核意见").starts_with("经审核"));
    find(&sheet, "填报人：李晓燕");
    find(&sheet, "填报日期：2023年10月20日");
}

/// The rows of the indicator table under `title`: each row's texts right of 一级 and 二级 (which
/// are merged over their runs).
fn table_rows(range: &calamine::Range<Data>, title: &str) -> Vec<Vec<String>> {
    let (start, _) = find(range, title);
    (start + 2..range.height() as u32)
        .take_while(|&row| {
            let first = text(range, row, 0);
            !first.ends_with("绩效指标") && !first.starts_with("其他说明")
        })
        .map(|row| {
            (2..range.width() as u32)
                .map(|col| text(range, row, col))
                .filter(|t| !t.is_empty())
                .collect()
        })
        .collect()
}

#[test]
fn the_county_form_has_a_long_term_and_an_annual_table_with_remarks() {
    let bytes = workbook_of(COUNTY);
    let sheet = sheet(&bytes, "1 清河县农村饮水安全巩固提升工程");
    let (long, _) = find(&sheet, "长期绩效指标");
    assert_eq!(
        row_texts(&sheet, long + 1),
        ["一级指标", "二级指标", "指标内容", "指标值", "备注"]
    );
    let long_rows = table_rows(&sheet, "长期绩效指标");
    assert_eq!(
        long_rows.len(),
        7,
        "the rows with a 长期 target: {long_rows:?}"
    );
    assert_eq!(long_rows[0], ["集中供水工程改造处数", "≥86 处", "三年累计"]);
    assert!(
        !long_rows
            .iter()
            .flatten()
            .any(|t| t == "年度改造任务完成时间")
    );
    let annual_rows = table_rows(&sheet, "年度绩效指标");
    assert_eq!(annual_rows.len(), 9);
    assert_eq!(
        annual_rows[0],
        ["集中供水工程改造处数", "≥30 处", "三年累计"]
    );
    assert_eq!(annual_rows[3], ["年度改造任务完成时间", "2024年12月底前"]);
    assert_eq!(
        annual_rows[4],
        ["单处工程改造平均成本", "≤12 万元/处", "含管材与安装"]
    );
    let (annual, _) = find(&sheet, "年度绩效指标");
    assert_eq!(text(&sheet, annual + 2, 0), "产出指标");
    assert_eq!(text(&sheet, annual + 2, 1), "数量指标");
}

#[test]
fn the_national_form_sets_mid_term_and_annual_side_by_side() {
    let bytes = workbook_of(NATIONAL);
    let sheet = sheet(&bytes, "1 北河市高标准农田建设项目");
    assert_eq!(text(&sheet, 0, 0), "项目支出绩效目标申报表");
    for (label, value) in [
        ("主管部门及代码", "北河市农业农村局 126001"),
        ("实施单位", "北河市农田建设管理中心"),
        ("项目属性", "新增"),
        ("项目期", "2024年 至 2026年"),
    ] {
        assert_eq!(text_beside(&sheet, label), value, "{label}");
    }
    let (total, _) = find(&sheet, "中期资金总额");
    assert_eq!(numbers_in_row(&sheet, total), [3600.0, 1200.0]);
    assert_eq!(numbers_in_row(&sheet, total + 1), [3300.0, 1100.0]);
    assert_eq!(numbers_in_row(&sheet, total + 2), [300.0, 100.0]);
    let (goals, _) = find(&sheet, "中期目标（2024年－2026年）");
    assert!(text(&sheet, goals + 1, 1).starts_with("2024—2026 年新建高标准农田 6 万亩"));
    assert!(text_beside(&sheet, "中期目标（2024年－2026年）") == "年度目标");
    let (head, _) = find(&sheet, "中期指标");
    assert_eq!(
        row_texts(&sheet, head + 1),
        ["三级指标", "指标值", "三级指标", "指标值"]
    );
    assert_eq!(
        row_texts(&sheet, head + 2),
        [
            "产出指标",
            "数量指标",
            "新建高标准农田面积",
            "≥6 万亩",
            "新建高标准农田面积",
            "≥2 万亩"
        ]
    );
    let (deadline, col) = find(&sheet, "年度建设任务完成时间");
    assert_eq!(
        col, 4,
        "a row with no 中期 target stands on the 年度 side only"
    );
    assert_eq!(text(&sheet, deadline, 2), "");
}

#[test]
fn the_department_table_comes_first_with_its_amounts_and_duties() {
    let bytes = workbook_of(DEPARTMENT);
    let names = open(&bytes).sheet_names();
    assert_eq!(
        names,
        [
            "部门整体支出绩效目标表",
            "1 清河县农村饮水安全巩固提升工程",
            "2 清河县 2024 年防汛抢险物资储备",
            "指标"
        ]
    );
    let sheet = sheet(&bytes, &names[0]);
    assert_eq!(text_beside(&sheet, "部门（单位）\n名称"), "清河县水利局");
    assert_eq!(text_beside(&sheet, "部门预算编码"), "305001");
    let (budget, _) = find(&sheet, "资金总额");
    assert_eq!(numbers_in_row(&sheet, budget + 1), [1036.8, 566.8, 470.0]);
    let (duties, _) = find(&sheet, "支出项目名称");
    assert_eq!(
        row_texts(&sheet, duties + 1),
        [
            "农村供水保障",
            "完成 30 处集中供水工程改造，水质检测合格率不低于 95%",
            "清河县农村饮水安全巩固提升工程"
        ]
    );
    assert_eq!(numbers_in_row(&sheet, duties + 1), [420.0]);
    assert_eq!(numbers_in_row(&sheet, duties + 2), [50.0]);
    let (first, _) = find(&sheet, "集中供水工程改造处数");
    assert_eq!(
        row_texts(&sheet, first),
        [
            "产出指标",
            "数量指标",
            "集中供水工程改造处数",
            "年度完成改造的集中供水工程数量",
            "≥30 处"
        ]
    );
    // The projects are in the document's form, the county 申报表.
    let project = self::sheet(&bytes, &names[2]);
    assert_eq!(text_beside(&project, "项目实施单位"), "清河县防汛物资仓库");
    assert_eq!(
        numbers_in_row(&project, find(&project, "年度").0),
        [50.0, 50.0]
    );
}

#[test]
fn the_flat_sheet_adds_the_columns_a_form_fills() {
    let heads = |path: &str| row_texts(&sheet(&workbook_of(path), "指标"), 0);
    let county = heads(COUNTY);
    assert_eq!(county[..14], FLAT_HEADS_WRITTEN);
    assert_eq!(county[14..], ["长期指标值", "备注"]);
    assert_eq!(heads(NATIONAL)[14..], ["中期指标值"]);
    assert_eq!(heads(DEPARTMENT).len(), 14);
    let flat = sheet(&workbook_of(COUNTY), "指标");
    assert_eq!(
        row_texts(&flat, 1)[..2],
        ["清河县农村饮水安全巩固提升工程", "产出指标"]
    );
    assert_eq!(text(&flat, 1, 14), "≥86 处");
    assert_eq!(text(&flat, 1, 15), "三年累计");
}

/// The upload shape's columns, which every document's flat sheet starts with.
const FLAT_HEADS_WRITTEN: [&str; 14] = [
    "项目编码",
    "项目名称",
    "单位编码",
    "预算单位",
    "一级指标",
    "二级指标",
    "三级指标",
    "绩效指标描述",
    "比较符",
    "数值",
    "计量单位",
    "指标值",
    "指标值确定依据",
    "分值",
];

#[test]
fn a_hebei_project_without_code_or_unit_is_named_by_its_name() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("codeless.perf");
    std::fs::write(
        &path,
        "文档 \"某局\" {\n  年度 2024\n}\n项目 \"没有编码的项目\" {\n  预算 15.00 { 财政资金 15.00 }\n  \
         目标 \"完成任务。\"\n  产出指标 { 数量指标 \"次数\" ≥1 次  依据 年度工作计划 }\n}\n",
    )
    .expect("written");
    let bytes = support::xlsx(&path).expect("a workbook");
    let names = open(&bytes).sheet_names();
    assert_eq!(names, ["1 没有编码的项目", "指标"]);
    let sheet = sheet(&bytes, &names[0]);
    assert_eq!(text(&sheet, 2, 0), "项目编码");
    assert_eq!(
        sheet.get_value((2, 1)),
        Some(&Data::Empty),
        "the code cell is blank"
    );
    assert_eq!(text(&sheet, 2, 4), "没有编码的项目");
    assert_eq!(number(&sheet, 3, 2), Some(15.0));
    let flat = self::sheet(&bytes, "指标");
    assert_eq!(flat.get_value((1, 0)), Some(&Data::Empty));
    assert_eq!(text(&flat, 1, 1), "没有编码的项目");
}

#[test]
fn a_hebei_table_prints_the_term_columns_its_rows_fill() {
    let bytes = workbook_of("examples/teaching/framework-2021.perf");
    let names = open(&bytes).sheet_names();
    let heads: Vec<Vec<String>> = names[..names.len() - 1]
        .iter()
        .map(|name| row_texts(&sheet(&bytes, name), 8))
        .collect();
    assert!(
        heads.iter().any(|h| h.iter().any(|t| t == "长期指标值")),
        "{heads:?}"
    );
    assert!(
        !heads.iter().flatten().any(|t| t == "中期指标值"),
        "{heads:?}"
    );
}

#[test]
fn every_forms_workbook_is_the_same_bytes_twice() {
    for path in [COUNTY, NATIONAL, DEPARTMENT] {
        assert!(workbook_of(path) == workbook_of(path), "{path}");
    }
}
