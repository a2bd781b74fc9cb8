//! The 部门整体支出绩效目标表: the department's name and code, 年度预算安排 (资金总额 = 基本支出 +
//! 项目支出), 部门职能概述, 年度总体目标, the 年度履职目标 rows (部门职能 | 年度目标任务 | 支出项目名称
//! | 预算金额, the first two merged over a task's projects) and the indicators. It starts at its
//! title (`…部门整体支出绩效目标表`) and ends where a project's table starts.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::cells::Row;
use super::forms::{self, FormColumns, Term, normalized};
use super::tables::{IndicatorRow, Note, Reader, State, is_amount};

/// What the table read.
#[derive(Debug, Default)]
pub(super) struct DepartmentRead {
    pub heading: String,
    pub name: String,
    pub code: String,
    pub total: Option<String>,
    pub basic: Option<String>,
    pub project_spending: Option<String>,
    pub functions: String,
    pub overall: String,
    pub duties: Vec<DutyRead>,
    pub indicators: Vec<IndicatorRow>,
    pub notes: Vec<Note>,
}

/// A 履职目标: its function and task, and the projects under it with the amounts written beside
/// them (one merged cell, or one per project).
#[derive(Debug, Default)]
pub(super) struct DutyRead {
    pub function: String,
    pub task: String,
    pub projects: Vec<String>,
    pub amounts: Vec<String>,
}

impl DutyRead {
    /// The task's amount: the sum of the amounts written in its rows, exactly (None when none
    /// is written, or the sum leaves the range).
    pub(super) fn amount(&self) -> Option<String> {
        if self.amounts.is_empty() {
            return None;
        }
        let sum = self.amounts.iter().try_fold(Decimal::ZERO, |total, a| {
            total.checked_add(Decimal::from_str(a).ok()?)
        })?;
        Some(sum.to_string())
    }
}

/// What a label of the table names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Cell {
    Name,
    /// 填报单位: the department, when no name cell says otherwise.
    FilingUnit,
    Code,
    /// 年度预算安排: a label over the amounts.
    Budget,
    Total,
    Basic,
    ProjectSpending,
    Functions,
    Overall,
    Duties,
    Indicators,
    MoneyUnit,
}

/// The table's labels, as `forms::normalized` leaves them (no blanks, notes or colons).
const LABELS: &[(&str, Cell)] = &[
    ("部门名称", Cell::Name),
    ("单位名称", Cell::Name),
    ("预算单位名称", Cell::Name),
    ("部门单位名称", Cell::Name),
    ("填报单位", Cell::FilingUnit),
    ("部门预算编码", Cell::Code),
    ("部门编码", Cell::Code),
    ("部门代码", Cell::Code),
    ("预算编码", Cell::Code),
    ("单位编码", Cell::Code),
    ("年度预算安排", Cell::Budget),
    ("年度预算", Cell::Budget),
    ("预算安排", Cell::Budget),
    ("年度部门预算", Cell::Budget),
    ("资金总额", Cell::Total),
    ("年度资金总额", Cell::Total),
    ("预算总额", Cell::Total),
    ("基本支出", Cell::Basic),
    ("项目支出", Cell::ProjectSpending),
    ("部门职能概述", Cell::Functions),
    ("单位职能概述", Cell::Functions),
    ("职能概述", Cell::Functions),
    ("部门职能", Cell::Functions),
    ("年度总体目标", Cell::Overall),
    ("总体目标", Cell::Overall),
    ("部门整体绩效目标", Cell::Overall),
    ("年度履职目标", Cell::Duties),
    ("履职目标", Cell::Duties),
    ("年度主要任务", Cell::Duties),
    ("年度绩效指标", Cell::Indicators),
    ("绩效指标", Cell::Indicators),
    ("部门整体绩效指标", Cell::Indicators),
    ("单位", Cell::MoneyUnit),
    ("金额单位", Cell::MoneyUnit),
];

fn cell_of(text: &str) -> Option<Cell> {
    let name = normalized(text);
    LABELS.iter().find(|(l, _)| *l == name).map(|(_, c)| *c)
}

/// The table's title: `2024年清河县水利局部门整体支出绩效目标表`.
pub(super) fn is_title(heading: &str) -> bool {
    let text = super::cells::label(heading);
    text.contains("整体支出绩效目标") || text.contains("部门整体绩效目标")
}

/// A row that starts the table without its title: the department's name row.
pub(super) fn starts_table(row: &Row) -> bool {
    let first = row.filled().next().map(|(_, cell)| normalized(cell));
    matches!(first.as_deref(), Some("部门名称" | "部门单位名称"))
}

/// Which column of the 履职目标 rows holds what.
#[derive(Clone, Debug, Default)]
pub(super) struct DutyColumns {
    function: Option<usize>,
    task: Option<usize>,
    project: Option<usize>,
    amount: Option<usize>,
}

impl DutyColumns {
    /// The columns named in a header row (`部门职能 | 年度目标任务 | 支出项目名称 | 预算金额`); None
    /// when the row names no task or project column.
    fn from_header(row: &Row) -> Option<DutyColumns> {
        let mut columns = DutyColumns::default();
        for (at, cell) in row.filled() {
            match normalized(cell).as_str() {
                "部门职能" | "职能" | "履职内容" => columns.function = Some(at),
                "年度目标任务" | "目标任务" | "任务名称" | "年度任务" | "主要内容" => {
                    columns.task = Some(at)
                }
                "支出项目名称" | "项目名称" | "对应项目" | "支出项目" => {
                    columns.project = Some(at)
                }
                "预算金额" | "金额" | "预算数" | "资金" => columns.amount = Some(at),
                _ => {}
            }
        }
        (columns.task.is_some() || columns.project.is_some()).then_some(columns)
    }
}

impl Reader {
    /// Starts the department's table at its title.
    pub(super) fn start_department(&mut self, heading: String) {
        let department = self
            .document
            .department
            .get_or_insert_with(Default::default);
        if department.heading.is_empty() {
            department.heading = heading;
        }
        self.in_department = true;
        self.state = State::Outside;
    }

    /// A row of the department's table; false when the row starts a project's table instead.
    pub(super) fn department_row(&mut self, row: &Row) -> bool {
        let starts_project = forms::form_name(row).is_some()
            || matches!(row.label().as_str(), "项目编号" | "项目编码");
        if starts_project {
            self.in_department = false;
            return false;
        }
        if let Some(columns) = DutyColumns::from_header(row) {
            self.state = State::DepartmentDuties(columns);
            return true;
        }
        let items = forms::items(row);
        if forms::is_indicator_header(&items) {
            self.state =
                State::FormIndicators(FormColumns::from_header(&items, Some(Term::Annual)));
            return true;
        }
        // A label merged down the left of its rows may be repeated in their first cell.
        let labelled = items.iter().filter_map(|i| cell_of(&i.text)).any(|c| {
            !matches!(&self.state, State::DepartmentDuties(_) if c == Cell::Duties)
                && !matches!(&self.state, State::FormIndicators(_) if c == Cell::Indicators)
        });
        if !labelled {
            match self.state.clone() {
                State::FormIndicators(columns) => {
                    self.form_indicator(row, &columns);
                    return true;
                }
                State::DepartmentDuties(columns) => {
                    self.duty_row(row, &columns);
                    return true;
                }
                State::DepartmentText(cell) if items.len() == 1 => {
                    self.department_text(cell, &items[0].text);
                    return true;
                }
                _ => {}
            }
        }
        self.department_pairs(row, &items);
        true
    }

    /// Label/value pairs: each label takes the cells up to the next label.
    fn department_pairs(&mut self, row: &Row, items: &[forms::Item]) {
        self.state = State::Outside;
        let mut leftover: Vec<&str> = Vec::new();
        let mut i = 0;
        while i < items.len() {
            let Some(cell) = cell_of(&items[i].text) else {
                leftover.push(&items[i].text);
                i += 1;
                continue;
            };
            let end = (i + 1..items.len())
                .find(|&j| cell_of(&items[j].text).is_some())
                .unwrap_or(items.len());
            let values: Vec<&str> = items[i + 1..end].iter().map(|v| v.text.as_str()).collect();
            if let Err(why) = self.department_cell(cell, &values) {
                let cells = std::iter::once(items[i].text.as_str()).chain(values.iter().copied());
                self.unplaced(&Row::from_cells(row.place.clone(), cells), why);
            }
            i = end;
        }
        if !leftover.is_empty() {
            self.unplaced(
                &Row::from_cells(row.place.clone(), leftover),
                "row not understood",
            );
        }
    }

    fn department_cell(&mut self, cell: Cell, values: &[&str]) -> Result<(), &'static str> {
        let joined = values.join(" ");
        let department = self.department();
        match cell {
            Cell::Name if !joined.is_empty() => department.name = joined,
            Cell::FilingUnit if department.name.is_empty() => department.name = joined,
            Cell::Code => department.code = joined,
            Cell::Total | Cell::Basic | Cell::ProjectSpending => {
                let amount = match values {
                    [] => return Ok(()),
                    [amount] if is_amount(amount) => Some(amount.to_string()),
                    _ => return Err("amount not understood"),
                };
                match cell {
                    Cell::Total => department.total = amount,
                    Cell::Basic => department.basic = amount,
                    _ => department.project_spending = amount,
                }
            }
            Cell::Functions | Cell::Overall => {
                self.department_text(cell, &values.concat());
                self.state = State::DepartmentText(cell);
            }
            Cell::Budget | Cell::Duties | Cell::Indicators if !values.is_empty() => {
                return Err("cells beside a label over others not understood");
            }
            Cell::MoneyUnit => match values {
                [] => {}
                [unit] if matches!(*unit, "元" | "千元" | "万元" | "亿元") => {
                    self.document.money_unit = Some(unit.to_string());
                }
                _ => return Err("not a money unit"),
            },
            Cell::Name | Cell::FilingUnit | Cell::Budget | Cell::Duties | Cell::Indicators => {}
        }
        Ok(())
    }

    fn department_text(&mut self, cell: Cell, text: &str) {
        let department = self.department();
        match cell {
            Cell::Functions => department.functions.push_str(text),
            _ => department.overall.push_str(text),
        }
    }

    /// A 履职目标 row: a new task, or (its function and task blank or repeated, as merged cells
    /// read) one more project of the task above.
    fn duty_row(&mut self, row: &Row, columns: &DutyColumns) {
        let cell = |c: Option<usize>| c.map_or("", |i| row.cell(i)).to_string();
        let (function, task) = (cell(columns.function), cell(columns.task));
        let (project, amount) = (cell(columns.project), cell(columns.amount));
        if !amount.is_empty() && !is_amount(&amount) {
            self.unplaced(row, "amount not understood");
            return;
        }
        let duties = &mut self.department().duties;
        let same = duties.last().is_some_and(|d| {
            (function.is_empty() || function == d.function) && (task.is_empty() || task == d.task)
        });
        if !same {
            duties.push(DutyRead {
                function,
                task,
                ..DutyRead::default()
            });
        }
        let Some(duty) = duties.last_mut() else {
            return;
        };
        if !project.is_empty() {
            duty.projects.push(project);
        }
        if !amount.is_empty() {
            duty.amounts.push(amount);
        }
    }

    fn department(&mut self) -> &mut DepartmentRead {
        self.document
            .department
            .get_or_insert_with(DepartmentRead::default)
    }

    /// The rows indicators go to: the department's while its table is read, else the project's.
    pub(super) fn indicator_rows(&mut self) -> &mut Vec<IndicatorRow> {
        if self.in_department {
            &mut self.department().indicators
        } else {
            &mut self.project().indicators
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tasks_amount_is_the_exact_sum_of_its_rows() {
        let duty = |amounts: &[&str]| DutyRead {
            amounts: amounts.iter().map(|a| a.to_string()).collect(),
            ..DutyRead::default()
        };
        assert_eq!(duty(&["30.00", "20.5"]).amount().as_deref(), Some("50.50"));
        assert_eq!(duty(&[]).amount(), None);
        let huge = "79228162514264337593543950335";
        assert_eq!(duty(&[huge, huge]).amount(), None);
    }

    #[test]
    fn titles_of_the_department_table() {
        assert!(is_title("2024年清河县水利局部门整体支出绩效目标表"));
        assert!(is_title("部门整体绩效目标申报表"));
        assert!(!is_title("2024年农村供水项目支出绩效目标表"));
    }
}
