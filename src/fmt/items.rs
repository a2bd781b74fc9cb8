//! Top-level items and the statements inside them, except the aligned tables (`table.rs`).

use super::layout::{Spacing, Stmt, Writer};
use super::table;
use crate::source::{Span, Spanned};
use crate::syntax::ast::*;
use crate::syntax::keywords::{EVALUATION_FUNDS, Keyword};

pub(super) fn file(w: &mut Writer, file: &File) {
    let mut previous_is_block = false;
    for (i, item) in file.items.iter().enumerate() {
        let is_block = matches!(
            item,
            Item::Document(_)
                | Item::DepartmentGoals(_)
                | Item::Project(_)
                | Item::SelfEvaluation(_)
                | Item::Monitoring(_)
                | Item::Library(_)
        );
        // Blocks stand apart; runs of one-line items (units, includes) keep the source's grouping.
        let spacing = if i > 0 && (is_block || previous_is_block) {
            Spacing::Always
        } else {
            Spacing::Keep
        };
        previous_is_block = is_block;
        w.begin_item(item.span().start());
        match item {
            Item::Include(include) => {
                let mut stmt = w.stmt(include.span.start(), Keyword::Include);
                stmt.space().text(w.source, &include.path);
                w.emit(stmt, spacing);
            }
            Item::Document(document) => document_header(w, document, spacing),
            Item::DepartmentGoals(goals) => department_goals(w, goals, spacing),
            Item::Unit(unit) => {
                let mut stmt = w.stmt(unit.span.start(), Keyword::Unit);
                stmt.word(w.slice(unit.code.span))
                    .space()
                    .text(w.source, &unit.name);
                w.emit(stmt, spacing);
            }
            Item::Project(project) => project_block(w, project, spacing),
            Item::SelfEvaluation(record) => self_evaluation(w, record, spacing),
            Item::Monitoring(record) => monitoring(w, record, spacing),
            Item::Library(library) => library_block(w, library, spacing),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Statements shared by several blocks

/// `关键字 值` where the value is a single token written as it stands.
fn token_field(w: &mut Writer, kw: Keyword, token: Span) {
    let mut stmt = w.stmt(w.statement_start(token.start()), kw);
    stmt.word(w.slice(token));
    w.emit(stmt, Spacing::Keep);
}

/// A keyword alone on its line.
fn flag_field(w: &mut Writer, kw: Keyword, at: Span) {
    let stmt = w.stmt(at.start(), kw);
    w.emit(stmt, Spacing::Keep);
}

/// `关键字 "文本"`, the text possibly continued on further lines.
fn text_field(w: &mut Writer, kw: Keyword, text: &Text) {
    let mut stmt = w.stmt(w.statement_start(text.span.start()), kw);
    stmt.space().text(w.source, text);
    w.emit(stmt, Spacing::Keep);
}

/// `确认 E0401 "理由"`.
pub(super) fn acknowledgement(w: &Writer, ack: &Acknowledge) -> Stmt {
    let mut stmt = w.stmt(ack.span.start(), Keyword::Acknowledge);
    stmt.word(w.slice(ack.code.span))
        .space()
        .text(w.source, &ack.reason);
    stmt
}

fn word_list(w: &mut Writer, kw: Keyword, words: &[Spanned<String>]) {
    let Some(first) = words.first() else { return };
    let mut stmt = w.stmt(w.statement_start(first.span.start()), kw);
    for word in words {
        stmt.word(w.slice(word.span));
    }
    w.emit(stmt, Spacing::Keep);
}

// ---------------------------------------------------------------------------------------------
// Document header and Part 1

fn document_header(w: &mut Writer, document: &DocumentHeader, spacing: Spacing) {
    let mut head = w.stmt(document.span.start(), Keyword::Document);
    head.space().text(w.source, &document.title);
    w.block(head, spacing, document.span, |w| {
        for field in &document.fields {
            document_field(w, field);
        }
    });
}

fn document_field(w: &mut Writer, field: &DocumentField) {
    match field {
        DocumentField::Year(year) => token_field(w, Keyword::Year, year.span),
        DocumentField::Department(text) => text_field(w, Keyword::Department, text),
        DocumentField::PreparedBy(text) => text_field(w, Keyword::PreparedBy, text),
        DocumentField::ReviewedBy(text) => text_field(w, Keyword::ReviewedBy, text),
        DocumentField::AllowInclude(text) => text_field(w, Keyword::AllowInclude, text),
        DocumentField::Previous(previous) => {
            let mut stmt = w.stmt(previous.span.start(), Keyword::Previous);
            if previous.revision.is_some() {
                stmt.word(w.kw(Keyword::Revision));
            }
            stmt.space().text(w.source, &previous.name);
            w.emit(stmt, Spacing::Keep);
        }
        DocumentField::Status(word) => token_field(w, Keyword::Status, word.span),
        DocumentField::MoneyUnit(word) => token_field(w, Keyword::MoneyUnit, word.span),
        DocumentField::Framework(word) => token_field(w, Keyword::Framework, word.span),
        DocumentField::Form(word) => token_field(w, Keyword::Form, word.span),
        DocumentField::Rules(rules) => {
            let entries = rules
                .node
                .iter()
                .map(|s| {
                    let entry = format!("{} {}", w.slice(s.code.span), w.slice(s.level.span));
                    (s.code.span.start(), entry)
                })
                .collect();
            let stmt = w.stmt(rules.span.start(), Keyword::Rules);
            w.short_block(stmt, rules.span, entries);
        }
        DocumentField::Acknowledge(ack) => {
            let stmt = acknowledgement(w, ack);
            w.emit(stmt, Spacing::Keep);
        }
        DocumentField::Scoring(scoring) => {
            let entries = scoring
                .node
                .iter()
                .map(|s| {
                    let entry = format!("{} {}", w.slice(s.key.span), w.slice(s.value.span));
                    (s.key.span.start(), entry)
                })
                .collect();
            let stmt = w.stmt(scoring.span.start(), Keyword::Scoring);
            w.short_block(stmt, scoring.span, entries);
        }
        DocumentField::ExtraUnits(words) => word_list(w, Keyword::ExtraUnits, words),
        DocumentField::ExtraLevels(words) => word_list(w, Keyword::ExtraLevels, words),
    }
}

fn department_goals(w: &mut Writer, goals: &DepartmentGoals, spacing: Spacing) {
    let head = w.stmt(goals.span.start(), Keyword::DepartmentGoals);
    w.block(head, spacing, goals.span, |w| {
        for entry in &goals.entries {
            match entry {
                GoalsEntry::Overall(text) => text_field(w, Keyword::Overall, text),
                GoalsEntry::SubGoal(sub) => sub_goal(w, sub),
                GoalsEntry::Measure(measure) => {
                    let mut stmt = w.stmt(measure.span.start(), Keyword::Measure);
                    stmt.space()
                        .text(w.source, &measure.title)
                        .space()
                        .text(w.source, &measure.body);
                    w.emit(stmt, Spacing::Keep);
                }
                GoalsEntry::Code(code) => token_field(w, Keyword::DeptCode, code.span),
                GoalsEntry::Functions(text) => text_field(w, Keyword::Functions, text),
                GoalsEntry::Budget(budget) => money_block(
                    w,
                    Keyword::Budget,
                    (&budget.total, budget.span),
                    &[
                        (Keyword::Basic, budget.basic.as_ref()),
                        (Keyword::ProjectSpending, budget.projects.as_ref()),
                    ],
                ),
                GoalsEntry::Duty(duty) => duty_line(w, duty),
                GoalsEntry::Indicators(group) => table::indicator_group(w, group),
            }
        }
    });
}

fn sub_goal(w: &mut Writer, sub: &SubGoal) {
    let mut head = w.stmt(sub.span.start(), Keyword::SubGoal);
    head.space().text(w.source, &sub.title);
    // In source order, so that comments stay beside the line they were written on.
    let mut fields: Vec<(Keyword, &Text)> = [
        (Keyword::Goal, &sub.goal),
        (Keyword::Indicators, &sub.indicators),
    ]
    .into_iter()
    .filter_map(|(kw, text)| Some((kw, text.as_ref()?)))
    .collect();
    fields.sort_by_key(|(_, text)| text.span.start());
    w.block(head, Spacing::Keep, sub.span, |w| {
        for (kw, text) in fields {
            text_field(w, kw, text);
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Self-evaluation

fn self_evaluation(w: &mut Writer, record: &SelfEvaluation, spacing: Spacing) {
    let mut head = w.stmt(record.span.start(), Keyword::SelfEvaluation);
    let project = w.slice(record.project.span);
    head.word(project);
    let mut lines: Vec<(usize, Stmt)> = Vec::new();
    if let Some(funds) = &record.funds {
        lines.push((funds.span.start(), Stmt::new(funds.span.start())));
    }
    if let Some(rate) = &record.stated_rate {
        let start = w.statement_start(rate.span.start());
        let mut stmt = w.stmt(start, Keyword::ExecutionRate);
        stmt.word(&format!("{}%", w.slice(rate.span)));
        lines.push((start, stmt));
    }
    lines.extend(record.achieved.as_ref().map(|text| achieved_line(w, text)));
    let name_width = names_width(w, record.rows.iter().map(|r| &r.name));
    for row in &record.rows {
        lines.push((row.span.start(), evaluation_row(w, row, name_width)));
    }
    let funds = record.funds.as_ref();
    record_block(
        w,
        (head, spacing, record.span),
        lines,
        |w, start| match funds {
            Some(funds) if start == funds.span.start() => {
                evaluation_funds(w, funds);
                true
            }
            _ => false,
        },
    );
}

/// `完成情况 "…"` with where it starts.
fn achieved_line(w: &Writer, text: &Text) -> (usize, Stmt) {
    let start = w.statement_start(text.span.start());
    let mut stmt = w.stmt(start, Keyword::Achieved);
    stmt.space().text(w.source, text);
    (start, stmt)
}

/// The width of the widest row name: the rows' fields start in one column, as a table's.
fn names_width<'t>(w: &Writer, names: impl Iterator<Item = &'t Text>) -> usize {
    names
        .map(|name| Stmt::new(0).text(w.source, name).current_width())
        .max()
        .unwrap_or(0)
}

/// A record's block: its lines in source order, so that comments stay beside the line they were
/// written on; `funds` writes the line starting where it is given, when that is its `资金` block,
/// and says whether it did.
fn record_block(
    w: &mut Writer,
    (head, spacing, span): (Stmt, Spacing, Span),
    mut lines: Vec<(usize, Stmt)>,
    funds: impl Fn(&mut Writer, usize) -> bool,
) {
    lines.sort_by_key(|(start, _)| *start);
    w.block(head, spacing, span, |w| {
        for (_, stmt) in lines {
            if !funds(w, stmt.start()) {
                w.emit(stmt, Spacing::Keep);
            }
        }
    });
}

/// `资金 { 年初预算数 15  全年预算数 15  全年执行数 14.62 }`, with `偏差 "…"` on a line of its own.
fn evaluation_funds(w: &mut Writer, funds: &EvaluationFunds) {
    let stmt = w.stmt(funds.span.start(), Keyword::Funds);
    let amounts = execution_amounts(w, &funds.total);
    if funds.deviation.is_none() && funds.sources.is_empty() {
        return w.short_block(stmt, funds.span, amounts);
    }
    w.block(stmt, Spacing::Keep, funds.span, |w| {
        if let Some(&(start, _)) = amounts.first() {
            let inside: Vec<String> = amounts.into_iter().map(|(_, entry)| entry).collect();
            let mut line = Stmt::new(start);
            line.push(&inside.join("  "));
            w.emit(line, Spacing::Keep);
        }
        for source in &funds.sources {
            let stmt = w.stmt(source.span.start(), source.source.node);
            let entries = execution_amounts(w, &source.amounts);
            w.short_block(stmt, source.span, entries);
        }
        if let Some(deviation) = &funds.deviation {
            text_field(w, Keyword::Deviation, deviation);
        }
    });
}

/// `年初预算数 15.00`, `全年预算数 …`, `全年执行数 …` in source order, with their offsets.
fn execution_amounts(w: &Writer, amounts: &ExecutionAmounts) -> Vec<(usize, String)> {
    let mut entries: Vec<(usize, String)> = EVALUATION_FUNDS
        .iter()
        .filter_map(|&kw| {
            let money = amounts.get(kw)?;
            Some((
                money.span.start(),
                format!("{} {}", w.kw(kw), w.money(money)),
            ))
        })
        .collect();
    entries.sort_by_key(|(start, _)| *start);
    entries
}

/// `"三级指标" 实际 …  分值 …  得分 …`, a field the source put on a later line (`偏差 "…"`)
/// kept on a line of its own.
fn evaluation_row(w: &Writer, row: &EvaluationRow, name_width: usize) -> Stmt {
    let mut stmt = Stmt::new(row.span.start());
    stmt.text(w.source, &row.name).pad_to(name_width);
    let mut fields: Vec<(usize, Keyword, FieldValue)> = Vec::new();
    if let Some(actual) = &row.actual {
        fields.push((
            actual.span.start(),
            Keyword::Actual,
            FieldValue::Word(&actual.raw),
        ));
    }
    for (kw, number) in [(Keyword::Weight, &row.weight), (Keyword::Score, &row.score)] {
        if let Some(number) = number {
            fields.push((
                number.span.start(),
                kw,
                FieldValue::Word(w.slice(number.span)),
            ));
        }
    }
    if let Some(text) = &row.deviation {
        fields.push((
            text.span.start(),
            Keyword::Deviation,
            FieldValue::Text(text),
        ));
    }
    row_fields(w, &mut stmt, row.span.start(), fields);
    stmt
}

/// What follows a record row's keyword.
enum FieldValue<'t> {
    Word(&'t str),
    Text(&'t Text),
    Cause(&'t Cause),
}

/// A record row's fields in source order, each on the line the source put it on.
fn row_fields(
    w: &Writer,
    stmt: &mut Stmt,
    row_start: usize,
    mut fields: Vec<(usize, Keyword, FieldValue)>,
) {
    fields.sort_by_key(|(start, _, _)| *start);
    let mut line_start = row_start;
    for (start, kw, value) in fields {
        if w.source[line_start..start].contains('\n') {
            line_start = w.statement_start(start);
            stmt.break_line(line_start).push(w.kw(kw));
        } else {
            stmt.push("  ").push(w.kw(kw));
        }
        match value {
            FieldValue::Word(value) => stmt.word(value),
            FieldValue::Text(text) => stmt.space().text(w.source, text),
            FieldValue::Cause(cause) => cause_after_keyword(w, stmt, cause),
        };
    }
}

/// `经费保障、人员保障 "分析"` after `偏差`.
fn cause_after_keyword<'s>(w: &Writer, stmt: &'s mut Stmt, cause: &Cause) -> &'s mut Stmt {
    if !cause.kinds.is_empty() {
        let kinds: Vec<&str> = cause.kinds.iter().map(|k| w.slice(k.span)).collect();
        stmt.word(&kinds.join("、"));
    }
    if let Some(analysis) = &cause.analysis {
        stmt.space().text(w.source, analysis);
    }
    stmt
}

// ---------------------------------------------------------------------------------------------
// Monitoring

fn monitoring(w: &mut Writer, record: &Monitoring, spacing: Spacing) {
    let mut head = w.stmt(record.span.start(), Keyword::Monitoring);
    head.word(w.slice(record.project.span))
        .word(w.kw(Keyword::AsOf))
        .word(w.slice(record.as_of.span));
    let mut lines: Vec<(usize, Stmt)> = Vec::new();
    if let Some(funds) = &record.funds {
        lines.push((funds.span.start(), Stmt::new(funds.span.start())));
    }
    lines.extend(record.achieved.as_ref().map(|text| achieved_line(w, text)));
    let name_width = names_width(w, record.rows.iter().map(|r| &r.name));
    for row in &record.rows {
        lines.push((row.span.start(), monitoring_row(w, row, name_width)));
    }
    let funds = record.funds.as_ref();
    record_block(
        w,
        (head, spacing, record.span),
        lines,
        |w, start| match funds {
            Some(funds) if start == funds.span.start() => {
                monitoring_funds(w, funds);
                true
            }
            _ => false,
        },
    );
}

/// `资金 { 全年预算数 15  执行数 4.5  预计执行数 15 }`, with `偏差 …` and `纠偏 "…"` on lines
/// of their own.
fn monitoring_funds(w: &mut Writer, funds: &MonitoringFunds) {
    let stmt = w.stmt(funds.span.start(), Keyword::Funds);
    let mut amounts: Vec<(usize, String)> = [
        (Keyword::FullYearBudget, &funds.full_year),
        (Keyword::ExecutedToDate, &funds.executed),
        (Keyword::ForecastExecuted, &funds.forecast),
    ]
    .into_iter()
    .filter_map(|(kw, money)| {
        let money = money.as_ref()?;
        Some((
            money.span.start(),
            format!("{} {}", w.kw(kw), w.money(money)),
        ))
    })
    .collect();
    amounts.sort_by_key(|(start, _)| *start);
    if funds.cause.is_none() && funds.correction.is_none() {
        return w.short_block(stmt, funds.span, amounts);
    }
    w.block(stmt, Spacing::Keep, funds.span, |w| {
        if let Some(&(start, _)) = amounts.first() {
            let inside: Vec<String> = amounts.into_iter().map(|(_, entry)| entry).collect();
            let mut line = Stmt::new(start);
            line.push(&inside.join("  "));
            w.emit(line, Spacing::Keep);
        }
        if let Some(cause) = &funds.cause {
            let mut line = w.stmt(cause.span.start(), Keyword::Deviation);
            cause_after_keyword(w, &mut line, cause);
            w.emit(line, Spacing::Keep);
        }
        if let Some(correction) = &funds.correction {
            text_field(w, Keyword::Correction, correction);
        }
    });
}

/// `"三级指标" 完成 …  预计 …  可能性 …`, a field the source put on a later line kept there.
fn monitoring_row(w: &Writer, row: &MonitoringRow, name_width: usize) -> Stmt {
    let mut stmt = Stmt::new(row.span.start());
    stmt.text(w.source, &row.name).pad_to(name_width);
    let mut fields: Vec<(usize, Keyword, FieldValue)> = Vec::new();
    for (kw, value) in [
        (Keyword::Done, &row.done),
        (Keyword::Forecast, &row.forecast),
    ] {
        if let Some(value) = value {
            fields.push((value.span.start(), kw, FieldValue::Word(&value.raw)));
        }
    }
    if let Some(word) = &row.likelihood {
        fields.push((
            word.span.start(),
            Keyword::Likelihood,
            FieldValue::Word(&word.node),
        ));
    }
    if let Some(cause) = &row.cause {
        fields.push((
            cause.span.start(),
            Keyword::Deviation,
            FieldValue::Cause(cause),
        ));
    }
    if let Some(text) = &row.correction {
        fields.push((
            text.span.start(),
            Keyword::Correction,
            FieldValue::Text(text),
        ));
    }
    row_fields(w, &mut stmt, row.span.start(), fields);
    stmt
}

// ---------------------------------------------------------------------------------------------
// Projects

fn project_block(w: &mut Writer, project: &Project, spacing: Spacing) {
    let mut head = w.stmt(project.span.start(), Keyword::Project);
    if let Some(code) = &project.code {
        head.word(w.slice(code.span));
    }
    head.space().text(w.source, &project.name);
    w.block(head, spacing, project.span, |w| {
        for field in &project.fields {
            project_field(w, field);
        }
    });
}

fn project_field(w: &mut Writer, field: &ProjectField) {
    match field {
        ProjectField::Unit(code) => token_field(w, Keyword::Unit, code.span),
        ProjectField::Title(text) => text_field(w, Keyword::Title, text),
        ProjectField::Budget(budget) => budget_field(w, Keyword::Budget, budget),
        ProjectField::MidBudget(budget) => budget_field(w, Keyword::MidBudget, budget),
        ProjectField::Use(text) => text_field(w, Keyword::Use, text),
        ProjectField::Breakdown(breakdown) => table::breakdown(w, breakdown),
        ProjectField::Schedule(schedule) => schedule_field(w, schedule),
        ProjectField::Goal(text) => text_field(w, Keyword::Goal, text),
        ProjectField::TermGoal(kw, text) | ProjectField::Prose(kw, text) => {
            text_field(w, *kw, text)
        }
        ProjectField::Period(period) => {
            let mut stmt = w.stmt(period.span.start(), Keyword::Period);
            stmt.word(w.slice(period.value));
            w.emit(stmt, Spacing::Keep);
        }
        ProjectField::Info(kw, value) => token_field(w, *kw, value.span),
        ProjectField::Plan(rows) => plan_block(w, rows),
        ProjectField::Review(review) => review_line(w, review),
        ProjectField::Acknowledge(ack) => {
            let stmt = acknowledgement(w, ack);
            w.emit(stmt, Spacing::Keep);
        }
        ProjectField::Indicators(group) => table::indicator_group(w, group),
    }
}

/// `审核意见 "主管部门" "同意。" { 审核人 张某  审核日期 "…" }`; without those, the line alone.
fn review_line(w: &mut Writer, review: &Review) {
    let mut stmt = w.stmt(review.span.start(), Keyword::Review);
    stmt.space()
        .text(w.source, &review.by)
        .space()
        .text(w.source, &review.opinion);
    let mut fields: Vec<(usize, String)> = [
        (Keyword::Reviewer, &review.reviewer),
        (Keyword::ReviewDate, &review.date),
    ]
    .into_iter()
    .filter_map(|(kw, value)| {
        let value = value.as_ref()?;
        Some((
            value.span.start(),
            format!("{} {}", w.kw(kw), w.slice(value.span)),
        ))
    })
    .collect();
    fields.sort_by_key(|(start, _)| *start);
    if fields.is_empty() && !w.has_comment_inside(review.span) {
        w.emit(stmt, Spacing::Keep);
    } else {
        w.short_block(stmt, review.span, fields);
    }
}

/// `实施计划 { … }`, a row a line: the content, then the months (or words) as written.
fn plan_block(w: &mut Writer, rows: &Spanned<Vec<PlanRow>>) {
    let head = w.stmt(rows.span.start(), Keyword::Plan);
    w.block(head, Spacing::Keep, rows.span, |w| {
        for row in &rows.node {
            let mut stmt = Stmt::new(row.when.span.start());
            stmt.text(w.source, &row.content)
                .word(w.slice(row.when.value));
            w.emit(stmt, Spacing::Keep);
        }
    });
}

/// `履职目标 "职能" "任务" 420.00 { … }`, its projects one per line.
fn duty_line(w: &mut Writer, duty: &Duty) {
    let mut stmt = w.stmt(duty.span.start(), Keyword::Duty);
    stmt.space()
        .text(w.source, &duty.function)
        .space()
        .text(w.source, &duty.task)
        .word(&w.money(&duty.amount));
    let entries: Vec<(usize, String)> = duty
        .projects
        .iter()
        .map(|p| {
            let entry = format!("{} {}", w.kw(Keyword::Project), w.slice(p.span));
            (p.span.start(), entry)
        })
        .collect();
    match entries.len() {
        0 if !w.has_comment_inside(duty.span) => w.emit(stmt, Spacing::Keep),
        0 => w.short_block(stmt, duty.span, entries),
        _ => w.block(stmt, Spacing::Keep, duty.span, |w| {
            for project in &duty.projects {
                token_field(w, Keyword::Project, project.span);
            }
        }),
    }
}

/// `预算 15.00 { 财政资金 12.00  其他资金 3.00 }`; without sources, `预算 15.00`. (`中期资金`
/// alike.)
fn budget_field(w: &mut Writer, keyword: Keyword, budget: &Budget) {
    let parts: Vec<(Keyword, Option<&Money>)> =
        budget.sources.iter().map(|(k, m)| (*k, Some(m))).collect();
    money_block(w, keyword, (&budget.total, budget.span), &parts);
}

/// An amount and its parts in braces, in source order; without parts, the amount alone.
fn money_block(
    w: &mut Writer,
    keyword: Keyword,
    (total, span): (&Money, Span),
    parts: &[(Keyword, Option<&Money>)],
) {
    let mut stmt = w.stmt(span.start(), keyword);
    stmt.word(&w.money(total));
    let mut funds: Vec<(usize, String)> = parts
        .iter()
        .filter_map(|&(kw, money)| {
            let money = money?;
            Some((
                money.span.start(),
                format!("{} {}", w.kw(kw), w.money(money)),
            ))
        })
        .collect();
    funds.sort_by_key(|(start, _)| *start);
    if funds.is_empty() && !w.has_comment_inside(span) {
        w.emit(stmt, Spacing::Keep);
    } else {
        w.short_block(stmt, span, funds);
    }
}

/// `支出计划 { 10月底 30%  12月底 100% }`: months as written, `%` half-width.
fn schedule_field(w: &mut Writer, schedule: &Schedule) {
    let entries = schedule
        .entries
        .iter()
        .map(|e| {
            let entry = format!("{} {}%", w.slice(e.month.span), w.slice(e.percent.span));
            (e.span.start(), entry)
        })
        .collect();
    let stmt = w.stmt(schedule.span.start(), Keyword::Schedule);
    w.short_block(stmt, schedule.span, entries);
}

// ---------------------------------------------------------------------------------------------
// Indicator library

fn library_block(w: &mut Writer, library: &Library, spacing: Spacing) {
    let mut head = w.stmt(library.span.start(), Keyword::Library);
    head.space().text(w.source, &library.name);
    w.block(head, spacing, library.span, |w| {
        for template in &library.templates {
            template_block(w, template);
        }
    });
}

/// `模板 "名称" { … }`, a field a line in the order written.
fn template_block(w: &mut Writer, template: &Template) {
    let mut head = w.stmt(template.span.start(), Keyword::Template);
    head.space().text(w.source, &template.name);
    w.block(head, Spacing::Keep, template.span, |w| {
        for field in template_fields(template) {
            match field {
                TemplateField::Token(kw, span) => token_field(w, kw, span),
                TemplateField::Text(kw, text) => text_field(w, kw, text),
                TemplateField::Flag(kw, span) => flag_field(w, kw, span),
                TemplateField::Words(kw, words) => word_list(w, kw, words),
            }
        }
    });
}

enum TemplateField<'a> {
    Token(Keyword, Span),
    Text(Keyword, &'a Text),
    Flag(Keyword, Span),
    Words(Keyword, &'a [Spanned<String>]),
}

impl TemplateField<'_> {
    fn start(&self) -> usize {
        match self {
            TemplateField::Token(_, span) | TemplateField::Flag(_, span) => span.start(),
            TemplateField::Text(_, text) => text.span.start(),
            TemplateField::Words(_, words) => words.first().map_or(0, |w| w.span.start()),
        }
    }
}

/// A template's fields in source order.
fn template_fields(t: &Template) -> Vec<TemplateField<'_>> {
    let token = |kw, field: &Option<Spanned<String>>| {
        field.as_ref().map(|f| TemplateField::Token(kw, f.span))
    };
    let mut fields: Vec<TemplateField> = [
        token(Keyword::Category, &t.category),
        token(Keyword::Nature, &t.nature),
        token(Keyword::MeasureUnit, &t.measure_unit),
        t.description
            .as_ref()
            .map(|d| TemplateField::Text(Keyword::Description, d)),
        t.formula
            .as_ref()
            .map(|f| TemplateField::Text(Keyword::Formula, f)),
        t.reference
            .as_ref()
            .map(|r| TemplateField::Token(Keyword::Reference, r.span)),
        token(Keyword::Basis, &t.basis),
        t.core.map(|at| TemplateField::Flag(Keyword::Core, at)),
        t.applies_to
            .as_deref()
            .map(|kinds| TemplateField::Words(Keyword::AppliesTo, kinds)),
    ]
    .into_iter()
    .flatten()
    .collect();
    fields.sort_by_key(TemplateField::start);
    fields
}
