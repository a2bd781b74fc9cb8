//! The monitoring report, laid out as `official.typ` prints it: a summary sheet (one row per
//! record: the money against the plan and its light, the indicators' lights), then one
//! 项目支出绩效目标执行监控表 per record (head cells, 项目资金, 年度总体目标, the indicator rows
//! with their lights). Amounts and rates are numbers; a light is its word in a cell of its colour.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::evaluation::{head_rows, summary_head};
use super::forms::{form_title, money_unit_cell, numbered};
use super::{
    Area, Content, Formats, Sheet, print_setup, put_categories, put_heads, valid_sheet_name,
};
use crate::domain::monitoring::Light;
use crate::emit::json::monitoring::{CauseJson, MonitoringJson, MonitoringRowJson};
use crate::emit::json::{DocumentJson, ProjectJson};

const SUMMARY_TITLE: &str = "部门项目支出绩效运行监控汇总";
const FORM_TITLE: &str = "项目支出绩效目标执行监控表";

const SUMMARY_HEADS: [(&str, f64); 10] = [
    ("序号", 6.0),
    ("项目名称", 34.0),
    ("截至", 8.0),
    ("全年预算数", 12.0),
    ("执行数", 12.0),
    ("执行率", 10.0),
    ("计划进度", 10.0),
    ("资金", 8.0),
    ("绿灯指标", 8.0),
    ("黄灯、红灯指标", 12.0),
];

/// 一级, 二级, 三级指标, 年度指标值, 完成值, 预计完成值, 可能性, 偏差原因, 纠偏措施, 监控: the
/// label and amount cells above share these columns.
const FORM_WIDTHS: [f64; 10] = [12.0, 13.0, 20.0, 12.0, 12.0, 12.0, 10.0, 22.0, 22.0, 8.0];
const FORM_LAST: u16 = FORM_WIDTHS.len() as u16 - 1;
const ROW_SPANS: [(u16, u16); 8] = [
    (2, 2),
    (3, 3),
    (4, 4),
    (5, 5),
    (6, 6),
    (7, 7),
    (8, 8),
    (9, 9),
];

/// The summary, then a sheet per record.
pub(super) fn sheets(
    workbook: &mut Workbook,
    document: &DocumentJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    summary_sheet(workbook.add_worksheet(), document, f)?;
    for (n, record) in (1..).zip(&document.monitorings) {
        record_sheet(workbook.add_worksheet(), document, n, record, f)?;
    }
    Ok(())
}

/// The project a record monitors; `None` when no project has the code or name it gives.
fn monitored<'a>(document: &'a DocumentJson, record: &MonitoringJson) -> Option<&'a ProjectJson> {
    let number = record.project?;
    document.projects.iter().find(|p| p.number == number)
}

fn monitored_name<'a>(document: &'a DocumentJson, record: &'a MonitoringJson) -> &'a str {
    monitored(document, record).map_or(&record.project_reference, |p| &p.name)
}

/// A light's word in a cell of its colour; blank without one.
fn put_light(
    sheet: &mut Sheet,
    area: Area,
    light: Option<Light>,
    f: &Formats,
) -> Result<(), XlsxError> {
    match light {
        Some(light) => sheet.put(area, Content::Text(light.chinese()), f.light(light)),
        None => sheet.put(area, Content::Blank, &f.centred),
    }
}

fn summary_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name("监控汇总")?;
    let (mut sheet, head) = summary_head(worksheet, SUMMARY_TITLE, document, &SUMMARY_HEADS, f)?;
    for ((n, record), r) in (1..).zip(&document.monitorings).zip(head + 1..) {
        let number = format!("{n}");
        let month = format!("{}月底", record.as_of_month);
        let (green, others) = (
            format!("{}", record.lights.green),
            format!("{}、{}", record.lights.yellow, record.lights.red),
        );
        let cells = [
            (Content::Text(&number), &f.centred),
            (Content::Text(monitored_name(document, record)), &f.text),
            (Content::Text(&month), &f.centred),
            (
                Content::number(record.full_year_budget.as_ref()),
                &f.centred,
            ),
            (Content::number(record.executed.as_ref()), &f.centred),
            (percent(record.execution_rate.as_ref()), &f.centred),
            (percent(record.planned_rate.as_ref()), &f.centred),
        ];
        for ((content, format), col) in cells.into_iter().zip(0..) {
            sheet.put(Area::at(r, col), content, format)?;
        }
        put_light(&mut sheet, Area::at(r, 7), record.light, f)?;
        sheet.put(Area::at(r, 8), Content::Text(&green), &f.centred)?;
        sheet.put(Area::at(r, 9), Content::Text(&others), &f.centred)?;
    }
    sheet.set_heights()?;
    sheet.set_title_height(SUMMARY_TITLE)?;
    sheet.worksheet.set_repeat_rows(head, head)?;
    print_setup(sheet.worksheet);
    Ok(())
}

fn percent(rate: Option<&crate::emit::json::DecimalString>) -> Content<'_> {
    rate.map_or(Content::Blank, Content::Percent)
}

/// `1 项目名称`: numbered by the record, so that two records of one name stay apart.
fn record_sheet_name(n: usize, name: &str) -> String {
    valid_sheet_name(&format!("监控{n} {name}"))
}

fn record_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    n: usize,
    record: &MonitoringJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    let project = monitored(document, record);
    let name = monitored_name(document, record);
    worksheet.set_name(record_sheet_name(n, name))?;
    let mut sheet = Sheet::new(worksheet, FORM_WIDTHS.to_vec())?;
    let row = form_title(&mut sheet, FORM_TITLE, document, FORM_LAST, f)?;
    let as_of = format!("截至：{}月底", record.as_of_month);
    sheet.put(Area::across(row, 0, 2), Content::Text(&as_of), &f.plain)?;
    money_unit_cell(&mut sheet, document, row, FORM_LAST, f)?;
    let head = ("项目名称", name, project);
    let row = head_rows(&mut sheet, head, row + 1, (5, FORM_LAST), f)?;
    let row = funds_rows(&mut sheet, document, record, row, f)?;
    let row = goals_rows(&mut sheet, record, project, row, f)?;
    let head = row;
    let months = format!("1—{}月完成值", record.as_of_month);
    let heads = [
        "三级指标",
        "年度指标值",
        months.as_str(),
        "全年预计完成值",
        "完成目标可能性",
        "偏差原因分析",
        "纠偏措施",
        "监控",
    ];
    put_heads(&mut sheet, head, heads.into_iter(), &ROW_SPANS, f)?;
    indicator_rows(&mut sheet, &record.rows, head + 1, f)?;
    sheet.set_heights()?;
    sheet.set_title_height(FORM_TITLE)?;
    sheet.worksheet.set_repeat_rows(head, head)?;
    print_setup(sheet.worksheet);
    sheet.worksheet.set_landscape();
    Ok(())
}

/// `经费保障、人员保障：分析`.
fn cause_text(cause: Option<&CauseJson>) -> Option<String> {
    let cause = cause?;
    let kinds = cause.kinds.join("、");
    Some(match (&cause.analysis, kinds.is_empty()) {
        (None, _) => kinds,
        (Some(analysis), true) => analysis.clone(),
        (Some(analysis), false) => format!("{kinds}：{analysis}"),
    })
}

/// 项目资金: the heads and amounts, the light, then the cause and the measures when written.
fn funds_rows(
    sheet: &mut Sheet,
    document: &DocumentJson,
    record: &MonitoringJson,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let cause = cause_text(record.cause.as_ref());
    let notes: Vec<(&str, &str)> = [
        ("偏差原因", cause.as_deref()),
        ("纠偏措施", record.correction.as_deref()),
    ]
    .into_iter()
    .filter_map(|(label, text)| Some((label, text?)))
    .collect();
    let last = row + 1 + notes.len() as u32;
    let label = format!("项目资金\n（{}）", document.money_unit);
    sheet.put(Area::down(row, 0, last), Content::Text(&label), &f.label)?;
    let executed = format!("1—{}月执行数", record.as_of_month);
    let cells = [
        (
            "全年预算数",
            Content::number(record.full_year_budget.as_ref()),
        ),
        (executed.as_str(), Content::number(record.executed.as_ref())),
        ("执行率", percent(record.execution_rate.as_ref())),
        ("计划进度", percent(record.planned_rate.as_ref())),
        (
            "全年预计执行数",
            Content::number(record.forecast_executed.as_ref()),
        ),
        ("预计执行率", percent(record.forecast_rate.as_ref())),
    ];
    let spans = [(1, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)];
    for ((head, content), &(col, end)) in cells.into_iter().zip(&spans) {
        sheet.put(Area::across(row, col, end), Content::Text(head), &f.label)?;
        sheet.put(Area::across(row + 1, col, end), content, &f.centred)?;
    }
    sheet.put(
        Area::across(row, 8, FORM_LAST),
        Content::Text("资金"),
        &f.label,
    )?;
    put_light(sheet, Area::across(row + 1, 8, FORM_LAST), record.light, f)?;
    for ((label, text), at) in notes.into_iter().zip(row + 2..) {
        sheet.put(Area::across(at, 1, 2), Content::Text(label), &f.label)?;
        sheet.put(Area::across(at, 3, FORM_LAST), Content::Text(text), &f.text)?;
    }
    Ok(last + 1)
}

/// 年度总体目标: the project's goals (预期目标) beside the progress so far.
fn goals_rows(
    sheet: &mut Sheet,
    record: &MonitoringJson,
    project: Option<&ProjectJson>,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let label = Content::Text("年度总体目标");
    sheet.put(Area::down(row, 0, row + 1), label, &f.label)?;
    sheet.put(Area::across(row, 1, 4), Content::Text("预期目标"), &f.label)?;
    let progress_head = Content::Text("截至目前完成情况");
    sheet.put(Area::across(row, 5, FORM_LAST), progress_head, &f.label)?;
    let goals = project.map(|p| numbered(&p.goals)).unwrap_or_default();
    sheet.put(Area::across(row + 1, 1, 4), Content::Text(&goals), &f.text)?;
    let achieved = Content::of(record.achieved.as_deref());
    sheet.put(Area::across(row + 1, 5, FORM_LAST), achieved, &f.text)?;
    Ok(row + 2)
}

/// The rows from `first` on, 一级 and 二级 merged over their runs.
fn indicator_rows(
    sheet: &mut Sheet,
    rows: &[MonitoringRowJson],
    first: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    let categories = rows.iter().map(|r| (r.level1.as_str(), r.level2.as_str()));
    put_categories(sheet, categories, first, f)?;
    for (row, r) in rows.iter().zip(first..) {
        let cause = cause_text(row.cause.as_ref());
        let cells = [
            (Content::Text(&row.name), &f.text),
            (Content::of(row.target.as_deref()), &f.centred),
            (Content::of(row.done.as_deref()), &f.centred),
            (Content::of(row.forecast.as_deref()), &f.centred),
            (Content::of(row.likelihood_word.as_deref()), &f.centred),
            (Content::of(cause.as_deref()), &f.text),
            (Content::of(row.correction.as_deref()), &f.text),
        ];
        for ((content, format), &(col, _)) in cells.into_iter().zip(&ROW_SPANS) {
            sheet.put(Area::at(r, col), content, format)?;
        }
        put_light(sheet, Area::at(r, FORM_LAST), row.light, f)?;
    }
    Ok(())
}
