//! The other official forms (the county 申报表 family and the national 88号 申报表): their labels,
//! and how the table reader places their rows. A form has no 项目编码; it starts at a title
//! ending in 申报表 or at its 项目名称 row, and its head is read as label/value pairs, in cells
//! (`主管部门 | 县水利局 | 主管部门编码 | 305`) or as `key：value` lines. Indicators come in a 长期
//! and a 年度 table (county) or side by side, 中期 and 年度 (national); rows of the same (二级,
//! 三级) name are merged into one row.

use super::cells::{Row, label};
use super::tables::{IndicatorRow, Reader, State, is_amount, numbered, set_source};
use crate::syntax::keywords::Keyword;

/// Which target a column or an indicator table holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Term {
    Annual,
    Mid,
    Long,
}

/// What a label of a form's head names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Field {
    Name,
    /// A head cell or a signature (`主管部门`, `填报人` …).
    Info(Keyword),
    FunctionCode,
    FunctionName,
    Period,
    /// A text block (`项目概况` …).
    Prose(Keyword),
    /// `长期目标` or `中期目标` (the keyword is the one written).
    TermGoal(Keyword),
    AnnualGoal,
    MidTotal,
    YearTotal,
    /// A source of funds (财政资金, 上级财政资金, 自有资金 …).
    Source(Keyword),
    MoneyUnit,
    /// A label over others (`项目资金（万元）`, `项目立项情况`): nothing of its own.
    Group,
    /// 项目实施进度计划: rows of 实施内容, 开始时间, 完成时间 follow (or stand beside it).
    Plan,
    /// `主管部门审核意见` (any `…审核意见`): who reviewed is in the label.
    Review,
    IndicatorTable(Term),
}

/// The labels of the forms, without blanks, colons and parenthesised notes.
const LABELS: &[(&str, Field)] = &[
    ("项目名称", Field::Name),
    ("主管部门", Field::Info(Keyword::Supervisor)),
    ("主管部门名称", Field::Info(Keyword::Supervisor)),
    ("主管部门及代码", Field::Info(Keyword::Supervisor)),
    ("主管部门及编码", Field::Info(Keyword::Supervisor)),
    ("主管部门编码", Field::Info(Keyword::SupervisorCode)),
    ("主管部门代码", Field::Info(Keyword::SupervisorCode)),
    ("实施单位", Field::Info(Keyword::Implementer)),
    ("项目实施单位", Field::Info(Keyword::Implementer)),
    ("项目负责人", Field::Info(Keyword::Manager)),
    ("联系电话", Field::Info(Keyword::Phone)),
    ("项目属性", Field::Info(Keyword::Attribute)),
    ("项目类型", Field::Info(Keyword::ProjectType)),
    ("功能科目", Field::Info(Keyword::FunctionClass)),
    ("功能科目编码", Field::FunctionCode),
    ("功能科目名称", Field::FunctionName),
    ("填报单位", Field::Info(Keyword::FilingUnit)),
    ("填报人", Field::Info(Keyword::FiledBy)),
    ("单位负责人", Field::Info(Keyword::UnitHead)),
    ("填报日期", Field::Info(Keyword::FilingDate)),
    ("项目期", Field::Period),
    ("项目起止时间", Field::Period),
    ("项目实施期", Field::Period),
    ("起止时间", Field::Period),
    ("中期资金总额", Field::MidTotal),
    ("年度资金总额", Field::YearTotal),
    ("资金总额", Field::YearTotal),
    ("财政拨款", Field::Source(Keyword::Fiscal)),
    ("财政资金", Field::Source(Keyword::Fiscal)),
    ("上级财政资金", Field::Source(Keyword::HigherFiscal)),
    ("上级财政", Field::Source(Keyword::HigherFiscal)),
    ("上级资金", Field::Source(Keyword::HigherFiscal)),
    ("本级财政资金", Field::Source(Keyword::LocalFiscal)),
    ("本级财政", Field::Source(Keyword::LocalFiscal)),
    ("本级资金", Field::Source(Keyword::LocalFiscal)),
    ("自有资金", Field::Source(Keyword::OwnFunds)),
    ("事业收入", Field::Source(Keyword::ServiceIncome)),
    ("经营性收入", Field::Source(Keyword::BusinessIncome)),
    ("经营收入", Field::Source(Keyword::BusinessIncome)),
    ("其他资金", Field::Source(Keyword::Other)),
    ("其他", Field::Source(Keyword::Other)),
    ("单位", Field::MoneyUnit),
    ("金额单位", Field::MoneyUnit),
    ("单位职能概述", Field::Prose(Keyword::Functions)),
    ("单位职能", Field::Prose(Keyword::Functions)),
    ("项目概况", Field::Prose(Keyword::Overview)),
    ("立项依据", Field::Prose(Keyword::Approval)),
    ("项目立项依据", Field::Prose(Keyword::Approval)),
    ("可行性", Field::Prose(Keyword::Feasibility)),
    ("项目可行性", Field::Prose(Keyword::Feasibility)),
    ("必要性", Field::Prose(Keyword::Necessity)),
    ("项目必要性", Field::Prose(Keyword::Necessity)),
    ("保障制度和措施", Field::Prose(Keyword::Measure)),
    ("保障措施", Field::Prose(Keyword::Measure)),
    ("其他说明的问题", Field::Prose(Keyword::Remarks)),
    ("其他说明", Field::Prose(Keyword::Remarks)),
    ("长期目标", Field::TermGoal(Keyword::LongTerm)),
    ("中期目标", Field::TermGoal(Keyword::MidTerm)),
    ("年度目标", Field::AnnualGoal),
    ("主管部门审核意见", Field::Review),
    ("财政部门审核意见", Field::Review),
    ("财政局审核意见", Field::Review),
    ("第三方机构审核意见", Field::Review),
    ("审核意见", Field::Review),
    ("项目实施进度计划", Field::Plan),
    ("实施进度计划", Field::Plan),
    ("项目进度计划", Field::Plan),
    ("项目资金", Field::Group),
    ("项目资金申请", Field::Group),
    ("项目立项情况", Field::Group),
    ("总体目标", Field::Group),
    ("项目绩效目标", Field::Group),
    ("绩效指标", Field::Group),
    ("长期绩效指标", Field::IndicatorTable(Term::Long)),
    ("中期绩效指标", Field::IndicatorTable(Term::Mid)),
    ("年度绩效指标", Field::IndicatorTable(Term::Annual)),
];

/// A label as the table compares it: no blanks, no `其中：`, no trailing colon, no notes in
/// parentheses (`填报单位（盖章）`, `项目资金（万元）`, `中期目标（2024年－2026年）`).
pub(super) fn normalized(cell: &str) -> String {
    let text = label(cell);
    let text = text
        .strip_prefix("其中：")
        .or_else(|| text.strip_prefix("其中:"))
        .or_else(|| text.strip_prefix("其中"))
        .unwrap_or(&text);
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.trim_end_matches([':', '：']).to_string()
}

/// The field a cell labels, if it is one of the forms' labels.
pub(super) fn field(cell: &str) -> Option<Field> {
    let name = normalized(cell);
    LABELS
        .iter()
        .find(|(l, _)| *l == name)
        .map(|(_, f)| *f)
        .or_else(|| name.ends_with("审核意见").then_some(Field::Review))
}

/// The note in a label's parentheses (`指标值（中期）` → `中期`).
fn note(cell: &str) -> String {
    let text = label(cell);
    let open = text.find(['（', '(']);
    let close = text.rfind(['）', ')']);
    match (open, close) {
        (Some(o), Some(c)) if o < c => text[o..c].trim_start_matches(['（', '(']).to_string(),
        _ => String::new(),
    }
}

/// A cell, split where a label with a colon starts (`填报单位（盖章）：县交通运输局 单位：万元` is
/// four cells): the label cells, then the values.
fn split_pairs(cell: &str) -> Vec<String> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    while at < cell.len() {
        let rest = &cell[at..];
        let found = LABELS
            .iter()
            .filter(|(l, _)| rest.starts_with(l))
            .map(|(l, _)| l.len())
            .max()
            .and_then(|len| colon_after(rest, len).map(|end| (len, end)));
        match found {
            Some((_, end)) => {
                cuts.push((at, at + end));
                at += end;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if cuts.is_empty() {
        return vec![cell.to_string()];
    }
    let mut out = Vec::new();
    let before = cell[..cuts[0].0].trim();
    if !before.is_empty() {
        out.push(before.to_string());
    }
    for (k, &(start, end)) in cuts.iter().enumerate() {
        out.push(cell[start..end].trim().to_string());
        let next = cuts.get(k + 1).map_or(cell.len(), |c| c.0);
        let value = cell[end..next].trim();
        if !value.is_empty() {
            out.push(value.to_string());
        }
    }
    out
}

/// Where the colon after a label of `len` bytes ends (past a note in parentheses), if one does.
fn colon_after(text: &str, len: usize) -> Option<usize> {
    let mut rest = &text[len..];
    let mut end = len;
    if rest.starts_with(['（', '(']) {
        let close = rest.find(['）', ')'])?;
        let width = rest[close..].chars().next().map_or(1, char::len_utf8);
        end += close + width;
        rest = &text[end..];
    }
    let trimmed = rest.trim_start();
    end += rest.len() - trimmed.len();
    let colon = trimmed.chars().next().filter(|c| matches!(c, ':' | '：'))?;
    Some(end + colon.len_utf8())
}

/// One filled cell of a row, with its column, after label/value pairs were split.
pub(super) struct Item {
    pub column: usize,
    pub text: String,
    pub field: Option<Field>,
}

pub(super) fn items(row: &Row) -> Vec<Item> {
    row.filled()
        .flat_map(|(column, cell)| {
            split_pairs(cell).into_iter().map(move |text| Item {
                column,
                field: field(&text),
                text,
            })
        })
        .collect()
}

/// A row that starts a form: its 项目名称 row (the Hebei form starts with 项目编码).
/// A row that starts a form: its 项目名称 row (the Hebei form starts with 项目编码), with the name
/// it gives (empty when the cell is).
pub(super) fn form_name(row: &Row) -> Option<String> {
    let items = items(row);
    items.first().filter(|i| i.field == Some(Field::Name))?;
    let name: Vec<&str> = items
        .iter()
        .skip(1)
        .take_while(|i| i.field.is_none())
        .map(|i| i.text.as_str())
        .collect();
    Some(name.join(" "))
}

/// `（2024年度）` alone on a row under the title.
pub(super) fn title_year(row: &Row) -> Option<String> {
    let mut filled = row.filled();
    let (_, cell) = filled.next()?;
    if filled.next().is_some() {
        return None;
    }
    let inner = label(cell);
    let inner = inner
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    let digits = inner
        .strip_suffix("年度")
        .or_else(|| inner.strip_suffix('年'))?;
    (digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit())).then(|| label(cell))
}

/// 项目属性 as written, with its boxes: the checked option (`□新增 ☑延续` → `延续`), the option
/// itself, nothing when no box is checked, else the text as written.
fn attribute(text: &str) -> Option<String> {
    const CHECKED: &[char] = &['☑', '√', '✓', '✔', '■', '☒', '▣'];
    const UNCHECKED: &[char] = &['□', '☐'];
    const OPTIONS: &[&str] = &["新增", "延续"];
    let plain = label(text).replace("项目", "");
    if let Some(option) = OPTIONS.iter().find(|o| plain == **o) {
        return Some(option.to_string());
    }
    let marks = plain.contains(CHECKED) || plain.contains(UNCHECKED);
    if !marks {
        return Some(text.to_string());
    }
    let chars: Vec<char> = plain.chars().collect();
    let mut chosen: Vec<&str> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if !CHECKED.contains(c) {
            continue;
        }
        let after: String = chars[i + 1..].iter().collect();
        let before: String = chars[..i].iter().collect();
        let option = OPTIONS
            .iter()
            .find(|o| after.starts_with(**o))
            .or_else(|| OPTIONS.iter().find(|o| before.ends_with(**o)));
        chosen.extend(option.copied());
    }
    match chosen[..] {
        [one] => Some(one.to_string()),
        [] if !plain.contains(CHECKED) => None,
        _ => Some(text.to_string()),
    }
}

/// Which column holds what in a form's indicator table.
#[derive(Debug, Default, Clone)]
pub(super) struct FormColumns {
    level1: Option<usize>,
    level2: Option<usize>,
    /// (三级指标, 指标值, what the value is) pairs, left to right.
    pairs: Vec<(usize, Option<usize>, Term)>,
    remark: Option<usize>,
    /// 指标解释.
    description: Option<usize>,
    /// The table's kind (长期绩效指标 above it), for a value column without a note.
    term: Option<Term>,
    /// Columns of the header that no field takes (分值, 计量单位 …): their cells are reported.
    unread: Vec<(usize, String)>,
}

impl FormColumns {
    pub(super) fn from_header(items: &[Item], term: Option<Term>) -> FormColumns {
        let mut columns = FormColumns {
            term,
            ..FormColumns::default()
        };
        let mut names: Vec<usize> = Vec::new();
        let mut values: Vec<(usize, Option<Term>)> = Vec::new();
        for item in items {
            let term_of = |t: &str| {
                if t.contains("中期") {
                    Some(Term::Mid)
                } else if t.contains("长期") {
                    Some(Term::Long)
                } else if t.contains("年度") {
                    Some(Term::Annual)
                } else {
                    None
                }
            };
            let base = normalized(&item.text);
            match base.as_str() {
                "一级指标" => columns.level1 = Some(item.column),
                "二级指标" => columns.level2 = Some(item.column),
                "三级指标" | "指标内容" | "指标名称" => names.push(item.column),
                "指标值" | "目标值" => values.push((item.column, term_of(&note(&item.text)))),
                "中期指标值" | "中期目标值" => {
                    values.push((item.column, Some(Term::Mid)))
                }
                "长期指标值" | "长期目标值" => {
                    values.push((item.column, Some(Term::Long)))
                }
                "年度指标值" | "年度目标值" => {
                    values.push((item.column, Some(Term::Annual)))
                }
                "备注" => columns.remark = Some(item.column),
                "指标解释" | "指标说明" | "指标描述" | "绩效指标描述" => {
                    columns.description = Some(item.column)
                }
                // A label over the table (`绩效指标`, `长期绩效指标`) holds no cells below.
                _ if item.field.is_some() => {}
                _ => columns.unread.push((item.column, item.text.clone())),
            }
        }
        let side_by_side = names.len() > 1;
        for (k, &name) in names.iter().enumerate() {
            let next_name = names.get(k + 1).copied().unwrap_or(usize::MAX);
            let value = values.iter().find(|(c, _)| *c > name && *c < next_name);
            let default = match (side_by_side, k, term) {
                (true, 0, _) => Term::Mid,
                (true, _, _) => Term::Annual,
                (false, _, Some(t)) => t,
                (false, _, None) => Term::Annual,
            };
            let kind = value.and_then(|(_, t)| *t).unwrap_or(default);
            columns.pairs.push((name, value.map(|(c, _)| *c), kind));
        }
        columns
    }
}

/// The header row of an indicator table.
pub(super) fn is_indicator_header(items: &[Item]) -> bool {
    items.iter().any(|i| {
        matches!(
            normalized(&i.text).as_str(),
            "一级指标" | "三级指标" | "指标内容"
        )
    })
}

impl Reader {
    /// A row of a form's table; `project` is the form's, the last one.
    pub(super) fn form_row(&mut self, row: &Row) {
        let items = items(row);
        if is_indicator_header(&items) {
            let term = match &self.state {
                State::FormIndicators(c) => c.term,
                State::FormTable(t) => Some(*t),
                _ => None,
            };
            let term = items
                .iter()
                .find_map(|i| match i.field {
                    Some(Field::IndicatorTable(t)) => Some(t),
                    _ => None,
                })
                .or(term);
            let columns = FormColumns::from_header(&items, term);
            if columns.pairs.len() > 1 {
                self.document.national = true;
            }
            if columns.pairs.is_empty() {
                self.unplaced(row, "indicator header without a 三级指标 column");
            }
            self.state = State::FormIndicators(columns);
            return;
        }
        let labelled = items.iter().any(|i| {
            i.field
                .is_some_and(|f| !matches!(f, Field::Group | Field::MoneyUnit))
        });
        let first_labelled = items.first().and_then(|i| i.field).is_some();
        // A row of the indicator table or of the goal columns may repeat a merged group label
        // (`绩效指标`) in its first cell, as converters that fill merged cells write it.
        if !labelled {
            match self.state.clone() {
                State::FormIndicators(columns) => return self.form_indicator(row, &columns),
                State::FormGoals(goals) => {
                    for (column, field) in goals {
                        let text: String = items
                            .iter()
                            .filter(|i| i.column == column)
                            .map(|i| i.text.as_str())
                            .collect();
                        self.form_text(field, &text);
                    }
                    return;
                }
                State::FormPlan => {
                    let texts: Vec<&str> = items.iter().map(|i| i.text.as_str()).collect();
                    if let Err(why) = self.plan_row(&texts) {
                        self.unplaced(row, why);
                    }
                    return;
                }
                State::FormText(field)
                    if !first_labelled && (row.cell(0).is_empty() || items.len() == 1) =>
                {
                    let text: String = items.iter().map(|i| i.text.as_str()).collect();
                    return self.form_text(field, &text);
                }
                _ => {}
            }
        }
        // Goal columns: a row of goal labels without values (`中期目标 | 年度目标`).
        let goal_labels: Vec<(usize, Field)> = items
            .iter()
            .filter_map(|i| match i.field {
                Some(f @ (Field::TermGoal(_) | Field::AnnualGoal)) => Some((i.column, f)),
                _ => None,
            })
            .collect();
        let unlabelled = items.iter().filter(|i| i.field.is_none()).count();
        if goal_labels.len() > 1 && unlabelled == 0 {
            if goal_labels
                .iter()
                .any(|(_, f)| *f == Field::TermGoal(Keyword::MidTerm))
            {
                self.document.national = true;
            }
            self.state = State::FormGoals(goal_labels);
            return;
        }
        self.form_pairs(row, &items);
    }

    /// Label/value pairs: each label takes the cells up to the next label.
    fn form_pairs(&mut self, row: &Row, items: &[Item]) {
        self.state = State::Outside;
        let mut leftover: Vec<String> = Vec::new();
        // How often each source was met in this row, of how often it stands in it.
        let mut seen: Vec<(Field, usize)> = Vec::new();
        let count = |f: Field| items.iter().filter(|i| i.field == Some(f)).count();
        let mut i = 0;
        while i < items.len() {
            let Some(field) = items[i].field else {
                leftover.push(items[i].text.clone());
                i += 1;
                continue;
            };
            let end = (i + 1..items.len())
                .find(|&j| items[j].field.is_some())
                .unwrap_or(items.len());
            let values: Vec<&str> = items[i + 1..end].iter().map(|v| v.text.as_str()).collect();
            let at = i;
            i = end;
            // A source written twice in a row: the 中期 one, then the 年度 one.
            let side = |seen: &mut usize, total: usize| {
                *seen += 1;
                (total > 1).then_some(*seen == 1)
            };
            let outcome = match field {
                Field::Source(_) => {
                    let index = match seen.iter().position(|(f, _)| *f == field) {
                        Some(index) => index,
                        None => {
                            seen.push((field, 0));
                            seen.len() - 1
                        }
                    };
                    let mid = side(&mut seen[index].1, count(field));
                    self.form_money(field, mid, &values)
                }
                Field::Review => self.form_review(&items[at].text, &values),
                _ => self.form_field(field, &values),
            };
            if let Err(why) = outcome {
                let note = Row {
                    place: row.place.clone(),
                    cells: std::iter::once(items[at].text.clone())
                        .chain(values.iter().map(|v| v.to_string()))
                        .collect(),
                };
                self.unplaced(&note, why);
            }
        }
        if !leftover.is_empty() {
            let note = Row {
                place: row.place.clone(),
                cells: leftover,
            };
            self.unplaced(&note, "row not understood");
        }
    }

    /// `主管部门审核意见：同意申报。`: the reviewer from the label, the opinion from the cells.
    fn form_review(&mut self, label: &str, values: &[&str]) -> Result<(), &'static str> {
        self.state = State::Outside;
        let name = normalized(label);
        let by = name.trim_end_matches("审核意见");
        let opinion = values.join(" ");
        if !opinion.is_empty() {
            let by = if by.is_empty() { "主管部门" } else { by };
            self.project().reviews.push((by.to_string(), opinion));
        }
        Ok(())
    }

    /// A row of the 项目实施进度计划 (its header row, 实施内容 | 开始时间 | 完成时间, says nothing).
    fn plan_row(&mut self, cells: &[&str]) -> Result<(), &'static str> {
        let header = cells
            .first()
            .is_some_and(|c| normalized(c).contains("实施内容"));
        match cells {
            [] => Ok(()),
            _ if header => Ok(()),
            [content, start, end] => {
                let row = (content.to_string(), start.to_string(), end.to_string());
                self.project().plan.push(row);
                Ok(())
            }
            [content, when] => {
                let row = (content.to_string(), when.to_string(), String::new());
                self.project().plan.push(row);
                Ok(())
            }
            _ => Err("plan row not understood"),
        }
    }

    fn form_field(&mut self, field: Field, values: &[&str]) -> Result<(), &'static str> {
        self.state = State::Outside;
        let joined = values.join(" ");
        match field {
            // Read with its label, in `form_pairs`.
            Field::Review => {}
            Field::Plan => {
                self.plan_row(values)?;
                self.state = State::FormPlan;
            }
            Field::Group => {
                if !values.is_empty() {
                    return Err("cells under a group label not understood");
                }
            }
            Field::Name => {
                if !joined.is_empty() {
                    self.project().name = joined;
                }
            }
            Field::Info(Keyword::Supervisor) => {
                // 主管部门及代码: the code may follow the name.
                let (name, code) = match values {
                    [.., last] if values.len() > 1 && is_code(last) => {
                        (values[..values.len() - 1].join(" "), Some(last.to_string()))
                    }
                    _ => match joined.rsplit_once(' ') {
                        Some((n, c)) if is_code(c) => (n.to_string(), Some(c.to_string())),
                        _ => (joined, None),
                    },
                };
                self.set_info(Keyword::Supervisor, name);
                if let Some(code) = code {
                    self.set_info(Keyword::SupervisorCode, code);
                }
            }
            Field::Info(Keyword::Attribute) => {
                if let Some(value) = attribute(&joined) {
                    self.set_info(Keyword::Attribute, value);
                }
            }
            Field::Info(keyword) => self.set_info(keyword, joined),
            Field::FunctionCode => self.project().function_code = joined,
            Field::FunctionName => self.project().function_name = joined,
            Field::Period => {
                if !joined.is_empty() {
                    self.project().period = Some(joined);
                }
            }
            Field::Prose(_) | Field::TermGoal(_) | Field::AnnualGoal => {
                if let Field::TermGoal(Keyword::MidTerm) = field {
                    self.document.national = true;
                }
                self.form_text(field, &values.concat());
                self.state = State::FormText(field);
            }
            Field::MidTotal | Field::YearTotal => {
                if field == Field::MidTotal {
                    self.document.national = true;
                }
                self.form_money(field, None, values)?;
            }
            Field::Source(_) => self.form_money(field, None, values)?,
            Field::MoneyUnit => match values {
                [] => {}
                [unit] if matches!(*unit, "元" | "千元" | "万元" | "亿元") => {
                    self.document.money_unit = Some(unit.to_string());
                }
                _ => return Err("not a money unit"),
            },
            Field::IndicatorTable(term) => {
                if !values.is_empty() {
                    return Err("cells beside the indicator table's title not understood");
                }
                if term == Term::Mid {
                    self.document.national = true;
                }
                self.state = State::FormTable(term);
            }
        }
        Ok(())
    }

    fn set_info(&mut self, keyword: Keyword, value: String) {
        if value.is_empty() {
            return;
        }
        let info = &mut self.project().info;
        match info.iter_mut().find(|(k, _)| *k == keyword) {
            Some((_, known)) => *known = value,
            None => info.push((keyword, value)),
        }
    }

    /// Text of a block, a goal or the annual goals, appended to what the label already has.
    fn form_text(&mut self, field: Field, text: &str) {
        if text.is_empty() {
            return;
        }
        let project = self.project();
        match field {
            Field::Prose(keyword) => match project.prose.iter_mut().find(|(k, _)| *k == keyword) {
                Some((_, known)) => known.push_str(text),
                None => project.prose.push((keyword, text.to_string())),
            },
            Field::TermGoal(keyword) => match &mut project.term_goal {
                Some((_, known)) => known.push_str(text),
                None => project.term_goal = Some((keyword, text.to_string())),
            },
            _ => project.goal_text.push_str(text),
        }
    }

    /// A total (中期资金总额, 年度资金总额) or a source; `mid` says which total a source belongs to
    /// when the row says (the 中期 and 年度 columns side by side), else the last total read.
    fn form_money(
        &mut self,
        field: Field,
        mid: Option<bool>,
        values: &[&str],
    ) -> Result<(), &'static str> {
        let amount = match values {
            [] => return Ok(()),
            [amount] if is_amount(amount) => amount.to_string(),
            _ => return Err("amount not understood"),
        };
        let project = self.project();
        let mid = mid.unwrap_or(project.money_mid);
        match field {
            Field::MidTotal => {
                project.mid_budget = Some(amount);
                project.money_mid = true;
            }
            Field::YearTotal => {
                project.budget = Some(amount);
                project.money_mid = false;
            }
            Field::Source(source) if mid => set_source(&mut project.mid_sources, source, amount),
            Field::Source(source) => set_source(&mut project.sources, source, amount),
            _ => {}
        }
        Ok(())
    }

    /// An indicator row: its (三级指标, 指标值) pairs merged into the rows already read by their
    /// (二级, 三级) name.
    pub(super) fn form_indicator(&mut self, row: &Row, columns: &FormColumns) {
        let cell = |c: Option<usize>| c.map_or(String::new(), |i| row.cell(i).to_string());
        let mut level1 = cell(columns.level1);
        let mut level2 = cell(columns.level2);
        if level1.is_empty() {
            level1 = self.carried.level1.clone();
        }
        if level2.is_empty() {
            level2 = self.carried.level2.clone();
        }
        let remark = cell(columns.remark);
        let description = cell(columns.description);
        let entries: Vec<(String, String, Term)> = columns
            .pairs
            .iter()
            .map(|&(name, value, term)| (row.cell(name).to_string(), cell(value), term))
            .filter(|(name, _, _)| !name.is_empty())
            .collect();
        if entries.is_empty() {
            self.unplaced(row, "indicator row without a name (a wrapped cell?)");
            return;
        }
        if !crate::syntax::keywords::is_bare_word(&level1)
            || !crate::syntax::keywords::is_bare_word(&level2)
        {
            self.unplaced(row, "indicator row without readable categories");
            return;
        }
        self.carried.level1 = level1.clone();
        self.carried.level2 = level2.clone();
        let unread: Vec<String> = columns
            .unread
            .iter()
            .filter(|(at, _)| !row.cell(*at).is_empty())
            .map(|(at, header)| format!("{header}：{}", row.cell(*at)))
            .collect();
        if !unread.is_empty() {
            let note = Row {
                place: row.place.clone(),
                cells: unread,
            };
            self.unplaced(
                &note,
                "cells in a column this form's table has no place for",
            );
        }
        let rows = self.indicator_rows();
        for (name, value, term) in entries {
            let found = rows.iter().position(|r| {
                r.level2 == level2
                    && r.name == name
                    && term_value(r, term).is_empty()
                    && !r.merged_from(term)
            });
            let at = match found {
                Some(at) => at,
                None => {
                    // After the rows of its categories, so that the merged table keeps them
                    // together.
                    let after = rows
                        .iter()
                        .rposition(|r| r.level1 == level1 && r.level2 == level2)
                        .or_else(|| rows.iter().rposition(|r| r.level1 == level1))
                        .map_or(rows.len(), |at| at + 1);
                    let new = IndicatorRow {
                        level1: level1.clone(),
                        level2: level2.clone(),
                        name,
                        ..IndicatorRow::default()
                    };
                    rows.insert(after, new);
                    after
                }
            };
            let target = &mut rows[at];
            target.terms.push(term);
            if target.description.is_empty() {
                target.description.clone_from(&description);
            }
            *term_value_mut(target, term) = value;
            if !remark.is_empty() && !target.remark.split('；').any(|r| r == remark) {
                if !target.remark.is_empty() {
                    target.remark.push('；');
                }
                target.remark.push_str(&remark);
            }
        }
    }

    /// Starts a form's project (at its title, or at a 项目名称 row with none open).
    pub(super) fn start_form(&mut self, heading: String) {
        self.start_table(heading);
        self.project().form = true;
    }

    /// After the rows: the annual goals split at their numbers.
    pub(super) fn finish_forms(&mut self) {
        for project in &mut self.document.projects {
            if !project.goal_text.is_empty() {
                let text = std::mem::take(&mut project.goal_text);
                project.goals.extend(numbered(&text));
            }
        }
    }
}

fn term_value(row: &IndicatorRow, term: Term) -> &str {
    match term {
        Term::Annual => &row.value,
        Term::Mid => &row.mid_term,
        Term::Long => &row.long_term,
    }
}

fn term_value_mut(row: &mut IndicatorRow, term: Term) -> &mut String {
    match term {
        Term::Annual => &mut row.value,
        Term::Mid => &mut row.mid_term,
        Term::Long => &mut row.long_term,
    }
}

impl IndicatorRow {
    /// The row already took this term's column (an empty value counts).
    fn merged_from(&self, term: Term) -> bool {
        self.terms.contains(&term)
    }
}

/// A code cell: digits only (`305`, `126001`).
fn is_code(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_without_notes_and_colons() {
        assert_eq!(
            field("填报单位（盖章）："),
            Some(Field::Info(Keyword::FilingUnit))
        );
        assert_eq!(field("项目资金（万元）"), Some(Field::Group));
        assert_eq!(
            field("其中：财政拨款"),
            Some(Field::Source(Keyword::Fiscal))
        );
        assert_eq!(
            field("其中：上级财政资金"),
            Some(Field::Source(Keyword::HigherFiscal))
        );
        assert_eq!(
            field("中期目标（2024年－2026年）"),
            Some(Field::TermGoal(Keyword::MidTerm))
        );
        assert_eq!(field("县交通运输局"), None);
    }

    #[test]
    fn pairs_split_at_labels_with_colons() {
        assert_eq!(
            split_pairs("填报单位（盖章）：县交通运输局单位：万元"),
            ["填报单位（盖章）：", "县交通运输局", "单位：", "万元"]
        );
        assert_eq!(split_pairs("项目名称: 县道养护"), ["项目名称:", "县道养护"]);
        assert_eq!(split_pairs("主管部门"), ["主管部门"]);
        assert_eq!(split_pairs("提升单位形象"), ["提升单位形象"]);
    }

    #[test]
    fn the_checked_attribute_is_kept() {
        assert_eq!(attribute("新增项目 □ 延续项目 ☑").as_deref(), Some("延续"));
        assert_eq!(attribute("☑新增 □延续").as_deref(), Some("新增"));
        assert_eq!(attribute("√新增项目 □延续项目").as_deref(), Some("新增"));
        assert_eq!(attribute("□新增 □延续"), None);
        assert_eq!(attribute("延续项目").as_deref(), Some("延续"));
        assert_eq!(attribute("经常性").as_deref(), Some("经常性"));
    }
}
