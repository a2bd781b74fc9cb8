//! Moving a parsed part of a file: every span of its tree shifted by the same number of bytes
//! (and set to the file it is now in). How [`super::PartCache`] reuses the parse of a part whose
//! text is unchanged but which an edit above it has moved.
//!
//! Each struct is taken apart field by field with no `..`, so that a field added to the tree
//! does not compile until it is moved too.

use std::sync::Arc;

use ecow::EcoString;
use rust_decimal::Decimal;
use smallvec::SmallVec;

use super::ast::*;
use super::keywords::Keyword;
use crate::source::{FileId, Span, Spanned};

/// Where a part now is: its file, and how far its text moved (bytes, either way).
#[derive(Clone, Copy)]
pub(crate) struct Move {
    pub file: FileId,
    pub by: i64,
}

pub(crate) trait Moved {
    fn moved(&mut self, to: Move);
}

impl Moved for Span {
    fn moved(&mut self, to: Move) {
        // A moved part lies within its file, whose offsets fit a span.
        let at = |offset: usize| (offset as i64 + to.by) as usize;
        *self = Span::new(to.file, at(self.start()), at(self.end()));
    }
}

impl<T: Moved> Moved for Spanned<T> {
    fn moved(&mut self, to: Move) {
        self.node.moved(to);
        self.span.moved(to);
    }
}

impl<T: Moved> Moved for Vec<T> {
    fn moved(&mut self, to: Move) {
        self.iter_mut().for_each(|item| item.moved(to));
    }
}

impl<T: Moved> Moved for SmallVec<[T; 1]> {
    fn moved(&mut self, to: Move) {
        self.iter_mut().for_each(|item| item.moved(to));
    }
}

impl<T: Moved> Moved for Option<T> {
    fn moved(&mut self, to: Move) {
        if let Some(inner) = self {
            inner.moved(to);
        }
    }
}

impl<T: Moved + Clone> Moved for Arc<T> {
    /// A tree shared with another analysis is copied first.
    fn moved(&mut self, to: Move) {
        Arc::make_mut(self).moved(to);
    }
}

impl<T: Moved> Moved for Box<T> {
    fn moved(&mut self, to: Move) {
        (**self).moved(to);
    }
}

impl<A: Moved, B: Moved> Moved for (A, B) {
    fn moved(&mut self, to: Move) {
        self.0.moved(to);
        self.1.moved(to);
    }
}

/// Values without a place of their own.
macro_rules! stays {
    ($($ty:ty),*) => {
        $(impl Moved for $ty {
            fn moved(&mut self, _: Move) {}
        })*
    };
}

stays!(
    String, EcoString, Decimal, bool, u8, u32, Keyword, Comparator, BinOp, YearMonth
);

/// A struct whose fields are all moved.
macro_rules! fields {
    ($($ty:ident { $($field:ident),* })*) => {
        $(impl Moved for $ty {
            fn moved(&mut self, to: Move) {
                let $ty { $($field),* } = self;
                $($field.moved(to);)*
            }
        })*
    };
}

fields! {
    File { items, comments }
    Comment { text, span }
    Include { path, span }
    Text { value, pieces, span }
    TextPiece { value_start, content, verbatim }
    DocumentHeader { title, fields, span }
    Previous { revision, name, span }
    ScoringSetting { key, value }
    SelfEvaluation { project, whole_department, funds, stated_rate, achieved, rows, span }
    EvaluationFunds { total, sources, deviation, span }
    ExecutionAmounts { initial, full_year, executed }
    EvaluationSource { source, amounts, span }
    EvaluationRow { name, actual, weight, score, deviation, span }
    Monitoring { project, as_of, funds, achieved, rows, span }
    Library { name, templates, span }
    Template {
        name, category, nature, measure_unit, description, formula, reference, basis, core,
        applies_to, span
    }
    MonitoringFunds { full_year, executed, forecast, cause, correction, span }
    MonitoringRow { name, done, forecast, likelihood, cause, correction, span }
    Cause { kinds, analysis, span }
    RuleSetting { code, level }
    Acknowledge { code, reason, span }
    DepartmentGoals { entries, span }
    DepartmentBudget { total, basic, projects, span }
    Duty { function, task, amount, projects, span }
    SubGoal { title, goal, indicators, span }
    Measure { title, body, span }
    UnitDecl { code, name, span }
    Project { code, name, fields, span }
    Period { range, text, value, span }
    Review { by, opinion, reviewer, date, span }
    PlanRow { content, when }
    Money { amount, unit, span }
    Budget { total, sources, span }
    Breakdown { keyword, requested, previously, items, total, span }
    Claim { approx, money }
    BreakdownItem { label, expr, result, span }
    ClaimedQuantity { approx, quantity }
    Quantity { amount, unit, span }
    Schedule { keyword, entries, span }
    ScheduleEntry { month, percent, span }
    IndicatorGroup { category, indicators, span }
    Indicator {
        category, name, description, value, basis, measure_unit, weight, mid_term, long_term,
        remark, nature, direction, acknowledgements, template, span
    }
    Value { kind, raw, span }
    Deadline { year, month, day, end_of_period, before }
}

/// An enum whose variants each hold one value, moved.
macro_rules! variants {
    ($($ty:ident { $($variant:ident),* })*) => {
        $(impl Moved for $ty {
            fn moved(&mut self, to: Move) {
                match self {
                    $($ty::$variant(inner) => inner.moved(to),)*
                }
            }
        })*
    };
}

variants! {
    Item { Include, Document, DepartmentGoals, Unit, Project, SelfEvaluation, Monitoring, Library }
    GoalsEntry { Overall, SubGoal, Measure, Code, Budget, Functions, Duty, Indicators }
    Amount { Number, Placeholder, Unreadable }
}

impl Moved for DocumentField {
    fn moved(&mut self, to: Move) {
        match self {
            DocumentField::Year(year) => year.moved(to),
            DocumentField::Department(text)
            | DocumentField::PreparedBy(text)
            | DocumentField::ReviewedBy(text)
            | DocumentField::AllowInclude(text) => text.moved(to),
            DocumentField::Status(word)
            | DocumentField::MoneyUnit(word)
            | DocumentField::Framework(word)
            | DocumentField::Form(word) => word.moved(to),
            DocumentField::Rules(rules) => rules.moved(to),
            DocumentField::Acknowledge(acknowledge) => acknowledge.moved(to),
            DocumentField::ExtraUnits(words) | DocumentField::ExtraLevels(words) => words.moved(to),
            DocumentField::Scoring(settings) => settings.moved(to),
            DocumentField::Previous(previous) => previous.moved(to),
        }
    }
}

impl Moved for ProjectField {
    fn moved(&mut self, to: Move) {
        match self {
            ProjectField::Unit(word) => word.moved(to),
            ProjectField::Title(text)
            | ProjectField::Use(text)
            | ProjectField::Goal(text)
            | ProjectField::TermGoal(_, text)
            | ProjectField::Prose(_, text) => text.moved(to),
            ProjectField::Budget(budget) | ProjectField::MidBudget(budget) => budget.moved(to),
            ProjectField::Breakdown(breakdown) => breakdown.moved(to),
            ProjectField::Schedule(schedule) => schedule.moved(to),
            ProjectField::Period(period) => period.moved(to),
            ProjectField::Plan(plan) => plan.moved(to),
            ProjectField::Review(review) => review.moved(to),
            ProjectField::Info(_, word) => word.moved(to),
            ProjectField::Acknowledge(acknowledge) => acknowledge.moved(to),
            ProjectField::Indicators(group) => group.moved(to),
        }
    }
}

impl Moved for Expr {
    fn moved(&mut self, to: Move) {
        match self {
            Expr::Quantity(quantity) => quantity.moved(to),
            Expr::Binary { op, lhs, rhs, span } => {
                op.moved(to);
                lhs.moved(to);
                rhs.moved(to);
                span.moved(to);
            }
        }
    }
}

impl Moved for ValueKind {
    fn moved(&mut self, to: Move) {
        match self {
            ValueKind::Quantity {
                comparator,
                amount,
                unit,
            } => {
                comparator.moved(to);
                amount.moved(to);
                unit.moved(to);
            }
            ValueKind::Deadline(deadline) => deadline.moved(to),
            ValueKind::Level(_) | ValueKind::NotApplicable(_) => {}
            ValueKind::Text(text) => text.moved(to),
        }
    }
}
