//! The 申报表 forms' sheets, laid out as `official.typ` prints their pages: the national 88号
//! 申报表 (中期 and 年度 side by side) and the county 申报表 (head cells, a column per source of
//! funds written, text blocks, 实施进度计划, 长期 and 年度 tables, 审核意见, signatures). A cell the
//! document leaves unwritten is blank.

use rust_xlsxwriter::{Worksheet, XlsxError};

use super::{
    Area, Column, Content, Formats, Sheet, column, print_setup, put_heads, put_indicators,
    sheet_name, spans, value_text,
};
use crate::emit::json::{
    DecimalString, DocumentJson, FundsJson, IndicatorJson, ProjectJson, SourceJson, ValueJson,
};

/// The title both forms print over their table.
const FORM_TITLE: &str = "项目支出绩效目标申报表";

/// Column widths of the national form: label, then the 中期 and 年度 halves (a label or 三级
/// 指标, then its amount or value).
const NATIONAL_WIDTHS: [f64; 6] = [12.0, 15.0, 22.0, 14.0, 22.0, 14.0];
/// A label and its value across the row; two labels and values.
const NATIONAL_WIDE: [(u16, u16); 2] = [(0, 0), (1, 5)];
const NATIONAL_HALVES: [(u16, u16); 4] = [(0, 0), (1, 2), (3, 3), (4, 5)];

/// The county form's label column, and the room its other columns share.
const COUNTY_LABEL_WIDTH: f64 = 14.0;
const COUNTY_BODY_WIDTH: f64 = 84.0;
/// The narrowest column: an amount such as `1260.0000` still shows whole.
const COUNTY_MIN_WIDTH: f64 = 11.0;

/// The sources the county form lists beside 资金总额 and 财政资金, in its order; each is a
/// column only when the project writes it.
const FINER_SOURCES: [(&str, &str); 5] = [
    ("higher_fiscal", "其中：上级"),
    ("local_fiscal", "其中：本级"),
    ("own_funds", "自有资金"),
    ("service_income", "事业收入"),
    ("business_income", "经营性收入"),
];

/// Title, then the year (`（2024年度）`) when the document has one: the row after them.
pub(super) fn form_title(
    sheet: &mut Sheet,
    title: &str,
    document: &DocumentJson,
    last: u16,
    f: &Formats,
) -> Result<u32, XlsxError> {
    sheet.put(Area::across(0, 0, last), Content::Text(title), &f.title)?;
    let Some(year) = document.year else {
        return Ok(1);
    };
    let year = format!("（{year}年度）");
    sheet.put(
        Area::across(1, 0, last),
        Content::Text(&year),
        &f.plain_centred,
    )?;
    Ok(2)
}

/// `单位：万元`, right in the last column.
pub(super) fn money_unit_cell(
    sheet: &mut Sheet,
    document: &DocumentJson,
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<(), XlsxError> {
    let unit = format!("单位：{}", document.money_unit);
    sheet.put(Area::at(row, last), Content::Text(&unit), &f.plain_right)
}

/// A row of label and value pairs over `spans` (label, value, label, value …).
pub(super) fn head_row(
    sheet: &mut Sheet,
    row: u32,
    spans: &[(u16, u16)],
    pairs: &[(&str, Option<&str>)],
    f: &Formats,
) -> Result<(), XlsxError> {
    for ((label, value), pair) in pairs.iter().zip(spans.chunks_exact(2)) {
        let [(col, end), (value_col, value_end)] = [pair[0], pair[1]];
        sheet.put(Area::across(row, col, end), Content::Text(label), &f.label)?;
        let area = Area::across(row, value_col, value_end);
        sheet.put(area, Content::of(*value), &f.text)?;
    }
    Ok(())
}

/// Goals numbered 1, 2 … one a line.
pub(super) fn numbered(goals: &[String]) -> String {
    (1..)
        .zip(goals)
        .map(|(n, g)| format!("{n}. {g}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The target over the whole period: 中期 or 长期, whichever the row has.
fn term_value(indicator: &IndicatorJson) -> &Option<ValueJson> {
    if indicator.mid_term.is_some() {
        &indicator.mid_term
    } else {
        &indicator.long_term
    }
}

fn period_text(project: &ProjectJson) -> Option<&str> {
    project.period.as_ref().map(|p| p.text.as_str())
}

/// Sizes the rows, fits the page and names the sheet, repeating `repeat` (an indicator table's
/// head) on every printed page.
fn finish(
    mut sheet: Sheet,
    project: &ProjectJson,
    repeat: Option<(u32, u32)>,
) -> Result<(), XlsxError> {
    sheet.set_heights()?;
    sheet.set_title_height(FORM_TITLE)?;
    let worksheet = sheet.worksheet;
    worksheet.set_name(sheet_name(project))?;
    if let Some((first, last)) = repeat {
        worksheet.set_repeat_rows(first, last)?;
    }
    print_setup(worksheet);
    Ok(())
}

// ── The national 项目支出绩效目标申报表 (财预〔2015〕88号) ──

/// The 88号 申报表: head cells, 中期 and 年度 funds, 中期 and 年度 goals, and one indicator table
/// with the 中期 and 年度 targets side by side.
pub(super) fn national_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    project: &ProjectJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    let mut sheet = Sheet::new(worksheet, NATIONAL_WIDTHS.to_vec())?;
    let last = NATIONAL_WIDE[1].1;
    let row = form_title(&mut sheet, FORM_TITLE, document, last, f)?;
    money_unit_cell(&mut sheet, document, row, last, f)?;
    let info = &project.info;
    let supervisor = [&info.supervisor, &info.supervisor_code]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let supervisor = (!supervisor.is_empty()).then_some(supervisor.as_str());
    let name = Some(project.name.as_str());
    head_row(
        &mut sheet,
        row + 1,
        &NATIONAL_WIDE,
        &[("项目名称", name)],
        f,
    )?;
    let halves = [
        [
            ("主管部门及代码", supervisor),
            ("实施单位", info.implementer.as_deref()),
        ],
        [
            ("项目属性", info.attribute.as_deref()),
            ("项目期", period_text(project)),
        ],
    ];
    for (pairs, r) in halves.iter().zip(row + 2..) {
        head_row(&mut sheet, r, &NATIONAL_HALVES, pairs, f)?;
    }
    let row = national_funds(&mut sheet, document, project, row + 4, f)?;
    let row = national_goals(&mut sheet, project, row, f)?;
    national_indicators(&mut sheet, project, row, f)?;
    finish(sheet, project, Some((row, row + 1)))
}

/// 项目资金: 中期资金总额 and 年度资金总额, each with 其中：财政拨款 and 其他资金.
fn national_funds(
    sheet: &mut Sheet,
    document: &DocumentJson,
    project: &ProjectJson,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let label = format!("项目资金\n（{}）", document.money_unit);
    sheet.put(Area::down(row, 0, row + 2), Content::Text(&label), &f.label)?;
    let mid = project.mid_term_budget.as_ref();
    let lines = [
        (
            "中期资金总额",
            mid.map(|m| &m.total),
            "年度资金总额",
            project.budget.as_ref(),
        ),
        (
            "其中：财政拨款",
            mid.map(|m| &m.fiscal_funds),
            "其中：财政拨款",
            project.fiscal_funds.as_ref(),
        ),
        (
            "其他资金",
            mid.map(|m| &m.other_funds),
            "其他资金",
            project.other_funds.as_ref(),
        ),
    ];
    for ((mid_label, mid_amount, label, amount), r) in lines.into_iter().zip(row..) {
        sheet.put(Area::at(r, 1), Content::Text(mid_label), &f.label)?;
        sheet.put(Area::at(r, 2), Content::money(mid_amount), &f.centred)?;
        sheet.put(Area::at(r, 3), Content::Text(label), &f.label)?;
        sheet.put(Area::across(r, 4, 5), Content::money(amount), &f.centred)?;
    }
    Ok(row + 3)
}

/// 总体目标: 中期目标 (with the project's years) beside 年度目标.
fn national_goals(
    sheet: &mut Sheet,
    project: &ProjectJson,
    row: u32,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let years = project
        .period
        .as_ref()
        .and_then(|p| Some((p.start_year?, p.end_year?)));
    let term_head = match years {
        Some((start, end)) => format!("中期目标（{start}年－{end}年）"),
        None => "中期目标".to_string(),
    };
    sheet.put(
        Area::down(row, 0, row + 1),
        Content::Text("总体目标"),
        &f.label,
    )?;
    sheet.put(Area::across(row, 1, 2), Content::Text(&term_head), &f.label)?;
    sheet.put(Area::across(row, 3, 5), Content::Text("年度目标"), &f.label)?;
    let term = project.term_goal.as_ref().map(|t| t.text.as_str());
    sheet.put(Area::across(row + 1, 1, 2), Content::of(term), &f.text)?;
    let goals = numbered(&project.goals);
    sheet.put(Area::across(row + 1, 3, 5), Content::Text(&goals), &f.text)?;
    Ok(row + 2)
}

/// 一级 and 二级, then 中期指标 and 年度指标 each as 三级指标 and 指标值: a row's name stands on
/// the side where it has a target.
fn national_indicators(
    sheet: &mut Sheet,
    project: &ProjectJson,
    row: u32,
    f: &Formats,
) -> Result<(), XlsxError> {
    for (col, head) in [(0, "一级指标"), (1, "二级指标")] {
        sheet.put(Area::down(row, col, row + 1), Content::Text(head), &f.label)?;
    }
    sheet.put(Area::across(row, 2, 3), Content::Text("中期指标"), &f.label)?;
    sheet.put(Area::across(row, 4, 5), Content::Text("年度指标"), &f.label)?;
    let columns = [
        column("三级指标", 0.0, false, |i| {
            Content::of(term_value(i).as_ref().map(|_| i.name.as_str()))
        }),
        column("指标值", 0.0, true, |i| value_text(term_value(i))),
        column("三级指标", 0.0, false, |i| {
            Content::of(i.value.as_ref().map(|_| i.name.as_str()))
        }),
        column("指标值", 0.0, true, |i| value_text(&i.value)),
    ];
    let spans = [(2, 2), (3, 3), (4, 4), (5, 5)];
    for (column, &(col, _)) in columns.iter().zip(&spans) {
        sheet.put(Area::at(row + 1, col), Content::Text(column.head), &f.label)?;
    }
    let rows: Vec<&IndicatorJson> = project.indicators.iter().collect();
    put_indicators(sheet, &rows, &columns, &spans, row + 2, f)?;
    Ok(())
}

// ── The county/city 申报表 ──

/// An amount and its sources: a project's budget or its 中期资金.
struct Funds<'a> {
    total: &'a DecimalString,
    fiscal: Option<&'a DecimalString>,
    /// Every source besides 财政资金.
    other: Option<&'a DecimalString>,
    sources: &'a [SourceJson],
}

impl<'a> Funds<'a> {
    fn annual(project: &'a ProjectJson) -> Option<Funds<'a>> {
        Some(Funds {
            total: project.budget.as_ref()?,
            fiscal: project.fiscal_funds.as_ref(),
            other: project.other_funds.as_ref(),
            sources: &project.sources,
        })
    }

    fn mid(funds: &'a FundsJson) -> Funds<'a> {
        Funds {
            total: &funds.total,
            fiscal: Some(&funds.fiscal_funds),
            other: Some(&funds.other_funds),
            sources: &funds.sources,
        }
    }

    fn source(&self, key: &str) -> Option<&'a DecimalString> {
        self.sources
            .iter()
            .find(|s| s.key == key)
            .map(|s| &s.amount)
    }
}

/// An indicator table of the county form: its title, rows and columns.
struct Table<'a> {
    title: &'static str,
    rows: Vec<&'a IndicatorJson>,
    columns: Vec<Column>,
}

/// The sheet's shape: the body's column count and the project's parts that decide it.
struct CountyLayout<'a> {
    /// Columns right of the label column.
    body: u16,
    /// The finer sources written, each a column of the funds table.
    sources: Vec<(&'static str, &'static str)>,
    /// 长期绩效指标 when a row has a 长期 (or 中期) target, then 年度绩效指标.
    tables: Vec<Table<'a>>,
}

impl<'a> CountyLayout<'a> {
    fn of(project: &'a ProjectJson) -> CountyLayout<'a> {
        let periods: Vec<Funds> = project
            .mid_term_budget
            .iter()
            .map(Funds::mid)
            .chain(Funds::annual(project))
            .collect();
        let sources: Vec<_> = FINER_SOURCES
            .into_iter()
            .filter(|(key, _)| periods.iter().any(|p| p.source(key).is_some()))
            .collect();
        let long: Vec<&IndicatorJson> = project
            .indicators
            .iter()
            .filter(|i| term_value(i).is_some())
            .collect();
        // A row with no target at all stays in the 年度 table rather than vanish.
        let annual: Vec<&IndicatorJson> = project
            .indicators
            .iter()
            .filter(|i| i.value.is_some() || term_value(i).is_none())
            .collect();
        let mut tables = Vec::new();
        if !long.is_empty() {
            let columns = county_columns(&long, |i| value_text(term_value(i)));
            tables.push(Table {
                title: "长期绩效指标",
                rows: long,
                columns,
            });
        }
        if !annual.is_empty() || tables.is_empty() {
            let columns = county_columns(&annual, |i| value_text(&i.value));
            tables.push(Table {
                title: "年度绩效指标",
                rows: annual,
                columns,
            });
        }
        // Room for: the funds table (期间, 资金总额, 财政资金, the sources, 其他资金); 二级 and each
        // indicator table's columns; a head row's value, label and value.
        let indicator_columns = tables.iter().map(|t| 1 + t.columns.len());
        let body = indicator_columns
            .chain([4 + sources.len(), 3])
            .max()
            .unwrap_or(3) as u16;
        CountyLayout {
            body,
            sources,
            tables,
        }
    }

    fn widths(&self) -> Vec<f64> {
        let width = (COUNTY_BODY_WIDTH / f64::from(self.body)).max(COUNTY_MIN_WIDTH);
        let mut widths = vec![COUNTY_LABEL_WIDTH];
        widths.resize(usize::from(self.body) + 1, width);
        widths
    }
}

/// The county form's indicator columns: 指标内容, 指标性质 and 指标方向 when a row has one, the
/// `value`, and 备注 when a row has one.
fn county_columns(
    rows: &[&IndicatorJson],
    value: for<'v> fn(&'v IndicatorJson) -> Content<'v>,
) -> Vec<Column> {
    let has = |used: fn(&IndicatorJson) -> bool| rows.iter().any(|i| used(i));
    let mut columns = vec![column("指标内容", 3.0, false, |i| {
        Content::Text(&i.name)
    })];
    if has(|i| i.nature.is_some()) {
        columns.push(column("指标性质", 1.0, true, |i| {
            Content::of(i.nature.as_deref())
        }));
    }
    if has(|i| i.direction.is_some()) {
        columns.push(column("指标方向", 1.0, true, |i| {
            Content::of(i.direction.as_deref())
        }));
    }
    columns.push(column("指标值", 1.5, true, value));
    if has(|i| i.remark.is_some()) {
        columns.push(column("备注", 1.5, false, |i| {
            Content::of(i.remark.as_deref())
        }));
    }
    columns
}

/// The county 申报表: head cells, funds, text blocks, plan, goals, the 长期 and 年度 indicator
/// tables, 其他说明的问题 and the 审核意见, and the signatures under the table.
pub(super) fn county_sheet(
    worksheet: &mut Worksheet,
    document: &DocumentJson,
    project: &ProjectJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    let layout = CountyLayout::of(project);
    let last = layout.body;
    let mut sheet = Sheet::new(worksheet, layout.widths())?;
    let row = form_title(&mut sheet, FORM_TITLE, document, last, f)?;
    let info = &project.info;
    let filing = format!(
        "填报单位（盖章）：{}",
        info.filing_unit.as_deref().unwrap_or_default()
    );
    sheet.put(
        Area::across(row, 0, last - 1),
        Content::Text(&filing),
        &f.plain,
    )?;
    money_unit_cell(&mut sheet, document, row, last, f)?;
    let row = county_head(&mut sheet, project, row + 1, last, f)?;
    let row = county_funds(&mut sheet, document, project, &layout.sources, row, last, f)?;
    let texts = &project.texts;
    let blocks = [
        ("单位职能概述", &texts.unit_functions),
        ("项目概况", &texts.overview),
        ("立项依据", &texts.approval_basis),
        ("可行性", &texts.feasibility),
        ("必要性", &texts.necessity),
        ("保障制度和措施", &texts.measures),
    ];
    let wide = [(0, 0), (1, last)];
    for ((label, text), r) in blocks.iter().zip(row..) {
        head_row(&mut sheet, r, &wide, &[(label, text.as_deref())], f)?;
    }
    let row = county_plan(&mut sheet, project, row + blocks.len() as u32, last, f)?;
    let mut row = county_goals(&mut sheet, project, row, last, f)?;
    // The first table's column heads repeat on every printed page.
    let repeat = Some((row + 1, row + 1));
    for table in &layout.tables {
        row = county_indicators(&mut sheet, table, row, last, f)?;
    }
    head_row(
        &mut sheet,
        row,
        &wide,
        &[("其他说明的问题", texts.remarks.as_deref())],
        f,
    )?;
    let row = county_reviews(&mut sheet, project, row + 1, last, f)?;
    county_signatures(&mut sheet, project, row, last, f)?;
    finish(sheet, project, repeat)
}

/// 项目名称, then label and value pairs two a row, and 功能科目.
fn county_head(
    sheet: &mut Sheet,
    project: &ProjectJson,
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let info = &project.info;
    let wide = [(0, 0), (1, last)];
    let mut halves = vec![(0, 0)];
    halves.extend(spans(1, last, &[1.0, 1.0, 1.0]));
    let name = Some(project.name.as_str());
    head_row(sheet, row, &wide, &[("项目名称", name)], f)?;
    let pairs = [
        [
            ("主管部门", info.supervisor.as_deref()),
            ("主管部门编码", info.supervisor_code.as_deref()),
        ],
        [
            ("项目实施单位", info.implementer.as_deref()),
            ("项目属性", info.attribute.as_deref()),
        ],
        [
            ("项目负责人", info.manager.as_deref()),
            ("联系电话", info.phone.as_deref()),
        ],
        [
            ("项目起止时间", period_text(project)),
            ("项目类型", info.project_type.as_deref()),
        ],
    ];
    for (pair, r) in pairs.iter().zip(row + 1..) {
        head_row(sheet, r, &halves, pair, f)?;
    }
    let function_class = info.function_class.as_deref();
    head_row(sheet, row + 5, &wide, &[("功能科目", function_class)], f)?;
    Ok(row + 6)
}

/// 项目资金申请: 期间, 资金总额, 财政资金, a column per finer source written, 其他资金 (the written
/// one when sources besides 上级/本级 stand beside it, else everything besides 财政资金); a row
/// for 中期 and one for 年度, blank when the document has no such amount.
fn county_funds(
    sheet: &mut Sheet,
    document: &DocumentJson,
    project: &ProjectJson,
    sources: &[(&'static str, &'static str)],
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let label = format!("项目资金申请\n（{}）", document.money_unit);
    sheet.put(Area::down(row, 0, row + 2), Content::Text(&label), &f.label)?;
    let columns = spans(1, last, &vec![1.0; 4 + sources.len()]);
    let heads = ["期间", "资金总额", "财政资金"]
        .into_iter()
        .chain(sources.iter().map(|(_, head)| *head))
        .chain(["其他资金"]);
    for (head, &(col, end)) in heads.zip(&columns) {
        sheet.put(Area::across(row, col, end), Content::Text(head), &f.label)?;
    }
    let written_other = sources
        .iter()
        .any(|(key, _)| !matches!(*key, "higher_fiscal" | "local_fiscal"));
    let periods = [
        ("中期", project.mid_term_budget.as_ref().map(Funds::mid)),
        ("年度", Funds::annual(project)),
    ];
    for ((period, funds), r) in periods.into_iter().zip(row + 1..) {
        let (col, end) = columns[0];
        sheet.put(Area::across(r, col, end), Content::Text(period), &f.label)?;
        let amounts: Vec<Option<&DecimalString>> = match &funds {
            None => vec![None; 3 + sources.len()],
            Some(funds) => {
                let other = if written_other {
                    funds.source("other")
                } else {
                    funds.other
                };
                [Some(funds.total), funds.fiscal]
                    .into_iter()
                    .chain(sources.iter().map(|(key, _)| funds.source(key)))
                    .chain([other])
                    .collect()
            }
        };
        for (amount, &(col, end)) in amounts.into_iter().zip(&columns[1..]) {
            let area = Area::across(r, col, end);
            sheet.put(area, Content::money(amount), &f.centred)?;
        }
    }
    Ok(row + 3)
}

fn month_text(year: u32, month: Option<u8>) -> String {
    match month {
        Some(month) => format!("{year}年{month}月"),
        None => format!("{year}年"),
    }
}

/// 项目实施进度计划: 实施内容, 开始时间, 完成时间 a row; a time in words spans both times.
fn county_plan(
    sheet: &mut Sheet,
    project: &ProjectJson,
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let label = Content::Text("项目实施进度计划");
    if project.plan.is_empty() {
        sheet.put(Area::at(row, 0), label, &f.label)?;
        sheet.put(Area::across(row, 1, last), Content::Blank, &f.text)?;
        return Ok(row + 1);
    }
    let end = row + project.plan.len() as u32;
    sheet.put(Area::down(row, 0, end), label, &f.label)?;
    let columns = spans(1, last, &[2.0, 1.0, 1.0]);
    for (head, &(col, end)) in ["实施内容", "开始时间", "完成时间"].iter().zip(&columns)
    {
        sheet.put(Area::across(row, col, end), Content::Text(head), &f.label)?;
    }
    let [content, start, finish] = [columns[0], columns[1], columns[2]];
    for (plan, r) in project.plan.iter().zip(row + 1..) {
        sheet.put(
            Area::across(r, content.0, content.1),
            Content::Text(&plan.content),
            &f.text,
        )?;
        let when = &plan.when;
        match (when.start_year, when.end_year) {
            (Some(first), Some(last)) => {
                let first = month_text(first, when.start_month);
                let last = month_text(last, when.end_month);
                let start_area = Area::across(r, start.0, start.1);
                sheet.put(start_area, Content::Text(&first), &f.centred)?;
                let finish_area = Area::across(r, finish.0, finish.1);
                sheet.put(finish_area, Content::Text(&last), &f.centred)?;
            }
            _ => {
                let area = Area::across(r, start.0, finish.1);
                sheet.put(area, Content::Text(&when.text), &f.centred)?;
            }
        }
    }
    Ok(end + 1)
}

/// 项目绩效目标: the 长期 (or 中期) goal beside the numbered 年度 goals.
fn county_goals(
    sheet: &mut Sheet,
    project: &ProjectJson,
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<u32, XlsxError> {
    sheet.put(
        Area::down(row, 0, row + 1),
        Content::Text("项目绩效目标"),
        &f.label,
    )?;
    let halves = spans(1, last, &[1.0, 1.0]);
    let (term, annual) = (halves[0], halves[1]);
    let term_goal = project.term_goal.as_ref();
    let term_head = term_goal.map_or("长期目标", |t| t.label);
    sheet.put(
        Area::across(row, term.0, term.1),
        Content::Text(term_head),
        &f.label,
    )?;
    sheet.put(
        Area::across(row, annual.0, annual.1),
        Content::Text("年度目标"),
        &f.label,
    )?;
    let text = Content::of(term_goal.map(|t| t.text.as_str()));
    sheet.put(Area::across(row + 1, term.0, term.1), text, &f.text)?;
    let goals = numbered(&project.goals);
    let area = Area::across(row + 1, annual.0, annual.1);
    sheet.put(area, Content::Text(&goals), &f.text)?;
    Ok(row + 2)
}

/// An indicator table under its title row (`长期绩效指标`): the row after it.
fn county_indicators(
    sheet: &mut Sheet,
    table: &Table,
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<u32, XlsxError> {
    let title = Content::Text(table.title);
    sheet.put(Area::across(row, 0, last), title, &f.label)?;
    let weights: Vec<f64> = table.columns.iter().map(|c| c.width).collect();
    let spans = spans(2, last, &weights);
    let heads = table.columns.iter().map(|c| c.head);
    put_heads(sheet, row + 1, heads, &spans, f)?;
    put_indicators(sheet, &table.rows, &table.columns, &spans, row + 2, f)
}

/// Each 审核意见 under its reviewer's name, with 审核人 and 日期 when written.
fn county_reviews(
    sheet: &mut Sheet,
    project: &ProjectJson,
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<u32, XlsxError> {
    for (review, r) in project.reviews.iter().zip(row..) {
        let label = format!("{}审核意见", review.by);
        let mut text = review.opinion.clone();
        if review.reviewer.is_some() || review.date.is_some() {
            let reviewer = review.reviewer.as_deref().unwrap_or_default();
            let date = review.date.as_deref().unwrap_or_default();
            text.push_str(&format!("\n审核人：{reviewer}　日期：{date}"));
        }
        head_row(sheet, r, &[(0, 0), (1, last)], &[(&label, Some(&text))], f)?;
    }
    Ok(row + project.reviews.len() as u32)
}

/// 填报人, 单位负责人 and 填报日期 under the table.
fn county_signatures(
    sheet: &mut Sheet,
    project: &ProjectJson,
    row: u32,
    last: u16,
    f: &Formats,
) -> Result<(), XlsxError> {
    let info = &project.info;
    let signatures = [
        ("填报人", &info.filed_by),
        ("单位负责人", &info.unit_head),
        ("填报日期", &info.filing_date),
    ];
    let columns = spans(0, last, &[1.0, 1.0, 1.0]);
    for ((label, value), &(col, end)) in signatures.into_iter().zip(&columns) {
        let text = format!("{label}：{}", value.as_deref().unwrap_or_default());
        sheet.put(Area::across(row, col, end), Content::Text(&text), &f.plain)?;
    }
    Ok(())
}
