//! Reading the rows of an extracted document into projects: a state machine over the rows of
//! each 项目支出绩效目标表, keyed by the template's row labels (项目编码, 预算规模及资金用途,
//! 资金支出计划, 绩效目标, 一级指标 …) rather than by positions, so that shifted, wrapped and
//! tagged rows still read. A row that cannot be placed becomes a [`Note`].

use super::cells::{Row, label};
use super::department::{self, Cell, DepartmentRead, DutyColumns};
use super::forms::{self, Field, FormColumns, Term};
use super::{Place, Warning};
use crate::domain::forms::Form;
use crate::syntax::keywords::{self, Keyword};

#[derive(Debug, Default)]
/// What an import read from the tables: cover, money unit, budget units, projects.
pub(super) struct TablesRead {
    pub cover: Vec<String>,
    pub money_unit: Option<String>,
    pub units: Vec<(String, String)>,
    pub projects: Vec<Project>,
    /// Lines before the first table (cover, contents, Part 1), kept as comments.
    pub preamble: Vec<Note>,
    /// A form's 中期 cells were read (中期资金总额, 中期目标, side-by-side indicators): the
    /// national 88号 form rather than the county 申报表.
    pub national: bool,
    /// The 部门整体支出绩效目标表, when the document has one.
    pub department: Option<DepartmentRead>,
}

impl TablesRead {
    /// The form the document's tables are in: None for the Hebei form.
    pub(super) fn form(&self) -> Option<Form> {
        // The department's table alone is filed with the 申报表 family.
        let department_alone = self.projects.is_empty() && self.department.is_some();
        if !self.projects.iter().any(|p| p.form) && !department_alone {
            None
        } else if self.national {
            Some(Form::National)
        } else {
            Some(Form::County)
        }
    }
}

#[derive(Debug, Default)]
pub(super) struct Project {
    pub heading: String,
    pub unit: Option<String>,
    pub code: String,
    pub name: String,
    pub budget: Option<String>,
    /// The budget's sources (财政资金 …), in the order read.
    pub sources: Vec<(Keyword, String)>,
    pub use_text: Option<String>,
    /// (month, percent) in the order read.
    pub schedule: Vec<(u8, String)>,
    /// Where the schedule's header row is.
    pub schedule_place: Option<Place>,
    /// The schedule has a 12月底 column (in its header, or wrapped onto a row of its own).
    pub year_end_column: bool,
    pub goals: Vec<String>,
    pub indicators: Vec<IndicatorRow>,
    pub notes: Vec<Note>,
    /// A form's project (申报表, 88号): no code; the fields below.
    pub form: bool,
    /// Head cells and signatures, in the order read.
    pub info: Vec<(Keyword, String)>,
    pub function_code: String,
    pub function_name: String,
    pub period: Option<String>,
    pub mid_budget: Option<String>,
    pub mid_sources: Vec<(Keyword, String)>,
    /// 项目实施进度计划: (实施内容, 开始时间, 完成时间), the times as written.
    pub plan: Vec<(String, String, String)>,
    /// 审核意见: (who, opinion).
    pub reviews: Vec<(String, String)>,
    /// The sources read last belong to 中期资金总额.
    pub money_mid: bool,
    /// Text blocks (项目概况 …), in the order read.
    pub prose: Vec<(Keyword, String)>,
    /// `长期目标` or `中期目标` and its text.
    pub term_goal: Option<(Keyword, String)>,
    /// The 年度目标 as read, split at its numbers at the end.
    pub goal_text: String,
}

#[derive(Debug, Default, Clone)]
pub(super) struct IndicatorRow {
    pub level1: String,
    pub level2: String,
    pub name: String,
    pub description: String,
    pub value: String,
    pub basis: String,
    pub measure_unit: String,
    pub weight: String,
    pub mid_term: String,
    pub long_term: String,
    pub remark: String,
    /// The targets whose columns a form's tables gave the row (merged by name).
    pub terms: Vec<Term>,
}

/// A line kept as a comment, with the reason.
#[derive(Debug, Clone)]
pub(super) struct Note {
    pub place: Place,
    pub text: String,
}

/// Which column of the indicator table holds what.
#[derive(Debug, Default, Clone)]
pub(super) struct Columns {
    level1: Option<usize>,
    level2: Option<usize>,
    name: Option<usize>,
    description: Option<usize>,
    value: Option<usize>,
    basis: Option<usize>,
    measure_unit: Option<usize>,
    weight: Option<usize>,
    mid_term: Option<usize>,
    long_term: Option<usize>,
}

/// What the rows that follow belong to.
#[derive(Debug, Clone)]
pub(super) enum State {
    Outside,
    /// After 预算规模及资金用途: the next unlabelled row is 资金用途.
    Use,
    /// After the schedule's header row: the months by column.
    ScheduleValues(Vec<(usize, u8)>),
    /// After the schedule's values: a wrapped `12 月底 | 100%` may follow.
    ScheduleTail,
    Goals,
    Indicators(Columns),
    /// A form's text block or goal: an unlabelled row continues it.
    FormText(Field),
    /// A form's goals in columns (`中期目标 | 年度目标`): the columns.
    FormGoals(Vec<(usize, Field)>),
    /// After a form's 长期绩效指标 title: its header row follows.
    FormTable(Term),
    /// In a form's 项目实施进度计划: unlabelled rows are its rows.
    FormPlan,
    /// The department's 部门职能概述 or 年度总体目标: an unlabelled row continues it.
    DepartmentText(Cell),
    /// After the header of the department's 履职目标 rows.
    DepartmentDuties(DutyColumns),
    FormIndicators(FormColumns),
}

pub(super) struct Reader {
    pub document: TablesRead,
    pub warnings: Vec<Warning>,
    pub(super) state: State,
    /// Carried down from the row above: merged cells of 一级指标 and 二级指标.
    pub(super) carried: IndicatorRow,
    /// A budget unit's line read after a table's 项目编码: it belongs to the next table, one
    /// without a title row (tables stacked in a worksheet).
    pending_unit: Option<String>,
    /// The rows belong to the 部门整体支出绩效目标表 (from its title to a project's table).
    pub(super) in_department: bool,
}

impl Reader {
    /// Reads the rows of a document in order; `cover` holds the lines that name it.
    pub(super) fn read(cover: Vec<String>, rows: impl IntoIterator<Item = Row>) -> Reader {
        let mut reader = Reader {
            document: TablesRead::default(),
            warnings: Vec::new(),
            state: State::Outside,
            carried: IndicatorRow::default(),
            pending_unit: None,
            in_department: false,
        };
        reader.document.cover = cover;
        for row in rows {
            reader.row(row);
        }
        reader.finish_forms();
        reader.warn_about_preamble();
        reader.warn_about_lost_year_ends();
        reader
    }

    /// A schedule without 12月底 usually lost that column in extraction; its value is not
    /// invented, but said.
    fn warn_about_lost_year_ends(&mut self) {
        let lost: Vec<Place> = self
            .document
            .projects
            .iter()
            .filter(|p| !p.year_end_column)
            .filter_map(|p| p.schedule_place.clone())
            .collect();
        for place in lost {
            let message = "the spending schedule has no 12月底 column (lost in extraction?); \
                           its value is not invented";
            self.warn(place, message.to_string());
        }
    }

    pub(super) fn warn(&mut self, place: Place, message: String) {
        self.warnings.push(Warning { place, message });
    }

    /// Keeps a row that could not be placed as a comment, and says so.
    pub(super) fn unplaced(&mut self, row: &Row, why: &str) {
        let note = Note {
            place: row.place.clone(),
            text: row.shown(),
        };
        let department = self
            .document
            .department
            .as_mut()
            .filter(|_| self.in_department);
        if let Some(department) = department {
            department.notes.push(note);
            self.warn(row.place.clone(), format!("{why}; kept as a comment"));
            return;
        }
        match self.document.projects.last_mut() {
            Some(project) => {
                project.notes.push(note);
                self.warn(row.place.clone(), format!("{why}; kept as a comment"));
            }
            // Warned about in runs at the end: the preamble is mostly prose.
            None => self.document.preamble.push(note),
        }
    }

    fn row(&mut self, mut row: Row) {
        if row.is_blank() || row.cell(0).starts_with("---") {
            return;
        }
        if let Some(heading) = heading(&row) {
            if department::is_title(&heading) {
                self.start_department(heading);
            } else if is_form_title(&heading) {
                self.start_form(heading);
            } else {
                self.start_table(heading);
            }
            return;
        }
        if !self.in_department && department::starts_table(&row) {
            self.start_department(String::new());
        }
        if self.in_department && self.department_row(&row) {
            return;
        }
        if let Some(year) = forms::title_year(&row).filter(|_| self.in_form()) {
            let project = self.project();
            if project.name.is_empty() && !project.heading.is_empty() {
                project.heading.push_str(&year);
                return;
            }
        }
        if let Some(name) = forms::form_name(&row) {
            // A table with a title but no 项目编码 yet is a form's; the form's own name repeated
            // (on its next page) continues it; else a form starts here.
            let last = self.document.projects.last();
            let open = last
                .is_some_and(|p| p.code.is_empty() && p.indicators.is_empty() && p.name.is_empty());
            let repeated = last.is_some_and(|p| p.form && !name.is_empty() && p.name == name);
            if repeated {
                return;
            }
            if open {
                self.project().form = true;
            } else {
                self.start_form(String::new());
            }
        }
        if self.in_form() {
            return self.form_row(&row);
        }
        // A worksheet puts `单位：万元` at the end of the budget unit's row.
        if let Some((at, unit)) = money_unit_cell(&row) {
            self.money_unit(&row, unit);
            row.cells[at].clear();
            if row.is_blank() {
                return;
            }
        }
        if let Some((code, name)) = unit_line(&row) {
            self.unit(code, name);
            return;
        }
        let label = row.label();
        let is_code_row = matches!(label.as_str(), "项目编号" | "项目编码");
        if is_code_row
            && self
                .document
                .projects
                .last()
                .is_none_or(|p| !p.code.is_empty())
        {
            // A table without a title row: its 项目编码 row starts it.
            self.start_table(String::new());
        }
        if self.document.projects.is_empty() {
            self.unplaced(&row, "not in a project table");
            return;
        }
        match label.as_str() {
            "项目编号" | "项目编码" => self.code_and_name(&row),
            l if l.starts_with("预算规模") => self.budget(&row),
            l if l.starts_with("资金支出计划") => self.schedule_header(&row),
            "绩效目标" => self.goals(&row),
            "一级指标" => self.state = State::Indicators(columns(&row)),
            _ => self.continuation(&row),
        }
    }

    /// The rows go to a form's project (no 项目编码 row started it).
    fn in_form(&self) -> bool {
        self.document.projects.last().is_some_and(|p| p.form)
    }

    pub(super) fn project(&mut self) -> &mut Project {
        let projects = &mut self.document.projects;
        let last = projects.len() - 1;
        &mut projects[last]
    }

    pub(super) fn start_table(&mut self, heading: String) {
        self.in_department = false;
        let unit = self.pending_unit.take();
        self.document.projects.push(Project {
            heading,
            unit,
            ..Project::default()
        });
        self.state = State::Outside;
    }

    fn unit(&mut self, code: String, name: String) {
        if !self.document.units.iter().any(|(c, _)| *c == code) {
            self.document.units.push((code.clone(), name));
        }
        match self.document.projects.last_mut() {
            Some(project) if project.code.is_empty() => project.unit = Some(code),
            _ => self.pending_unit = Some(code),
        }
    }

    fn money_unit(&mut self, row: &Row, unit: String) {
        match &self.document.money_unit {
            Some(known) if *known != unit => {
                let message = format!("money unit {unit} differs from {known} used before");
                self.unplaced(row, &message);
            }
            _ => self.document.money_unit = Some(unit),
        }
    }

    fn code_and_name(&mut self, row: &Row) {
        const LABELS: [&str; 3] = ["项目编号", "项目编码", "项目名称"];
        let filled: Vec<(usize, &str)> = row.filled().collect();
        // The cell after a label, unless it is the next label (an empty cell between them).
        let after = |labels: &[&str]| {
            filled
                .iter()
                .position(|(_, c)| labels.contains(&label(c).as_str()))
                .and_then(|i| filled.get(i + 1))
                .map(|(_, c)| c.to_string())
                .filter(|c| !LABELS.contains(&label(c).as_str()))
        };
        let code = after(&["项目编号", "项目编码"]);
        let name = after(&["项目名称"]);
        let project = self.project();
        project.code = code.unwrap_or_default();
        project.name = name.unwrap_or_default();
        self.state = State::Outside;
    }

    fn budget(&mut self, row: &Row) {
        let filled: Vec<&str> = row.filled().map(|(_, c)| c).collect();
        let mut unread = Vec::new();
        let mut i = 1;
        while i < filled.len() {
            let name = label(filled[i]);
            let name = name
                .trim_start_matches("其中：")
                .trim_start_matches("其中:");
            let amount = filled
                .get(i + 1)
                .filter(|a| is_amount(a))
                .map(|a| a.to_string());
            // The total (`None`), or one of its sources.
            let slot = match name {
                "预算数" | "预算" | "预算金额" => Some(None),
                "财政资金" | "财政拨款" => Some(Some(Keyword::Fiscal)),
                "其他资金" => Some(Some(Keyword::Other)),
                _ => None,
            };
            match (slot, amount) {
                (Some(slot), Some(amount)) => {
                    let project = self.project();
                    match slot {
                        None => project.budget = Some(amount),
                        Some(source) => set_source(&mut project.sources, source, amount),
                    }
                    i += 2;
                }
                (Some(_), None) => i += 1,
                (None, _) => {
                    unread.push(filled[i]);
                    i += 1;
                }
            }
        }
        let project = self.project();
        if project.budget.is_none() && !project.sources.is_empty() {
            let message = "sources of funds without 预算数: kept as a comment, the total is not \
                           invented"
                .to_string();
            self.warn(row.place.clone(), message);
        }
        if !unread.is_empty() {
            let note = Row {
                place: row.place.clone(),
                cells: unread.iter().map(|s| s.to_string()).collect(),
            };
            self.unplaced(&note, "budget cells not understood");
        }
        self.state = State::Use;
    }

    fn schedule_header(&mut self, row: &Row) {
        let months: Vec<(usize, u8)> = row
            .filled()
            .skip(1)
            .filter_map(|(i, c)| month_end(c).map(|m| (i, m)))
            .collect();
        let project = self.project();
        project.schedule_place = Some(row.place.clone());
        project.year_end_column = months.iter().any(|(_, m)| *m == 12);
        self.state = State::ScheduleValues(months);
    }

    fn schedule_values(&mut self, row: &Row, months: &[(usize, u8)]) {
        let values: Vec<(usize, &str)> = row.filled().filter(|(_, c)| is_percent(c)).collect();
        let by_column: Option<Vec<(u8, String)>> = values
            .iter()
            .map(|(i, v)| {
                let month = months.iter().find(|(at, _)| at == i)?.1;
                Some((month, percent(v)))
            })
            .collect();
        let placed = match by_column {
            Some(entries) => Some(entries),
            // Shifted cells: months and values in the same order, one for one.
            None if values.len() == months.len() => Some(
                months
                    .iter()
                    .zip(&values)
                    .map(|((_, m), (_, v))| (*m, percent(v)))
                    .collect(),
            ),
            None => None,
        };
        match placed {
            Some(entries) => self.project().schedule.extend(entries),
            None => self.unplaced(row, "spending schedule values do not match its months"),
        }
        self.state = State::ScheduleTail;
    }

    fn goals(&mut self, row: &Row) {
        let text: Vec<&str> = row.filled().skip(1).map(|(_, c)| c).collect();
        let goals = numbered(&text.join(""));
        self.project().goals.extend(goals);
        self.state = State::Goals;
    }

    /// A row without a label of its own: its meaning comes from the rows before it.
    fn continuation(&mut self, row: &Row) {
        match self.state.clone() {
            State::Use if row.cell(0).is_empty() => {
                let text: Vec<&str> = row.filled().map(|(_, c)| c).collect();
                self.project().use_text = Some(text.join(""));
                self.state = State::Outside;
            }
            State::ScheduleValues(months) => self.schedule_values(row, &months),
            State::ScheduleTail => match (month_end(row.cell(0)), row.cell(1)) {
                (Some(month), value) if is_percent(value) => {
                    let project = self.project();
                    project.schedule.push((month, percent(value)));
                    project.year_end_column |= month == 12;
                }
                _ => self.unplaced(row, "row not understood after the spending schedule"),
            },
            State::Indicators(columns) => self.indicator(row, &columns),
            _ => self.unplaced(row, "row not understood"),
        }
    }

    fn indicator(&mut self, row: &Row, columns: &Columns) {
        let cell = |c: Option<usize>| c.map_or(String::new(), |i| row.cell(i).to_string());
        let mut read = IndicatorRow {
            level1: cell(columns.level1),
            level2: cell(columns.level2),
            name: cell(columns.name),
            description: cell(columns.description),
            value: cell(columns.value),
            basis: cell(columns.basis),
            measure_unit: cell(columns.measure_unit),
            weight: cell(columns.weight),
            mid_term: cell(columns.mid_term),
            long_term: cell(columns.long_term),
            ..IndicatorRow::default()
        };
        if read.name.is_empty() {
            self.unplaced(row, "indicator row without a name (a wrapped cell?)");
            return;
        }
        if read.level1.is_empty() {
            read.level1 = self.carried.level1.clone();
        }
        if read.level2.is_empty() {
            read.level2 = self.carried.level2.clone();
        }
        if !keywords::is_bare_word(&read.level1) || !keywords::is_bare_word(&read.level2) {
            self.unplaced(row, "indicator row without readable categories");
            return;
        }
        if !read.weight.is_empty() && !is_amount(&read.weight) {
            let cell = Row {
                place: row.place.clone(),
                cells: vec![std::mem::take(&mut read.weight)],
            };
            self.unplaced(&cell, "weight (分值) is not a number");
        }
        self.carried = read.clone();
        self.project().indicators.push(read);
    }

    /// One warning for the lines before the first table (cover, contents, prose).
    fn warn_about_preamble(&mut self) {
        let preamble = &self.document.preamble;
        if let (Some(first), Some(last)) = (preamble.first(), preamble.last()) {
            let (start, end) = (&first.place, &last.place);
            let noun = start.noun();
            let message = format!(
                "{noun}s {start} to {end} are not project tables (cover, contents, prose); their \
                 {} non-blank {noun}s are kept as comments in the root file",
                preamble.len()
            );
            self.warn(start.clone(), message);
        }
    }
}

/// The cover: the lines before the first separator or heading that name the document.
pub(super) fn cover(text: &str) -> Vec<String> {
    text.lines()
        .map(super::cells::clean)
        .skip_while(|l| l.is_empty() || l.starts_with("---"))
        .take_while(|l| !l.starts_with("---") && !l.starts_with('#'))
        .filter(|l| !l.is_empty())
        .collect()
}

/// The text of a row that holds one cell (wherever it is: a worksheet may centre a title).
fn only_cell(row: &Row) -> Option<&str> {
    let mut filled = row.filled();
    let (_, cell) = filled.next()?;
    filled.next().is_none().then_some(cell)
}

/// `## 1. 2023 年测绘……绩效目标表` (with or without the `#` the extraction may lose, and the
/// number a worksheet's title may not have).
fn heading(row: &Row) -> Option<String> {
    let text = only_cell(row)?.trim_start_matches('#').trim();
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let numbered = text[digits..].strip_prefix(['.', '．', '、']);
    let title = numbered.filter(|_| digits > 0).unwrap_or(text);
    (label(title).ends_with("绩效目标表") || is_form_title(title)).then(|| text.to_string())
}

/// A form's title: `…项目支出绩效目标申报表`, possibly with its year (`（2024年度）`).
fn is_form_title(heading: &str) -> bool {
    let text = label(heading);
    let text = match text.find(['（', '(']) {
        Some(at) if at > 0 => &text[..at],
        _ => &text,
    };
    text.ends_with("申报表")
}

/// `单位：万元` alone, or last of a row of two: its position and the money unit.
pub(super) fn money_unit_cell(row: &Row) -> Option<(usize, String)> {
    let filled: Vec<(usize, &str)> = row.filled().collect();
    let &(at, cell) = filled.last().filter(|_| filled.len() <= 2)?;
    let cell = label(cell);
    let unit = cell
        .strip_prefix("单位：")
        .or_else(|| cell.strip_prefix("单位:"))?;
    Some((at, unit.to_string()))
}

/// `543001 承德市自然资源和规划局本级`: a budget unit's code and name.
fn unit_line(row: &Row) -> Option<(String, String)> {
    let (code, name) = only_cell(row)?.split_once(' ')?;
    let is_code = code.len() == 6 && code.chars().all(|c| c.is_ascii_digit());
    (is_code && !name.trim().is_empty()).then(|| (code.to_string(), name.trim().to_string()))
}

/// The month of a schedule header: `3 月底`, `12月末`.
fn month_end(cell: &str) -> Option<u8> {
    let cell = label(cell);
    let month = cell
        .strip_suffix("月底")
        .or_else(|| cell.strip_suffix("月末"))?;
    month.parse().ok().filter(|m| (1..=12).contains(m))
}

fn is_percent(cell: &str) -> bool {
    let number = cell.trim_end_matches(['%', '％']);
    number.len() < cell.len() && is_amount(number)
}

fn percent(cell: &str) -> String {
    cell.trim_end_matches(['%', '％']).to_string()
}

pub(super) fn is_amount(cell: &str) -> bool {
    let mut parts = cell.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let fraction = parts.next();
    !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()))
}

/// Splits `1. 甲 2. 乙` into its numbered items (numbers in sequence from 1, so a `3.` inside a
/// sentence that does not follow a `2.` stays text). Text without `1.` is one item.
pub(super) fn numbered(text: &str) -> Vec<String> {
    let mut starts = Vec::new();
    let mut search = 0;
    for n in 1.. {
        let marker = format!("{n}.");
        let found = text[search..]
            .match_indices(&marker)
            .map(|(i, _)| search + i)
            .find(|&i| starts_item(text, i, marker.len()));
        match found {
            Some(i) if n > 1 || i == 0 => {
                starts.push((i, i + marker.len()));
                search = i + marker.len();
            }
            _ => break,
        }
    }
    if starts.is_empty() {
        return vec![text.trim().to_string()];
    }
    starts
        .iter()
        .enumerate()
        .map(|(k, &(_, body))| {
            let end = starts.get(k + 1).map_or(text.len(), |&(next, _)| next);
            text[body..end].trim().to_string()
        })
        .collect()
}

/// `n.` at `at` numbers an item: not inside a word or a number before it, and not a decimal
/// point after it (`等级保护 2.0`).
fn starts_item(text: &str, at: usize, len: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + len..].chars().next();
    before.is_none_or(|c| !c.is_ascii_alphanumeric()) && after.is_none_or(|c| !c.is_ascii_digit())
}

/// Which column holds what, from the header row of the indicator table.
fn columns(row: &Row) -> Columns {
    let mut columns = Columns::default();
    for (i, cell) in row.filled() {
        let slot = match label(cell).as_str() {
            "一级指标" => &mut columns.level1,
            "二级指标" => &mut columns.level2,
            "三级指标" => &mut columns.name,
            "绩效指标描述" | "指标描述" | "指标解释" => &mut columns.description,
            "指标值" | "年度指标值" | "目标值" => &mut columns.value,
            "指标值确定依据" | "确定依据" | "依据" => &mut columns.basis,
            "计量单位" | "度量单位" => &mut columns.measure_unit,
            "分值" | "权重" => &mut columns.weight,
            "中期指标值" | "中期目标" | "中期目标值" => &mut columns.mid_term,
            "长期指标值" | "长期目标" | "长期目标值" => &mut columns.long_term,
            _ => continue,
        };
        *slot = Some(i);
    }
    columns
}

/// Records a source of funds read, in place of one read before.
pub(super) fn set_source(sources: &mut Vec<(Keyword, String)>, source: Keyword, amount: String) {
    match sources.iter_mut().find(|(k, _)| *k == source) {
        Some(slot) => slot.1 = amount,
        None => sources.push((source, amount)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goals_split_at_numbers_in_sequence() {
        assert_eq!(
            numbered("1. 甲 2. 乙，含 3.5 万元"),
            ["甲", "乙，含 3.5 万元"]
        );
        assert_eq!(numbered("1. 等级保护 2.0 要求"), ["等级保护 2.0 要求"]);
        assert_eq!(numbered("没有编号"), ["没有编号"]);
        assert_eq!(numbered("1. 目标内容 1"), ["目标内容 1"]);
    }

    #[test]
    fn headings_with_or_without_hashes() {
        let heading = |s: &str| super::heading(&Row::new(Place::Line(1), s));
        assert!(heading("## 1. 2023 年某项目绩效目标表").is_some());
        assert!(heading("15. 2022 年度某系统项目绩效目 标表").is_some());
        assert!(heading("1.2023 年某项目绩效目标表.....\t6").is_none());
        assert!(heading("## 第二部分").is_none());
        assert!(heading("2023年某项目绩效目标表").is_some());
        assert!(heading("项目支出绩效目标表说明").is_none());
    }

    #[test]
    fn schedule_months_and_percentages() {
        assert_eq!(month_end("12 月底"), Some(12));
        assert_eq!(month_end("13月底"), None);
        assert!(is_percent("30%") && is_percent("100％") && !is_percent("30"));
    }
}
