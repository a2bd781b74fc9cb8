//! The checked document as an `.xlsx` workbook: one sheet per project in the layout of the
//! document's form (表样: the Hebei 绩效目标表 here, the 88号 and county 申报表 in `forms`), the
//! 部门整体支出绩效目标表 when the document has one (`department`), and a flat sheet `指标` with one
//! indicator per row, the shape budget systems take as upload. A document with monitorings or
//! self-evaluations is their report instead (`monitoring`, `evaluation`), as the PDF prints it.
//!
//! It lays out the same data as the JSON, cell for cell as the Typst template prints it. Money
//! and percentages stay exact decimal strings until the cell, which stores a double; the cell's
//! number format shows the document's decimals (`0.00`, `0%`), so the workbook reads as the
//! document is written.
//! The bytes are deterministic: the creation date is `SOURCE_DATE_EPOCH` or a fixed day, and
//! rust_xlsxwriter dates its zip entries with a fixed time.
//!
//! The review opinions made of the findings (`emit::review`) are a workbook of their own
//! (`review`).

use std::str::FromStr;

use rust_decimal::Decimal;
use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};
use unicode_width::UnicodeWidthStr;

use super::json::{self, DecimalString, DocumentJson, IndicatorJson, ProjectJson, ValueJson};
use super::review::ReviewJson;
use crate::domain::monitoring::Light;
use crate::model::Document;

mod department;
mod evaluation;
mod forms;
mod monitoring;
mod review;

const BODY_FONT: &str = "宋体";
const HEADING_FONT: &str = "黑体";
/// The creation date without `SOURCE_DATE_EPOCH`: 1980-01-01, the zip format's first day.
const FIXED_TIMESTAMP: i64 = 315_532_800;
/// The schedule's columns in the official table; a project's other months are added.
const STANDARD_MONTHS: [u8; 4] = [3, 6, 10, 12];
const BODY_SIZE: f64 = 11.0;
/// Points per line of body text.
const LINE_HEIGHT: f64 = 14.5;
/// The title's size, and the points per line of it.
const TITLE_SIZE: f64 = 16.0;
const TITLE_LINE_HEIGHT: f64 = 21.0;
/// Columns the schedule or the budget needs beyond the indicator table's (`单位：万元` fits).
const SPARE_WIDTH: f64 = 11.0;

/// The workbook's bytes; `timestamp` (seconds since 1970) is recorded as its creation date.
pub fn to_bytes(document: &Document, timestamp: Option<i64>) -> Result<Vec<u8>, String> {
    workbook(&json::convert(document), timestamp)
        .map_err(|e| format!("cannot write the workbook: {e}"))
}

/// The review opinions (审核意见) as a workbook; `timestamp` as for [`to_bytes`].
pub fn review_bytes(review: &ReviewJson, timestamp: Option<i64>) -> Result<Vec<u8>, String> {
    let made = new_workbook(Some(review.title), None, timestamp).and_then(|mut workbook| {
        review::sheets(&mut workbook, review, &Formats::new())?;
        workbook.save_to_buffer()
    });
    made.map_err(|e| format!("cannot write the review workbook: {e}"))
}

/// A workbook with its title, author and a creation date that does not depend on the clock.
fn new_workbook(
    title: Option<&str>,
    author: Option<&str>,
    timestamp: Option<i64>,
) -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let created = ExcelDateTime::from_timestamp(timestamp.unwrap_or(FIXED_TIMESTAMP))?;
    let mut properties = DocProperties::new().set_creation_datetime(&created);
    if let Some(title) = title {
        properties = properties.set_title(title);
    }
    if let Some(author) = author {
        properties = properties.set_author(author);
    }
    workbook.set_properties(&properties);
    Ok(workbook)
}

fn workbook(document: &DocumentJson, timestamp: Option<i64>) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = new_workbook(
        document.title.as_deref(),
        document.prepared_by.as_deref(),
        timestamp,
    )?;
    let formats = Formats::new();
    if !document.monitorings.is_empty() || !document.self_evaluations.is_empty() {
        if !document.monitorings.is_empty() {
            monitoring::sheets(&mut workbook, document, &formats)?;
        }
        if !document.self_evaluations.is_empty() {
            evaluation::sheets(&mut workbook, document, &formats)?;
        }
        return workbook.save_to_buffer();
    }
    // First, as the PDF prints it before the projects.
    if let Some(goals) = &document.department_goals
        && let Some(table) = &goals.table
    {
        department::sheet(workbook.add_worksheet(), document, goals, table, &formats)?;
    }
    for project in &document.projects {
        let worksheet = workbook.add_worksheet();
        match document.form {
            "national" => forms::national_sheet(worksheet, document, project, &formats)?,
            "county" => forms::county_sheet(worksheet, document, project, &formats)?,
            _ => project_sheet(worksheet, document, project, &formats)?,
        }
    }
    flat_sheet(workbook.add_worksheet(), document, &formats)?;
    workbook.save_to_buffer()
}

struct Formats {
    title: Format,
    /// Text outside the table (the unit line), and the year under a form's title.
    plain: Format,
    plain_centred: Format,
    plain_right: Format,
    /// Labels and column heads.
    label: Format,
    /// Table cells: left-aligned text, and centred values.
    text: Format,
    centred: Format,
    /// A monitoring's lights: centred cells filled green, yellow, red.
    lights: [Format; 3],
}

impl Formats {
    fn new() -> Formats {
        let body = Format::new()
            .set_font_name(BODY_FONT)
            .set_font_size(BODY_SIZE)
            .set_align(FormatAlign::VerticalCenter)
            .set_text_wrap();
        let text = body.clone().set_border(FormatBorder::Thin);
        Formats {
            title: Format::new()
                .set_font_name(HEADING_FONT)
                .set_font_size(TITLE_SIZE)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
            plain: body.clone(),
            plain_centred: body.clone().set_align(FormatAlign::Center),
            plain_right: body.set_align(FormatAlign::Right),
            label: text
                .clone()
                .set_font_name(HEADING_FONT)
                .set_align(FormatAlign::Center),
            centred: text.clone().set_align(FormatAlign::Center),
            lights: [0xC8E6C9, 0xFFE082, 0xEF9A9A].map(|fill| {
                text.clone()
                    .set_align(FormatAlign::Center)
                    .set_background_color(fill)
            }),
            text,
        }
    }

    fn light(&self, light: Light) -> &Format {
        match light {
            Light::Green => &self.lights[0],
            Light::Yellow => &self.lights[1],
            Light::Red => &self.lights[2],
        }
    }
}

/// What a cell holds: text, or an exact decimal written as a number (a percentage as its
/// hundredth, formatted `%`).
enum Content<'a> {
    Text(&'a str),
    Number(&'a DecimalString),
    Percent(&'a DecimalString),
    Blank,
}

impl<'a> Content<'a> {
    fn of(text: Option<&'a str>) -> Content<'a> {
        text.map_or(Content::Blank, Content::Text)
    }

    fn number(amount: Option<&'a DecimalString>) -> Content<'a> {
        amount.map_or(Content::Blank, Content::Number)
    }

    /// Money as the printed table shows it: a zero share (其他资金 left out) is blank.
    fn money(amount: Option<&'a DecimalString>) -> Content<'a> {
        match amount {
            Some(d) if !is_zero(d) => Content::Number(d),
            _ => Content::Blank,
        }
    }
}

/// Cells from (`row`, `col`) to (`last_row`, `last_col`), merged when more than one.
#[derive(Clone, Copy)]
struct Area {
    row: u32,
    col: u16,
    last_row: u32,
    last_col: u16,
}

impl Area {
    fn at(row: u32, col: u16) -> Area {
        Area::across(row, col, col)
    }

    fn across(row: u32, col: u16, last_col: u16) -> Area {
        Area {
            row,
            col,
            last_row: row,
            last_col,
        }
    }

    fn down(row: u32, col: u16, last_row: u32) -> Area {
        Area {
            row,
            col,
            last_row,
            last_col: col,
        }
    }
}

/// A worksheet being written, with its column widths, so that rows of wrapped text can be given
/// the height they need (Excel does not fit merged cells itself).
struct Sheet<'w> {
    worksheet: &'w mut Worksheet,
    widths: Vec<f64>,
    /// Lines of text each row needs, by row.
    lines: Vec<usize>,
}

impl<'w> Sheet<'w> {
    fn new(worksheet: &'w mut Worksheet, widths: Vec<f64>) -> Result<Sheet<'w>, XlsxError> {
        for (col, width) in (0..).zip(&widths) {
            worksheet.set_column_width(col, *width)?;
        }
        Ok(Sheet {
            worksheet,
            widths,
            lines: Vec::new(),
        })
    }

    fn put(&mut self, area: Area, content: Content, format: &Format) -> Result<(), XlsxError> {
        let Area {
            row,
            col,
            last_row,
            last_col,
        } = area;
        let (text, format) = match content {
            Content::Text(text) => (text.to_string(), format.clone()),
            Content::Blank => (String::new(), format.clone()),
            Content::Number(d) => (d.as_str().to_string(), numeric(format, d, false)),
            Content::Percent(d) => (format!("{}%", d.as_str()), numeric(format, d, true)),
        };
        if (row, col) != (last_row, last_col) {
            self.worksheet
                .merge_range(row, col, last_row, last_col, "", &format)?;
        }
        match content {
            Content::Number(d) => {
                self.worksheet.write_number_with_format(
                    row,
                    col,
                    cell_number(d, false),
                    &format,
                )?;
            }
            Content::Percent(d) => {
                self.worksheet
                    .write_number_with_format(row, col, cell_number(d, true), &format)?;
            }
            Content::Text(_) => {
                self.worksheet
                    .write_string_with_format(row, col, &text, &format)?;
            }
            Content::Blank => {
                self.worksheet.write_blank(row, col, &format)?;
            }
        }
        self.fit(area, &text);
        Ok(())
    }

    /// Records the lines `text` needs in the area's width, shared among the rows it spans.
    fn fit(&mut self, area: Area, text: &str) {
        let width: f64 = self.widths[usize::from(area.col)..=usize::from(area.last_col)]
            .iter()
            .sum();
        let rows = (area.last_row - area.row + 1) as usize;
        let needed = lines(text, width).div_ceil(rows);
        let last = area.last_row as usize;
        if self.lines.len() <= last {
            self.lines.resize(last + 1, 1);
        }
        for lines in &mut self.lines[area.row as usize..=last] {
            *lines = (*lines).max(needed);
        }
    }

    /// The title row's height: the title is larger than the body text the heights are measured
    /// in. Called after `set_heights`.
    fn set_title_height(&mut self, title: &str) -> Result<(), XlsxError> {
        let width: f64 = self.widths.iter().sum();
        let title_lines = lines(title, width * BODY_SIZE / TITLE_SIZE) as f64;
        self.worksheet
            .set_row_height(0, TITLE_LINE_HEIGHT * title_lines)?;
        Ok(())
    }

    /// Every row gets the height of its lines, one-line rows too: a spreadsheet's default row
    /// is lower than a line of body text, and a label merged over two rows needs both.
    fn set_heights(&mut self) -> Result<(), XlsxError> {
        for (row, lines) in (0..).zip(&self.lines) {
            self.worksheet
                .set_row_height(row, LINE_HEIGHT * *lines as f64)?;
        }
        Ok(())
    }
}

/// Lines of wrapped text in a column of `width` characters (a Chinese character counts two).
fn lines(text: &str, width: f64) -> usize {
    let room = (width - 1.0).max(1.0);
    text.split('\n')
        .map(|line| ((line.width() as f64 / room).ceil() as usize).max(1))
        .sum()
}

fn numeric(format: &Format, amount: &DecimalString, percent: bool) -> Format {
    format
        .clone()
        .set_num_format(number_format(amount, percent))
}

/// The number format showing a decimal's places: `0.00` for `15.00`, `0.0%` for `33.5` percent.
fn number_format(amount: &DecimalString, percent: bool) -> String {
    let places = amount.as_str().split_once('.').map_or(0, |(_, f)| f.len());
    let mut code = "0".to_string();
    if places > 0 {
        code.push('.');
        code.push_str(&"0".repeat(places));
    }
    if percent {
        code.push('%');
    }
    code
}

fn is_zero(amount: &DecimalString) -> bool {
    Decimal::from_str(amount.as_str()).is_ok_and(|d| d.is_zero())
}

/// The double a cell stores: the decimal's own digits (a percentage divided by a hundred
/// exactly, before the conversion).
fn cell_number(amount: &DecimalString, percent: bool) -> f64 {
    let text = amount.as_str();
    let digits = match Decimal::from_str(text) {
        Ok(d) if percent => (d / Decimal::ONE_HUNDRED).to_string(),
        _ => text.to_string(),
    };
    digits.parse().unwrap_or_default()
}

/// One column of an indicator table after 一级 and 二级指标. `width` is its width in characters,
/// or, in a form whose columns are shared with other rows, its share of the room (`spans`).
struct Column {
    head: &'static str,
    width: f64,
    centred: bool,
    cell: for<'a> fn(&'a IndicatorJson) -> Content<'a>,
}

fn column(
    head: &'static str,
    width: f64,
    centred: bool,
    cell: for<'a> fn(&'a IndicatorJson) -> Content<'a>,
) -> Column {
    Column {
        head,
        width,
        centred,
        cell,
    }
}

/// The six columns of the official table, plus 计量单位, 指标性质, 指标方向, 中期/长期指标值 and 分值
/// each when a row fills it, in the PDF's order.
fn indicator_columns(indicators: &[IndicatorJson]) -> Vec<Column> {
    let has = |used: fn(&IndicatorJson) -> bool| indicators.iter().any(used);
    let mut columns = vec![
        column("三级指标", 18.0, false, |i| Content::Text(&i.name)),
        column("绩效指标描述", 26.0, false, |i| {
            Content::Text(&i.description)
        }),
    ];
    if has(|i| i.measure_unit.is_some()) {
        columns.push(column("计量单位", 8.0, true, |i| {
            Content::of(i.measure_unit.as_deref())
        }));
    }
    if has(|i| i.nature.is_some()) {
        columns.push(column("指标性质", 8.0, true, |i| {
            Content::of(i.nature.as_deref())
        }));
    }
    if has(|i| i.direction.is_some()) {
        columns.push(column("指标方向", 10.0, true, |i| {
            Content::of(i.direction.as_deref())
        }));
    }
    let mid = has(|i| i.mid_term.is_some());
    let long = has(|i| i.long_term.is_some());
    let annual = if mid || long {
        "年度指标值"
    } else {
        "指标值"
    };
    columns.push(column(annual, 13.0, true, |i| value_text(&i.value)));
    if mid {
        columns.push(column("中期指标值", 11.0, true, |i| {
            value_text(&i.mid_term)
        }));
    }
    if long {
        columns.push(column("长期指标值", 11.0, true, |i| {
            value_text(&i.long_term)
        }));
    }
    columns.push(column("指标值确定依据", 14.0, true, |i| {
        Content::of(i.basis.as_ref().map(|b| b.text.as_str()))
    }));
    if has(|i| i.weight.is_some()) {
        columns.push(column("分值", 6.0, true, |i| {
            Content::number(i.weight.as_ref())
        }));
    }
    columns
}

fn value_text(value: &Option<ValueJson>) -> Content<'_> {
    Content::of(value.as_ref().map(|v| match v {
        ValueJson::Quantity { text, .. }
        | ValueJson::Deadline { text, .. }
        | ValueJson::Level { text, .. }
        | ValueJson::NotApplicable { text }
        | ValueJson::Text { text } => text.as_str(),
    }))
}

/// The months of the schedule's columns: the official four and any the project adds, in order.
fn schedule_months(project: &ProjectJson) -> Vec<u8> {
    let mut months: Vec<u8> = STANDARD_MONTHS.to_vec();
    months.extend(project.schedule.iter().map(|s| s.month));
    months.sort_unstable();
    months.dedup();
    months
}

/// `1 543001`: the table's number and its unit's code, or its name when it has no unit (as in
/// the 申报表 forms). Unique by the number it starts with.
fn sheet_name(project: &ProjectJson) -> String {
    valid_sheet_name(&match &project.unit {
        Some(unit) => format!("{} {unit}", project.number),
        None => format!("{} {}", project.number, project.name),
    })
}

/// `name` as Excel allows it: its forbidden characters become `_`, and it is cut to 31
/// characters.
fn valid_sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\'".contains(c) { '_' } else { c })
        .take(31)
        .collect()
}

/// Rows 0–8 of a project's sheet: title, unit, code and name, budget and use, schedule, goals
/// and the indicator header; then one row per indicator, 一级/二级 merged over their runs.
fn project_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    project: &ProjectJson,
    formats: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name(sheet_name(project))?;
    let columns = indicator_columns(&project.indicators);
    let months = schedule_months(project);
    let count = (2 + columns.len()).max(7).max(1 + months.len());
    let mut widths = vec![11.0, 12.0];
    widths.extend(columns.iter().map(|c| c.width));
    widths.resize(count, SPARE_WIDTH);
    let last = (count - 1) as u16;
    let mut sheet = Sheet::new(worksheet, widths)?;
    let f = formats;

    let title = format!("{}. {}", project.number, project.title);
    sheet.put(Area::across(0, 0, last), Content::Text(&title), &f.title)?;
    if let Some(code) = &project.unit {
        let unit = document.unit_line(code);
        sheet.put(Area::across(1, 0, last - 1), Content::Text(&unit), &f.plain)?;
    }
    let money_unit = format!("单位：{}", document.money_unit);
    sheet.put(
        Area::at(1, last),
        Content::Text(&money_unit),
        &f.plain_right,
    )?;

    sheet.put(Area::at(2, 0), Content::Text("项目编码"), &f.label)?;
    sheet.put(
        Area::across(2, 1, 2),
        Content::of(project.code.as_deref()),
        &f.centred,
    )?;
    sheet.put(Area::at(2, 3), Content::Text("项目名称"), &f.label)?;
    sheet.put(
        Area::across(2, 4, last),
        Content::Text(&project.name),
        &f.text,
    )?;

    budget_rows(&mut sheet, project, last, f)?;
    schedule_rows(&mut sheet, project, &months, last, f)?;

    let goals: Vec<String> = (1..)
        .zip(&project.goals)
        .map(|(n, g)| format!("{n}. {g}"))
        .collect();
    sheet.put(Area::at(7, 0), Content::Text("绩效目标"), &f.label)?;
    let goals = goals.join("\n");
    sheet.put(Area::across(7, 1, last), Content::Text(&goals), &f.text)?;

    indicator_rows(&mut sheet, &project.indicators, &columns, last, f)?;
    sheet.set_heights()?;
    sheet.set_title_height(&title)?;
    let worksheet = sheet.worksheet;
    worksheet.set_repeat_rows(8, 8)?;
    print_setup(worksheet);
    Ok(())
}

fn budget_rows(
    sheet: &mut Sheet,
    project: &ProjectJson,
    last: u16,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.put(
        Area::down(3, 0, 4),
        Content::Text("预算规模及资金用途"),
        &f.label,
    )?;
    let amounts = [
        ("预算数", &project.budget),
        ("其中：财政资金", &project.fiscal_funds),
        ("其他资金", &project.other_funds),
    ];
    for ((label, amount), col) in amounts.into_iter().zip((1..).step_by(2)) {
        sheet.put(Area::at(3, col), Content::Text(label), &f.label)?;
        // 其他资金's amount fills the row.
        let end = if col == 5 { last } else { col + 1 };
        let area = Area::across(3, col + 1, end);
        sheet.put(area, Content::money(amount.as_ref()), &f.centred)?;
    }
    let use_text = Content::of(project.use_text.as_deref());
    sheet.put(Area::across(4, 1, last), use_text, &f.text)
}

fn schedule_rows(
    sheet: &mut Sheet,
    project: &ProjectJson,
    months: &[u8],
    last: u16,
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.put(
        Area::down(5, 0, 6),
        Content::Text("资金支出计划（%）"),
        &f.label,
    )?;
    for (month, col) in months.iter().zip(1..) {
        let end = if usize::from(col) == months.len() {
            last
        } else {
            col
        };
        let entry = project.schedule.iter().find(|s| s.month == *month);
        let name = entry.map_or_else(|| format!("{month}月底"), |e| e.label.clone());
        sheet.put(Area::across(5, col, end), Content::Text(&name), &f.label)?;
        let percent = entry.map_or(Content::Blank, |e| Content::Percent(&e.percent));
        sheet.put(Area::across(6, col, end), percent, &f.centred)?;
    }
    Ok(())
}

fn indicator_rows(
    sheet: &mut Sheet,
    indicators: &[IndicatorJson],
    columns: &[Column],
    last: u16,
    f: &Formats,
) -> Result<(), XlsxError> {
    const HEADER: u32 = 8;
    // One column each, the last filling the row.
    let spans: Vec<(u16, u16)> = (2..)
        .take(columns.len())
        .map(|col| {
            (
                col,
                if col == columns.len() as u16 + 1 {
                    last
                } else {
                    col
                },
            )
        })
        .collect();
    let heads = columns.iter().map(|c| c.head);
    put_heads(sheet, HEADER, heads, &spans, f)?;
    let rows: Vec<&IndicatorJson> = indicators.iter().collect();
    put_indicators(sheet, &rows, columns, &spans, HEADER + 1, f)?;
    Ok(())
}

/// An indicator table's head row: 一级指标 and 二级指标, then `heads` over their `spans`.
fn put_heads<'h>(
    sheet: &mut Sheet,
    row: u32,
    heads: impl Iterator<Item = &'h str>,
    spans: &[(u16, u16)],
    f: &Formats,
) -> Result<(), XlsxError> {
    sheet.put(Area::at(row, 0), Content::Text("一级指标"), &f.label)?;
    sheet.put(Area::at(row, 1), Content::Text("二级指标"), &f.label)?;
    for (head, &(col, end)) in heads.zip(spans) {
        sheet.put(Area::across(row, col, end), Content::Text(head), &f.label)?;
    }
    Ok(())
}

/// Indicator rows from `first` on: 一级 and 二级 merged down over their runs, then `columns`
/// over their `spans`. Categories print under their official names, whatever spelling the
/// source used. Returns the row after the last.
fn put_indicators(
    sheet: &mut Sheet,
    rows: &[&IndicatorJson],
    columns: &[Column],
    spans: &[(u16, u16)],
    first: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let categories = rows.iter().map(|i| (i.level1.as_str(), i.level2.as_str()));
    put_categories(sheet, categories, first, f)?;
    let mut row = first;
    for indicator in rows {
        for (column, &(col, end)) in columns.iter().zip(spans) {
            let format = if column.centred { &f.centred } else { &f.text };
            sheet.put(
                Area::across(row, col, end),
                (column.cell)(indicator),
                format,
            )?;
        }
        row += 1;
    }
    Ok(row)
}

/// 一级 and 二级 (columns 0 and 1) of the rows from `first` on, each merged down over its run.
fn put_categories<'c>(
    sheet: &mut Sheet,
    categories: impl Iterator<Item = (&'c str, &'c str)>,
    first: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    let categories: Vec<(&str, &str)> = categories.collect();
    let level1 = runs(categories.len(), |a, b| categories[a].0 == categories[b].0);
    let level2 = runs(categories.len(), |a, b| categories[a] == categories[b]);
    for ((n, &(one, two)), row) in categories.iter().enumerate().zip(first..) {
        for (col, run, text) in [(0, level1[n], one), (1, level2[n], two)] {
            if run > 0 {
                let area = Area::down(row, col, row + run as u32 - 1);
                sheet.put(area, Content::Text(text), &f.centred)?;
            }
        }
    }
    Ok(())
}

/// For each of `len` rows, the length of the run of rows the `same` as it that it starts, or 0
/// inside a run.
fn runs(len: usize, same: impl Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut lengths = vec![0; len];
    let mut start = 0;
    for n in 1..=len {
        if n == len || !same(n, start) {
            lengths[start] = n - start;
            start = n;
        }
    }
    lengths
}

/// `weights.len()` runs of the columns `first..=last`, each about its weight's share, at least
/// one column each (the grid has as many).
fn spans(first: u16, last: u16, weights: &[f64]) -> Vec<(u16, u16)> {
    let room = f64::from(last - first + 1);
    let total: f64 = weights.iter().sum();
    let mut out = Vec::with_capacity(weights.len());
    let (mut start, mut share) = (first, 0.0);
    for (k, weight) in weights.iter().enumerate() {
        share += weight;
        let after = (weights.len() - k - 1) as u16;
        let ideal = first + ((share / total * room).round() as u16).max(1) - 1;
        let end = ideal.max(start).min(last.saturating_sub(after));
        out.push((start, end));
        start = end + 1;
    }
    out
}

/// A4 portrait, the width fitted to one page.
fn print_setup(worksheet: &mut Worksheet) {
    worksheet
        .set_paper_size(9)
        .set_portrait()
        .set_print_fit_to_pages(1, 0)
        .set_print_center_horizontally(true);
}

const FLAT_HEADS: [(&str, f64); 14] = [
    ("项目编码", 24.0),
    ("项目名称", 30.0),
    ("单位编码", 9.0),
    ("预算单位", 24.0),
    ("一级指标", 11.0),
    ("二级指标", 14.0),
    ("三级指标", 24.0),
    ("绩效指标描述", 30.0),
    ("比较符", 7.0),
    ("数值", 9.0),
    ("计量单位", 9.0),
    ("指标值", 16.0),
    ("指标值确定依据", 16.0),
    ("分值", 6.0),
];

/// The flat sheet's columns beyond `FLAT_HEADS`, each only when a row of the document fills
/// it: after the upload shape's columns, which keep their places.
fn flat_extra_columns(document: &DocumentJson) -> Vec<Column> {
    let indicators = || document.projects.iter().flat_map(|p| &p.indicators);
    let has = |used: fn(&IndicatorJson) -> bool| indicators().any(used);
    let mut columns = Vec::new();
    if has(|i| i.nature.is_some()) {
        columns.push(column("指标性质", 9.0, false, |i| {
            Content::of(i.nature.as_deref())
        }));
    }
    if has(|i| i.direction.is_some()) {
        columns.push(column("指标方向", 9.0, false, |i| {
            Content::of(i.direction.as_deref())
        }));
    }
    if has(|i| i.mid_term.is_some()) {
        columns.push(column("中期指标值", 16.0, false, |i| {
            value_text(&i.mid_term)
        }));
    }
    if has(|i| i.long_term.is_some()) {
        columns.push(column("长期指标值", 16.0, false, |i| {
            value_text(&i.long_term)
        }));
    }
    if has(|i| i.remark.is_some()) {
        columns.push(column("备注", 20.0, false, |i| {
            Content::of(i.remark.as_deref())
        }));
    }
    columns
}

/// `指标`: one indicator per row with its project, the value split into comparator, number and
/// unit; filtered and frozen at the header.
fn flat_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name("指标")?;
    let extra = flat_extra_columns(document);
    let heads: Vec<(&str, f64)> = FLAT_HEADS
        .iter()
        .copied()
        .chain(extra.iter().map(|c| (c.head, c.width)))
        .collect();
    let widths = heads.iter().map(|(_, w)| *w).collect();
    let mut sheet = Sheet::new(worksheet, widths)?;
    for ((head, _), col) in heads.iter().zip(0..) {
        sheet.put(Area::at(0, col), Content::Text(head), &f.label)?;
    }
    let mut row = 0;
    for project in &document.projects {
        let unit = project.unit.as_deref();
        let unit_name = unit.and_then(|code| document.units.iter().find(|u| u.code == code));
        for indicator in &project.indicators {
            row += 1;
            let (comparator, number, measure) = quantity(indicator);
            let cells = [
                Content::of(project.code.as_deref()),
                Content::Text(&project.name),
                Content::of(unit),
                Content::of(unit_name.map(|u| u.name.as_str())),
                Content::Text(&indicator.level1),
                Content::Text(&indicator.level2),
                Content::Text(&indicator.name),
                Content::Text(&indicator.description),
                Content::of(comparator),
                Content::number(number),
                Content::of(measure),
                value_text(&indicator.value),
                Content::of(indicator.basis.as_ref().map(|b| b.text.as_str())),
                Content::number(indicator.weight.as_ref()),
            ];
            let extra_cells = extra.iter().map(|c| (c.cell)(indicator));
            for (content, col) in cells.into_iter().chain(extra_cells).zip(0..) {
                sheet.put(Area::at(row, col), content, &f.text)?;
            }
        }
    }
    sheet.set_heights()?;
    list_setup(sheet.worksheet, row, (heads.len() - 1) as u16)
}

/// A list with its head in row 0: filtered, frozen and printed above each page; A4 landscape,
/// a page wide.
fn list_setup(worksheet: &mut Worksheet, last_row: u32, last_col: u16) -> Result<(), XlsxError> {
    worksheet.autofilter(0, 0, last_row, last_col)?;
    worksheet.set_freeze_panes(1, 0)?;
    worksheet.set_repeat_rows(0, 0)?;
    worksheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    Ok(())
}

/// A quantity's comparator, number and unit (standard spelling, else as written).
fn quantity(indicator: &IndicatorJson) -> (Option<&str>, Option<&DecimalString>, Option<&str>) {
    match &indicator.value {
        Some(ValueJson::Quantity {
            comparator,
            amount,
            unit,
            unit_text,
            ..
        }) => (
            *comparator,
            amount.as_ref(),
            unit.as_deref().or(unit_text.as_deref()),
        ),
        _ => (None, None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_stored_as_their_hundredth_and_shown_with_their_places() {
        let d = |s: &str| DecimalString::from(Decimal::from_str(s).unwrap_or_default());
        assert_eq!(cell_number(&d("30"), true), 0.3);
        assert_eq!(cell_number(&d("33.5"), true), 0.335);
        assert_eq!(cell_number(&d("15.00"), false), 15.0);
        let code = |s: &str, percent| number_format(&d(s), percent);
        assert_eq!(code("15.00", false), "0.00");
        assert_eq!(code("20000", false), "0");
        assert_eq!(code("33.5", true), "0.0%");
    }

    #[test]
    fn sheet_names_are_valid_in_excel() {
        let project = |unit: Option<&str>| ProjectJson {
            number: 12,
            code: None,
            name: "农田/建设".to_string(),
            title: String::new(),
            unit: unit.map(str::to_string),
            budget: None,
            fiscal_funds: None,
            other_funds: None,
            sources: Vec::new(),
            mid_term_budget: None,
            use_text: None,
            period: None,
            plan: Vec::new(),
            reviews: Vec::new(),
            info: Default::default(),
            texts: Default::default(),
            breakdown: None,
            schedule: Vec::new(),
            goals: Vec::new(),
            term_goal: None,
            indicators: Vec::new(),
            acknowledgements: Vec::new(),
            place: None,
        };
        assert_eq!(sheet_name(&project(Some("543001"))), "12 543001");
        assert_eq!(sheet_name(&project(Some("a/b:c'd"))), "12 a_b_c_d");
        let long = "长".repeat(40);
        assert_eq!(sheet_name(&project(Some(&long))).chars().count(), 31);
        assert_eq!(sheet_name(&project(None)), "12 农田_建设");
    }

    #[test]
    fn spans_share_the_columns_by_weight_one_column_at_least() {
        assert_eq!(spans(1, 6, &[1.0, 1.0, 1.0]), [(1, 2), (3, 4), (5, 6)]);
        assert_eq!(spans(1, 4, &[1.0, 1.0, 1.0]), [(1, 1), (2, 3), (4, 4)]);
        assert_eq!(spans(2, 7, &[3.0, 1.5, 1.5]), [(2, 4), (5, 6), (7, 7)]);
        assert_eq!(spans(1, 3, &[10.0, 1.0, 1.0]), [(1, 1), (2, 2), (3, 3)]);
        assert_eq!(spans(0, 0, &[1.0]), [(0, 0)]);
    }

    #[test]
    fn wrapped_text_needs_lines_by_display_width() {
        assert_eq!(lines("", 10.0), 1);
        assert_eq!(lines("一二三四五", 11.0), 1);
        assert_eq!(lines("一二三四五六", 11.0), 2);
        assert_eq!(lines("1. 甲\n2. 乙", 30.0), 2);
    }
}
