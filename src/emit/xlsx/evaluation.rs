//! The self-evaluation report, laid out as `official.typ` prints it: a summary sheet (one row per
//! record: 全年预算数, 全年执行数, 执行率, 总分, 等级), then one 项目支出绩效自评表 per record (head
//! cells, 项目资金, 年度总体目标, the indicator rows with their scores, 总分). Scores and amounts are
//! numbers, shown with the decimals the JSON writes.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::forms::{form_title, head_row, money_unit_cell, numbered};
use super::{
    Area, Content, Formats, Sheet, print_setup, put_categories, put_heads, valid_sheet_name,
};
use crate::emit::json::{DocumentJson, EvaluationRowJson, ProjectJson, SelfEvaluationJson};

const SUMMARY_TITLE: &str = "部门项目支出绩效自评汇总";
const FORM_TITLE: &str = "项目支出绩效自评表";
const DEPARTMENT_TITLE: &str = "部门整体支出绩效自评表";

/// 序号, 项目名称, 全年预算数, 全年执行数, 执行率, 总分, 等级.
const SUMMARY_HEADS: [(&str, f64); 7] = [
    ("序号", 6.0),
    ("项目名称", 36.0),
    ("全年预算数", 12.0),
    ("全年执行数", 12.0),
    ("执行率", 10.0),
    ("总分", 10.0),
    ("等级", 8.0),
];

/// 一级, 二级, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施: the label and
/// amount cells above share these columns.
const FORM_WIDTHS: [f64; 8] = [12.0, 13.0, 20.0, 12.0, 13.0, 8.0, 8.0, 24.0];
const FORM_LAST: u16 = FORM_WIDTHS.len() as u16 - 1;
/// The indicator columns after 一级 and 二级, one column each.
const ROW_HEADS: [&str; 6] = [
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
];
const ROW_SPANS: [(u16, u16); 6] = [(2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)];

/// The summary, then a sheet per record.
pub(super) fn sheets(
    workbook: &mut Workbook,
    document: &DocumentJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    summary_sheet(workbook.add_worksheet(), document, f)?;
    for (n, record) in (1..).zip(&document.self_evaluations) {
        record_sheet(workbook.add_worksheet(), document, n, record, f)?;
    }
    Ok(())
}

/// The project a record evaluates; `None` when no project has the code or name it gives.
fn evaluated<'a>(
    document: &'a DocumentJson,
    record: &SelfEvaluationJson,
) -> Option<&'a ProjectJson> {
    let number = record.project?;
    document.projects.iter().find(|p| p.number == number)
}

/// The project's name, or the department's for the department as a whole.
fn evaluated_name(document: &DocumentJson, record: &SelfEvaluationJson) -> String {
    if record.whole_department {
        let department = document.department.as_deref().unwrap_or_default();
        return format!("{department}（部门整体）");
    }
    evaluated(document, record)
        .map_or(&record.project_reference, |p| &p.name)
        .clone()
}

fn summary_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name("自评汇总")?;
    let (mut sheet, head) = summary_head(worksheet, SUMMARY_TITLE, document, &SUMMARY_HEADS, f)?;
    for ((n, record), r) in (1..).zip(&document.self_evaluations).zip(head + 1..) {
        let number = format!("{n}");
        let name = evaluated_name(document, record);
        let cells = [
            (Content::Text(&number), &f.centred),
            (Content::Text(&name), &f.text),
            (
                Content::number(record.full_year_budget.as_ref()),
                &f.centred,
            ),
            (Content::number(record.executed.as_ref()), &f.centred),
            (percent(record), &f.centred),
            (total(record), &f.centred),
            (Content::of(record.grade_word), &f.centred),
        ];
        for ((content, format), col) in cells.into_iter().zip(0..) {
            sheet.put(Area::at(r, col), content, format)?;
        }
    }
    sheet.set_heights()?;
    sheet.set_title_height(SUMMARY_TITLE)?;
    sheet.worksheet.set_repeat_rows(head, head)?;
    print_setup(sheet.worksheet);
    Ok(())
}

fn percent(record: &SelfEvaluationJson) -> Content<'_> {
    record
        .execution_rate
        .as_ref()
        .map_or(Content::Blank, Content::Percent)
}

fn total(record: &SelfEvaluationJson) -> Content<'_> {
    Content::number(record.total.as_ref().map(|t| &t.score))
}

/// A report's summary sheet up to its head row: the title, the department and the money unit,
/// then `heads` (name, width); returns the sheet and the head row.
pub(super) fn summary_head<'w>(
    worksheet: &'w mut Worksheet,
    title: &str,
    document: &DocumentJson,
    heads: &[(&str, f64)],
    f: &Formats,
) -> Result<(Sheet<'w>, u32), XlsxError> {
    let last = heads.len() as u16 - 1;
    let widths = heads.iter().map(|(_, w)| *w).collect();
    let mut sheet = Sheet::new(worksheet, widths)?;
    let row = form_title(&mut sheet, title, document, last, f)?;
    if let Some(department) = &document.department {
        let line = format!("部门：{department}");
        let area = Area::across(row, 0, last - 1);
        sheet.put(area, Content::Text(&line), &f.plain)?;
    }
    money_unit_cell(&mut sheet, document, row, last, f)?;
    let head = row + 1;
    for ((name, _), col) in heads.iter().zip(0..) {
        sheet.put(Area::at(head, col), Content::Text(name), &f.label)?;
    }
    Ok((sheet, head))
}

/// `1 项目名称`: numbered by the record, so that two records of one name stay apart.
fn record_sheet_name(n: usize, name: &str) -> String {
    valid_sheet_name(&format!("{n} {name}"))
}

fn record_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    n: usize,
    record: &SelfEvaluationJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    let project = evaluated(document, record);
    let name = evaluated_name(document, record);
    worksheet.set_name(record_sheet_name(n, &name))?;
    let mut sheet = Sheet::new(worksheet, FORM_WIDTHS.to_vec())?;
    let (title, label) = match record.whole_department {
        true => (DEPARTMENT_TITLE, "部门（单位）名称"),
        false => (FORM_TITLE, "项目名称"),
    };
    let row = form_title(&mut sheet, title, document, FORM_LAST, f)?;
    money_unit_cell(&mut sheet, document, row, FORM_LAST, f)?;
    let head = (label, name.as_str(), project);
    let row = head_rows(&mut sheet, head, row + 1, (4, FORM_LAST), f)?;
    let row = funds_rows(&mut sheet, document, record, row, f)?;
    let goals = match record.whole_department {
        true => document.department_goals.as_ref().map(|g| &g.overall),
        false => project.map(|p| &p.goals),
    };
    let row = goals_rows(&mut sheet, record, goals, row, f)?;
    let head = row;
    put_heads(&mut sheet, head, ROW_HEADS.into_iter(), &ROW_SPANS, f)?;
    let row = indicator_rows(&mut sheet, &record.rows, head + 1, f)?;
    total_row(&mut sheet, record, row, f)?;
    sheet.set_heights()?;
    sheet.set_title_height(title)?;
    sheet.worksheet.set_repeat_rows(head, head)?;
    print_setup(sheet.worksheet);
    Ok(())
}

/// 项目名称 (or the department's `label`), and 主管部门 and 实施单位 when the project writes either, 实施单位's label in column
/// `split` of a form whose last column is `last`.
pub(super) fn head_rows(
    sheet: &mut Sheet,
    (label, name, project): (&str, &str, Option<&ProjectJson>),
    row: u32,
    (split, last): (u16, u16),
    f: &Formats,
) -> Result<u32, XlsxError> {
    head_row(sheet, row, &[(0, 0), (1, last)], &[(label, Some(name))], f)?;
    let info = project.map(|p| &p.info);
    let Some(info) = info.filter(|i| i.supervisor.is_some() || i.implementer.is_some()) else {
        return Ok(row + 1);
    };
    let pairs = [
        ("主管部门", info.supervisor.as_deref()),
        ("实施单位", info.implementer.as_deref()),
    ];
    let spans = [(0, 0), (1, split - 1), (split, split), (split + 1, last)];
    head_row(sheet, row + 1, &spans, &pairs, f)?;
    Ok(row + 2)
}

/// 项目资金: the heads, the 年度资金总额 row, its sources (其中), and the reason execution fell
/// short when written.
fn funds_rows(
    sheet: &mut Sheet,
    document: &DocumentJson,
    record: &SelfEvaluationJson,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let deviation = record.execution_deviation.as_deref();
    let sources = record.sources.len() as u32;
    let last = row + 1 + sources + u32::from(deviation.is_some());
    let money = if record.whole_department {
        "预算执行"
    } else {
        "项目资金"
    };
    let label = format!("{money}\n（{}）", document.money_unit);
    sheet.put(Area::down(row, 0, last), Content::Text(&label), &f.label)?;
    sheet.put(Area::at(row, 1), Content::Blank, &f.label)?;
    sheet.put(
        Area::at(row + 1, 1),
        Content::Text("年度资金总额"),
        &f.label,
    )?;
    let score = record.execution_score.as_ref().map(|s| &s.score);
    let cells = [
        (
            "年初预算数",
            Content::number(record.initial_budget.as_ref()),
        ),
        (
            "全年预算数",
            Content::number(record.full_year_budget.as_ref()),
        ),
        ("全年执行数", Content::number(record.executed.as_ref())),
        ("分值", Content::Number(&record.execution_weight)),
        ("执行率", percent(record)),
        ("得分", Content::number(score)),
    ];
    for ((head, content), col) in cells.into_iter().zip(2..) {
        sheet.put(Area::at(row, col), Content::Text(head), &f.label)?;
        sheet.put(Area::at(row + 1, col), content, &f.centred)?;
    }
    for (source, at) in record.sources.iter().zip(row + 2..) {
        let label = format!("其中：{}", source.label);
        sheet.put(Area::at(at, 1), Content::Text(&label), &f.label)?;
        let amounts = [
            &source.initial_budget,
            &source.full_year_budget,
            &source.executed,
        ];
        for (amount, col) in amounts.into_iter().zip(2..) {
            sheet.put(
                Area::at(at, col),
                Content::number(amount.as_ref()),
                &f.centred,
            )?;
        }
        for col in 5..8 {
            sheet.put(Area::at(at, col), Content::Blank, &f.centred)?;
        }
    }
    if let Some(deviation) = deviation {
        sheet.put(Area::at(last, 1), Content::Text("偏差原因"), &f.label)?;
        let area = Area::across(last, 2, FORM_LAST);
        sheet.put(area, Content::Text(deviation), &f.text)?;
    }
    Ok(last + 1)
}

/// 年度总体目标: the goals (预期目标) beside what was achieved (实际完成情况).
fn goals_rows(
    sheet: &mut Sheet,
    record: &SelfEvaluationJson,
    goals: Option<&Vec<String>>,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let label = Content::Text("年度总体目标");
    sheet.put(Area::down(row, 0, row + 1), label, &f.label)?;
    sheet.put(Area::across(row, 1, 3), Content::Text("预期目标"), &f.label)?;
    let achieved_head = Content::Text("实际完成情况");
    sheet.put(Area::across(row, 4, FORM_LAST), achieved_head, &f.label)?;
    let goals = goals.map(|g| numbered(g)).unwrap_or_default();
    sheet.put(Area::across(row + 1, 1, 3), Content::Text(&goals), &f.text)?;
    let achieved = Content::of(record.achieved.as_deref());
    sheet.put(Area::across(row + 1, 4, FORM_LAST), achieved, &f.text)?;
    Ok(row + 2)
}

/// The rows from `first` on, 一级 and 二级 merged over their runs; returns the row after them.
fn indicator_rows(
    sheet: &mut Sheet,
    rows: &[EvaluationRowJson],
    first: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let categories = rows.iter().map(|r| (r.level1.as_str(), r.level2.as_str()));
    put_categories(sheet, categories, first, f)?;
    for (row, r) in rows.iter().zip(first..) {
        let cells = [
            (Content::Text(&row.name), &f.text),
            (Content::of(row.target.as_deref()), &f.centred),
            (Content::of(row.actual.as_deref()), &f.centred),
            (Content::Number(&row.weight), &f.centred),
            (Content::number(row.score.as_ref()), &f.centred),
            (Content::of(row.deviation.as_deref()), &f.text),
        ];
        for ((content, format), &(col, _)) in cells.into_iter().zip(&ROW_SPANS) {
            sheet.put(Area::at(r, col), content, format)?;
        }
    }
    Ok(first + rows.len() as u32)
}

/// 总分: the points in all, the total and its grade.
fn total_row(
    sheet: &mut Sheet,
    record: &SelfEvaluationJson,
    row: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.put(Area::across(row, 0, 4), Content::Text("总分"), &f.label)?;
    let weight = Content::number(record.total_weight.as_ref());
    sheet.put(Area::at(row, 5), weight, &f.centred)?;
    sheet.put(Area::at(row, 6), total(record), &f.centred)?;
    let grade = record.grade_word.map(|g| format!("评价等级：{g}"));
    sheet.put(Area::at(row, 7), Content::of(grade.as_deref()), &f.text)
}
