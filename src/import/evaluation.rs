//! The 项目支出绩效自评表 (财政部's form of 财预〔2020〕10号, which the provinces copy; perfc's own
//! report workbook writes it too) into `自评` records: the head cells (项目名称, 主管部门, 实施单位),
//! the 项目资金 block (年度资金总额 and its 其中 rows under 年初预算数 … 得分), the 年度总体目标
//! (预期目标 beside 实际完成情况), the indicator rows (三级指标 … 偏差原因分析及改进措施) and 总分.
//!
//! Rows are found by the form's labels, wherever they stand in the row (a merged group label such
//! as `项目资金（万元）` may or may not hold a cell of its own); amounts by the columns of their
//! header row. What the record has no place for (a row not understood, the score of the
//! execution and the total, which perfc computes) is kept as a comment.

use std::fmt::Write as _;
use std::path::Path;

use rust_decimal::Decimal;

use super::cells::{Row, label};
use super::forms::{normalized, title_year};
use super::render::{comment, comment_lines, kw, quote, read_value};
use super::tables::{Note, is_amount, money_unit_cell};
use super::{Place, Warning};
use crate::syntax::ast::ValueKind;
use crate::syntax::keywords::Keyword;

/// The approved targets a self-evaluation is written against (`perfc import --targets`): how to
/// include them, and what the import compares with them.
#[derive(Clone, Debug)]
pub struct Targets {
    /// The path written in `包含`, relative to the imported file.
    pub include: String,
    /// The document's money unit (`万元` by default).
    pub money_unit: String,
    /// The scoring profile's points: 执行率, 产出, 效益, 满意度.
    pub points: [Decimal; 4],
    pub projects: Vec<TargetProject>,
}

/// A project of the targets: its code (when written) and name, and its indicators' names and
/// values as written.
#[derive(Clone, Debug)]
pub struct TargetProject {
    pub code: Option<String>,
    pub name: String,
    pub indicators: Vec<(String, String)>,
}

impl Targets {
    /// Reads the targets document at `path` (with its includes), to be included as `include`.
    pub fn read(path: &Path, include: &str) -> Result<Targets, String> {
        let loaded = crate::load::load(path, &crate::load::RealFs)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let (document, _) = crate::model::build(&loaded);
        let profile = document.header.scoring;
        let projects = document
            .projects
            .iter()
            .map(|p| TargetProject {
                code: p.code().map(str::to_string),
                name: p.node.name.value.clone(),
                indicators: p
                    .indicators
                    .iter()
                    .map(|i| {
                        let value = i.node.value.as_ref().map_or("", |v| v.raw.as_str());
                        (i.node.name.value.clone(), value.to_string())
                    })
                    .collect(),
            })
            .collect();
        Ok(Targets {
            include: include.to_string(),
            money_unit: document.header.money_unit.name.to_string(),
            points: [
                profile.execution,
                profile.output,
                profile.benefit,
                profile.satisfaction,
            ],
            projects,
        })
    }

    /// The project of that name (blanks ignored).
    fn project(&self, name: &str) -> Option<&TargetProject> {
        let name = label(name);
        self.projects.iter().find(|p| label(&p.name) == name)
    }
}

/// Whether the rows hold a 项目支出绩效自评表: its title, its 项目资金 header (年初预算数 …
/// 全年执行数) or its indicator header (三级指标 … 实际完成值).
pub(super) fn is_evaluation(rows: &[Row]) -> bool {
    rows.iter().any(|row| {
        is_title(row)
            || FundsColumns::from_header(row).is_some()
            || RowColumns::from_header(row).is_some()
    })
}

/// `项目支出绩效自评表`, `2023年度某项目支出绩效自评表（2023年度）`; not the department's
/// (部门整体支出绩效自评表), nor a summary.
fn is_title(row: &Row) -> bool {
    let mut filled = row.filled();
    let (Some((_, cell)), None) = (filled.next(), filled.next()) else {
        return false;
    };
    let text = normalized(cell);
    text.ends_with("自评表") && !text.contains("部门整体")
}

/// What the import read: the records, and the rows before the first (a summary sheet, a cover).
#[derive(Debug, Default)]
pub(super) struct EvaluationRead {
    pub records: Vec<Record>,
    pub preamble: Vec<Note>,
    /// A summary of the records (自评汇总: each project's 执行率, 总分 and 等级, which perfc
    /// computes), kept as comments.
    pub summary: Vec<Note>,
    /// `单位：万元` before any record.
    pub money_unit: Option<String>,
    pub warnings: Vec<Warning>,
}

/// One table.
#[derive(Debug, Default)]
pub(super) struct Record {
    pub heading: String,
    /// `（2023年度）`.
    pub year: String,
    pub name: String,
    /// 主管部门, 实施单位 and other head cells: (label, value).
    pub head: Vec<(String, String)>,
    pub money_unit: Option<String>,
    /// 年度资金总额.
    pub total: Amounts,
    /// The 其中 rows with something written.
    pub sources: Vec<(Keyword, Amounts)>,
    /// The 项目资金 row's 分值, 执行率 and 得分 as written.
    pub execution_weight: Option<String>,
    pub rate: Option<String>,
    pub execution_score: Option<String>,
    pub funds_deviation: Option<String>,
    pub expected: String,
    pub achieved: String,
    pub rows: Vec<EvaluationRow>,
    /// 总分's 分值 and 得分 as written.
    pub written_total: (Option<String>, Option<String>),
    pub notes: Vec<Note>,
}

impl Record {
    /// Whether anything below the title was read (a 项目名称 row then starts the next table).
    fn started(&self) -> bool {
        !self.name.is_empty() || !self.rows.is_empty() || self.total != Amounts::default()
    }
}

/// 年初预算数, 全年预算数, 全年执行数 as written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Amounts {
    pub initial: Option<String>,
    pub full_year: Option<String>,
    pub executed: Option<String>,
}

impl Amounts {
    fn is_empty(&self) -> bool {
        *self == Amounts::default()
    }
}

/// One indicator row as read.
#[derive(Debug, Default, Clone)]
pub(super) struct EvaluationRow {
    pub place: Option<Place>,
    pub level1: String,
    pub name: String,
    pub target: String,
    pub actual: String,
    pub weight: String,
    pub score: String,
    pub deviation: String,
}

/// The columns of the 项目资金 header.
#[derive(Debug, Clone)]
struct FundsColumns {
    fields: Vec<(usize, FundsField)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FundsField {
    Initial,
    FullYear,
    Executed,
    Weight,
    Rate,
    Score,
}

impl FundsColumns {
    /// A header with 年初预算数 or 全年预算数, and 全年执行数.
    fn from_header(row: &Row) -> Option<FundsColumns> {
        let fields: Vec<(usize, FundsField)> = row
            .filled()
            .filter_map(|(i, cell)| {
                let field = match normalized(cell).as_str() {
                    "年初预算数" => FundsField::Initial,
                    "全年预算数" => FundsField::FullYear,
                    "全年执行数" => FundsField::Executed,
                    "分值" => FundsField::Weight,
                    "执行率" => FundsField::Rate,
                    "得分" => FundsField::Score,
                    _ => return None,
                };
                Some((i, field))
            })
            .collect();
        let has = |f: FundsField| fields.iter().any(|(_, g)| *g == f);
        // A summary's header (序号 | 项目名称 | 全年预算数 | 全年执行数 | …) is not the block's.
        let summary = row
            .filled()
            .any(|(_, c)| matches!(normalized(c).as_str(), "项目名称" | "序号" | "总分"));
        if summary {
            return None;
        }
        let budget = has(FundsField::Initial) || has(FundsField::FullYear);
        (budget && has(FundsField::Executed)).then_some(FundsColumns { fields })
    }
}

/// The columns of the indicator header.
#[derive(Debug, Clone, Default)]
struct RowColumns {
    level1: Option<usize>,
    name: usize,
    target: Option<usize>,
    actual: Option<usize>,
    weight: Option<usize>,
    score: Option<usize>,
    deviation: Option<usize>,
}

impl RowColumns {
    /// A header with 三级指标 and 实际完成值.
    fn from_header(row: &Row) -> Option<RowColumns> {
        let mut name = None;
        let mut columns = RowColumns::default();
        for (i, cell) in row.filled() {
            let text = normalized(cell);
            let slot = match text.as_str() {
                "一级指标" => &mut columns.level1,
                "三级指标" => &mut name,
                "年度指标值" | "指标值" | "年度目标值" => &mut columns.target,
                "实际完成值" | "全年实际值" | "实际值" => &mut columns.actual,
                "分值" | "权重" => &mut columns.weight,
                "得分" => &mut columns.score,
                t if t.starts_with("偏差原因") => &mut columns.deviation,
                _ => continue,
            };
            *slot = Some(i);
        }
        columns.name = name?;
        columns.actual?;
        Some(columns)
    }
}

/// What the rows that follow belong to.
#[derive(Debug, Clone)]
enum State {
    Outside,
    Funds(FundsColumns),
    /// After `预期目标 | 实际完成情况`: their columns.
    Goals(usize, usize),
    Indicators(RowColumns),
    /// After a summary's title (部门项目支出绩效自评汇总), up to the next table.
    Summary,
}

/// A summary's title: `部门项目支出绩效自评汇总`, `…自评结果汇总表`.
fn is_summary_title(row: &Row) -> bool {
    let mut filled = row.filled();
    let (Some((_, cell)), None) = (filled.next(), filled.next()) else {
        return false;
    };
    let text = normalized(cell);
    text.contains("自评") && text.contains("汇总")
}

/// The labels of the 项目资金 rows: the total (`None`) or a source.
fn funds_label(cell: &str) -> Option<Option<Keyword>> {
    match normalized(cell).as_str() {
        "年度资金总额" | "资金总额" | "合计" => Some(None),
        "当年财政拨款" | "财政拨款" | "本年财政拨款" => {
            Some(Some(Keyword::CurrentAppropriation))
        }
        "上年结转资金" | "上年结转" => Some(Some(Keyword::CarriedOver)),
        "其他资金" => Some(Some(Keyword::Other)),
        _ => None,
    }
}

/// A cell that holds no amount: blank or a dash.
fn is_blank_amount(cell: &str) -> bool {
    matches!(cell.trim(), "" | "—" | "-" | "——" | "/" | "－" | "–")
}

/// `项目资金（万元）` → `万元`.
fn unit_in_label(cell: &str) -> Option<String> {
    let text = label(cell);
    let open = text.find(['（', '('])?;
    let inner = text[open..]
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    ["元", "千元", "万元", "亿元"]
        .contains(&inner)
        .then(|| inner.to_string())
}

impl EvaluationRead {
    pub(super) fn read(rows: impl IntoIterator<Item = Row>) -> EvaluationRead {
        let mut reader = Reader {
            read: EvaluationRead::default(),
            state: State::Outside,
            level1: String::new(),
        };
        for row in rows {
            reader.row(row);
        }
        let mut read = reader.read;
        if let (Some(first), Some(last)) = (read.preamble.first(), read.preamble.last()) {
            let (start, end) = (&first.place, &last.place);
            let noun = start.noun();
            let message = format!(
                "{noun}s {start} to {end} are not a 项目支出绩效自评表 (a cover, a summary); \
                 their {} non-blank {noun}s are kept as comments",
                read.preamble.len()
            );
            read.warnings.push(Warning {
                place: start.clone(),
                message,
            });
        }
        read
    }
}

struct Reader {
    read: EvaluationRead,
    state: State,
    /// The 一级指标 carried down over merged cells.
    level1: String,
}

impl Reader {
    fn warn(&mut self, place: Place, message: String) {
        self.read.warnings.push(Warning { place, message });
    }

    fn unplaced(&mut self, row: &Row, why: &str) {
        let note = Note {
            place: row.place.clone(),
            text: row.shown(),
        };
        match self.read.records.last_mut() {
            Some(record) => {
                record.notes.push(note);
                self.warn(row.place.clone(), format!("{why}; kept as a comment"));
            }
            None => self.read.preamble.push(note),
        }
    }

    fn record(&mut self) -> &mut Record {
        if self.read.records.is_empty() {
            self.start(String::new());
        }
        let last = self.read.records.len() - 1;
        &mut self.read.records[last]
    }

    fn start(&mut self, heading: String) {
        self.read.records.push(Record {
            heading,
            ..Record::default()
        });
        self.state = State::Outside;
        self.level1.clear();
    }

    fn row(&mut self, mut row: Row) {
        if row.is_blank() {
            return;
        }
        if is_title(&row) {
            let heading = row.filled().next().map(|(_, c)| c.to_string());
            self.start(heading.unwrap_or_default());
            return;
        }
        if is_summary_title(&row) {
            self.state = State::Summary;
        }
        if matches!(self.state, State::Summary) {
            self.read.summary.push(Note {
                place: row.place.clone(),
                text: row.shown(),
            });
            return;
        }
        if let Some((at, unit)) = money_unit_cell(&row) {
            match self.read.records.last_mut() {
                Some(record) => record.money_unit = Some(unit),
                None => self.read.money_unit = Some(unit),
            }
            row.cells[at].clear();
            if row.is_blank() {
                return;
            }
        }
        if let Some(year) = title_year(&row)
            && let Some(record) = self.read.records.last_mut().filter(|r| !r.started())
        {
            record.year = year;
            return;
        }
        let labels: Vec<String> = row.cells.iter().map(|c| normalized(c)).collect();
        let first = row
            .filled()
            .next()
            .map_or(String::new(), |(i, _)| labels[i].clone());
        if first == "项目名称" {
            return self.name_row(&row);
        }
        let headed = !self.read.records.is_empty();
        if let Some(columns) = FundsColumns::from_header(&row) {
            let unit = row.cells.iter().find_map(|c| unit_in_label(c));
            let record = self.record();
            if unit.is_some() {
                record.money_unit = unit;
            }
            self.state = State::Funds(columns);
            return;
        }
        if let Some(columns) = RowColumns::from_header(&row) {
            self.record();
            self.level1.clear();
            self.state = State::Indicators(columns);
            return;
        }
        if !headed {
            self.unplaced(&row, "not in a 项目支出绩效自评表");
            return;
        }
        let expected = labels.iter().position(|l| l == "预期目标");
        let achieved = labels.iter().position(|l| l == "实际完成情况");
        if let (Some(expected), Some(achieved)) = (expected, achieved) {
            self.state = State::Goals(expected, achieved);
            return;
        }
        if let Some(at) = labels.iter().position(|l| l == "总分") {
            return self.total_row(&row, at);
        }
        if labels
            .iter()
            .any(|l| matches!(l.as_str(), "主管部门" | "实施单位"))
        {
            return self.head_row(&row);
        }
        match self.state.clone() {
            State::Funds(columns) => self.funds_row(&row, &labels, &columns),
            State::Goals(expected, achieved) => self.goals_row(&row, &labels, expected, achieved),
            State::Indicators(columns) => self.indicator_row(&row, &columns),
            State::Outside | State::Summary => self.unplaced(&row, "row not understood"),
        }
    }

    /// `项目名称 | NAME`: the table's name; a second one starts the next table (one without a
    /// title row, stacked in a sheet).
    fn name_row(&mut self, row: &Row) {
        let mut cells = row.filled().map(|(_, c)| c);
        cells.next();
        let name = cells.next().unwrap_or_default().to_string();
        if self.read.records.last().is_none_or(Record::started) {
            self.start(String::new());
        }
        self.record().name = name;
        self.state = State::Outside;
    }

    /// `主管部门 | X | 实施单位 | Y`: label and value pairs.
    fn head_row(&mut self, row: &Row) {
        let cells: Vec<&str> = row.filled().map(|(_, c)| c).collect();
        let mut pairs = Vec::new();
        let mut i = 0;
        while i < cells.len() {
            let name = normalized(cells[i]);
            let value = cells
                .get(i + 1)
                .filter(|v| !matches!(normalized(v).as_str(), "主管部门" | "实施单位"));
            match value {
                Some(value) => {
                    pairs.push((name, value.to_string()));
                    i += 2;
                }
                None => i += 1,
            }
        }
        self.record().head.extend(pairs);
        self.state = State::Outside;
    }

    /// A row of the 项目资金 block: its label anywhere in the row (after the merged group label
    /// or in its place), its amounts under the header's columns.
    fn funds_row(&mut self, row: &Row, labels: &[String], columns: &FundsColumns) {
        if let Some(at) = labels.iter().position(|l| l.starts_with("偏差原因")) {
            let text: Vec<&str> = row
                .filled()
                .filter(|(i, _)| *i > at)
                .map(|(_, c)| c)
                .collect();
            if !text.is_empty() {
                self.record().funds_deviation = Some(text.join(""));
            }
            return;
        }
        let found = labels
            .iter()
            .enumerate()
            .find_map(|(i, l)| funds_label(l).map(|slot| (i, slot)));
        let Some((at, slot)) = found else {
            return self.unplaced(row, "row of the 项目资金 block not understood");
        };
        let first = columns.fields.first().map_or(at + 1, |(i, _)| *i);
        // The amounts stand under their heads, unless the row lost cells before them (a merged
        // label extracted once): then they follow the label in the heads' order.
        let in_place = at < first && (at + 1..first).all(|i| row.cell(i).is_empty());
        let cell_of = |column: usize| {
            let index = if in_place {
                column
            } else {
                column - first + at + 1
            };
            row.cell(index).to_string()
        };
        let mut amounts = Amounts::default();
        let mut unread = Vec::new();
        for &(column, field) in &columns.fields {
            let cell = cell_of(column);
            if is_blank_amount(&cell) {
                continue;
            }
            let amount = is_amount(&cell).then(|| cell.clone());
            let percent = is_percent(&cell).then(|| cell.replace('％', "%"));
            let record = self.record();
            match (field, slot) {
                (FundsField::Initial, _) if amount.is_some() => amounts.initial = amount,
                (FundsField::FullYear, _) if amount.is_some() => amounts.full_year = amount,
                (FundsField::Executed, _) if amount.is_some() => amounts.executed = amount,
                (FundsField::Weight, None) if amount.is_some() => record.execution_weight = amount,
                (FundsField::Score, None) if amount.is_some() => record.execution_score = amount,
                (FundsField::Rate, None) if percent.is_some() => record.rate = percent,
                _ => unread.push(cell),
            }
        }
        let record = self.record();
        match slot {
            None => record.total = amounts,
            Some(source) if !amounts.is_empty() => {
                match record.sources.iter_mut().find(|(k, _)| *k == source) {
                    Some(known) => known.1 = amounts,
                    None => record.sources.push((source, amounts)),
                }
            }
            Some(_) => {}
        }
        if !unread.is_empty() {
            let note = Row {
                place: row.place.clone(),
                cells: unread,
            };
            self.unplaced(
                &note,
                "amounts not understood (not a number, or a percentage without %)",
            );
        }
    }

    /// The 预期目标 and 实际完成情况 texts under their heads.
    fn goals_row(&mut self, row: &Row, labels: &[String], expected: usize, achieved: usize) {
        let texts: Vec<(usize, &str)> = row
            .filled()
            .filter(|(i, _)| labels[*i] != "年度总体目标")
            .collect();
        let (before, after): (Vec<_>, Vec<_>) = if texts.iter().all(|(i, _)| *i >= expected) {
            texts.iter().partition(|(i, _)| *i < achieved)
        } else if texts.len() == 2 {
            // Shifted cells: the two texts in the heads' order.
            (vec![texts[0]], vec![texts[1]])
        } else {
            self.state = State::Outside;
            return self.unplaced(row, "年度总体目标 cells not under their heads");
        };
        let join = |cells: Vec<(usize, &str)>| {
            cells.iter().map(|(_, c)| *c).collect::<Vec<_>>().join("\n")
        };
        let record = self.record();
        record.expected = join(before);
        record.achieved = join(after);
        self.state = State::Outside;
    }

    fn indicator_row(&mut self, row: &Row, columns: &RowColumns) {
        let cell = |c: Option<usize>| c.map_or(String::new(), |i| row.cell(i).to_string());
        let level1 = cell(columns.level1);
        if !level1.is_empty() {
            self.level1 = level1;
        }
        let read = EvaluationRow {
            place: Some(row.place.clone()),
            level1: self.level1.clone(),
            name: row.cell(columns.name).to_string(),
            target: cell(columns.target),
            actual: cell(columns.actual),
            weight: cell(columns.weight),
            score: cell(columns.score),
            deviation: cell(columns.deviation),
        };
        if read.name.is_empty() {
            return self.unplaced(row, "indicator row without a 三级指标 (a wrapped cell?)");
        }
        self.record().rows.push(read);
    }

    /// `总分 | … | 100 | 94.53`: the points and the score written, the first two numbers after it.
    fn total_row(&mut self, row: &Row, at: usize) {
        let mut numbers = row
            .filled()
            .filter(|(i, c)| *i > at && is_amount(c))
            .map(|(_, c)| c.to_string());
        let record = self.record();
        record.written_total = (numbers.next(), numbers.next());
        self.state = State::Outside;
    }
}

fn is_percent(cell: &str) -> bool {
    let number = cell.trim_end_matches(['%', '％']);
    number.len() < cell.len() && is_amount(number)
}

/// The file of the records: the targets' include (or a comment asking for it), then the records.
pub(super) fn file(
    read: &EvaluationRead,
    source_name: &str,
    targets: Option<&Targets>,
    warnings: &mut Vec<Warning>,
) -> String {
    let mut out = format!("# 由 perfc import 从 {} 导入。\n", comment(source_name));
    match targets {
        Some(targets) => {
            let _ = writeln!(out, "{} {}", kw(Keyword::Include), quote(&targets.include));
        }
        None => out.push_str(
            "# 自评按项目名称对应已批复的绩效目标：请在此加上 包含 \"目标文件.perf\"\n\
             # （或用 perfc import --targets 目标文件.perf 导入）。\n",
        ),
    }
    out.push('\n');
    comment_lines(&mut out, "", &read.preamble);
    if !read.summary.is_empty() {
        out.push_str("\n# 自评汇总（执行率、总分、等级由 perfc 计算，不导入）：\n");
        comment_lines(&mut out, "", &read.summary);
    }
    for record in &read.records {
        out.push('\n');
        record_block(&mut out, record, read, targets, warnings);
    }
    out
}

fn record_block(
    out: &mut String,
    record: &Record,
    read: &EvaluationRead,
    targets: Option<&Targets>,
    warnings: &mut Vec<Warning>,
) {
    let place = record
        .rows
        .first()
        .and_then(|r| r.place.clone())
        .or_else(|| record.notes.first().map(|n| n.place.clone()))
        .unwrap_or(Place::Line(1));
    let heading = format!("{}{}", record.heading, record.year);
    if !heading.is_empty() {
        let _ = writeln!(out, "# {}", comment(&heading));
    }
    for (name, value) in &record.head {
        let _ = writeln!(out, "# {}：{}", comment(name), comment(value));
    }
    let project = targets.and_then(|t| t.project(&record.name));
    let reference = match project.and_then(|p| p.code.as_deref()) {
        Some(code) => code.to_string(),
        None => quote(&record.name),
    };
    if record.name.is_empty() {
        warnings.push(Warning {
            place: place.clone(),
            message: "the 自评表 has no 项目名称: its record names no project".to_string(),
        });
    } else if let (Some(targets), None) = (targets, project) {
        warnings.push(Warning {
            place: place.clone(),
            message: format!(
                "no project of the targets ({}) is named “{}”: the record names it as the table \
                 does",
                targets.include, record.name
            ),
        });
    }
    let _ = writeln!(out, "{} {reference} {{", kw(Keyword::SelfEvaluation));
    let unit = record.money_unit.as_ref().or(read.money_unit.as_ref());
    // Amounts carry the form's unit unless the targets count in it already.
    let unit = unit.filter(|u| targets.is_none_or(|t| t.money_unit != **u));
    funds_block(out, record, unit.map(String::as_str));
    if let Some(rate) = &record.rate {
        let _ = writeln!(out, "  {} {rate}", kw(Keyword::ExecutionRate));
    }
    if !record.achieved.is_empty() {
        let _ = writeln!(
            out,
            "  {} {}",
            kw(Keyword::Achieved),
            quote(&record.achieved)
        );
    }
    for row in &record.rows {
        evaluation_row(out, row, project, warnings);
    }
    if !record.expected.is_empty() {
        let _ = writeln!(out, "  # 预期目标：{}", comment(&record.expected));
    }
    let written: Vec<String> = [
        ("资金分值", &record.execution_weight),
        ("执行率得分", &record.execution_score),
        ("总分分值", &record.written_total.0),
        ("总分", &record.written_total.1),
    ]
    .into_iter()
    .filter_map(|(name, v)| Some(format!("{name} {}", v.as_ref()?)))
    .collect();
    if !written.is_empty() {
        let _ = writeln!(
            out,
            "  # 表中所填：{}（得分与总分由 perfc 计算）",
            written.join("，")
        );
    }
    if let (Some(weight), Some(targets)) = (&record.execution_weight, targets) {
        let points = targets.points[0];
        if weight.parse::<Decimal>().is_ok_and(|w| w != points) {
            warnings.push(Warning {
                place: place.clone(),
                message: format!(
                    "the form gives 预算执行率 {weight} points, the targets' 评分 {points}: set \
                     `评分 {{ 执行率 {weight} … }}` in the targets' header"
                ),
            });
        }
    }
    if let Some(message) = block_weights(record, targets) {
        warnings.push(Warning {
            place: place.clone(),
            message,
        });
    }
    comment_lines(out, "  ", &record.notes);
    out.push_str("}\n");
}

/// The blocks' 分值 as the form writes them (产出 with 成本, 效益, 满意度), when every row of a
/// block has one and a block's sum differs from the profile's points: the `评分` that says so.
fn block_weights(record: &Record, targets: Option<&Targets>) -> Option<String> {
    let default = crate::domain::scoring::Profile::default();
    let points = targets.map_or(
        [
            default.execution,
            default.output,
            default.benefit,
            default.satisfaction,
        ],
        |t| t.points,
    );
    let mut sums: [Option<Decimal>; 3] = [None; 3];
    let mut complete = [true; 3];
    for row in &record.rows {
        let block = match normalized(&row.level1).as_str() {
            "产出指标" | "成本指标" => 0,
            "效益指标" => 1,
            "满意度指标" => 2,
            _ => continue,
        };
        match row.weight.parse::<Decimal>() {
            Ok(w) => sums[block] = Some(sums[block].unwrap_or_default() + w),
            Err(_) => complete[block] = false,
        }
    }
    let differs = (0..3).any(|b| complete[b] && sums[b].is_some_and(|s| s != points[b + 1]));
    if !differs {
        return None;
    }
    let of = |b: usize| {
        sums[b]
            .filter(|_| complete[b])
            .unwrap_or(points[b + 1])
            .normalize()
    };
    let execution = record
        .execution_weight
        .as_deref()
        .and_then(|w| w.parse::<Decimal>().ok())
        .unwrap_or(points[0])
        .normalize();
    Some(format!(
        "the form's 分值 by block differ from the scoring profile's ({} · {} · {} · {}): set \
         `评分 {{ 执行率 {execution}  产出指标 {}  效益指标 {}  满意度指标 {} }}` in the targets' header",
        points[0].normalize(),
        points[1].normalize(),
        points[2].normalize(),
        points[3].normalize(),
        of(0),
        of(1),
        of(2),
    ))
}

/// `资金 { 年初预算数 …  当年财政拨款 { … }  偏差 "…" }`, when anything of it was read.
fn funds_block(out: &mut String, record: &Record, unit: Option<&str>) {
    let amounts = |a: &Amounts| {
        let parts: Vec<String> = [
            (Keyword::InitialBudget, &a.initial),
            (Keyword::FullYearBudget, &a.full_year),
            (Keyword::Executed, &a.executed),
        ]
        .into_iter()
        .filter_map(|(k, v)| {
            let unit = unit.map_or(String::new(), |u| format!(" {u}"));
            Some(format!("{} {}{unit}", kw(k), v.as_ref()?))
        })
        .collect();
        parts.join("  ")
    };
    if record.total.is_empty() && record.sources.is_empty() && record.funds_deviation.is_none() {
        return;
    }
    let _ = writeln!(out, "  {} {{", kw(Keyword::Funds));
    if !record.total.is_empty() {
        let _ = writeln!(out, "    {}", amounts(&record.total));
    }
    for (source, a) in &record.sources {
        let _ = writeln!(out, "    {} {{ {} }}", kw(*source), amounts(a));
    }
    if let Some(deviation) = &record.funds_deviation {
        let _ = writeln!(out, "    {} {}", kw(Keyword::Deviation), quote(deviation));
    }
    out.push_str("  }\n");
}

/// `"三级指标" 实际 …  分值 …  得分 …  偏差 "…"`.
fn evaluation_row(
    out: &mut String,
    row: &EvaluationRow,
    project: Option<&TargetProject>,
    warnings: &mut Vec<Warning>,
) {
    let place = row.place.clone().unwrap_or(Place::Line(1));
    let mut comments = Vec::new();
    let _ = write!(out, "  {}", quote(&row.name));
    if !row.actual.is_empty() {
        let target = project
            .and_then(|p| {
                p.indicators
                    .iter()
                    .find(|(n, _)| label(n) == label(&row.name))
            })
            .map(|(_, v)| v.as_str())
            .filter(|_| row.target.is_empty())
            .unwrap_or(&row.target);
        match actual(&row.actual, target) {
            Some(value) => {
                let _ = write!(out, " {} {value}", kw(Keyword::Actual));
            }
            None => {
                let _ = write!(out, " {} {}", kw(Keyword::Actual), quote(&row.actual));
                warnings.push(Warning {
                    place: place.clone(),
                    message: format!(
                        "实际完成值 “{}” is not a value perfc can compare with the target; \
                         written as a string",
                        row.actual
                    ),
                });
            }
        }
    }
    for (keyword, cell, name) in [
        (Keyword::Weight, &row.weight, "分值"),
        (Keyword::Score, &row.score, "得分"),
    ] {
        if is_amount(cell) {
            let _ = write!(out, "  {} {cell}", kw(keyword));
        } else if !is_blank_amount(cell) {
            comments.push(format!("{name}：{cell}"));
            warnings.push(Warning {
                place: place.clone(),
                message: format!("{name} “{cell}” is not a number; kept as a comment"),
            });
        }
    }
    if !comments.is_empty() {
        let _ = write!(out, "  # {}", comment(&comments.join("，")));
    }
    out.push('\n');
    if !row.deviation.is_empty() && !is_blank_amount(&row.deviation) {
        let _ = writeln!(
            out,
            "    {} {}",
            kw(Keyword::Deviation),
            quote(&row.deviation)
        );
    }
}

/// The 实际完成值 as a value, or `None` when it does not read as one: a number without a unit
/// takes the unit of its row's 年度指标值 (`2` beside `≥1 次` is `2 次`).
fn actual(cell: &str, target: &str) -> Option<String> {
    let text = cell.replace('％', "%");
    let value = read_value(&text)?;
    let bare_number = matches!(
        &value.kind,
        ValueKind::Quantity {
            comparator: None,
            unit: None,
            ..
        }
    );
    if !bare_number {
        return Some(text);
    }
    let unit = read_value(target).and_then(|v| match v.kind {
        ValueKind::Quantity { unit: Some(u), .. } => Some(u.node.to_string()),
        _ => None,
    });
    Some(match unit {
        Some(unit) if unit == "%" => format!("{text}%"),
        Some(unit) => format!("{text} {unit}"),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actuals_become_values_and_a_bare_number_takes_the_targets_unit() {
        assert_eq!(actual("2", "≥1 次").as_deref(), Some("2 次"));
        assert_eq!(actual("2次", "≥1 次").as_deref(), Some("2次"));
        assert_eq!(actual("88", "≥90%").as_deref(), Some("88%"));
        assert_eq!(actual("97.47％", "≤100%").as_deref(), Some("97.47%"));
        assert_eq!(
            actual("2023年11月20日", "12月底前").as_deref(),
            Some("2023年11月20日")
        );
        assert_eq!(actual("部分达成", "巩固提升").as_deref(), Some("部分达成"));
        assert_eq!(actual("不涉及", "≥1 个").as_deref(), Some("不涉及"));
        assert_eq!(actual("5", "").as_deref(), Some("5"));
        assert_eq!(actual("完成 2 次（年中加 1 次）", "≥1 次"), None);
    }

    fn read(text: &str) -> EvaluationRead {
        let rows = text
            .lines()
            .enumerate()
            .map(|(i, line)| Row::new(Place::Line(i + 1), line));
        EvaluationRead::read(rows)
    }

    #[test]
    fn stacked_tables_without_titles_are_records_of_their_own() {
        let read = read(
            "项目名称\t甲\n\
             项目资金\t\t年初预算数\t全年预算数\t全年执行数\n\
             \t年度资金总额\t10\t10\t9\n\
             三级指标\t实际完成值\n\
             a\t1 个\n\
             项目名称\t乙\n\
             三级指标\t实际完成值\n\
             b\t2 个\n",
        );
        let names: Vec<(&str, usize)> = read
            .records
            .iter()
            .map(|r| (r.name.as_str(), r.rows.len()))
            .collect();
        assert_eq!(names, [("甲", 1), ("乙", 1)]);
        assert_eq!(read.records[0].total.executed.as_deref(), Some("9"));
        assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    }

    #[test]
    fn amounts_follow_their_label_when_cells_before_them_were_lost() {
        let read = read(
            "项目名称\t甲\n\
             项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\
             年度资金总额\t10\t12\t9\t10\t75%\t7.5\n\
             其中：财政拨款\t\t\t\t9\t—\t—\t—\n",
        );
        let record = &read.records[0];
        assert_eq!(record.money_unit.as_deref(), Some("万元"));
        let total = &record.total;
        assert_eq!(
            (total.initial.as_deref(), total.full_year.as_deref()),
            (Some("10"), Some("12"))
        );
        assert_eq!(record.rate.as_deref(), Some("75%"));
        assert_eq!(record.execution_score.as_deref(), Some("7.5"));
        // In place: the blank cells under the heads are amounts not written.
        let (source, amounts) = &record.sources[0];
        assert_eq!(*source, Keyword::CurrentAppropriation);
        assert_eq!(
            (amounts.initial.as_deref(), amounts.executed.as_deref()),
            (None, Some("9"))
        );
    }

    #[test]
    fn points_per_block_unlike_the_profile_give_the_scoring_line() {
        let read = read(
            "项目名称\t甲\n\
             一级指标\t三级指标\t实际完成值\t分值\n\
             产出指标\ta\t1 个\t40\n\
             效益指标\tb\t达成\t40\n\
             满意度指标\tc\t95%\t10\n",
        );
        let message = block_weights(&read.records[0], None).expect("a warning");
        assert!(
            message.contains("`评分 { 执行率 10  产出指标 40  效益指标 40  满意度指标 10 }`"),
            "{message}"
        );
        let read = super::tests::read(
            "项目名称\t甲\n\
             一级指标\t三级指标\t实际完成值\t分值\n\
             产出指标\ta\t1 个\t50\n\
             效益指标\tb\t达成\t\n",
        );
        assert_eq!(block_weights(&read.records[0], None), None);
    }

    #[test]
    fn units_in_labels() {
        assert_eq!(unit_in_label("项目资金（万元）").as_deref(), Some("万元"));
        assert_eq!(unit_in_label("项目资金(元)").as_deref(), Some("元"));
        assert_eq!(unit_in_label("项目资金"), None);
    }

    #[test]
    fn titles_of_project_tables_only() {
        let title = |s: &str| is_title(&Row::new(Place::Line(1), s));
        assert!(title("项目支出绩效自评表"));
        assert!(title("2023年度河道清障项目支出绩效自评表（2023年度）"));
        assert!(!title("部门整体支出绩效自评表"));
        assert!(!title("部门项目支出绩效自评汇总"));
        assert!(!title("项目支出绩效自评表\t单位：万元\tx"));
    }
}
