//! A hand-written reader for what makes up nearly all of a large document: budget units and
//! projects in their usual shape. It is tried before pest, for speed, one top-level item at a
//! time.
//!
//! `grammar/perf.pest` stays the definition of the syntax. This reader reads a subset of it and
//! gives up (`None`) at anything outside that subset — the document header, Part 1, includes,
//! `;`, a line of fields continuing an indicator — and at anything the grammar or lowering
//! would report; pest then parses that item. Where it returns items, they are the ones pest and
//! lowering give, spans included: the tests (the examples, and thousands of edits of them) and
//! the `fast_reader` fuzz target compare the two.
//!
//! Each function follows the grammar rule it is named after; comments quote the rule where the
//! reading is not obvious.

use rust_decimal::Decimal;
use smallvec::{SmallVec, smallvec};

use super::ast::*;
use super::lower::{
    ENGLISH_MONTHS, binary_op, comparator_of, level_kind, month_number, quantity_kind, text_of,
};
use crate::source::{FileId, Span, Spanned};

/// Reads `text[start..end]`, a run of whole top-level items, as the `file` rule would.
pub(super) fn read_items(file: FileId, text: &str, start: usize, end: usize) -> Option<Vec<Item>> {
    let mut reader = Reader {
        file,
        text,
        pos: start,
        end,
    };
    reader.read_file()
}

/// A keyword's Chinese and English spellings.
type Keyword = (&'static str, &'static str);

const PROJECT: Keyword = ("项目", "project");
const UNIT: Keyword = ("单位", "unit");
const TITLE: Keyword = ("标题", "title");
const BUDGET: Keyword = ("预算", "budget");
const FISCAL: Keyword = ("财政资金", "fiscal");
const OTHER: Keyword = ("其他资金", "other");
const USE: Keyword = ("用途", "use");
const BREAKDOWN: Keyword = ("明细", "breakdown");
const REQUESTED: Keyword = ("申请", "requested");
const PREVIOUSLY: Keyword = ("已安排", "arranged_before");
const TOTAL: Keyword = ("合计", "total");
const SCHEDULE: Keyword = ("支出计划", "schedule");
const GOAL: Keyword = ("目标", "goal");
const ACKNOWLEDGE: Keyword = ("确认", "acknowledge");
const DESCRIPTION: Keyword = ("描述", "description");
const BASIS: Keyword = ("依据", "basis");

const VALUE: Keyword = ("指标值", "value");
const MEASURE_UNIT: Keyword = ("计量单位", "measure_unit");
const WEIGHT: Keyword = ("分值", "weight");
const MID_TERM: Keyword = ("中期目标", "mid_term");
const LONG_TERM: Keyword = ("长期目标", "long_term");

/// `field_keyword`: the keywords that start an indicator field.
const FIELD_KEYWORDS: [Keyword; 8] = [
    BASIS,
    DESCRIPTION,
    VALUE,
    MEASURE_UNIT,
    WEIGHT,
    MID_TERM,
    LONG_TERM,
    ACKNOWLEDGE,
];

/// `comparator`, in the grammar's order (the first that matches is taken).
const COMPARATORS: [&str; 32] = [
    ">=",
    "<=",
    "≥",
    "≤",
    "≧",
    "≦",
    "⩾",
    "⩽",
    "＞＝",
    "＜＝",
    "==",
    ">",
    "<",
    "＞",
    "＜",
    "=",
    "＝",
    "大于等于",
    "小于等于",
    "不低于",
    "不少于",
    "不小于",
    "不高于",
    "不超过",
    "不多于",
    "不大于",
    "等于",
    "大于",
    "小于",
    "高于",
    "低于",
    "超过",
];

#[derive(Clone, Copy)]
struct Reader<'a> {
    file: FileId,
    /// The whole file.
    text: &'a str,
    pos: usize,
    /// Where the items end (end of input for the grammar).
    end: usize,
}

/// `word_char`.
fn is_word_char(c: char) -> bool {
    !(c.is_whitespace() || matches!(c, '"' | '{' | '}' | '#' | ';'))
}

/// What ends `word_rest`.
fn ends_word(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\n' | '\r' | '"' | '{' | '}' | '#' | ';'
    )
}

/// What ends an `expr_unit`, besides a digit: a blank, line end, quote, brace, `#`, `;`,
/// bracket, operator or `=`.
const ENDS_EXPR_UNIT: &str = " \t\u{3000}\n\r\"{}#;()（）×*＊÷+＋-－=＝";

/// `ws`: the Unicode space separators (Zs) and the tab.
fn is_blank(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..self.end]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn span_from(&self, start: usize) -> Span {
        Span::new(self.file, start, self.pos)
    }

    fn eat(&mut self, literal: &str) -> bool {
        let found = self.rest().starts_with(literal);
        if found {
            self.pos += literal.len();
        }
        found
    }

    fn eat_digits(&mut self, max: usize) -> usize {
        let count = self
            .rest()
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        self.pos += count;
        count
    }

    /// A keyword: either spelling, not running into a word character.
    fn keyword(&mut self, (zh, en): Keyword) -> bool {
        let rest = self.rest();
        let len = if rest.starts_with(zh) {
            zh.len()
        } else if rest.starts_with(en) {
            en.len()
        } else {
            return false;
        };
        if rest[len..].chars().next().is_some_and(is_word_char) {
            return false;
        }
        self.pos += len;
        true
    }

    fn at_keyword(&self, keyword: Keyword) -> bool {
        let mut probe = *self;
        probe.keyword(keyword)
    }

    /// `field_start`: the first characters of the indicator field keywords. (Values seldom
    /// start with one, so most fields need not try the keywords.)
    fn may_be_field_keyword(&self) -> bool {
        self.peek().is_some_and(|c| {
            matches!(
                c,
                '依' | '描' | '指' | '计' | '分' | '中' | '长' | '确' | 'a'..='z'
            )
        })
    }

    /// `field_keyword`.
    fn at_field_keyword(&self) -> bool {
        self.may_be_field_keyword() && FIELD_KEYWORDS.iter().any(|&k| self.at_keyword(k))
    }

    /// `ws`, required.
    fn blanks(&mut self) -> Option<()> {
        (self.blanks_opt() > 0).then_some(())
    }

    /// `ws?`; how many bytes it took.
    fn blanks_opt(&mut self) -> usize {
        let start = self.pos;
        let len = self
            .rest()
            .char_indices()
            .find(|&(_, c)| !is_blank(c))
            .map_or(self.end - self.pos, |(i, _)| i);
        self.pos += len;
        self.pos - start
    }

    /// `sp*` of a deadline: spaces and ideographic spaces.
    fn deadline_spaces(&mut self) {
        while self.eat(" ") || self.eat("\u{3000}") {}
    }

    /// `NEWLINE`.
    fn newline(&mut self) -> bool {
        self.eat("\n") || self.eat("\r\n") || self.eat("\r")
    }

    /// `comment`, to the end of its line.
    fn comment(&mut self) -> bool {
        if !self.eat("#") {
            return false;
        }
        self.pos += self.rest().find(['\n', '\r']).unwrap_or(self.rest().len());
        true
    }

    /// Any run of blanks, comments and line ends (`(sep | ws)?`, and what surrounds items).
    fn gap(&mut self) {
        loop {
            self.blanks_opt();
            if !(self.comment() || self.newline()) {
                return;
            }
        }
    }

    /// `end` after a statement in a block: a line end (then the gap to the next line), or `}`.
    fn statement_end(&mut self) -> Option<()> {
        self.blanks_opt();
        match self.peek()? {
            '}' => Some(()),
            '#' | '\n' | '\r' => {
                self.gap();
                Some(())
            }
            _ => None,
        }
    }

    // ---------------------------------------------------------------------------------------
    // File and items

    /// `file`: `(sep | ws)? ~ (item ~ (sep | ws? ~ comment? ~ &EOI))* ~ ws? ~ comment? ~ EOI`.
    fn read_file(&mut self) -> Option<Vec<Item>> {
        let mut items = Vec::new();
        self.gap();
        while self.pos < self.end {
            let item = if self.at_keyword(PROJECT) {
                Item::Project(self.project()?)
            } else if self.at_keyword(UNIT) {
                Item::Unit(self.unit_decl()?)
            } else {
                return None;
            };
            items.push(item);
            self.blanks_opt();
            self.comment();
            if self.pos < self.end && !self.newline() {
                return None;
            }
            self.gap();
        }
        Some(items)
    }

    /// `unit_decl`: `单位 543001 "名称"`.
    fn unit_decl(&mut self) -> Option<UnitDecl> {
        let (code, name, span) = self.word_and_text(UNIT)?;
        Some(UnitDecl { code, name, span })
    }

    /// `keyword ~ ws ~ word ~ ws ~ text`, the shape of `unit_decl` and `acknowledge`.
    fn word_and_text<S: From<&'a str>>(
        &mut self,
        keyword: Keyword,
    ) -> Option<(Spanned<S>, Text, Span)> {
        let start = self.pos;
        self.keyword(keyword);
        self.blanks()?;
        let word = self.word()?;
        self.blanks()?;
        let text = self.text()?;
        Some((word, text, self.span_from(start)))
    }

    /// `project`: `项目 编码 "名称" { … }`.
    fn project(&mut self) -> Option<Project> {
        let start = self.pos;
        self.keyword(PROJECT);
        self.blanks()?;
        let code = self.word()?;
        self.blanks()?;
        let name = self.text()?;
        self.open()?;
        let mut fields = Vec::new();
        while !self.eat("}") {
            fields.push(self.project_field()?);
            self.statement_end()?;
        }
        fields.shrink_to_fit();
        Some(Project {
            code,
            name,
            fields,
            span: self.span_from(start),
        })
    }

    /// `open`: `ws? ~ "{" ~ (sep | ws)?`.
    fn open(&mut self) -> Option<()> {
        self.blanks_opt();
        self.eat("{").then_some(())?;
        self.gap();
        Some(())
    }

    /// `project_field`. Fields this reader does not read give up.
    fn project_field(&mut self) -> Option<ProjectField> {
        // `project_field_start`: most lines are indicator groups, with no keyword to try.
        let may_be_keyword = self.peek().is_some_and(|c| {
            matches!(
                c,
                '单' | '标' | '预' | '用' | '明' | '支' | '目' | '确' | 'a'..='z'
            )
        });
        let field = if !may_be_keyword {
            ProjectField::Indicators(self.indicator_group()?)
        } else if self.keyword(UNIT) {
            self.blanks()?;
            ProjectField::Unit(self.word()?)
        } else if self.keyword(TITLE) {
            self.blanks()?;
            ProjectField::Title(self.text()?)
        } else if self.at_keyword(BUDGET) {
            ProjectField::Budget(Box::new(self.budget()?))
        } else if self.keyword(USE) {
            self.blanks()?;
            ProjectField::Use(self.text()?)
        } else if self.at_keyword(SCHEDULE) {
            ProjectField::Schedule(self.schedule()?)
        } else if self.keyword(GOAL) {
            self.blanks()?;
            ProjectField::Goal(self.text()?)
        } else if self.at_keyword(ACKNOWLEDGE) {
            ProjectField::Acknowledge(Box::new(self.acknowledge()?))
        } else if self.at_keyword(BREAKDOWN) {
            ProjectField::Breakdown(Box::new(self.breakdown()?))
        } else {
            ProjectField::Indicators(self.indicator_group()?)
        };
        Some(field)
    }

    /// `budget`: `预算 15.00 { 财政资金 15.00  其他资金 0 }`.
    fn budget(&mut self) -> Option<Budget> {
        let start = self.pos;
        self.keyword(BUDGET);
        self.blanks()?;
        let total = self.money()?;
        let mut budget = Budget {
            total,
            fiscal: None,
            other: None,
            repeated: Vec::new(),
            span: self.span_from(start),
        };
        let before_sources = self.pos;
        self.blanks_opt();
        if !self.eat("{") {
            self.pos = before_sources;
            return Some(budget);
        }
        self.gap();
        while !self.eat("}") {
            // `fund`; a source written twice is reported by lowering: give up.
            let slot = if self.keyword(FISCAL) {
                &mut budget.fiscal
            } else if self.keyword(OTHER) {
                &mut budget.other
            } else {
                return None;
            };
            self.blanks()?;
            let money = self.money()?;
            if slot.replace(money).is_some() {
                return None;
            }
            self.gap();
        }
        budget.span = self.span_from(start);
        Some(budget)
    }

    /// `acknowledge`: `确认 E0401 "理由"`.
    fn acknowledge(&mut self) -> Option<Acknowledge> {
        let (code, reason, span) = self.word_and_text(ACKNOWLEDGE)?;
        Some(Acknowledge { code, reason, span })
    }

    /// `money`: a number and an optional money unit.
    fn money(&mut self) -> Option<Money> {
        let start = self.pos;
        let amount = self.number()?.node;
        let after_number = self.pos;
        self.blanks_opt();
        let unit_start = self.pos;
        let unit = ["万元", "亿元", "千元", "元"]
            .iter()
            .find(|unit| self.rest().starts_with(**unit))
            .filter(|unit| {
                let after = &self.rest()[unit.len()..];
                !after.chars().next().is_some_and(is_word_char)
            });
        let unit = match unit {
            Some(unit) => {
                self.pos += unit.len();
                Some(Spanned::new(unit.to_string(), self.span_from(unit_start)))
            }
            None => {
                self.pos = after_number;
                None
            }
        };
        Some(Money {
            amount,
            unit,
            span: self.span_from(start),
        })
    }

    /// `number`, exactly representable (lowering reports one that is not: give up).
    fn number(&mut self) -> Option<Spanned<Decimal>> {
        let start = self.pos;
        if self.eat_digits(usize::MAX) == 0 {
            return None;
        }
        let integer_end = self.pos;
        if !(self.eat(".") && self.eat_digits(usize::MAX) > 0) {
            self.pos = integer_end;
        }
        let amount = Decimal::from_str_exact(&self.text[start..self.pos]).ok()?;
        Some(Spanned::new(amount, self.span_from(start)))
    }

    /// `breakdown`: `明细 [申请 [约] 金额] [已安排 金额] { "项" 算式 [= [约] 金额] … }`.
    fn breakdown(&mut self) -> Option<Breakdown> {
        let start = self.pos;
        self.keyword(BREAKDOWN);
        let mut breakdown = Breakdown {
            keyword: self.span_from(start),
            requested: None,
            previously: None,
            items: Vec::new(),
            total: None,
            span: self.span_from(start),
        };
        // `(ws ~ (requested | previously))*`; a claim written twice is reported by lowering.
        loop {
            let before_blanks = self.pos;
            self.blanks_opt();
            if self.keyword(REQUESTED) {
                self.blanks()?;
                let claim = self.claim()?;
                breakdown.requested.replace(claim).is_none().then_some(())?;
            } else if self.keyword(PREVIOUSLY) {
                self.blanks()?;
                let money = self.money()?;
                breakdown
                    .previously
                    .replace(money)
                    .is_none()
                    .then_some(())?;
            } else {
                self.pos = before_blanks;
                break;
            }
        }
        self.open()?;
        while !self.eat("}") {
            if self.peek() == Some('"') {
                breakdown.items.push(self.breakdown_item()?);
            } else {
                self.keyword(TOTAL).then_some(())?;
                self.blanks()?;
                let claim = self.claim()?;
                breakdown.total.replace(claim).is_none().then_some(())?;
            }
            self.statement_end()?;
        }
        breakdown.span = self.span_from(start);
        Some(breakdown)
    }

    /// `(kw_approx ~ ws?)? ~ money`: an amount the text states, maybe marked `约`.
    fn claim(&mut self) -> Option<Claim> {
        let approx = self.approx();
        Some(Claim {
            approx,
            money: self.money()?,
        })
    }

    /// `(kw_approx ~ ws?)?`: `约` or `approx`.
    fn approx(&mut self) -> bool {
        let approx = self.eat("约") || self.keyword(("approx", "approx"));
        if approx {
            self.blanks_opt();
        }
        approx
    }

    /// `breakdown_item`: `string ~ ws ~ expr ~ (ws? ~ eq ~ ws? ~ (kw_approx ~ ws?)? ~
    /// quantity_literal)?`.
    fn breakdown_item(&mut self) -> Option<BreakdownItem> {
        let start = self.pos;
        let label = self.string_text()?;
        self.blanks()?;
        let expr = self.expr()?;
        let after_expr = self.pos;
        self.blanks_opt();
        let result = if self.eat("=") || self.eat("＝") {
            self.blanks_opt();
            let approx = self.approx();
            let quantity = self.quantity_literal()?;
            Some(ClaimedQuantity { approx, quantity })
        } else {
            self.pos = after_expr;
            None
        };
        Some(BreakdownItem {
            label,
            expr,
            result,
            span: self.span_from(start),
        })
    }

    /// `expr`: terms joined by `+` and `-`, from the left.
    fn expr(&mut self) -> Option<Expr> {
        self.operations(&["+", "＋", "-", "－"], Self::term)
    }

    /// `term`: factors joined by `×`, `*` and `÷`, from the left.
    fn term(&mut self) -> Option<Expr> {
        self.operations(&["×", "*", "＊", "÷"], Self::factor)
    }

    /// `operand ~ (ws? ~ operator ~ ws? ~ operand)*`, folded to the left.
    fn operations(
        &mut self,
        operators: &[&str],
        operand: fn(&mut Self) -> Option<Expr>,
    ) -> Option<Expr> {
        let mut lhs = operand(self)?;
        loop {
            let before = self.pos;
            self.blanks_opt();
            let Some(op) = operators.iter().find(|op| self.rest().starts_with(**op)) else {
                self.pos = before;
                return Some(lhs);
            };
            self.pos += op.len();
            self.blanks_opt();
            // An operator without an operand ends the expression where pest would.
            let Some(rhs) = operand(self) else {
                self.pos = before;
                return Some(lhs);
            };
            let span = lhs.span().to(rhs.span());
            lhs = Expr::Binary {
                op: binary_op(op),
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
                span,
            };
        }
    }

    /// `factor`: `paren | quantity_literal`; a parenthesised expression is its contents.
    fn factor(&mut self) -> Option<Expr> {
        if !(self.eat("(") || self.eat("（")) {
            return self.quantity_literal().map(Expr::Quantity);
        }
        self.blanks_opt();
        let inner = self.expr()?;
        self.blanks_opt();
        (self.eat(")") || self.eat("）")).then_some(inner)
    }

    /// `quantity_literal`: `number ~ (ws? ~ expr_unit)?`.
    fn quantity_literal(&mut self) -> Option<Quantity> {
        let start = self.pos;
        let amount = self.number()?.node;
        let after_number = self.pos;
        self.blanks_opt();
        let unit_start = self.pos;
        let len = self
            .rest()
            .char_indices()
            .find(|&(_, c)| c.is_ascii_digit() || ENDS_EXPR_UNIT.contains(c))
            .map_or(self.end - self.pos, |(i, _)| i);
        let unit = if len == 0 {
            self.pos = after_number;
            None
        } else {
            self.pos += len;
            let unit = self.text[unit_start..self.pos].to_string();
            Some(Spanned::new(unit, self.span_from(unit_start)))
        };
        Some(Quantity {
            amount,
            unit,
            span: self.span_from(start),
        })
    }

    /// `schedule`: `支出计划 { 10月底 30%  12月底 100% }`.
    fn schedule(&mut self) -> Option<Schedule> {
        let start = self.pos;
        self.keyword(SCHEDULE);
        let keyword = self.span_from(start);
        self.open()?;
        let mut entries = Vec::new();
        while !self.eat("}") {
            entries.push(self.schedule_entry()?);
            self.gap();
        }
        Some(Schedule {
            keyword,
            entries,
            span: self.span_from(start),
        })
    }

    /// `schedule_entry`: `month_end ~ ws? ~ number ~ ws? ~ ("%" | "％")`.
    fn schedule_entry(&mut self) -> Option<ScheduleEntry> {
        let start = self.pos;
        self.month_end()?;
        let month = Spanned::new(
            month_number(&self.text[start..self.pos]),
            self.span_from(start),
        );
        self.blanks_opt();
        let percent = self.number()?;
        self.blanks_opt();
        (self.eat("%") || self.eat("％")).then_some(())?;
        Some(ScheduleEntry {
            month,
            percent,
            span: self.span_from(start),
        })
    }

    /// `month_end`: `10月底`, `10 月末`, `oct`.
    fn month_end(&mut self) -> Option<()> {
        if self.eat_digits(2) > 0 {
            self.eat(" ");
            return (self.eat("月底") || self.eat("月末")).then_some(());
        }
        let month = ENGLISH_MONTHS
            .iter()
            .find(|m| self.rest().starts_with(**m))?;
        let after = &self.rest()[month.len()..];
        if after.chars().next().is_some_and(is_word_char) {
            return None;
        }
        self.pos += month.len();
        Some(())
    }

    // ---------------------------------------------------------------------------------------
    // Indicators

    /// `indicator_group`: `产出指标 { … }`.
    fn indicator_group(&mut self) -> Option<IndicatorGroup> {
        let start = self.pos;
        let category = self.word()?;
        self.open()?;
        let mut indicators = Vec::new();
        while !self.eat("}") {
            // A continuation line (`依据 …` alone) is left to the grammar.
            if self.at_field_keyword() {
                return None;
            }
            indicators.push(self.indicator()?);
            self.statement_end()?;
        }
        indicators.shrink_to_fit();
        Some(IndicatorGroup {
            category,
            indicators,
            span: self.span_from(start),
        })
    }

    /// `indicator`: `category ~ ws ~ text ~ (ws ~ indicator_field)*`.
    fn indicator(&mut self) -> Option<Indicator> {
        let start = self.pos;
        let category = self.word()?;
        self.blanks()?;
        let name = self.text()?;
        let mut indicator = Indicator::new(category, name, Span::new(self.file, start, start));
        loop {
            let before_blanks = self.pos;
            if self.blanks_opt() == 0 || matches!(self.peek(), None | Some('\n' | '\r' | '#' | '}'))
            {
                self.pos = before_blanks;
                break;
            }
            self.indicator_field(&mut indicator)?;
        }
        indicator.span = self.span_from(start);
        Some(indicator)
    }

    /// `indicator_field`: a field that starts with its keyword, or the value. A field written
    /// twice is reported by lowering: give up.
    fn indicator_field(&mut self, indicator: &mut Indicator) -> Option<()> {
        if !self.may_be_field_keyword() {
            let value = self.value()?;
            return indicator.value.replace(value).is_none().then_some(());
        }
        if self.at_keyword(ACKNOWLEDGE) {
            indicator.acknowledgements.push(self.acknowledge()?);
            return Some(());
        }
        let empty = if self.keyword(DESCRIPTION) {
            self.blanks()?;
            let text = self.text()?;
            indicator.description.replace(Box::new(text)).is_none()
        } else if self.keyword(BASIS) {
            self.blanks()?;
            let basis = self.word_or_string()?;
            indicator.basis.replace(basis).is_none()
        } else if self.keyword(MEASURE_UNIT) {
            self.blanks()?;
            let unit = self.word_or_string()?;
            indicator.measure_unit.replace(Box::new(unit)).is_none()
        } else if self.keyword(WEIGHT) {
            self.blanks()?;
            let weight = self.number()?;
            indicator.weight.replace(Box::new(weight)).is_none()
        } else if self.keyword(MID_TERM) {
            self.blanks()?;
            let value = self.value()?;
            indicator.mid_term.replace(Box::new(value)).is_none()
        } else if self.keyword(LONG_TERM) {
            self.blanks()?;
            let value = self.value()?;
            indicator.long_term.replace(Box::new(value)).is_none()
        } else {
            // `target`: `(kw_value ~ ws)? ~ value`.
            if self.keyword(VALUE) {
                self.blanks()?;
            }
            let value = self.value()?;
            indicator.value.replace(value).is_none()
        };
        empty.then_some(())
    }

    /// `word_or_string`, as plain text.
    fn word_or_string(&mut self) -> Option<Spanned<String>> {
        if self.peek() != Some('"') {
            return self.word();
        }
        let start = self.pos;
        let text = self.string_text()?;
        Some(Spanned::new(text.value, self.span_from(start)))
    }

    /// `value`: a string, a deadline, a quantity or a level.
    fn value(&mut self) -> Option<Value> {
        let start = self.pos;
        let first = self.peek()?;
        let kind = if first == '"' {
            ValueKind::Text(self.string_text()?)
        } else if first.is_ascii_digit() {
            match self.deadline() {
                Some(deadline) => ValueKind::Deadline(deadline),
                None => self.quantity()??,
            }
        } else {
            match self.quantity()? {
                Some(kind) => kind,
                None => level_kind(self.word_str()?.node),
            }
        };
        // As lowering does: a unit may end in a blank that is not a separator (U+00A0).
        let raw = self.text[start..self.pos].trim_end();
        Some(Value {
            kind,
            raw: raw.into(),
            span: Span::new(self.file, start, start + raw.len()),
        })
    }

    /// `quantity`: `(comparator ~ ws?)? ~ (number | placeholder) ~ (ws? ~ !field_keyword ~
    /// value_unit)?`. `Some(None)` when the text is not a quantity (then it is a level);
    /// `None` to give up.
    fn quantity(&mut self) -> Option<Option<ValueKind>> {
        let start = self.pos;
        let comparator = self.comparator();
        let amount = if self.peek().is_some_and(|c| c.is_ascii_digit()) {
            Amount::Number(self.number()?)
        } else if let Some(placeholder) = self.placeholder() {
            Amount::Placeholder(placeholder)
        } else {
            self.pos = start;
            return Some(None);
        };
        let after_amount = self.pos;
        self.blanks_opt();
        let unit = if self.at_field_keyword() {
            None
        } else {
            self.word()
        };
        if unit.is_none() {
            self.pos = after_amount;
        }
        Some(Some(quantity_kind(comparator, amount, unit)))
    }

    /// `comparator ~ ws?`.
    fn comparator(&mut self) -> Option<Spanned<Comparator>> {
        let start = self.pos;
        // `comparator_start`: most values have none, and need not try all 32.
        let may_be_comparator = self.peek().is_some_and(|c| {
            matches!(c, '<'..='>' | '≤'..='≧' | '⩽'..='⩾' | '＜'..='＞')
                || matches!(c, '不' | '大' | '小' | '等' | '高' | '低' | '超')
        });
        if !may_be_comparator {
            return None;
        }
        let token = COMPARATORS.iter().find(|c| self.rest().starts_with(**c))?;
        self.pos += token.len();
        let comparator = Spanned::new(comparator_of(token), self.span_from(start));
        self.blanks_opt();
        Some(comparator)
    }

    /// `placeholder`: `**`, `XX`, `××`.
    fn placeholder(&mut self) -> Option<Span> {
        let start = self.pos;
        let rest = self.rest();
        // The length of a run of at least two characters of one kind.
        let run = |of: fn(char) -> bool| {
            let chars = rest.chars().take_while(|&c| of(c));
            let (count, len) = chars.fold((0, 0), |(n, len), c| (n + 1, len + c.len_utf8()));
            (count >= 2).then_some(len)
        };
        let len = run(|c| matches!(c, '*' | '＊'))
            .or_else(|| run(|c| matches!(c, 'X' | 'x')))
            .or_else(|| run(|c| c == '×'))?;
        self.pos += len;
        Some(self.span_from(start))
    }

    /// `deadline`: `12月底前`, `2023年12月31日前完成`, `2023年底`.
    fn deadline(&mut self) -> Option<Deadline> {
        let start = self.pos;
        let read = self.year_deadline().or_else(|| {
            self.pos = start;
            self.month_part()
                .map(|(month, day, end_of_period)| Deadline {
                    year: None,
                    month: Some(month),
                    day,
                    end_of_period,
                    before: false,
                })
        });
        let Some(mut deadline) = read else {
            self.pos = start;
            return None;
        };
        // `(sp* ~ deadline_suffix)?`: `前`, `之前`, `以前` (each maybe with `完成`), or `完成`.
        let before_suffix = self.pos;
        self.deadline_spaces();
        if self.eat("之前") || self.eat("以前") || self.eat("前") {
            self.eat("完成");
            deadline.before = true;
        } else if !self.eat("完成") {
            self.pos = before_suffix;
        }
        // `!word_char`
        if self.peek().is_some_and(is_word_char) {
            self.pos = start;
            return None;
        }
        Some(deadline)
    }

    /// `date_year ~ sp* ~ "年" ~ (sp* ~ (month_part | end_mark))?`.
    fn year_deadline(&mut self) -> Option<Deadline> {
        let start = self.pos;
        if self.eat_digits(4) != 4 {
            return None;
        }
        let year = Spanned::new(
            self.text[start..self.pos].parse().unwrap_or_default(),
            self.span_from(start),
        );
        self.deadline_spaces();
        self.eat("年").then_some(())?;
        let mut deadline = Deadline {
            year: Some(year),
            month: None,
            day: None,
            end_of_period: false,
            before: false,
        };
        let after_year = self.pos;
        self.deadline_spaces();
        let before_part = self.pos;
        if let Some((month, day, end_of_period)) = self.month_part() {
            deadline.month = Some(month);
            deadline.day = day;
            deadline.end_of_period = end_of_period;
        } else {
            self.pos = before_part;
            if self.end_mark() {
                deadline.end_of_period = true;
            } else {
                self.pos = after_year;
            }
        }
        Some(deadline)
    }

    /// `month_part`: `date_month ~ sp* ~ "月" ~ sp* ~ (date_day ~ sp* ~ ("日" | "号") |
    /// end_mark)`: the month, the day, and whether it is the end of the month.
    fn month_part(&mut self) -> Option<(u8, Option<u8>, bool)> {
        let start = self.pos;
        let read = (|| {
            let month = self.two_digits()?;
            self.deadline_spaces();
            self.eat("月").then_some(())?;
            self.deadline_spaces();
            let before_day = self.pos;
            if let Some(day) = self.two_digits() {
                self.deadline_spaces();
                if self.eat("日") || self.eat("号") {
                    return Some((month, Some(day), false));
                }
            }
            self.pos = before_day;
            self.end_mark().then_some((month, None, true))
        })();
        if read.is_none() {
            self.pos = start;
        }
        read
    }

    /// `ASCII_DIGIT{1,2}` as a number.
    fn two_digits(&mut self) -> Option<u8> {
        let start = self.pos;
        (self.eat_digits(2) > 0).then(|| self.text[start..self.pos].parse().unwrap_or_default())
    }

    /// `end_mark`: `底` or `末`.
    fn end_mark(&mut self) -> bool {
        self.eat("底") || self.eat("末")
    }

    // ---------------------------------------------------------------------------------------
    // Tokens

    /// `word` (also `code`, `category`, `value_unit` and `level`), as the tree holds it: a
    /// `String`, or an `EcoString` for the short vocabulary words held inline.
    fn word<S: From<&'a str>>(&mut self) -> Option<Spanned<S>> {
        let word = self.word_str()?;
        Some(Spanned::new(S::from(word.node), word.span))
    }

    /// `word`: a word character, then anything up to a blank, a line end, a quote, a brace, `#`
    /// or `;`.
    fn word_str(&mut self) -> Option<Spanned<&'a str>> {
        let start = self.pos;
        if !self.peek().is_some_and(is_word_char) {
            return None;
        }
        let rest = self.rest();
        let len = rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| ends_word(c))
            .map_or(rest.len(), |(i, _)| i);
        self.pos += len;
        Some(Spanned::new(&rest[..len], self.span_from(start)))
    }

    /// `string`: its byte range, quotes included. No raw line break; `\` escapes any other
    /// character.
    fn string(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        if bytes.get(start) != Some(&b'"') {
            return None;
        }
        let mut at = start + 1;
        while at < self.end {
            match bytes[at] {
                b'"' => {
                    self.pos = at + 1;
                    return Some((start, self.pos));
                }
                b'\n' => return None,
                // `\` escapes any character but a line break.
                b'\\' if at + 1 >= self.end || bytes[at + 1] == b'\n' => return None,
                b'\\' => at += 2,
                _ => at += 1,
            }
        }
        None
    }

    /// A lone `string` as a [`Text`].
    fn string_text(&mut self) -> Option<Text> {
        let quoted = self.string()?;
        Some(text_of(
            self.file,
            self.text,
            &[quoted],
            Span::new(self.file, quoted.0, quoted.1),
        ))
    }

    /// `text`: a string, continued by strings that start the following lines.
    fn text(&mut self) -> Option<Text> {
        let start = self.pos;
        let mut quoted: SmallVec<[(usize, usize); 1]> = smallvec![self.string()?];
        loop {
            let after = self.pos;
            let continued = self.newline() && {
                self.blanks_opt();
                self.peek() == Some('"')
            };
            if !continued {
                self.pos = after;
                break;
            }
            quoted.push(self.string()?);
        }
        Some(text_of(
            self.file,
            self.text,
            &quoted,
            self.span_from(start),
        ))
    }
}
