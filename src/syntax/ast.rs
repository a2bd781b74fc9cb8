//! The syntax tree of one `.perf` file, with spans.
//!
//! The tree keeps what was written (raw category words, unit spellings, value text) so that the
//! checker can judge it and the formatter can print it back. Nothing here is interpreted yet:
//! "产出指标" is just a word until the checker classifies it.

use std::sync::Arc;

use ecow::EcoString;
use rust_decimal::Decimal;
use smallvec::SmallVec;

use crate::source::{Span, Spanned};
use crate::syntax::keywords::Keyword;

/// One parsed file: its items in order and its comments (kept aside for the formatter).
#[derive(Clone, Debug, Default)]
pub struct File {
    pub items: Vec<Item>,
    pub comments: Vec<Comment>,
}

/// A `# …` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Item {
    Include(Include),
    Document(DocumentHeader),
    DepartmentGoals(DepartmentGoals),
    Unit(UnitDecl),
    // Shared: the language server keeps the trees of unchanged parts of a file, and a project
    // that did not move is then the same tree in both analyses, neither copied nor freed.
    Project(Arc<Project>),
    // Boxed: a record holds its funds and rows inline, several times a project's head.
    SelfEvaluation(Box<SelfEvaluation>),
    Monitoring(Box<Monitoring>),
    Library(Library),
}

impl Item {
    /// From its keyword to its end.
    pub fn span(&self) -> Span {
        match self {
            Item::Include(i) => i.span,
            Item::Document(d) => d.span,
            Item::DepartmentGoals(g) => g.span,
            Item::Unit(u) => u.span,
            Item::Project(p) => p.span,
            Item::SelfEvaluation(e) => e.span,
            Item::Monitoring(m) => m.span,
            Item::Library(l) => l.span,
        }
    }
}

/// `包含 "path"`.
#[derive(Clone, Debug)]
pub struct Include {
    pub path: Text,
    pub span: Span,
}

/// Text made of one or more string literals (continuation lines), unescaped and joined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    /// Almost every text is one literal, held here without an allocation of its own.
    pub pieces: SmallVec<[TextPiece; 1]>,
    pub span: Span,
}

/// One string literal of a [`Text`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextPiece {
    /// Byte offset of this piece's first character within [`Text::value`] (no longer than the
    /// file, so it fits in 32 bits like a [`Span`]'s offsets).
    pub value_start: u32,
    /// The literal's contents in the source (without the quotes).
    pub content: Span,
    /// True when the source contents equal the value (no escapes), so offsets map one to one.
    pub verbatim: bool,
}

impl Text {
    /// The source span of a byte range of the value, as precisely as escapes allow.
    pub fn span_of(&self, range: std::ops::Range<usize>) -> Span {
        let Some(piece) = self
            .pieces
            .iter()
            .rev()
            .find(|p| p.value_start as usize <= range.start)
        else {
            return self.span;
        };
        if !piece.verbatim {
            return piece.content;
        }
        let len = piece.content.range().len();
        let start = (range.start - piece.value_start as usize).min(len);
        let end = (range.end - piece.value_start as usize).min(len);
        Span::new(
            piece.content.file,
            piece.content.start() + start,
            piece.content.start() + end,
        )
    }
}

/// `文档 "标题" { … }`.
#[derive(Clone, Debug)]
pub struct DocumentHeader {
    pub title: Text,
    pub fields: Vec<DocumentField>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum DocumentField {
    Year(Spanned<Decimal>),
    Department(Text),
    PreparedBy(Text),
    ReviewedBy(Text),
    Status(Spanned<String>),
    MoneyUnit(Spanned<String>),
    Framework(Spanned<String>),
    /// The settings, spanned from `规则` to the closing brace.
    Rules(Spanned<Vec<RuleSetting>>),
    Acknowledge(Acknowledge),
    ExtraUnits(Vec<Spanned<String>>),
    ExtraLevels(Vec<Spanned<String>>),
    /// A directory whose files the document may include (read by the loader).
    AllowInclude(Text),
    /// The form the tables are filled in (`表样 申报表`).
    Form(Spanned<String>),
    /// The self-evaluation's scoring profile (`评分 { … }`), spanned from `评分` to the brace.
    Scoring(Spanned<Vec<ScoringSetting>>),
    /// Last year's document (`上年`), read by the loader.
    Previous(Previous),
}

/// `上年 "path"` or `上年 版本 "revision"`.
#[derive(Clone, Debug)]
pub struct Previous {
    /// Where `版本` is written: `name` is a git revision of the document's own file.
    pub revision: Option<Span>,
    /// The file (relative to the document's root file) or the revision.
    pub name: Text,
    pub span: Span,
}

/// `产出指标 50` or `超出上限 按比例` inside `评分 { … }`: a setting as written, read by the
/// model (a value in percent keeps its `%`).
#[derive(Clone, Debug)]
pub struct ScoringSetting {
    pub key: Spanned<String>,
    pub value: Spanned<String>,
}

/// `自评 编码或"名称" { … }`: a project's self-evaluation (绩效自评), linked to its targets by
/// the project's code or name.
#[derive(Clone, Debug)]
pub struct SelfEvaluation {
    /// The project's code or name; `部门整体` as written for the department as a whole.
    pub project: Spanned<String>,
    /// `自评 部门整体`: the department as a whole (部门整体支出绩效自评表).
    pub whole_department: bool,
    pub funds: Option<EvaluationFunds>,
    /// `执行率 97.47%`: the rate as stated, in percent.
    pub stated_rate: Option<Spanned<Decimal>>,
    /// `完成情况 "…"`: 实际完成情况.
    pub achieved: Option<Text>,
    pub rows: Vec<EvaluationRow>,
    pub span: Span,
}

/// `资金 { 年初预算数 …  全年预算数 …  全年执行数 …  当年财政拨款 { … }  偏差 "…" }`.
#[derive(Clone, Debug)]
pub struct EvaluationFunds {
    /// 年度资金总额.
    pub total: ExecutionAmounts,
    /// The 其中 rows, in source order.
    pub sources: Vec<EvaluationSource>,
    /// Why the execution fell short.
    pub deviation: Option<Text>,
    pub span: Span,
}

/// 年初预算数, 全年预算数 and 全年执行数, as written.
#[derive(Clone, Debug, Default)]
pub struct ExecutionAmounts {
    pub initial: Option<Money>,
    pub full_year: Option<Money>,
    pub executed: Option<Money>,
}

impl ExecutionAmounts {
    /// The amount written with `keyword` (`年初预算数`, `全年预算数`, `全年执行数`).
    pub fn get(&self, keyword: Keyword) -> Option<&Money> {
        match keyword {
            Keyword::InitialBudget => self.initial.as_ref(),
            Keyword::FullYearBudget => self.full_year.as_ref(),
            _ => self.executed.as_ref(),
        }
    }
}

/// `当年财政拨款 { … }`, `上年结转 { … }` or `其他资金 { … }`.
#[derive(Clone, Debug)]
pub struct EvaluationSource {
    pub source: Spanned<Keyword>,
    pub amounts: ExecutionAmounts,
    pub span: Span,
}

/// `"三级指标" 实际 … [分值 …] [得分 …] [偏差 "…"]`: one indicator's year.
#[derive(Clone, Debug)]
pub struct EvaluationRow {
    pub name: Text,
    /// 实际完成值.
    pub actual: Option<Value>,
    /// 分值, when the self-evaluation sets it (else the target's, else the block's share).
    pub weight: Option<Spanned<Decimal>>,
    /// 得分 as written (checked against the computed score).
    pub score: Option<Spanned<Decimal>>,
    /// 偏差原因分析及改进措施.
    pub deviation: Option<Text>,
    pub span: Span,
}

/// `监控 编码或"名称" 截至 7月底 { … }`: a project's monitoring (绩效运行监控) at the end of a
/// month, linked to its targets by the project's code or name.
#[derive(Clone, Debug)]
pub struct Monitoring {
    pub project: Spanned<String>,
    /// The month whose end the record reports (1–12).
    pub as_of: Spanned<u8>,
    pub funds: Option<MonitoringFunds>,
    /// `完成情况 "…"`: the goals' progress so far.
    pub achieved: Option<Text>,
    pub rows: Vec<MonitoringRow>,
    pub span: Span,
}

/// `指标库 "名称" { 模板 … }`: indicator templates (指标库) that rows instantiate by name.
#[derive(Clone, Debug)]
pub struct Library {
    pub name: Text,
    pub templates: Vec<Template>,
    pub span: Span,
}

/// `模板 "三级指标" { … }`: what the rows made from it share; a row's own fields win.
#[derive(Clone, Debug)]
pub struct Template {
    /// The indicator's name (三级指标), which rows name it by.
    pub name: Text,
    /// `类别`: the second-level category (二级指标).
    pub category: Option<Spanned<String>>,
    /// 指标性质: 正向, 反向 or 定性.
    pub nature: Option<Spanned<String>>,
    pub measure_unit: Option<Spanned<String>>,
    /// 指标解释, the rows' 描述.
    pub description: Option<Text>,
    pub formula: Option<Text>,
    /// 参考值.
    pub reference: Option<Value>,
    /// The basis of the reference value, the rows' 指标值确定依据.
    pub basis: Option<Spanned<String>>,
    /// `核心`: where written (★).
    pub core: Option<Span>,
    /// The kinds of project (项目类型) a core template is expected in; none: every project.
    pub applies_to: Option<Vec<Spanned<String>>>,
    pub span: Span,
}

impl Template {
    /// A template with its name, before its fields are read.
    pub fn new(name: Text, span: Span) -> Self {
        Template {
            name,
            category: None,
            nature: None,
            measure_unit: None,
            description: None,
            formula: None,
            reference: None,
            basis: None,
            core: None,
            applies_to: None,
            span,
        }
    }
}

/// `资金 { 全年预算数 …  执行数 …  预计执行数 …  偏差 …  纠偏 "…" }`.
#[derive(Clone, Debug)]
pub struct MonitoringFunds {
    /// 全年预算数, when it differs from the project's 预算.
    pub full_year: Option<Money>,
    /// 执行数: spent by the cut-off.
    pub executed: Option<Money>,
    /// 全年预计执行数.
    pub forecast: Option<Money>,
    pub cause: Option<Cause>,
    pub correction: Option<Text>,
    pub span: Span,
}

/// `"三级指标" 完成 …  预计 …  可能性 …  [偏差 …]  [纠偏 "…"]`: one indicator so far.
#[derive(Clone, Debug)]
pub struct MonitoringRow {
    pub name: Text,
    /// 截至目前完成值.
    pub done: Option<Value>,
    /// 全年预计完成值.
    pub forecast: Option<Value>,
    /// 完成目标可能性, the word as written.
    pub likelihood: Option<Spanned<String>>,
    pub cause: Option<Cause>,
    /// 纠偏措施.
    pub correction: Option<Text>,
    pub span: Span,
}

/// `偏差 经费保障、人员保障 "分析"`: the kinds of cause as written (one per word) and the analysis.
#[derive(Clone, Debug)]
pub struct Cause {
    pub kinds: Vec<Spanned<String>>,
    pub analysis: Option<Text>,
    pub span: Span,
}

/// `E0501 警告` inside `规则 { … }`.
#[derive(Clone, Debug)]
pub struct RuleSetting {
    pub code: Spanned<String>,
    pub level: Spanned<String>,
}

/// `确认 E0401 "理由"`.
#[derive(Clone, Debug)]
pub struct Acknowledge {
    /// A rule code such as `E0401`, held inline.
    pub code: Spanned<EcoString>,
    pub reason: Text,
    pub span: Span,
}

/// `部门目标 { … }` (Part 1).
#[derive(Clone, Debug)]
pub struct DepartmentGoals {
    pub entries: Vec<GoalsEntry>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum GoalsEntry {
    Overall(Text),
    SubGoal(SubGoal),
    Measure(Measure),
    /// 部门编码 (部门预算编码).
    Code(Spanned<String>),
    Budget(Box<DepartmentBudget>),
    /// 部门职能概述.
    Functions(Text),
    Duty(Duty),
    Indicators(IndicatorGroup),
}

/// `预算 1580.00 { 基本支出 380.00  项目支出 1200.00 }`: a department's 年度预算安排.
#[derive(Clone, Debug)]
pub struct DepartmentBudget {
    pub total: Money,
    pub basic: Option<Money>,
    pub projects: Option<Money>,
    pub span: Span,
}

/// `履职目标 "部门职能" "年度目标任务" 420.00 { 项目 "名称" … }`.
#[derive(Clone, Debug)]
pub struct Duty {
    /// 部门职能.
    pub function: Text,
    /// 年度目标任务.
    pub task: Text,
    /// 预算金额.
    pub amount: Money,
    /// The projects of the task, by name or code as written.
    pub projects: Vec<Spanned<String>>,
    pub span: Span,
}

/// `分项目标 "标题" { 目标 "…"  指标 "…" }`.
#[derive(Clone, Debug)]
pub struct SubGoal {
    pub title: Text,
    pub goal: Option<Text>,
    pub indicators: Option<Text>,
    pub span: Span,
}

/// `保障措施 "标题" "正文"`.
#[derive(Clone, Debug)]
pub struct Measure {
    pub title: Text,
    pub body: Text,
    pub span: Span,
}

/// `单位 543001 "名称"`.
#[derive(Clone, Debug)]
pub struct UnitDecl {
    pub code: Spanned<String>,
    pub name: Text,
    pub span: Span,
}

/// `项目 [编码] "名称" { … }`.
#[derive(Clone, Debug)]
pub struct Project {
    /// 项目编码; forms without a code cell leave it out.
    pub code: Option<Spanned<String>>,
    pub name: Text,
    pub fields: Vec<ProjectField>,
    pub span: Span,
}

impl Project {
    /// Whether a row names a library's template (its fields are then read from elsewhere).
    pub fn names_a_template(&self) -> bool {
        self.fields.iter().any(|field| match field {
            ProjectField::Indicators(group) => {
                group.indicators.iter().any(|i| i.template.is_some())
            }
            _ => false,
        })
    }
}

#[derive(Clone, Debug)]
pub enum ProjectField {
    Unit(Spanned<String>),
    Title(Text),
    // Boxed: the largest fields would otherwise set the size of every field.
    Budget(Box<Budget>),
    /// `中期资金 …`: the money of the whole period of a multi-year project.
    MidBudget(Box<Budget>),
    Use(Text),
    Breakdown(Box<Breakdown>),
    Schedule(Schedule),
    Goal(Text),
    /// `长期目标 "…"` or `中期目标 "…"` (the keyword says which the form calls it).
    TermGoal(Keyword, Text),
    Period(Box<Period>),
    /// `实施计划 { … }`: the rows of the 项目实施进度计划.
    Plan(Spanned<Vec<PlanRow>>),
    Review(Box<Review>),
    /// A cell of the form's head (one of [`keywords::INFO_FIELDS`]), as written.
    ///
    /// [`keywords::INFO_FIELDS`]: crate::syntax::keywords::INFO_FIELDS
    Info(Keyword, Spanned<String>),
    /// A text block of the form (one of [`keywords::PROSE_FIELDS`]).
    ///
    /// [`keywords::PROSE_FIELDS`]: crate::syntax::keywords::PROSE_FIELDS
    Prose(Keyword, Text),
    Acknowledge(Box<Acknowledge>),
    Indicators(IndicatorGroup),
}

/// `项目期 2023年1月 至 2025年12月`, or a period in words.
#[derive(Clone, Debug)]
pub struct Period {
    /// The first and the last month, when written as dates.
    pub range: Option<(YearMonth, YearMonth)>,
    /// The period as written (the range's text, or the string).
    pub text: String,
    /// The value after the keyword.
    pub value: Span,
    pub span: Span,
}

/// `审核意见 "主管部门" "同意申报。" { 审核人 张某  审核日期 "…" }`.
#[derive(Clone, Debug)]
pub struct Review {
    /// Who reviewed: 主管部门, 第三方机构, 财政局 ….
    pub by: Text,
    pub opinion: Text,
    pub reviewer: Option<Spanned<String>>,
    pub date: Option<Spanned<String>>,
    pub span: Span,
}

/// `"前期准备" 2024年1月 至 2024年3月`: a row of the 项目实施进度计划.
#[derive(Clone, Debug)]
pub struct PlanRow {
    /// 实施内容.
    pub content: Text,
    /// When: months, or words.
    pub when: Period,
}

/// A year and optionally a month of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearMonth {
    pub year: u32,
    pub month: Option<u8>,
}

/// An amount of money as written: number and optional unit (`万元`, `元` …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Money {
    pub amount: Decimal,
    pub unit: Option<Spanned<String>>,
    pub span: Span,
}

/// `预算 15.00 { 财政资金 15.00  其他资金 0 }`.
#[derive(Clone, Debug)]
pub struct Budget {
    pub total: Money,
    /// The sources in the order written, each at most once (`model` reads them).
    pub sources: Vec<(Keyword, Money)>,
    pub span: Span,
}

/// The source a fund keyword names: 财政拨款 is another word for 财政资金.
pub fn fund_source(keyword: Keyword) -> Keyword {
    match keyword {
        Keyword::Appropriation => Keyword::Fiscal,
        other => other,
    }
}

impl Budget {
    /// The amount written for a source (`财政资金` finds `财政拨款` too).
    pub fn source(&self, keyword: Keyword) -> Option<&Money> {
        self.sources
            .iter()
            .find(|(k, _)| fund_source(*k) == fund_source(keyword))
            .map(|(_, m)| m)
    }
}

/// `明细 [申请 …] [已安排 …] { … }`.
#[derive(Clone, Debug)]
pub struct Breakdown {
    /// The `明细` keyword.
    pub keyword: Span,
    pub requested: Option<Claim>,
    pub previously: Option<Money>,
    pub items: Vec<BreakdownItem>,
    pub total: Option<Claim>,
    pub span: Span,
}

/// An amount the text states, possibly marked `约` (rounded).
#[derive(Clone, Debug)]
pub struct Claim {
    pub approx: bool,
    pub money: Money,
}

/// `"档案整理费" 6 人 × 150 元/天/人 × 250 天 = 22.50 万元`.
#[derive(Clone, Debug)]
pub struct BreakdownItem {
    pub label: Text,
    pub expr: Expr,
    pub result: Option<ClaimedQuantity>,
    pub span: Span,
}

/// The `= [约] 金额` at the end of a breakdown line.
#[derive(Clone, Debug)]
pub struct ClaimedQuantity {
    pub approx: bool,
    pub quantity: Quantity,
}

/// A number with an optional unit, inside arithmetic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
    pub amount: Decimal,
    pub unit: Option<Spanned<String>>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Expr {
    Quantity(Quantity),
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
        span: Span,
    },
}

impl Expr {
    pub fn span(&self) -> Span {
        match self {
            Expr::Quantity(q) => q.span,
            Expr::Binary { span, .. } => *span,
        }
    }

    /// The arithmetic in one spelling, shared by the JSON and the formatter so that formatting
    /// never changes the output: `×` `÷` `+` `-` between spaces, parentheses only where the
    /// tree needs them (a right operand of the same precedence keeps them, so `a × (b ÷ c)`
    /// is not re-read as `(a × b) ÷ c`).
    pub fn canonical(&self) -> String {
        match self {
            Expr::Quantity(q) => q.canonical(),
            Expr::Binary { op, lhs, rhs, .. } => {
                let side = |e: &Expr, right: bool| match e {
                    Expr::Binary { op: inner, .. }
                        if inner.precedence() < op.precedence()
                            || right && inner.precedence() == op.precedence() =>
                    {
                        format!("({})", e.canonical())
                    }
                    _ => e.canonical(),
                };
                format!("{} {} {}", side(lhs, false), op.symbol(), side(rhs, true))
            }
        }
    }
}

impl Quantity {
    /// `6 人`, `0.40 元/张`, `66`: the number as written (scale kept) and the unit after a space.
    pub fn canonical(&self) -> String {
        match &self.unit {
            Some(u) => format!("{} {}", self.amount, u.node),
            None => self.amount.to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "×",
            BinOp::Div => "÷",
        }
    }

    fn precedence(self) -> u8 {
        match self {
            BinOp::Add | BinOp::Sub => 1,
            BinOp::Mul | BinOp::Div => 2,
        }
    }
}

/// `支出计划 { 3月底 25% … }`.
#[derive(Clone, Debug)]
pub struct Schedule {
    /// The `支出计划` keyword.
    pub keyword: Span,
    pub entries: Vec<ScheduleEntry>,
    pub span: Span,
}

impl Schedule {
    /// Cumulative percent planned by the end of `month` (0 before the first point).
    pub fn planned_by(&self, month: u8) -> Decimal {
        self.entries
            .iter()
            .filter(|e| e.month.node <= month)
            .map(|e| e.percent.node)
            .max()
            .unwrap_or(Decimal::ZERO)
    }
}

/// `10月底 75%`: cumulative percent spent by the end of `month`.
#[derive(Clone, Debug)]
pub struct ScheduleEntry {
    pub month: Spanned<u8>,
    pub percent: Spanned<Decimal>,
    pub span: Span,
}

/// `产出指标 { … }`: indicators under one first-level category word.
#[derive(Clone, Debug)]
pub struct IndicatorGroup {
    pub category: Spanned<EcoString>,
    pub indicators: Vec<Indicator>,
    pub span: Span,
}

/// One indicator row.
#[derive(Clone, Debug)]
pub struct Indicator {
    /// The second-level category word (二级指标).
    pub category: Spanned<EcoString>,
    /// 三级指标.
    pub name: Text,
    // The optional fields are boxed: most rows omit them, and a large document holds tens of
    // thousands of indicators for the whole check (unboxed, they would double its size).
    pub description: Option<Box<Text>>,
    /// The annual target (指标值); more than one is a syntax error reported at lowering.
    pub value: Option<Value>,
    pub basis: Option<Spanned<String>>,
    pub measure_unit: Option<Box<Spanned<String>>>,
    pub weight: Option<Box<Spanned<Decimal>>>,
    pub mid_term: Option<Box<Value>>,
    pub long_term: Option<Box<Value>>,
    /// 备注.
    pub remark: Option<Box<Spanned<String>>>,
    /// 指标性质 (正向, 反向, 定性) as written.
    pub nature: Option<Box<Spanned<String>>>,
    /// 指标方向 (大于等于 …) as written.
    pub direction: Option<Box<Spanned<String>>>,
    pub acknowledgements: Vec<Acknowledge>,
    /// Where `模板` is written: the row instantiates the template named like it.
    pub template: Option<Box<Span>>,
    pub span: Span,
}

impl Indicator {
    /// A row with its category and name, before its fields are read.
    pub fn new(category: Spanned<EcoString>, name: Text, span: Span) -> Self {
        Indicator {
            category,
            name,
            description: None,
            value: None,
            basis: None,
            measure_unit: None,
            weight: None,
            mid_term: None,
            long_term: None,
            remark: None,
            nature: None,
            direction: None,
            acknowledgements: Vec::new(),
            template: None,
            span,
        }
    }
}

/// A target value, typed by its form, with the text it was written as.
#[derive(Clone, Debug)]
pub struct Value {
    pub kind: ValueKind,
    pub raw: EcoString,
    pub span: Span,
}

impl Value {
    /// The value as a table prints it: a string without its quotes, anything else as written.
    pub fn shown(&self) -> &str {
        match &self.kind {
            ValueKind::Text(text) => &text.value,
            _ => self.raw.trim(),
        }
    }
}

#[derive(Clone, Debug)]
pub enum ValueKind {
    /// `≥95%`, `1 个`, `≥95 百分比`, `100 良好`.
    Quantity {
        comparator: Option<Spanned<Comparator>>,
        amount: Amount,
        unit: Option<Spanned<EcoString>>,
    },
    /// `12月底前`, `2023年12月31日前完成`, `2023年底`.
    Deadline(Deadline),
    /// A qualitative level: `巩固提升`, `可持续`.
    Level(EcoString),
    /// `不涉及`, `无`, `/`.
    NotApplicable(EcoString),
    /// A quoted string in the value column.
    Text(Text),
}

/// The number of a quantity, or a template blank where a number belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Amount {
    Number(Spanned<Decimal>),
    Placeholder(Span),
    /// A number too long for a decimal (E0006).
    Unreadable(Span),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comparator {
    Ge,
    Le,
    Gt,
    Lt,
    Eq,
}

impl Comparator {
    /// Canonical symbol.
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Ge => "≥",
            Comparator::Le => "≤",
            Comparator::Gt => ">",
            Comparator::Lt => "<",
            Comparator::Eq => "=",
        }
    }

    /// Is this a lower bound (a floor)?
    pub fn is_floor(self) -> bool {
        matches!(self, Comparator::Ge | Comparator::Gt)
    }

    /// Is this an upper bound (a ceiling)?
    pub fn is_ceiling(self) -> bool {
        matches!(self, Comparator::Le | Comparator::Lt)
    }
}

/// A deadline as written; absent parts are `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub year: Option<Spanned<u32>>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// `底`/`末`: the end of the month (or of the year when no month is given).
    pub end_of_period: bool,
    /// `前`/`之前`/`以前`: by that date rather than on it.
    pub before: bool,
}
