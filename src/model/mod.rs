//! The document model: the loaded files' items gathered into one document, with the header's
//! settings read, each project's fields in place, categories classified and target values
//! interpreted. The checker judges this model; the emitters print it.

pub mod evaluation;
pub mod library;
pub mod monitoring;
pub mod printed;

use std::str::FromStr;

use ecow::EcoString;
use rust_decimal::Decimal;

use crate::diag::{Diagnostic, RuleId};
use crate::domain::forms::Form;
use crate::domain::framework::{Framework, Level1, Level2};
use crate::domain::scoring::{CeilingMethod, Profile};
use crate::domain::{levels, units};
use crate::load::Loaded;
use crate::msg;
use crate::source::{Span, Spanned};
use crate::syntax::ast::*;
use crate::syntax::keywords::Keyword;
use crate::syntax::set_once;
pub use evaluation::{Evaluates, EvaluationModel};
pub use monitoring::MonitoringModel;

/// The whole document.
#[derive(Debug)]
pub struct Document<'a> {
    pub header: Header<'a>,
    pub goals: Option<&'a DepartmentGoals>,
    /// The cells of the 部门整体支出绩效目标表, from the `部门目标` block.
    pub department: Department<'a>,
    /// Some lines could not be read (E0001): what looks missing may be in them.
    pub has_unreadable_lines: bool,
    pub units: Vec<&'a UnitDecl>,
    pub projects: Vec<ProjectModel<'a>>,
    /// The self-evaluations (`自评`), in document order.
    pub evaluations: Vec<EvaluationModel<'a>>,
    /// The monitorings (`监控`), in document order.
    pub monitorings: Vec<MonitoringModel<'a>>,
    /// The indicator libraries (`指标库`), in document order.
    pub libraries: Vec<&'a Library>,
    /// Last year's document (`上年`), when it was read.
    pub previous: Option<Box<Document<'a>>>,
}

impl<'a> Document<'a> {
    /// The self-evaluations that count: the first of each project (a second is E0005), and
    /// those of no project (E0901).
    pub fn evaluations_counted(&self) -> impl Iterator<Item = &EvaluationModel<'a>> {
        self.evaluations
            .iter()
            .enumerate()
            .filter(|(i, e)| {
                e.target.is_none() || !self.evaluations[..*i].iter().any(|f| f.target == e.target)
            })
            .map(|(_, e)| e)
    }

    /// The monitorings that count: the first of each project and month (a second is E0005),
    /// and those of no project (E0901).
    pub fn monitorings_counted(&self) -> impl Iterator<Item = &MonitoringModel<'a>> {
        self.monitorings
            .iter()
            .enumerate()
            .filter(|(i, m)| m.project.is_none() || self.earlier_monitoring(*i).is_none())
            .map(|(_, m)| m)
    }

    /// The monitoring before the `i`th of the same project and month, if any.
    pub fn earlier_monitoring(&self, i: usize) -> Option<&MonitoringModel<'a>> {
        let this = &self.monitorings[i];
        self.monitorings[..i].iter().find(|m| {
            this.project.is_some()
                && m.project == this.project
                && m.node.as_of.node == this.node.as_of.node
        })
    }

    /// The project a 履职目标 names, by its code or its name (the first of that name).
    pub fn project_named(&self, reference: &str) -> Option<&ProjectModel<'a>> {
        self.projects
            .iter()
            .find(|p| p.code() == Some(reference))
            .or_else(|| {
                self.projects
                    .iter()
                    .find(|p| p.node.name.value == reference)
            })
    }
}

/// The department as a whole: its table's cells, each at most once, and its rows.
#[derive(Debug, Default)]
pub struct Department<'a> {
    pub code: Option<&'a Spanned<String>>,
    pub budget: Option<&'a DepartmentBudget>,
    pub functions: Option<&'a Text>,
    pub duties: Vec<&'a Duty>,
    pub indicators: Vec<IndicatorModel<'a>>,
}

impl Department<'_> {
    /// Whether the document fills the 部门整体支出绩效目标表 at all.
    pub fn has_table(&self) -> bool {
        self.code.is_some()
            || self.budget.is_some()
            || self.functions.is_some()
            || !self.duties.is_empty()
            || !self.indicators.is_empty()
    }
}

/// Draft (草案) or final (定稿).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Draft,
    Final,
}

/// The money unit amounts are written in when they carry none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoneyUnit {
    pub name: &'static str,
    pub yuan: Decimal,
}

impl MoneyUnit {
    pub const WAN_YUAN: MoneyUnit = MoneyUnit {
        name: "万元",
        yuan: Decimal::from_parts(10_000, 0, 0, false, 0),
    };

    fn parse(word: &str) -> Option<MoneyUnit> {
        let name = ["元", "千元", "万元", "亿元"]
            .into_iter()
            .find(|u| *u == word)?;
        Some(MoneyUnit {
            name,
            yuan: units::yuan_per(name)?,
        })
    }

    /// An amount as written, in this unit (exact); `None` when it does not fit a decimal
    /// (E0006 reports where, and no output is made).
    pub fn amount_of(&self, money: &Money) -> Option<Decimal> {
        match money.unit.as_ref().and_then(|u| units::yuan_per(&u.node)) {
            Some(yuan) if yuan != self.yuan => {
                money.amount.checked_mul(yuan)?.checked_div(self.yuan)
            }
            _ => Some(money.amount),
        }
    }

    /// An amount in 元; `None` when it does not fit a decimal.
    pub fn yuan_of(&self, money: &Money) -> Option<Decimal> {
        self.amount_of(money)?.checked_mul(self.yuan)
    }
}

/// The parts 财政资金 may be split into.
pub const FISCAL_PARTS: [Keyword; 2] = [Keyword::HigherFiscal, Keyword::LocalFiscal];
/// The sources that are not 财政资金: the 其他资金 of the Hebei and 88号 forms.
pub const NON_FISCAL: [Keyword; 4] = [
    Keyword::OwnFunds,
    Keyword::ServiceIncome,
    Keyword::BusinessIncome,
    Keyword::Other,
];

/// 财政资金 in `unit`: as written, else the sum of its parts (上级, 本级), zero when neither is
/// written; `None` when an amount does not convert or the sum leaves the range.
pub fn fiscal_amount(budget: &Budget, unit: MoneyUnit) -> Option<Decimal> {
    match budget.source(Keyword::Fiscal) {
        Some(written) => unit.amount_of(written),
        None => sum_of(budget, &FISCAL_PARTS, unit),
    }
}

/// The sources besides 财政资金 added up in `unit` (zero when none is written).
pub fn non_fiscal_amount(budget: &Budget, unit: MoneyUnit) -> Option<Decimal> {
    sum_of(budget, &NON_FISCAL, unit)
}

/// The written sources among `keywords`, added up in `unit`.
pub fn sum_of(budget: &Budget, keywords: &[Keyword], unit: MoneyUnit) -> Option<Decimal> {
    keywords
        .iter()
        .filter_map(|k| budget.source(*k))
        .try_fold(Decimal::ZERO, |sum, m| sum.checked_add(unit.amount_of(m)?))
}

/// The projects' budgets, fiscal funds and other funds, each added up in the document's money
/// unit. `Err` holds the amount at which a sum leaves what a decimal holds; an amount that cannot
/// be converted is left out (E0006 reports it on its own).
pub fn money_totals<'a, 'b: 'a>(
    projects: impl Iterator<Item = &'a ProjectModel<'b>>,
    unit: MoneyUnit,
) -> Result<[Decimal; 3], Span> {
    let mut totals = [Decimal::ZERO; 3];
    for budget in projects.filter_map(|p| p.budget) {
        let amounts = [
            unit.amount_of(&budget.total),
            fiscal_amount(budget, unit),
            non_fiscal_amount(budget, unit),
        ];
        for (total, amount) in totals.iter_mut().zip(amounts) {
            // An amount that does not convert is E0006 on its own.
            let Some(amount) = amount else { continue };
            *total = total.checked_add(amount).ok_or(budget.total.span)?;
        }
    }
    Ok(totals)
}

/// The document header's settings, with defaults where the header is silent.
#[derive(Debug)]
pub struct Header<'a> {
    pub node: Option<&'a DocumentHeader>,
    pub year: Option<Spanned<u32>>,
    pub department: Option<&'a Text>,
    pub prepared_by: Option<&'a Text>,
    pub reviewed_by: Option<&'a Text>,
    pub status: Option<Status>,
    pub money_unit: MoneyUnit,
    pub framework: Framework,
    /// The form the tables are filled in (表样), the reference's Hebei form unless named.
    pub form: Form,
    pub rules: Vec<&'a RuleSetting>,
    pub acknowledgements: Vec<&'a Acknowledge>,
    pub extra_units: Vec<String>,
    pub extra_levels: Vec<String>,
    /// The self-evaluation's scoring profile (`评分`), the default where the header is silent.
    pub scoring: Profile,
    /// Where `评分 { … }` is written.
    pub scoring_span: Option<Span>,
    /// `上年`: last year's document, which the loader read.
    pub previous: Option<&'a Previous>,
}

/// One project with its fields sorted out.
#[derive(Debug)]
pub struct ProjectModel<'a> {
    /// Table number in the document (1-based, document order).
    pub number: usize,
    pub node: &'a Project,
    pub unit: Option<&'a Spanned<String>>,
    pub title: Option<&'a Text>,
    pub budget: Option<&'a Budget>,
    /// 中期资金总额 of a multi-year project.
    pub mid_budget: Option<&'a Budget>,
    pub use_text: Option<&'a Text>,
    pub breakdown: Option<&'a Breakdown>,
    pub schedule: Option<&'a Schedule>,
    pub goals: Vec<&'a Text>,
    /// 中期 or 长期 goal, with the keyword it was written with.
    pub term_goal: Option<(Keyword, &'a Text)>,
    pub period: Option<&'a Period>,
    /// The rows of the 项目实施进度计划.
    pub plan: Option<&'a Spanned<Vec<PlanRow>>>,
    /// 审核意见, in order.
    pub reviews: Vec<&'a Review>,
    /// The cells of the form's head, at most one of each keyword, in source order.
    pub info: Vec<(Keyword, &'a Spanned<String>)>,
    /// The form's text blocks, at most one of each keyword, in source order.
    pub prose: Vec<(Keyword, &'a Text)>,
    pub acknowledgements: Vec<&'a Acknowledge>,
    pub groups: Vec<&'a IndicatorGroup>,
    pub indicators: Vec<IndicatorModel<'a>>,
    /// Some of its lines could not be read: what looks missing may be in them.
    pub incomplete: bool,
}

impl<'a> ProjectModel<'a> {
    /// 项目编码, when written.
    pub fn code(&self) -> Option<&'a str> {
        self.node.code.as_ref().map(|c| c.node.as_str())
    }

    /// How findings name the project: its code, else its name.
    pub fn label(&self) -> &'a str {
        self.code().unwrap_or(&self.node.name.value)
    }

    /// Where findings about the whole project point: its code, else its name.
    pub fn head_span(&self) -> Span {
        self.node
            .code
            .as_ref()
            .map_or(self.node.name.span, |c| c.span)
    }

    /// The cell of the form's head written with `keyword`.
    pub fn info(&self, keyword: Keyword) -> Option<&'a Spanned<String>> {
        self.info
            .iter()
            .find(|(k, _)| *k == keyword)
            .map(|(_, v)| *v)
    }

    /// The text block written with `keyword`.
    pub fn prose(&self, keyword: Keyword) -> Option<&'a Text> {
        self.prose
            .iter()
            .find(|(k, _)| *k == keyword)
            .map(|(_, t)| *t)
    }
}

/// One indicator row, classified.
#[derive(Debug)]
pub struct IndicatorModel<'a> {
    pub node: &'a Indicator,
    /// The first-level category word of its group.
    pub group: &'a Spanned<EcoString>,
    pub level1: Option<Level1>,
    pub level2: Option<Level2>,
    /// How the value's unit (or the `计量单位` field) reads, for quantities.
    pub unit: Option<units::UnitReading>,
}

impl IndicatorModel<'_> {
    /// 绩效指标描述: the description, or the name when none is written.
    pub fn description(&self) -> &str {
        self.node
            .description
            .as_ref()
            .map_or(&self.node.name.value, |d| &d.value)
    }

    pub fn is_not_applicable(&self) -> bool {
        matches!(
            self.node.value.as_ref().map(|v| &v.kind),
            Some(ValueKind::NotApplicable(_))
        )
    }

    pub fn is_cost(&self) -> bool {
        self.level1 == Some(Level1::Cost) || self.level2.is_some_and(Level2::is_cost)
    }

    pub fn is_satisfaction(&self) -> bool {
        self.level1 == Some(Level1::Satisfaction) || self.level2 == Some(Level2::Satisfaction)
    }
}

/// Builds the model from loaded files. Reports fields written twice and header problems.
pub fn build(loaded: &Loaded) -> (Document<'_>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut headers = Vec::new();
    let mut goals: Vec<&DepartmentGoals> = Vec::new();
    let mut units = Vec::new();
    let mut projects = Vec::new();
    let mut evaluations = Vec::new();
    let mut monitorings = Vec::new();
    let mut libraries = Vec::new();
    for item in loaded.items() {
        match item {
            Item::Document(h) => headers.push(h),
            Item::DepartmentGoals(g) => goals.push(g),
            Item::Unit(u) => units.push(u),
            Item::Project(p) => projects.push(&**p),
            Item::SelfEvaluation(e) => evaluations.push(&**e),
            Item::Monitoring(m) => monitorings.push(&**m),
            Item::Library(l) => libraries.push(l),
            Item::Include(_) => {}
        }
    }
    for extra in headers.iter().skip(1) {
        diagnostics.push(Diagnostic::new(
            RuleId::DuplicateHeader,
            extra.title.span,
            msg!("文档头重复", "second document header"),
        ));
    }
    for extra in goals.iter().skip(1) {
        diagnostics.push(Diagnostic::new(
            RuleId::DuplicateHeader,
            extra.span,
            msg!("`部门目标` 重复", "second `部门目标` block"),
        ));
    }
    // While a file could not be read or parsed, the header may simply be in the part not read.
    if headers.is_empty() && loaded.is_complete() {
        // Point at the start of the root file: the header belongs there.
        diagnostics.push(
            Diagnostic::new(
                RuleId::MissingHeader,
                Span::new(crate::source::FileId(0), 0, 0),
                msg!("文档没有文档头", "the document has no header"),
            )
            .with_help(msg!(
                "在根文件开头写 `文档 \"标题\" {{ 年度 2023 }}`；只检查单个单位文件时，请改为检查包含它的根文件",
                "start the root file with `文档 \"title\" {{ 年度 2023 }}`; to check a unit file, check the root file that includes it"
            )),
        );
    }
    let mut unreadable: Vec<Span> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.rule == RuleId::Syntax)
        .map(|d| d.primary.span)
        .collect();
    unreadable.sort();
    let header = header(headers.first().copied(), &unreadable, &mut diagnostics);
    let projects = project_models(&projects, &header, &unreadable, &mut diagnostics);
    let department = goals
        .first()
        .map(|g| department(g, &header, &mut diagnostics))
        .unwrap_or_default();
    let evaluations = evaluations
        .into_iter()
        .map(|node| EvaluationModel {
            node,
            target: if node.whole_department {
                (!department.indicators.is_empty()).then_some(Evaluates::Department)
            } else {
                project_index(&projects, &node.project.node).map(Evaluates::Project)
            },
        })
        .collect();
    let monitorings = monitorings
        .into_iter()
        .map(|node| MonitoringModel {
            node,
            project: project_index(&projects, &node.project.node),
        })
        .collect();
    let document = Document {
        header,
        goals: goals.first().copied(),
        department,
        has_unreadable_lines: !unreadable.is_empty(),
        units,
        projects,
        evaluations,
        monitorings,
        libraries,
        // Last year's own findings are not this year's.
        previous: match &loaded.previous {
            Some(Ok(previous)) => Some(Box::new(build(previous).0)),
            _ => None,
        },
    };
    (document, diagnostics)
}

/// The project with this code, else the first of this name.
fn project_index(projects: &[ProjectModel], reference: &str) -> Option<usize> {
    projects
        .iter()
        .position(|p| p.code() == Some(reference))
        .or_else(|| projects.iter().position(|p| p.node.name.value == reference))
}

/// The projects' models, built on all cores in runs of projects and kept in document order,
/// their findings too.
fn project_models<'a>(
    projects: &[&'a Project],
    header: &Header,
    unreadable: &[Span],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<ProjectModel<'a>> {
    let runs: Vec<(usize, &[&Project])> = projects
        .chunks(PROJECTS_PER_RUN)
        .enumerate()
        .map(|(i, run)| (i * PROJECTS_PER_RUN, run))
        .collect();
    let mut models = Vec::with_capacity(projects.len());
    crate::parallel::stream_in_order(
        &runs,
        crate::parallel::threads(),
        |&(first, run)| {
            let mut found = Vec::new();
            let models: Vec<ProjectModel> = (first..)
                .zip(run)
                .map(|(i, p)| {
                    let mut model = project(i + 1, p, header, &mut found);
                    model.incomplete = contains_any(p.span, unreadable);
                    model
                })
                .collect();
            (models, found)
        },
        |(run, found)| {
            models.extend(run);
            diagnostics.extend(found);
        },
    );
    models
}

/// Projects modelled together on one thread.
const PROJECTS_PER_RUN: usize = 256;

/// Does `outer` contain any of the (sorted) spans?
fn contains_any(outer: Span, sorted: &[Span]) -> bool {
    let first = sorted.partition_point(|s| (s.file, s.start()) < (outer.file, outer.start()));
    sorted[first..]
        .iter()
        .take_while(|s| (s.file, s.start()) < (outer.file, outer.end()))
        .any(|s| outer.contains(s))
}

/// The header's settings. A year missing from a header with unreadable lines is not reported:
/// it is likely on one of them (`年度：2023`), whose error says what to write.
fn header<'a>(
    node: Option<&'a DocumentHeader>,
    unreadable: &[Span],
    diagnostics: &mut Vec<Diagnostic>,
) -> Header<'a> {
    let mut header = Header {
        node,
        year: None,
        department: None,
        prepared_by: None,
        reviewed_by: None,
        status: None,
        money_unit: MoneyUnit::WAN_YUAN,
        framework: Framework::F2015,
        form: Form::Hebei,
        rules: Vec::new(),
        acknowledgements: Vec::new(),
        extra_units: Vec::new(),
        extra_levels: Vec::new(),
        scoring: Profile::default(),
        scoring_span: None,
        previous: None,
    };
    let Some(node) = node else {
        return header;
    };
    let (mut year, mut status_word, mut money_unit, mut framework, mut form) =
        (None, None, None, None, None);
    for field in &node.fields {
        match field {
            DocumentField::Year(y) => set_once(&mut year, y, y.span, Keyword::Year, diagnostics),
            DocumentField::Department(t) => set_once(
                &mut header.department,
                t,
                t.span,
                Keyword::Department,
                diagnostics,
            ),
            DocumentField::PreparedBy(t) => set_once(
                &mut header.prepared_by,
                t,
                t.span,
                Keyword::PreparedBy,
                diagnostics,
            ),
            DocumentField::ReviewedBy(t) => set_once(
                &mut header.reviewed_by,
                t,
                t.span,
                Keyword::ReviewedBy,
                diagnostics,
            ),
            DocumentField::Status(w) => {
                set_once(&mut status_word, w, w.span, Keyword::Status, diagnostics)
            }
            DocumentField::MoneyUnit(w) => {
                set_once(&mut money_unit, w, w.span, Keyword::MoneyUnit, diagnostics)
            }
            DocumentField::Framework(w) => {
                set_once(&mut framework, w, w.span, Keyword::Framework, diagnostics)
            }
            DocumentField::Rules(settings) => header.rules.extend(&settings.node),
            DocumentField::Acknowledge(ack) => header.acknowledgements.push(ack),
            DocumentField::ExtraUnits(words) => header
                .extra_units
                .extend(words.iter().map(|w| w.node.clone())),
            DocumentField::ExtraLevels(words) => header
                .extra_levels
                .extend(words.iter().map(|w| w.node.clone())),
            DocumentField::Form(w) => set_once(&mut form, w, w.span, Keyword::Form, diagnostics),
            DocumentField::Scoring(settings) => {
                header.scoring_span = Some(settings.span);
                for setting in &settings.node {
                    read_scoring(setting, &mut header.scoring, diagnostics);
                }
            }
            // Read by the loader, before any include is followed.
            DocumentField::AllowInclude(_) => {}
            DocumentField::Previous(previous) => set_once(
                &mut header.previous,
                previous,
                previous.span,
                Keyword::Previous,
                diagnostics,
            ),
        }
    }
    header.year = year.and_then(|year| budget_year(year, diagnostics));
    header.status = status_word.and_then(|word| status(word, diagnostics));
    if let Some(word) = money_unit {
        match MoneyUnit::parse(&word.node) {
            Some(unit) => header.money_unit = unit,
            None => diagnostics.push(invalid(
                word,
                msg!("可用 元、千元、万元 或 亿元", "use 元, 千元, 万元 or 亿元"),
            )),
        }
    }
    if let Some(word) = framework {
        match Framework::parse(&word.node) {
            Some(framework) => header.framework = framework,
            None => diagnostics.push(invalid(
                word,
                msg!("指标体系为 2015 或 2021", "the framework is 2015 or 2021"),
            )),
        }
    }
    if let Some(word) = form {
        match Form::parse(&word.node) {
            Some(form) => header.form = form,
            None => {
                let choices = Form::choices();
                diagnostics.push(invalid(
                    word,
                    msg!("表样为 {choices} 之一", "the form is one of {choices}"),
                ))
            }
        }
    }
    if year.is_none() && !contains_any(node.span, unreadable) {
        diagnostics.push(
            Diagnostic::new(
                RuleId::MissingHeader,
                node.title.span,
                msg!("文档头缺少预算年度", "the header has no budget year"),
            )
            .with_help(msg!(
                "在文档头中写 `年度 2023`",
                "write `年度 2023` in the header"
            )),
        );
    }
    header
}

/// One setting of `评分 { … }`: a block's points, how a ceiling exceeded scores, or the share
/// above a floor target that needs an explanation.
fn read_scoring(
    setting: &ScoringSetting,
    profile: &mut Profile,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let (key, value) = (setting.key.node.as_str(), setting.value.node.as_str());
    let points = || Decimal::from_str(value).ok();
    let percent = || {
        let digits = value.strip_suffix(['%', '％'])?;
        Decimal::from_str(digits)
            .ok()?
            .checked_div(Decimal::ONE_HUNDRED)
    };
    let read = match key {
        "执行率" | "预算执行率" | "execution_rate" => {
            points().map(|p| profile.execution = p)
        }
        "产出指标" | "产出" | "output" => points().map(|p| profile.output = p),
        "效益指标" | "效益" | "outcome" => points().map(|p| profile.benefit = p),
        "满意度指标" | "满意度" | "satisfaction" => {
            points().map(|p| profile.satisfaction = p)
        }
        "超出上限" | "ceiling" => ceiling_method(value).map(|method| profile.ceiling = method),
        "偏差阈值" | "deviation_threshold" => {
            percent().map(|p| profile.deviation_threshold = p)
        }
        _ => {
            diagnostics.push(invalid(
                &setting.key,
                msg!(
                    "评分可设 执行率、产出指标、效益指标、满意度指标（分数），超出上限（按比例 或 按超出比例），偏差阈值（如 130%）",
                    "scoring sets 执行率, 产出指标, 效益指标, 满意度指标 (points), 超出上限 (按比例 or 按超出比例), 偏差阈值 (such as 130%)"
                ),
            ));
            return;
        }
    };
    if read.is_none() {
        diagnostics.push(invalid(
            &setting.value,
            msg!(
                "分数写数字（如 50），超出上限写 按比例 或 按超出比例，偏差阈值写百分比（如 130%）",
                "points are a number (50), 超出上限 is 按比例 or 按超出比例, 偏差阈值 a percentage (130%)"
            ),
        ));
    }
}

/// `超出上限 按比例` (w × target ÷ actual) or `按超出比例` (w × (1 − excess ÷ target)).
fn ceiling_method(word: &str) -> Option<CeilingMethod> {
    match word {
        "按比例" | "ratio" => Some(CeilingMethod::Ratio),
        "按超出比例" | "linear" => Some(CeilingMethod::Linear),
        _ => None,
    }
}

fn invalid(word: &Spanned<String>, help: crate::diag::Msg) -> Diagnostic {
    let value = &word.node;
    Diagnostic::new(
        RuleId::InvalidSetting,
        word.span,
        msg!("无效的取值 `{value}`", "invalid value `{value}`"),
    )
    .with_help(help)
}

fn budget_year(year: &Spanned<Decimal>, diagnostics: &mut Vec<Diagnostic>) -> Option<Spanned<u32>> {
    let digits = year.node.mantissa();
    if year.node.scale() == 0 && (1900..=2200).contains(&digits) {
        return u32::try_from(digits)
            .ok()
            .map(|y| Spanned::new(y, year.span));
    }
    let shown = year.node.to_string();
    diagnostics.push(
        Diagnostic::new(
            RuleId::InvalidSetting,
            year.span,
            msg!("无效的预算年度 `{shown}`", "invalid budget year `{shown}`"),
        )
        .with_help(msg!(
            "预算年度是四位年份，如 2023",
            "the budget year has four digits, e.g. 2023"
        )),
    );
    None
}

fn status(word: &Spanned<String>, diagnostics: &mut Vec<Diagnostic>) -> Option<Status> {
    match word.node.as_str() {
        "草案" | "draft" => Some(Status::Draft),
        "定稿" | "final" => Some(Status::Final),
        _ => {
            diagnostics.push(invalid(
                word,
                msg!(
                    "状态为 草案 或 定稿",
                    "the status is 草案 (draft) or 定稿 (final)"
                ),
            ));
            None
        }
    }
}

fn project<'a>(
    number: usize,
    node: &'a Project,
    header: &Header,
    diagnostics: &mut Vec<Diagnostic>,
) -> ProjectModel<'a> {
    let mut model = ProjectModel {
        number,
        node,
        unit: None,
        title: None,
        budget: None,
        mid_budget: None,
        use_text: None,
        breakdown: None,
        schedule: None,
        goals: Vec::new(),
        term_goal: None,
        period: None,
        plan: None,
        reviews: Vec::new(),
        info: Vec::new(),
        prose: Vec::new(),
        acknowledgements: Vec::new(),
        groups: Vec::new(),
        indicators: Vec::new(),
        incomplete: false,
    };
    for field in &node.fields {
        match field {
            ProjectField::Unit(u) => {
                set_once(&mut model.unit, u, u.span, Keyword::Unit, diagnostics)
            }
            ProjectField::Title(t) => {
                set_once(&mut model.title, t, t.span, Keyword::Title, diagnostics)
            }
            ProjectField::Budget(b) => {
                set_once(&mut model.budget, b, b.span, Keyword::Budget, diagnostics)
            }
            ProjectField::Use(t) => {
                set_once(&mut model.use_text, t, t.span, Keyword::Use, diagnostics)
            }
            ProjectField::Breakdown(b) => set_once(
                &mut model.breakdown,
                b,
                b.span,
                Keyword::Breakdown,
                diagnostics,
            ),
            ProjectField::Schedule(s) => set_once(
                &mut model.schedule,
                s,
                s.span,
                Keyword::Schedule,
                diagnostics,
            ),
            ProjectField::MidBudget(b) => set_once(
                &mut model.mid_budget,
                b,
                b.span,
                Keyword::MidBudget,
                diagnostics,
            ),
            ProjectField::Goal(t) => model.goals.push(t),
            ProjectField::TermGoal(k, t) => {
                set_once(&mut model.term_goal, (*k, t), t.span, *k, diagnostics)
            }
            ProjectField::Review(r) => model.reviews.push(r),
            ProjectField::Plan(rows) => {
                set_once(&mut model.plan, rows, rows.span, Keyword::Plan, diagnostics)
            }
            ProjectField::Period(p) => {
                set_once(&mut model.period, p, p.span, Keyword::Period, diagnostics)
            }
            ProjectField::Info(k, value) => {
                let mut slot = model.info(*k);
                set_once(&mut slot, value, value.span, *k, diagnostics);
                if model.info(*k).is_none() {
                    model.info.push((*k, value));
                }
            }
            ProjectField::Prose(k, text) => {
                let mut slot = model.prose(*k);
                set_once(&mut slot, text, text.span, *k, diagnostics);
                if model.prose(*k).is_none() {
                    model.prose.push((*k, text));
                }
            }
            ProjectField::Acknowledge(a) => model.acknowledgements.push(a),
            ProjectField::Indicators(group) => {
                model.groups.push(group);
                model.indicators.extend(indicator_rows(group, header));
            }
        }
    }
    model
}

fn department<'a>(
    goals: &'a DepartmentGoals,
    header: &Header,
    diagnostics: &mut Vec<Diagnostic>,
) -> Department<'a> {
    let mut department = Department::default();
    for entry in &goals.entries {
        match entry {
            GoalsEntry::Code(c) => set_once(
                &mut department.code,
                c,
                c.span,
                Keyword::DeptCode,
                diagnostics,
            ),
            GoalsEntry::Budget(b) => set_once(
                &mut department.budget,
                b,
                b.span,
                Keyword::Budget,
                diagnostics,
            ),
            GoalsEntry::Functions(t) => set_once(
                &mut department.functions,
                t,
                t.span,
                Keyword::Functions,
                diagnostics,
            ),
            GoalsEntry::Duty(d) => department.duties.push(d),
            GoalsEntry::Indicators(group) => {
                department.indicators.extend(indicator_rows(group, header))
            }
            GoalsEntry::Overall(_) | GoalsEntry::SubGoal(_) | GoalsEntry::Measure(_) => {}
        }
    }
    department
}

/// The rows of an indicator group, classified.
fn indicator_rows<'a>(
    group: &'a IndicatorGroup,
    header: &Header,
) -> impl Iterator<Item = IndicatorModel<'a>> {
    let level1 = Level1::parse(&group.category.node);
    group.indicators.iter().map(move |indicator| {
        let mut row = IndicatorModel {
            node: indicator,
            group: &group.category,
            level1,
            level2: Level2::parse(&indicator.category.node),
            unit: None,
        };
        row.unit = read_unit(&row, header);
        row
    })
}

/// How a unit as written reads, with the document's `补充单位` and `补充定性`.
pub fn read_unit_word(written: &str, header: &Header) -> units::UnitReading {
    units::read(written, &header.extra_units, |w| {
        levels::is_level(w, &header.extra_levels)
    })
}

/// How an indicator's unit reads: the unit after the number, else the `计量单位` field.
fn read_unit(row: &IndicatorModel, header: &Header) -> Option<units::UnitReading> {
    let indicator = row.node;
    let written = match indicator.value.as_ref().map(|v| &v.kind) {
        Some(ValueKind::Quantity {
            unit: Some(unit), ..
        }) => unit.node.as_str(),
        Some(ValueKind::Quantity { unit: None, .. }) => {
            indicator.measure_unit.as_ref()?.node.as_str()
        }
        _ => return None,
    };
    let reading = read_unit_word(written, header);
    // `万` means 万元 only for money; elsewhere it is not a unit on its own.
    Some(match reading {
        units::UnitReading::Word { ref canonical, .. } if canonical == "万元" && !row.is_cost() => {
            units::UnitReading::Unknown
        }
        other => other,
    })
}
