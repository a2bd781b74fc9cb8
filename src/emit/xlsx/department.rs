//! The 部门整体支出绩效目标表 as a sheet of its own, laid out as `official.typ` prints it: the
//! department's head cells, 年度预算安排, 部门职能概述, 年度总体目标, the 年度履职目标 rows and the
//! 年度绩效指标.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::forms::{form_title, head_row, money_unit_cell};
use super::{
    Area, Content, Formats, Sheet, column, print_setup, put_heads, put_indicators, runs, value_text,
};
use crate::emit::json::{
    DecimalString, DepartmentTableJson, DocumentJson, DutyJson, GoalsJson, IndicatorJson,
};

const TITLE: &str = "部门整体支出绩效目标表";
/// Label, 部门职能 (and 二级指标), 年度目标任务 (三级指标), 支出项目名称 (指标解释), 预算金额 (目标值).
const WIDTHS: [f64; 5] = [12.0, 14.0, 20.0, 22.0, 16.0];
/// 资金总额, 基本支出 and 项目支出 over the four columns right of the label.
const BUDGET_SPANS: [(u16, u16); 3] = [(1, 2), (3, 3), (4, 4)];
const LAST: u16 = 4;
const WIDE: [(u16, u16); 2] = [(0, 0), (1, LAST)];

pub(super) fn sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    goals: &GoalsJson,
    table: &DepartmentTableJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name(TITLE)?;
    let mut sheet = Sheet::new(worksheet, WIDTHS.to_vec())?;
    let row = form_title(&mut sheet, TITLE, document, LAST, f)?;
    money_unit_cell(&mut sheet, document, row, LAST, f)?;
    let department = document.department.as_deref();
    head_row(
        &mut sheet,
        row + 1,
        &WIDE,
        &[("部门（单位）\n名称", department)],
        f,
    )?;
    let code = table.code.as_deref();
    head_row(&mut sheet, row + 2, &WIDE, &[("部门预算编码", code)], f)?;
    let row = budget(&mut sheet, document, table, row + 3, f)?;
    let functions = table.functions.as_deref();
    head_row(&mut sheet, row, &WIDE, &[("部门职能概述", functions)], f)?;
    let overall = goals.overall.join("\n");
    let overall = (!overall.is_empty()).then_some(overall.as_str());
    head_row(&mut sheet, row + 1, &WIDE, &[("年度总体目标", overall)], f)?;
    let row = duties(&mut sheet, &table.duties, row + 2, f)?;
    if !table.indicators.is_empty() {
        indicators(&mut sheet, &table.indicators, row, f)?;
    }
    sheet.set_heights()?;
    sheet.set_title_height(TITLE)?;
    print_setup(sheet.worksheet);
    Ok(())
}

/// 年度预算安排: 资金总额, 基本支出 and 项目支出 over their amounts.
fn budget(
    sheet: &mut Sheet,
    document: &DocumentJson,
    table: &DepartmentTableJson,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let label = format!("年度预算安排\n（{}）", document.money_unit);
    sheet.put(Area::down(row, 0, row + 1), Content::Text(&label), &f.label)?;
    let amounts = [
        ("资金总额", &table.budget),
        ("基本支出", &table.basic_spending),
        ("项目支出", &table.project_spending),
    ];
    for ((head, amount), (col, end)) in amounts.into_iter().zip(BUDGET_SPANS) {
        sheet.put(Area::across(row, col, end), Content::Text(head), &f.label)?;
        let area = Area::across(row + 1, col, end);
        sheet.put(area, Content::money(amount.as_ref()), &f.centred)?;
    }
    Ok(row + 2)
}

/// A row of 年度履职目标: a project of a task, or a task without projects.
struct DutyRow<'a> {
    duty: usize,
    function: &'a str,
    task: &'a str,
    project: Option<&'a str>,
    amount: Option<&'a DecimalString>,
}

/// One row per project of a task, with the project's budget; a task without projects has one
/// row with its amount.
fn duty_rows(duties: &[DutyJson]) -> Vec<DutyRow<'_>> {
    fn row(duty: usize, d: &DutyJson) -> DutyRow<'_> {
        DutyRow {
            duty,
            function: &d.function,
            task: &d.task,
            project: None,
            amount: Some(&d.amount),
        }
    }
    duties
        .iter()
        .enumerate()
        .flat_map(|(n, d)| {
            if d.projects.is_empty() {
                vec![row(n, d)]
            } else {
                d.projects
                    .iter()
                    .map(|p| DutyRow {
                        project: Some(&p.name),
                        amount: p.budget.as_ref(),
                        ..row(n, d)
                    })
                    .collect()
            }
        })
        .collect()
}

/// 年度履职目标: 部门职能 merged over its runs of rows, each task over its projects; one blank
/// row when none is written.
fn duties(sheet: &mut Sheet, duties: &[DutyJson], row: u32, f: &Formats) -> Result<u32, XlsxError> {
    let rows = duty_rows(duties);
    let end = row + rows.len().max(1) as u32;
    let label = Content::Text("年度履职目标");
    sheet.put(Area::down(row, 0, end), label, &f.label)?;
    for (head, col) in ["部门职能", "年度目标任务", "支出项目名称", "预算金额"]
        .iter()
        .zip(1..)
    {
        sheet.put(Area::at(row, col), Content::Text(head), &f.label)?;
    }
    if rows.is_empty() {
        for col in 1..=LAST {
            sheet.put(Area::at(row + 1, col), Content::Blank, &f.text)?;
        }
        return Ok(end + 1);
    }
    let functions = runs(rows.len(), |a, b| rows[a].function == rows[b].function);
    let tasks = runs(rows.len(), |a, b| rows[a].duty == rows[b].duty);
    for ((n, duty), r) in rows.iter().enumerate().zip(row + 1..) {
        for (col, run, text) in [(1, functions[n], duty.function), (2, tasks[n], duty.task)] {
            if run > 0 {
                let area = Area::down(r, col, r + run as u32 - 1);
                sheet.put(area, Content::Text(text), &f.text)?;
            }
        }
        sheet.put(Area::at(r, 3), Content::of(duty.project), &f.text)?;
        sheet.put(Area::at(r, 4), Content::money(duty.amount), &f.centred)?;
    }
    Ok(end + 1)
}

/// 年度绩效指标: 一级, 二级, 三级指标, 指标解释 and 目标值.
fn indicators(
    sheet: &mut Sheet,
    indicators: &[IndicatorJson],
    row: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    let title = Content::Text("年度绩效指标");
    sheet.put(Area::across(row, 0, LAST), title, &f.label)?;
    let columns = [
        column("三级指标", 0.0, false, |i| Content::Text(&i.name)),
        column("指标解释", 0.0, false, |i| {
            Content::Text(&i.description)
        }),
        column("目标值", 0.0, true, |i| value_text(&i.value)),
    ];
    let spans = [(2, 2), (3, 3), (4, 4)];
    put_heads(sheet, row + 1, columns.iter().map(|c| c.head), &spans, f)?;
    let rows: Vec<&IndicatorJson> = indicators.iter().collect();
    put_indicators(sheet, &rows, &columns, &spans, row + 2, f)?;
    Ok(())
}
