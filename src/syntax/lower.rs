//! Lowering: pest pairs → [`ast`] nodes with file spans.
//!
//! The pairs always have the shape the grammar promises; where this code relies on that, it
//! says so with [`presume`]. Anything a user can get wrong becomes a diagnostic instead.

use std::str::FromStr;
use std::sync::Arc;

use ecow::EcoString;
use pest::Parser as _;
use pest::iterators::{Pair, Pairs};
use rust_decimal::Decimal;
use smallvec::SmallVec;

use super::ast::*;
use super::keywords::Keyword;
use super::{PerfParser, Rule, errors};
use crate::diag::{Diagnostic, RuleId};
use crate::msg;
use crate::source::{FileId, Span, Spanned};

pub(super) struct Lowerer<'a> {
    file: FileId,
    /// The whole file's text.
    full: &'a str,
    /// Byte offset of the parsed text within the file (non-zero while recovering).
    base: usize,
    diagnostics: Vec<Diagnostic>,
}

/// Unwraps a child the grammar guarantees.
fn presume<T>(value: Option<T>, what: &str) -> T {
    value.unwrap_or_else(|| unreachable!("the grammar guarantees {what}"))
}

fn first_inner<'a>(pair: &Pair<'a, Rule>) -> Pair<'a, Rule> {
    presume(pair.clone().into_inner().next(), "an inner pair")
}

impl<'a> Lowerer<'a> {
    pub(super) fn new(file: FileId, full: &'a str) -> Self {
        Lowerer {
            file,
            full,
            base: 0,
            diagnostics: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub(super) fn finish(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    /// Lowers a parsed `file` rule whose text starts at byte `base` of the file.
    pub(super) fn file(&mut self, mut pairs: Pairs<Rule>, base: usize) -> Vec<Item> {
        self.base = base;
        let file = presume(pairs.next(), "a file pair");
        file.into_inner()
            .filter_map(|pair| match pair.as_rule() {
                Rule::include => Some(Item::Include(Include {
                    span: self.span(&pair),
                    path: self.text(&first_inner_of(&pair, Rule::string)),
                })),
                Rule::document => Some(Item::Document(self.document(pair))),
                Rule::department_goals => Some(Item::DepartmentGoals(self.department_goals(pair))),
                Rule::unit_decl => Some(Item::Unit(self.unit_decl(pair))),
                Rule::project => Some(Item::Project(Arc::new(self.project(pair)))),
                Rule::self_evaluation => {
                    Some(Item::SelfEvaluation(Box::new(self.self_evaluation(pair))))
                }
                Rule::monitoring => Some(Item::Monitoring(Box::new(self.monitoring(pair)))),
                Rule::library => Some(Item::Library(self.library(pair))),
                _ => None,
            })
            .collect()
    }

    fn span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, self.base + s.start(), self.base + s.end())
    }

    /// The pair's text as the tree holds it: a `String`, or an `EcoString` for short words.
    fn spanned_str<S: for<'s> From<&'s str>>(&self, pair: &Pair<Rule>) -> Spanned<S> {
        Spanned::new(S::from(pair.as_str()), self.span(pair))
    }

    /// Re-parses a line a block could not read, to report what was expected there.
    fn bad_line(&mut self, pair: &Pair<Rule>, alone: Rule) {
        let attempt = errors::Attempt {
            file: self.file,
            full: self.full,
            base: self.base + pair.as_span().start(),
            text: pair.as_str(),
            rule: alone,
        };
        let diagnostic = match PerfParser::parse(alone, pair.as_str()) {
            Err(error) => errors::syntax_error(&attempt, &error),
            Ok(_) => Diagnostic::new(
                RuleId::Syntax,
                self.span(pair),
                msg!("这一行不能出现在这里", "this line does not belong here"),
            ),
        };
        self.push(diagnostic);
    }

    fn set_once<T>(&mut self, slot: &mut Option<T>, value: T, span: Span, field: Keyword) {
        set_once(slot, value, span, field, &mut self.diagnostics);
    }

    /// A number, or E0006 when it does not fit a decimal exactly.
    fn read_decimal(&mut self, pair: &Pair<Rule>) -> Option<Decimal> {
        let read = Decimal::from_str_exact(pair.as_str()).ok();
        if read.is_none() {
            self.push(Diagnostic::new(
                RuleId::NumberRange,
                self.span(pair),
                msg!("数字无法精确表示", "number cannot be represented exactly"),
            ));
        }
        read
    }

    /// A number where one is needed to go on (the document is incomplete after E0006, so no
    /// output shows the zero).
    fn decimal(&mut self, pair: &Pair<Rule>) -> Decimal {
        self.read_decimal(pair).unwrap_or(Decimal::ZERO)
    }

    /// A target's number, `Unreadable` when it does not fit: the rules then leave the value
    /// alone instead of judging a zero that was never written.
    fn amount(&mut self, pair: &Pair<Rule>) -> Amount {
        let span = self.span(pair);
        match self.read_decimal(pair) {
            Some(number) => Amount::Number(Spanned::new(number, span)),
            None => Amount::Unreadable(span),
        }
    }

    fn spanned_decimal(&mut self, pair: &Pair<Rule>) -> Spanned<Decimal> {
        Spanned::new(self.decimal(pair), self.span(pair))
    }

    // -----------------------------------------------------------------------------------------
    // Text

    /// A `text` (or a lone `string`) pair.
    fn text(&mut self, pair: &Pair<Rule>) -> Text {
        let quoted: Vec<(usize, usize)> = if pair.as_rule() == Rule::string {
            vec![self.range(pair)]
        } else {
            pair.clone().into_inner().map(|s| self.range(&s)).collect()
        };
        for &(start, end) in &quoted {
            self.unknown_escapes(start + 1, end - 1);
        }
        text_of(self.file, self.full, &quoted, self.span(pair))
    }

    /// E0001 for each `\` in `full[start..end]` (a string's content) that starts no escape:
    /// silently dropping the backslash would change the text.
    fn unknown_escapes(&mut self, start: usize, end: usize) {
        let mut chars = self.full[start..end].char_indices();
        while let Some((i, c)) = chars.next() {
            if c != '\\' {
                continue;
            }
            let Some((j, next)) = chars.next() else {
                break;
            };
            if matches!(next, '"' | '\\' | 'n' | 't') {
                continue;
            }
            let escape = &self.full[start + i..start + j + next.len_utf8()];
            let diagnostic = Diagnostic::new(
                RuleId::Syntax,
                Span::new(self.file, start + i, start + j + next.len_utf8()),
                msg!("未知的转义 `{escape}`", "unknown escape `{escape}`"),
            )
            .with_help(msg!(
                "字符串中的反斜杠写作 `\\\\`；可用的转义为 `\\\"` `\\\\` `\\n` `\\t`",
                "write a backslash in a string as `\\\\`; the escapes are `\\\"` `\\\\` `\\n` `\\t`"
            ));
            self.push(diagnostic);
        }
    }

    /// A pair's byte range in the file.
    fn range(&self, pair: &Pair<Rule>) -> (usize, usize) {
        let s = pair.as_span();
        (self.base + s.start(), self.base + s.end())
    }

    /// A `word` or `string` token as plain text.
    fn word_or_string(&mut self, pair: &Pair<Rule>) -> Spanned<String> {
        match pair.as_rule() {
            Rule::string => Spanned::new(self.text(pair).value, self.span(pair)),
            _ => self.spanned_str(pair),
        }
    }

    // -----------------------------------------------------------------------------------------
    // Document header

    fn document(&mut self, pair: Pair<Rule>) -> DocumentHeader {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        inner.next(); // kw_document
        let title = self.text(&presume(inner.next(), "the document title"));
        let mut fields = Vec::new();
        for field in inner {
            let value = || presume(field.clone().into_inner().nth(1), "a field value");
            let lowered = match field.as_rule() {
                Rule::year => DocumentField::Year(self.spanned_decimal(&value())),
                Rule::department => DocumentField::Department(self.text(&value())),
                Rule::prepared_by => DocumentField::PreparedBy(self.text(&value())),
                Rule::reviewed_by => DocumentField::ReviewedBy(self.text(&value())),
                Rule::allow_include => DocumentField::AllowInclude(self.text(&value())),
                Rule::status => DocumentField::Status(self.spanned_str(&value())),
                Rule::money_unit_field => DocumentField::MoneyUnit(self.spanned_str(&value())),
                Rule::framework => DocumentField::Framework(self.spanned_str(&value())),
                Rule::rules => DocumentField::Rules(self.rule_settings(field.clone())),
                Rule::acknowledge => DocumentField::Acknowledge(self.acknowledge(field.clone())),
                Rule::extra_units => DocumentField::ExtraUnits(self.word_list(field.clone())),
                Rule::extra_levels => DocumentField::ExtraLevels(self.word_list(field.clone())),
                Rule::form => DocumentField::Form(self.word_or_string(&value())),
                Rule::scoring => DocumentField::Scoring(self.scoring(field.clone())),
                Rule::previous => DocumentField::Previous(self.previous(field.clone())),
                Rule::bad_line => {
                    self.bad_line(&field, Rule::document_line_alone);
                    continue;
                }
                _ => continue,
            };
            fields.push(lowered);
        }
        DocumentHeader {
            title,
            fields,
            span,
        }
    }

    fn rule_settings(&mut self, pair: Pair<Rule>) -> Spanned<Vec<RuleSetting>> {
        let span = self.span(&pair);
        let settings = pair
            .into_inner()
            .filter(|p| p.as_rule() == Rule::rule_setting)
            .map(|setting| {
                let mut parts = setting.into_inner();
                let code = self.spanned_str(&presume(parts.next(), "a rule code"));
                let level = self.spanned_str(&presume(parts.next(), "a rule level"));
                RuleSetting { code, level }
            })
            .collect();
        Spanned::new(settings, span)
    }

    fn scoring(&mut self, pair: Pair<Rule>) -> Spanned<Vec<ScoringSetting>> {
        let span = self.span(&pair);
        let settings = pair
            .into_inner()
            .filter(|p| p.as_rule() == Rule::scoring_setting)
            .map(|setting| {
                let mut parts = setting.into_inner();
                let key = self.spanned_str(&presume(parts.next(), "a scoring key"));
                let value = self.spanned_str(&presume(parts.next(), "a scoring value"));
                ScoringSetting { key, value }
            })
            .collect();
        Spanned::new(settings, span)
    }

    fn acknowledge(&mut self, pair: Pair<Rule>) -> Acknowledge {
        let span = self.span(&pair);
        let mut parts = pair.into_inner().skip(1);
        let code = self.spanned_str(&presume(parts.next(), "an acknowledged code"));
        let reason = self.text(&presume(parts.next(), "an acknowledgement reason"));
        Acknowledge { code, reason, span }
    }

    fn previous(&mut self, pair: Pair<Rule>) -> Previous {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1).peekable();
        let revision = inner
            .next_if(|p| p.as_rule() == Rule::kw_revision)
            .map(|k| self.span(&k));
        let name = self.text(&presume(inner.next(), "last year's document"));
        Previous {
            revision,
            name,
            span,
        }
    }

    fn word_list(&mut self, pair: Pair<Rule>) -> Vec<Spanned<String>> {
        pair.into_inner()
            .skip(1)
            .map(|p| self.word_or_string(&p))
            .collect()
    }

    // -----------------------------------------------------------------------------------------
    // Part 1

    fn department_goals(&mut self, pair: Pair<Rule>) -> DepartmentGoals {
        let span = self.span(&pair);
        let mut entries = Vec::new();
        for entry in pair.into_inner().skip(1) {
            match entry.as_rule() {
                Rule::overall => {
                    entries.push(GoalsEntry::Overall(self.text(&nth_inner(&entry, 1))));
                }
                Rule::sub_goal => entries.push(GoalsEntry::SubGoal(self.sub_goal(entry))),
                Rule::measure => entries.push(GoalsEntry::Measure(Measure {
                    span: self.span(&entry),
                    title: self.text(&nth_inner(&entry, 1)),
                    body: self.text(&nth_inner(&entry, 2)),
                })),
                Rule::dept_code => {
                    entries.push(GoalsEntry::Code(self.word_or_string(&nth_inner(&entry, 1))))
                }
                Rule::dept_budget => {
                    entries.push(GoalsEntry::Budget(Box::new(self.department_budget(entry))))
                }
                Rule::dept_functions => {
                    entries.push(GoalsEntry::Functions(self.text(&nth_inner(&entry, 1))))
                }
                Rule::duty => entries.push(GoalsEntry::Duty(self.duty(entry))),
                Rule::indicator_group => {
                    entries.push(GoalsEntry::Indicators(self.indicator_group(entry)))
                }
                Rule::bad_line => self.bad_line(&entry, Rule::department_goals_line_alone),
                _ => {}
            }
        }
        DepartmentGoals { entries, span }
    }

    fn department_budget(&mut self, pair: Pair<Rule>) -> DepartmentBudget {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let total = self.money(&presume(inner.next(), "the budget amount"));
        let mut budget = DepartmentBudget {
            total,
            basic: None,
            projects: None,
            span,
        };
        for fund in inner {
            let fund_span = self.span(&fund);
            let keyword = keyword_of(&fund);
            let money = self.money(&nth_inner(&fund, 1));
            let slot = match keyword {
                Keyword::Basic => &mut budget.basic,
                _ => &mut budget.projects,
            };
            set_once(slot, money, fund_span, keyword, &mut self.diagnostics);
        }
        budget
    }

    fn duty(&mut self, pair: Pair<Rule>) -> Duty {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let function = self.text(&presume(inner.next(), "a function"));
        let task = self.text(&presume(inner.next(), "a task"));
        let amount = self.money(&presume(inner.next(), "an amount"));
        let projects = inner
            .map(|project| self.word_or_string(&nth_inner(&project, 1)))
            .collect();
        Duty {
            function,
            task,
            amount,
            projects,
            span,
        }
    }

    fn sub_goal(&mut self, pair: Pair<Rule>) -> SubGoal {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let title = self.text(&presume(inner.next(), "a sub-goal title"));
        let mut sub = SubGoal {
            title,
            goal: None,
            indicators: None,
            span,
        };
        for line in inner {
            match line.as_rule() {
                Rule::goal => {
                    let text = self.text(&nth_inner(&line, 1));
                    self.set_once(&mut sub.goal, text, self.span(&line), Keyword::Goal);
                }
                Rule::indicators_text => {
                    let text = self.text(&nth_inner(&line, 1));
                    self.set_once(
                        &mut sub.indicators,
                        text,
                        self.span(&line),
                        Keyword::Indicators,
                    );
                }
                Rule::bad_line => self.bad_line(&line, Rule::sub_goal_line_alone),
                _ => {}
            }
        }
        sub
    }

    // -----------------------------------------------------------------------------------------
    // Units and projects

    fn unit_decl(&mut self, pair: Pair<Rule>) -> UnitDecl {
        UnitDecl {
            span: self.span(&pair),
            code: self.spanned_str(&nth_inner(&pair, 1)),
            name: self.text(&nth_inner(&pair, 2)),
        }
    }

    fn project(&mut self, pair: Pair<Rule>) -> Project {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1).peekable();
        let code = inner
            .next_if(|p| p.as_rule() == Rule::code)
            .map(|p| self.spanned_str(&p));
        let name = self.text(&presume(inner.next(), "a project name"));
        let mut fields = Vec::new();
        for field in inner {
            let lowered = match field.as_rule() {
                Rule::unit_ref => ProjectField::Unit(self.spanned_str(&nth_inner(&field, 1))),
                Rule::title => ProjectField::Title(self.text(&nth_inner(&field, 1))),
                Rule::budget => ProjectField::Budget(Box::new(self.budget(field))),
                Rule::mid_budget => ProjectField::MidBudget(Box::new(self.budget(field))),
                Rule::term_goal => {
                    ProjectField::TermGoal(keyword_of(&field), self.text(&nth_inner(&field, 1)))
                }
                Rule::period => ProjectField::Period(Box::new(self.period(field))),
                Rule::plan => ProjectField::Plan(self.plan(field)),
                Rule::review => ProjectField::Review(Box::new(self.review(field))),
                Rule::info => ProjectField::Info(
                    keyword_of(&field),
                    self.word_or_string(&nth_inner(&field, 1)),
                ),
                Rule::prose => {
                    ProjectField::Prose(keyword_of(&field), self.text(&nth_inner(&field, 1)))
                }
                Rule::use_text => ProjectField::Use(self.text(&nth_inner(&field, 1))),
                Rule::breakdown => ProjectField::Breakdown(Box::new(self.breakdown(field))),
                Rule::schedule => ProjectField::Schedule(self.schedule(field)),
                Rule::goal => ProjectField::Goal(self.text(&nth_inner(&field, 1))),
                Rule::acknowledge => ProjectField::Acknowledge(Box::new(self.acknowledge(field))),
                Rule::indicator_group => ProjectField::Indicators(self.indicator_group(field)),
                Rule::bad_line => {
                    self.bad_line(&field, Rule::project_line_alone);
                    continue;
                }
                _ => continue,
            };
            fields.push(lowered);
        }
        // The tree of a large file lives through the whole check: no spare capacity.
        fields.shrink_to_fit();
        Project {
            code,
            name,
            fields,
            span,
        }
    }

    fn period(&mut self, pair: Pair<Rule>) -> Period {
        let span = self.span(&pair);
        self.when(nth_inner(&pair, 1), span)
    }

    /// A `period_range` or the string in its place, within the statement at `span`.
    fn when(&mut self, value: Pair<Rule>, span: Span) -> Period {
        let (range, text) = match value.as_rule() {
            Rule::period_range => {
                let mut bounds = value.clone().into_inner().map(|b| year_month(&b));
                let start = presume(bounds.next(), "a first month");
                let end = presume(bounds.next(), "a last month");
                (Some((start, end)), value.as_str().to_string())
            }
            _ => (None, self.text(&value).value),
        };
        Period {
            range,
            text,
            value: self.span(&value),
            span,
        }
    }

    fn review(&mut self, pair: Pair<Rule>) -> Review {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let by = self.text(&presume(inner.next(), "a reviewer's body"));
        let opinion = self.text(&presume(inner.next(), "an opinion"));
        let mut review = Review {
            by,
            opinion,
            reviewer: None,
            date: None,
            span,
        };
        for field in inner {
            let field_span = self.span(&field);
            let keyword = keyword_of(&field);
            let value = self.word_or_string(&nth_inner(&field, 1));
            let slot = match keyword {
                Keyword::Reviewer => &mut review.reviewer,
                _ => &mut review.date,
            };
            self.set_once(slot, value, field_span, keyword);
        }
        review
    }

    fn plan(&mut self, pair: Pair<Rule>) -> Spanned<Vec<PlanRow>> {
        let span = self.span(&pair);
        let rows = pair
            .into_inner()
            .filter(|p| p.as_rule() == Rule::plan_row)
            .map(|row| {
                let row_span = self.span(&row);
                let content = self.text(&nth_inner(&row, 0));
                let when = self.when(nth_inner(&row, 1), row_span);
                PlanRow { content, when }
            })
            .collect();
        Spanned::new(rows, span)
    }

    fn money(&mut self, pair: &Pair<Rule>) -> Money {
        let span = self.span(pair);
        let mut inner = pair.clone().into_inner();
        let amount = self.decimal(&presume(inner.next(), "an amount"));
        let unit = inner.next().map(|u| self.spanned_str(&u));
        Money { amount, unit, span }
    }

    fn budget(&mut self, pair: Pair<Rule>) -> Budget {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let total = self.money(&presume(inner.next(), "the budget amount"));
        let mut budget = Budget {
            total,
            sources: Vec::new(),
            span,
        };
        for fund in inner {
            let fund_span = self.span(&fund);
            let keyword = keyword_of(&fund);
            let money = self.money(&nth_inner(&fund, 1));
            let taken = budget
                .sources
                .iter()
                .any(|(k, _)| fund_source(*k) == fund_source(keyword));
            let mut slot = taken.then_some(());
            set_once(&mut slot, (), fund_span, keyword, &mut self.diagnostics);
            if !taken {
                budget.sources.push((keyword, money));
            }
        }
        budget
    }

    fn claim(&mut self, pair: Pair<Rule>) -> Claim {
        let mut approx = false;
        let mut money = None;
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::kw_approx => approx = true,
                Rule::money => money = Some(self.money(&part)),
                _ => {}
            }
        }
        Claim {
            approx,
            money: presume(money, "a claimed amount"),
        }
    }

    fn breakdown(&mut self, pair: Pair<Rule>) -> Breakdown {
        let span = self.span(&pair);
        let keyword = self.span(&first_inner(&pair));
        let mut breakdown = Breakdown {
            keyword,
            requested: None,
            previously: None,
            items: Vec::new(),
            total: None,
            span,
        };
        for part in pair.into_inner().skip(1) {
            let part_span = self.span(&part);
            match part.as_rule() {
                Rule::requested => {
                    let claim = self.claim(part);
                    self.set_once(
                        &mut breakdown.requested,
                        claim,
                        part_span,
                        Keyword::Requested,
                    );
                }
                Rule::previously => {
                    let money = self.money(&nth_inner(&part, 1));
                    self.set_once(
                        &mut breakdown.previously,
                        money,
                        part_span,
                        Keyword::Previously,
                    );
                }
                Rule::breakdown_item => {
                    let item = self.breakdown_item(part);
                    breakdown.items.push(item);
                }
                Rule::breakdown_total => {
                    let claim = self.claim(part);
                    self.set_once(&mut breakdown.total, claim, part_span, Keyword::Total);
                }
                Rule::bad_line => self.bad_line(&part, Rule::breakdown_line_alone),
                _ => {}
            }
        }
        breakdown
    }

    fn breakdown_item(&mut self, pair: Pair<Rule>) -> BreakdownItem {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let label = self.text(&presume(inner.next(), "a breakdown label"));
        let expr = self.expr(presume(inner.next(), "a breakdown expression"));
        let mut approx = false;
        let mut result = None;
        for part in inner {
            match part.as_rule() {
                Rule::kw_approx => approx = true,
                Rule::quantity_literal => {
                    result = Some(ClaimedQuantity {
                        approx,
                        quantity: self.quantity_literal(&part),
                    });
                }
                _ => {}
            }
        }
        BreakdownItem {
            label,
            expr,
            result,
            span,
        }
    }

    fn expr(&mut self, pair: Pair<Rule>) -> Expr {
        match pair.as_rule() {
            Rule::expr | Rule::term => {
                let mut inner = pair.into_inner();
                let mut lhs = self.expr(presume(inner.next(), "an operand"));
                while let (Some(op), Some(rhs)) = (inner.next(), inner.next()) {
                    let rhs = self.expr(rhs);
                    let span = lhs.span().to(rhs.span());
                    lhs = Expr::Binary {
                        op: binary_op(op.as_str()),
                        lhs: Box::new(lhs),
                        rhs: Box::new(rhs),
                        span,
                    };
                }
                lhs
            }
            Rule::paren => self.expr(first_inner(&pair)),
            _ => Expr::Quantity(self.quantity_literal(&pair)),
        }
    }

    fn quantity_literal(&mut self, pair: &Pair<Rule>) -> Quantity {
        let span = self.span(pair);
        let mut inner = pair.clone().into_inner();
        let amount = self.decimal(&presume(inner.next(), "a number"));
        let unit = inner.next().map(|u| self.spanned_str(&u));
        Quantity { amount, unit, span }
    }

    fn schedule(&mut self, pair: Pair<Rule>) -> Schedule {
        let span = self.span(&pair);
        let keyword = self.span(&first_inner(&pair));
        let entries = pair
            .into_inner()
            .filter(|p| p.as_rule() == Rule::schedule_entry)
            .map(|entry| {
                let entry_span = self.span(&entry);
                let mut parts = entry.into_inner();
                let month = presume(parts.next(), "a month end");
                let percent = presume(parts.next(), "a percentage");
                ScheduleEntry {
                    month: Spanned::new(month_number(month.as_str()), self.span(&month)),
                    percent: self.spanned_decimal(&percent),
                    span: entry_span,
                }
            })
            .collect();
        Schedule {
            keyword,
            entries,
            span,
        }
    }

    // -----------------------------------------------------------------------------------------
    // Self-evaluation

    /// The project a record names: a code, or a name as a string.
    fn record_project(&mut self, project: Pair<Rule>) -> Spanned<String> {
        match project.as_rule() {
            Rule::string => {
                let text = self.text(&project);
                Spanned::new(text.value, text.span)
            }
            _ => self.spanned_str(&project),
        }
    }

    /// A record's row: its indicator's name, then its fields read by `field`.
    fn record_row<R: RecordRow>(
        &mut self,
        line: Pair<Rule>,
        rows: &mut Vec<R>,
        field: fn(&mut Self, &mut R, Pair<Rule>),
    ) {
        let span = self.span(&line);
        let mut fields = line.into_inner();
        let name = self.text(&presume(fields.next(), "an indicator name"));
        let mut row = R::named(name, span);
        for pair in fields {
            field(self, &mut row, pair);
        }
        rows.push(row);
    }

    /// A line of more fields for the record's row above.
    fn record_continuation<R: RecordRow>(
        &mut self,
        line: Pair<Rule>,
        rows: &mut [R],
        field: fn(&mut Self, &mut R, Pair<Rule>),
    ) {
        let span = self.span(&line);
        let Some(row) = rows.last_mut() else {
            return self.push(Diagnostic::new(
                RuleId::Syntax,
                span,
                msg!(
                    "这一行的字段之前没有指标行",
                    "no indicator row above these fields"
                ),
            ));
        };
        row.extend_to(span);
        for pair in line.into_inner() {
            field(self, row, pair);
        }
    }

    fn self_evaluation(&mut self, pair: Pair<Rule>) -> SelfEvaluation {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let evaluated = presume(inner.next(), "the evaluated project");
        let whole_department = evaluated.as_rule() == Rule::kw_whole_department;
        let project = self.record_project(evaluated);
        let mut record = SelfEvaluation {
            project,
            whole_department,
            funds: None,
            stated_rate: None,
            achieved: None,
            rows: Vec::new(),
            span,
        };
        for line in inner {
            let line_span = self.span(&line);
            match line.as_rule() {
                Rule::evaluation_funds => {
                    let funds = self.evaluation_funds(line);
                    self.set_once(&mut record.funds, funds, line_span, Keyword::Funds);
                }
                Rule::stated_rate => {
                    let percent = first_inner(&nth_inner(&line, 1));
                    let rate = self.spanned_decimal(&percent);
                    self.set_once(
                        &mut record.stated_rate,
                        rate,
                        line_span,
                        Keyword::ExecutionRate,
                    );
                }
                Rule::achieved => {
                    let text = self.text(&nth_inner(&line, 1));
                    self.set_once(&mut record.achieved, text, line_span, Keyword::Achieved);
                }
                Rule::evaluation_row => {
                    self.record_row(line, &mut record.rows, Self::evaluation_field);
                }
                Rule::evaluation_continuation => {
                    self.record_continuation(line, &mut record.rows, Self::evaluation_field);
                }
                Rule::bad_line => self.bad_line(&line, Rule::evaluation_line_alone),
                _ => {}
            }
        }
        record
    }

    fn evaluation_funds(&mut self, pair: Pair<Rule>) -> EvaluationFunds {
        let span = self.span(&pair);
        let mut funds = EvaluationFunds {
            total: ExecutionAmounts::default(),
            sources: Vec::new(),
            deviation: None,
            span,
        };
        for entry in pair.into_inner().skip(1) {
            let entry_span = self.span(&entry);
            match entry.as_rule() {
                Rule::execution_amount => self.execution_amount(&mut funds.total, entry),
                Rule::evaluation_source => {
                    let keyword = keyword_of(&entry);
                    let written = self.span(&first_inner(&entry));
                    if funds.sources.iter().any(|s| s.source.node == keyword) {
                        // A source written twice: E0005 as for any field, the second ignored.
                        self.set_once(&mut Some(()), (), entry_span, keyword);
                        continue;
                    }
                    let mut amounts = ExecutionAmounts::default();
                    for amount in entry.into_inner().skip(1) {
                        self.execution_amount(&mut amounts, amount);
                    }
                    funds.sources.push(EvaluationSource {
                        source: Spanned::new(keyword, written),
                        amounts,
                        span: entry_span,
                    });
                }
                Rule::deviation => {
                    let text = self.text(&nth_inner(&entry, 1));
                    self.set_once(&mut funds.deviation, text, entry_span, Keyword::Deviation);
                }
                _ => {}
            }
        }
        funds
    }

    /// `全年预算数 15.00` into its slot (E0005 when the slot is taken).
    fn execution_amount(&mut self, amounts: &mut ExecutionAmounts, entry: Pair<Rule>) {
        let span = self.span(&entry);
        let keyword = keyword_of(&entry);
        let money = self.money(&nth_inner(&entry, 1));
        let slot = match keyword {
            Keyword::InitialBudget => &mut amounts.initial,
            Keyword::FullYearBudget => &mut amounts.full_year,
            _ => &mut amounts.executed,
        };
        self.set_once(slot, money, span, keyword);
    }

    fn evaluation_field(&mut self, row: &mut EvaluationRow, field: Pair<Rule>) {
        let span = self.span(&field);
        match field.as_rule() {
            Rule::actual => {
                let value = self.value(&nth_inner(&field, 1));
                self.set_once(&mut row.actual, value, span, Keyword::Actual);
            }
            Rule::weight => {
                let weight = self.spanned_decimal(&nth_inner(&field, 1));
                self.set_once(&mut row.weight, weight, span, Keyword::Weight);
            }
            Rule::score => {
                let score = self.spanned_decimal(&nth_inner(&field, 1));
                self.set_once(&mut row.score, score, span, Keyword::Score);
            }
            Rule::deviation => {
                let text = self.text(&nth_inner(&field, 1));
                self.set_once(&mut row.deviation, text, span, Keyword::Deviation);
            }
            _ => {}
        }
    }

    // -----------------------------------------------------------------------------------------
    // Indicator library

    fn library(&mut self, pair: Pair<Rule>) -> Library {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let name = self.text(&presume(inner.next(), "the library's name"));
        let mut templates = Vec::new();
        for line in inner {
            match line.as_rule() {
                Rule::template => templates.push(self.template(line)),
                Rule::bad_line => self.bad_line(&line, Rule::library_line_alone),
                _ => {}
            }
        }
        Library {
            name,
            templates,
            span,
        }
    }

    fn template(&mut self, pair: Pair<Rule>) -> Template {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let name = self.text(&presume(inner.next(), "the template's name"));
        let mut template = Template::new(name, span);
        for field in inner {
            match field.as_rule() {
                Rule::bad_line => self.bad_line(&field, Rule::template_line_alone),
                _ => self.template_field(&mut template, field),
            }
        }
        template
    }

    fn template_field(&mut self, template: &mut Template, field: Pair<Rule>) {
        let span = self.span(&field);
        match field.as_rule() {
            Rule::template_category => {
                let category = self.word_or_string(&nth_inner(&field, 1));
                self.set_once(&mut template.category, category, span, Keyword::Category);
            }
            Rule::nature => {
                let nature = self.word_or_string(&nth_inner(&field, 1));
                self.set_once(&mut template.nature, nature, span, Keyword::Nature);
            }
            Rule::measure_unit => {
                let unit = self.word_or_string(&nth_inner(&field, 1));
                self.set_once(&mut template.measure_unit, unit, span, Keyword::MeasureUnit);
            }
            Rule::description => {
                let text = self.text(&nth_inner(&field, 1));
                self.set_once(&mut template.description, text, span, Keyword::Description);
            }
            Rule::formula => {
                let text = self.text(&nth_inner(&field, 1));
                self.set_once(&mut template.formula, text, span, Keyword::Formula);
            }
            Rule::reference => {
                let value = self.value(&nth_inner(&field, 1));
                self.set_once(&mut template.reference, value, span, Keyword::Reference);
            }
            Rule::basis => {
                let basis = self.word_or_string(&nth_inner(&field, 1));
                self.set_once(&mut template.basis, basis, span, Keyword::Basis);
            }
            Rule::core => self.set_once(&mut template.core, span, span, Keyword::Core),
            Rule::applies_to => {
                let kinds = self.word_list(field);
                self.set_once(&mut template.applies_to, kinds, span, Keyword::AppliesTo);
            }
            _ => {}
        }
    }

    // -----------------------------------------------------------------------------------------
    // Monitoring

    fn monitoring(&mut self, pair: Pair<Rule>) -> Monitoring {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().skip(1);
        let project = self.record_project(presume(inner.next(), "the monitored project"));
        let as_of = self.as_of(presume(inner.next(), "the cut-off month"));
        let mut record = Monitoring {
            project,
            as_of,
            funds: None,
            achieved: None,
            rows: Vec::new(),
            span,
        };
        for line in inner {
            let line_span = self.span(&line);
            match line.as_rule() {
                Rule::monitoring_funds => {
                    let funds = self.monitoring_funds(line);
                    self.set_once(&mut record.funds, funds, line_span, Keyword::Funds);
                }
                Rule::achieved => {
                    let text = self.text(&nth_inner(&line, 1));
                    self.set_once(&mut record.achieved, text, line_span, Keyword::Achieved);
                }
                Rule::monitoring_row => {
                    self.record_row(line, &mut record.rows, Self::monitoring_field);
                }
                Rule::monitoring_continuation => {
                    self.record_continuation(line, &mut record.rows, Self::monitoring_field);
                }
                Rule::bad_line => self.bad_line(&line, Rule::monitoring_line_alone),
                _ => {}
            }
        }
        record
    }

    /// `截至 7月底`: the month, 1–12 (another number is E0001, read as December).
    fn as_of(&mut self, pair: Pair<Rule>) -> Spanned<u8> {
        let month = nth_inner(&pair, 1);
        let span = self.span(&month);
        let number = month_number(month.as_str());
        if (1..=12).contains(&number) {
            return Spanned::new(number, span);
        }
        self.push(
            Diagnostic::new(
                RuleId::Syntax,
                span,
                msg!("没有 {number} 月", "there is no month {number}"),
            )
            .with_help(msg!(
                "写 1 到 12 月，如 `截至 7月底`",
                "write a month from 1 to 12, as in `截至 7月底`"
            )),
        );
        Spanned::new(12, span)
    }

    fn monitoring_funds(&mut self, pair: Pair<Rule>) -> MonitoringFunds {
        let span = self.span(&pair);
        let mut funds = MonitoringFunds {
            full_year: None,
            executed: None,
            forecast: None,
            cause: None,
            correction: None,
            span,
        };
        for entry in pair.into_inner().skip(1) {
            let entry_span = self.span(&entry);
            match entry.as_rule() {
                Rule::monitoring_amount => {
                    let keyword = keyword_of(&entry);
                    let money = self.money(&nth_inner(&entry, 1));
                    let slot = match keyword {
                        Keyword::FullYearBudget => &mut funds.full_year,
                        Keyword::ExecutedToDate => &mut funds.executed,
                        _ => &mut funds.forecast,
                    };
                    self.set_once(slot, money, entry_span, keyword);
                }
                Rule::cause => {
                    let cause = self.cause(entry);
                    self.set_once(&mut funds.cause, cause, entry_span, Keyword::Deviation);
                }
                Rule::correction => {
                    let text = self.text(&nth_inner(&entry, 1));
                    self.set_once(&mut funds.correction, text, entry_span, Keyword::Correction);
                }
                _ => {}
            }
        }
        funds
    }

    fn monitoring_field(&mut self, row: &mut MonitoringRow, field: Pair<Rule>) {
        let span = self.span(&field);
        match field.as_rule() {
            Rule::done => {
                let value = self.value(&nth_inner(&field, 1));
                self.set_once(&mut row.done, value, span, Keyword::Done);
            }
            Rule::forecast => {
                let value = self.value(&nth_inner(&field, 1));
                self.set_once(&mut row.forecast, value, span, Keyword::Forecast);
            }
            Rule::likelihood => {
                let word = self.spanned_str(&nth_inner(&field, 1));
                self.set_once(&mut row.likelihood, word, span, Keyword::Likelihood);
            }
            Rule::cause => {
                let cause = self.cause(field);
                self.set_once(&mut row.cause, cause, span, Keyword::Deviation);
            }
            Rule::correction => {
                let text = self.text(&nth_inner(&field, 1));
                self.set_once(&mut row.correction, text, span, Keyword::Correction);
            }
            _ => {}
        }
    }

    /// `偏差 经费保障、人员保障 "分析"`: each kind a word of its own (`、`, `，` and `,` also
    /// separate them).
    fn cause(&mut self, pair: Pair<Rule>) -> Cause {
        let span = self.span(&pair);
        let mut cause = Cause {
            kinds: Vec::new(),
            analysis: None,
            span,
        };
        for part in pair.into_inner().skip(1) {
            match part.as_rule() {
                Rule::cause_kind => {
                    let word = first_inner(&part);
                    let (text, start) = (word.as_str(), self.span(&word).start());
                    let mut from = 0;
                    let ends = text
                        .match_indices(['、', '，', ','])
                        .chain([(text.len(), "")]);
                    for (at, separator) in ends {
                        if at > from {
                            let kind_span = Span::new(self.file, start + from, start + at);
                            cause
                                .kinds
                                .push(Spanned::new(text[from..at].to_string(), kind_span));
                        }
                        from = at + separator.len();
                    }
                }
                _ => cause.analysis = Some(self.text(&part)),
            }
        }
        cause
    }

    // -----------------------------------------------------------------------------------------
    // Indicators

    fn indicator_group(&mut self, pair: Pair<Rule>) -> IndicatorGroup {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let category = self.spanned_str(&presume(inner.next(), "a category"));
        let mut indicators: Vec<Indicator> = Vec::new();
        for line in inner {
            match line.as_rule() {
                Rule::indicator => indicators.push(self.indicator(line)),
                Rule::indicator_continuation => match indicators.last_mut() {
                    Some(previous) => {
                        previous.span = previous.span.to(self.span(&line));
                        for field in line.into_inner() {
                            self.indicator_field(previous, field);
                        }
                    }
                    None => self.push(Diagnostic::new(
                        RuleId::Syntax,
                        self.span(&line),
                        msg!(
                            "这一行的字段之前没有指标",
                            "no indicator above these fields"
                        ),
                    )),
                },
                Rule::bad_line => self.bad_line(&line, Rule::indicator_line_alone),
                _ => {}
            }
        }
        indicators.shrink_to_fit();
        IndicatorGroup {
            category,
            indicators,
            span,
        }
    }

    fn indicator(&mut self, pair: Pair<Rule>) -> Indicator {
        let span = self.span(&pair);
        let mut inner = pair.into_inner().peekable();
        let first = presume(inner.next(), "a category or 模板");
        // `模板 "名称"` leaves the category to the template: empty until it is instantiated.
        let (category, template) = match first.as_rule() {
            Rule::kw_template => {
                let at = self.span(&first);
                (Spanned::new(EcoString::new(), at), Some(at))
            }
            _ => {
                let category = self.spanned_str(&first);
                let keyword = inner.next_if(|p| p.as_rule() == Rule::kw_template);
                (category, keyword.map(|k| self.span(&k)))
            }
        };
        let name = self.text(&presume(inner.next(), "an indicator name"));
        let mut ind = Indicator::new(category, name, span);
        ind.template = template.map(Box::new);
        for field in inner {
            self.indicator_field(&mut ind, field);
        }
        ind
    }

    /// One field of an indicator row.
    fn indicator_field(&mut self, ind: &mut Indicator, field: Pair<Rule>) {
        let field_span = self.span(&field);
        match field.as_rule() {
            Rule::description => {
                let text = Box::new(self.text(&nth_inner(&field, 1)));
                self.set_once(&mut ind.description, text, field_span, Keyword::Description);
            }
            Rule::basis => {
                let basis = self.word_or_string(&nth_inner(&field, 1));
                self.set_once(&mut ind.basis, basis, field_span, Keyword::Basis);
            }
            Rule::measure_unit => {
                let unit = Box::new(self.word_or_string(&nth_inner(&field, 1)));
                self.set_once(
                    &mut ind.measure_unit,
                    unit,
                    field_span,
                    Keyword::MeasureUnit,
                );
            }
            Rule::weight => {
                let weight = Box::new(self.spanned_decimal(&nth_inner(&field, 1)));
                self.set_once(&mut ind.weight, weight, field_span, Keyword::Weight);
            }
            Rule::mid_term => {
                let value = Box::new(self.value(&nth_inner(&field, 1)));
                self.set_once(&mut ind.mid_term, value, field_span, Keyword::MidTerm);
            }
            Rule::long_term => {
                let value = Box::new(self.value(&nth_inner(&field, 1)));
                self.set_once(&mut ind.long_term, value, field_span, Keyword::LongTerm);
            }
            Rule::remark => {
                let remark = Box::new(self.word_or_string(&nth_inner(&field, 1)));
                self.set_once(&mut ind.remark, remark, field_span, Keyword::Remark);
            }
            Rule::nature => {
                let nature = Box::new(self.word_or_string(&nth_inner(&field, 1)));
                self.set_once(&mut ind.nature, nature, field_span, Keyword::Nature);
            }
            Rule::direction => {
                let direction = Box::new(self.word_or_string(&nth_inner(&field, 1)));
                self.set_once(
                    &mut ind.direction,
                    direction,
                    field_span,
                    Keyword::Direction,
                );
            }
            Rule::acknowledge => ind.acknowledgements.push(self.acknowledge(field)),
            Rule::target => {
                let value_pair = presume(
                    field
                        .clone()
                        .into_inner()
                        .find(|p| p.as_rule() == Rule::value),
                    "a value",
                );
                let value = self.value(&value_pair);
                let misread = self.misread_value(&value);
                // A misread field (`依据：…` after the value) is not a second value.
                if !(misread && ind.value.is_some()) {
                    self.set_once(&mut ind.value, value, field_span, Keyword::Value);
                }
            }
            _ => {}
        }
    }

    /// E0001 for a value that is a mistyped field or number (`依据：行业规范`, `＞＝９０％`).
    fn misread_value(&mut self, value: &Value) -> bool {
        let ValueKind::Level(word) = &value.kind else {
            return false;
        };
        let Some(advice) = errors::misread_value_help(word) else {
            return false;
        };
        let diagnostic = Diagnostic::new(
            RuleId::Syntax,
            value.span,
            msg!(
                "`{word}` 不能读作指标值",
                "`{word}` cannot be read as a target value"
            ),
        );
        self.push(advice.given(diagnostic, value.span));
        true
    }

    /// A `value` pair.
    fn value(&mut self, pair: &Pair<Rule>) -> Value {
        // A quantity without a unit ends with the blanks pest skipped looking for one.
        let raw = EcoString::from(pair.as_str().trim_end());
        let full = self.span(pair);
        let span = Span::new(full.file, full.start(), full.start() + raw.len());
        let form = first_inner(pair);
        let kind = match form.as_rule() {
            Rule::deadline => ValueKind::Deadline(self.deadline(&form)),
            Rule::quantity | Rule::record_quantity => self.quantity(&form),
            Rule::text_value => ValueKind::Text(self.text(&first_inner(&form))),
            _ => level_kind(form.as_str()),
        };
        Value { kind, raw, span }
    }

    fn quantity(&mut self, pair: &Pair<Rule>) -> ValueKind {
        let (mut comparator, mut amount, mut unit) = (None, None, None);
        for part in pair.clone().into_inner() {
            match part.as_rule() {
                Rule::comparator => {
                    comparator = Some(Spanned::new(comparator_of(part.as_str()), self.span(&part)));
                }
                Rule::number => amount = Some(self.amount(&part)),
                Rule::placeholder => amount = Some(Amount::Placeholder(self.span(&part))),
                Rule::value_unit => unit = Some(self.spanned_str(&part)),
                _ => {}
            }
        }
        quantity_kind(comparator, presume(amount, "a quantity's number"), unit)
    }

    fn deadline(&mut self, pair: &Pair<Rule>) -> Deadline {
        let mut deadline = Deadline {
            year: None,
            month: None,
            day: None,
            end_of_period: false,
            before: false,
        };
        for part in pair.clone().into_inner() {
            // Four and two digits always fit.
            let number = || part.as_str().parse::<u32>().unwrap_or_default();
            match part.as_rule() {
                Rule::date_year => deadline.year = Some(Spanned::new(number(), self.span(&part))),
                Rule::date_month => deadline.month = Some(number() as u8),
                Rule::date_day => deadline.day = Some(number() as u8),
                Rule::end_mark => deadline.end_of_period = true,
                Rule::deadline_suffix => deadline.before = part.as_str() != "完成",
                _ => {}
            }
        }
        deadline
    }
}

/// The keyword a field starts with (its first pair, a `kw_*` rule).
fn keyword_of(pair: &Pair<Rule>) -> Keyword {
    let rule = format!("{:?}", first_inner(pair).as_rule());
    presume(Keyword::of_rule_name(&rule), "a keyword of the table")
}

/// A `period_bound`: `2023年`, `2023年1月`, `2023`.
fn year_month(pair: &Pair<Rule>) -> YearMonth {
    let mut year = 0;
    let mut month = None;
    for part in pair.clone().into_inner() {
        // Four and two digits always fit.
        let number = part.as_str().parse::<u32>().unwrap_or_default();
        match part.as_rule() {
            Rule::date_year => year = number,
            _ => month = Some(number as u8),
        }
    }
    YearMonth { year, month }
}

fn nth_inner<'a>(pair: &Pair<'a, Rule>, n: usize) -> Pair<'a, Rule> {
    presume(pair.clone().into_inner().nth(n), "a child at this position")
}

fn first_inner_of<'a>(pair: &Pair<'a, Rule>, rule: Rule) -> Pair<'a, Rule> {
    presume(
        pair.clone().into_inner().find(|p| p.as_rule() == rule),
        "a child of this rule",
    )
}

/// The [`Text`] of string literals at byte ranges `quoted` (quotes included) of the file `full`.
pub(super) fn text_of(file: FileId, full: &str, quoted: &[(usize, usize)], span: Span) -> Text {
    let mut value = String::new();
    let mut pieces = SmallVec::with_capacity(quoted.len());
    for &(start, end) in quoted {
        let raw = &full[start + 1..end - 1];
        let escaped = raw.contains('\\');
        pieces.push(TextPiece {
            value_start: u32::try_from(value.len()).unwrap_or(u32::MAX),
            content: Span::new(file, start + 1, end - 1),
            verbatim: !escaped,
        });
        if escaped {
            unescape_into(raw, &mut value);
        } else {
            value.push_str(raw);
        }
    }
    Text {
        value,
        pieces,
        span,
    }
}

/// A quantity's kind; a comparison written after the unit (`95%以上`) becomes its comparator.
pub(super) fn quantity_kind(
    mut comparator: Option<Spanned<Comparator>>,
    amount: Amount,
    mut unit: Option<Spanned<EcoString>>,
) -> ValueKind {
    if comparator.is_none()
        && let Some((rest, suffix)) = unit.as_ref().and_then(comparison_suffix)
    {
        comparator = Some(suffix);
        unit = rest;
    }
    ValueKind::Quantity {
        comparator,
        amount,
        unit,
    }
}

/// A bare word in the value column: not applicable (`不涉及`) or a qualitative level.
pub(super) fn level_kind(word: &str) -> ValueKind {
    if crate::domain::levels::is_not_applicable(word) {
        ValueKind::NotApplicable(word.into())
    } else {
        ValueKind::Level(word.into())
    }
}

fn unescape_into(raw: &str, out: &mut String) {
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => {}
        }
    }
}

/// `95%以上`, `3 次及以下`: a comparison written after the unit. Returns the unit without it (if
/// any is left) and the comparator it stands for.
fn comparison_suffix(
    unit: &Spanned<EcoString>,
) -> Option<(Option<Spanned<EcoString>>, Spanned<Comparator>)> {
    const SUFFIXES: [(&str, Comparator); 5] = [
        ("及以上", Comparator::Ge),
        ("以上", Comparator::Ge),
        ("及以下", Comparator::Le),
        ("以下", Comparator::Le),
        ("以内", Comparator::Le),
    ];
    let (suffix, comparator) = SUFFIXES.iter().find(|(s, _)| unit.node.ends_with(s))?;
    let split = unit.span.end() - suffix.len();
    let rest = &unit.node[..unit.node.len() - suffix.len()];
    let file = unit.span.file;
    let rest = (!rest.is_empty())
        .then(|| Spanned::new(rest.into(), Span::new(file, unit.span.start(), split)));
    Some((
        rest,
        Spanned::new(*comparator, Span::new(file, split, unit.span.end())),
    ))
}

pub(super) fn binary_op(op: &str) -> BinOp {
    match op {
        "+" | "＋" => BinOp::Add,
        "-" | "－" => BinOp::Sub,
        "÷" => BinOp::Div,
        _ => BinOp::Mul,
    }
}

/// The English spellings of a `month_end`, January first.
pub(super) const ENGLISH_MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The month of a `month_end` token: `10月底`, `10 月末`, `oct`.
pub(super) fn month_number(token: &str) -> u8 {
    if let Some(i) = ENGLISH_MONTHS.iter().position(|m| *m == token) {
        return i as u8 + 1;
    }
    let digits = token.len() - token.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    u8::from_str(&token[..digits]).unwrap_or_default()
}

pub(super) fn comparator_of(token: &str) -> Comparator {
    match token {
        ">=" | "≥" | "≧" | "⩾" | "＞＝" | "大于等于" | "不低于" | "不少于" | "不小于" => {
            Comparator::Ge
        }
        "<=" | "≤" | "≦" | "⩽" | "＜＝" | "小于等于" | "不高于" | "不超过" | "不多于"
        | "不大于" => Comparator::Le,
        ">" | "＞" | "大于" | "高于" | "超过" => Comparator::Gt,
        "<" | "＜" | "小于" | "低于" => Comparator::Lt,
        _ => Comparator::Eq,
    }
}

/// Stores `value` in `slot` unless a value is there already: then the field is written twice
/// (E0005), which is reported here for every field, in lowering and in the model alike.
pub(crate) fn set_once<T>(
    slot: &mut Option<T>,
    value: T,
    span: Span,
    field: Keyword,
    out: &mut Vec<Diagnostic>,
) {
    if slot.is_some() {
        let field = field.spelling(crate::diag::Lang::Zh);
        out.push(
            Diagnostic::new(
                RuleId::DuplicateField,
                span,
                msg!("`{field}` 写了两次", "`{field}` is written twice"),
            )
            .with_label(msg!("第二次出现，已忽略", "second occurrence, ignored")),
        );
    } else {
        *slot = Some(value);
    }
}

/// A row of a record (`自评`, `监控`), begun by its indicator's name.
trait RecordRow {
    fn named(name: Text, span: Span) -> Self;
    fn extend_to(&mut self, span: Span);
}

impl RecordRow for EvaluationRow {
    fn named(name: Text, span: Span) -> Self {
        EvaluationRow {
            name,
            actual: None,
            weight: None,
            score: None,
            deviation: None,
            span,
        }
    }

    fn extend_to(&mut self, span: Span) {
        self.span = self.span.to(span);
    }
}

impl RecordRow for MonitoringRow {
    fn named(name: Text, span: Span) -> Self {
        MonitoringRow {
            name,
            done: None,
            forecast: None,
            likelihood: None,
            cause: None,
            correction: None,
            span,
        }
    }

    fn extend_to(&mut self, span: Span) {
        self.span = self.span.to(span);
    }
}
