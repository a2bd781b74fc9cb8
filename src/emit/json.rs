//! The checked document as JSON: the shapes below are the output format (and, through
//! schemars, its JSON Schema). Keys come out in field order; money and percentages are exact
//! decimal strings in the document's money unit, every amount at the document's scale (`"0.00"`
//! beside `"15.00"`), since consumers compare them as strings.

use std::borrow::Cow;

pub mod monitoring;

use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;

use crate::diag::Lang;
use crate::domain::basis::{self, BasisCategory};
use crate::domain::scoring;
use crate::domain::units::UnitReading;
use crate::model::evaluation::{Outcome, RowScore};
use crate::model::{
    Document, EvaluationModel, IndicatorModel, MoneyUnit, ProjectModel, Status, fiscal_amount,
    money_totals, non_fiscal_amount,
};
use crate::source::{FileId, Span};
use crate::syntax::ast::{self, Amount, GoalsEntry, ValueKind};
use crate::syntax::keywords::Keyword;

/// Version of this JSON format; raised on incompatible changes (2: project codes may be null,
/// a unit lists its projects by number).
pub const FORMAT_VERSION: u32 = 2;

/// An exact decimal number written as a string, e.g. `"15.00"`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct DecimalString(String);

impl From<Decimal> for DecimalString {
    fn from(d: Decimal) -> Self {
        DecimalString(d.to_string())
    }
}

impl DecimalString {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl JsonSchema for DecimalString {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
            "description": "An exact decimal number as a string."
        })
    }
}

/// A `.perf` document after checking.
#[derive(Serialize, JsonSchema)]
pub struct DocumentJson {
    pub format_version: u32,
    pub title: Option<String>,
    /// Budget year (预算年度).
    pub year: Option<u32>,
    pub department: Option<String>,
    /// 编制单位.
    pub prepared_by: Option<String>,
    /// 审核单位.
    pub reviewed_by: Option<String>,
    /// `draft` (草案) or `final` (定稿).
    pub status: Option<&'static str>,
    /// The unit of every money amount in this file (万元 unless the document says otherwise).
    pub money_unit: &'static str,
    /// Decimal places every money amount carries at least (those of the most precise project
    /// amount): `2` gives `"0.00"` beside `"15.00"`.
    pub money_scale: u32,
    /// Indicator framework: `2015` or `2021`.
    pub framework: &'static str,
    /// The form the tables are filled in (表样): `hebei` (the default), `national` (88号 申报表)
    /// or `county` (the county/city 申报表).
    pub form: &'static str,
    /// Part 1: department-wide goals.
    pub department_goals: Option<GoalsJson>,
    pub units: Vec<UnitJson>,
    pub projects: Vec<ProjectJson>,
    pub totals: Totals,
    /// Findings accepted for the whole document (`确认` in the header).
    pub acknowledgements: Vec<AcknowledgementJson>,
    /// The self-evaluations (`自评`), scored against the targets; absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub self_evaluations: Vec<SelfEvaluationJson>,
    /// The monitorings (`监控`), judged against the targets and the 支出计划; absent when
    /// there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub monitorings: Vec<monitoring::MonitoringJson>,
}

impl DocumentJson {
    /// A unit as a project's head names it: `543001 承德市自然资源和规划局`, or its code alone.
    pub fn unit_line(&self, code: &str) -> String {
        match self.units.iter().find(|u| u.code == code) {
            Some(unit) => format!("{code} {}", unit.name),
            None => code.to_string(),
        }
    }
}

/// A project's self-evaluation (项目支出绩效自评表) with its exact scores.
#[derive(Serialize, JsonSchema)]
pub struct SelfEvaluationJson {
    /// The project's code or name as the record writes it.
    pub project_reference: String,
    /// The evaluated project's `number`; null when no project has that code or name, and for
    /// the department as a whole.
    pub project: Option<usize>,
    /// `自评 部门整体`: the department as a whole (部门整体支出绩效自评表), scored against the
    /// indicators of `部门目标`.
    pub whole_department: bool,
    pub initial_budget: Option<DecimalString>,
    pub full_year_budget: Option<DecimalString>,
    pub executed: Option<DecimalString>,
    /// The 其中 rows: 当年财政拨款, 上年结转资金, 其他资金 (a department's 基本支出, 项目支出), as
    /// written.
    pub sources: Vec<EvaluationSourceJson>,
    /// Why execution fell short (`资金 { 偏差 … }`).
    pub execution_deviation: Option<String>,
    /// 预算执行率 in percent, 2 places.
    pub execution_rate: Option<DecimalString>,
    /// 分值 of 预算执行率: the scoring profile's (10 unless `评分` says otherwise).
    pub execution_weight: DecimalString,
    pub execution_score: Option<ScoreJson>,
    /// 实际完成情况.
    pub achieved: Option<String>,
    /// The project's indicators in order, each with its year.
    pub rows: Vec<EvaluationRowJson>,
    /// 总分, rescaled when rows are 不涉及.
    pub total: Option<ScoreJson>,
    /// 分值 of 总分: the profile's points in all (100 unless `评分` says otherwise); null when
    /// they overflow.
    pub total_weight: Option<DecimalString>,
    /// 评价等级: `excellent` (优, ≥ 90), `good` (良), `fair` (中), `poor` (差, < 60).
    pub grade: Option<scoring::Grade>,
    /// The grade's word: 优, 良, 中 or 差.
    pub grade_word: Option<&'static str>,
}

/// One source of a self-evaluation's money.
#[derive(Serialize, JsonSchema)]
pub struct EvaluationSourceJson {
    /// `current_appropriation`, `carried_over`, `other`, `basic_spending` or
    /// `project_spending`.
    pub key: &'static str,
    /// Its row's label: 当年财政拨款, 上年结转资金, 其他资金, 基本支出 or 项目支出.
    pub label: &'static str,
    pub initial_budget: Option<DecimalString>,
    pub full_year_budget: Option<DecimalString>,
    pub executed: Option<DecimalString>,
}

/// A score and the formula that gave it, with the numbers.
#[derive(Serialize, JsonSchema)]
pub struct ScoreJson {
    pub score: DecimalString,
    pub explanation: String,
}

/// One indicator's year in a self-evaluation.
#[derive(Serialize, JsonSchema)]
pub struct EvaluationRowJson {
    pub level1: String,
    pub level2: String,
    pub name: String,
    /// 年度指标值 as written.
    pub target: Option<String>,
    /// 实际完成值 as written.
    pub actual: Option<String>,
    /// 分值: the row's, the target's, or the block's share.
    pub weight: DecimalString,
    /// How the row was scored: `met`, `proportional`, `inverse_proportional`, `linear`,
    /// `missed`, `qualitative`, `not_applicable`, `missing` or `mismatch`.
    pub method: &'static str,
    /// The points the row adds (null for 不涉及).
    pub score: Option<DecimalString>,
    /// 得分 as written.
    pub written_score: Option<DecimalString>,
    /// The formula with the numbers, or the band a qualitative score must lie in.
    pub explanation: Option<String>,
    /// 偏差原因分析及改进措施.
    pub deviation: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct GoalsJson {
    /// 总体绩效目标.
    pub overall: Vec<String>,
    /// 分项绩效目标, numbered (一)(二)… in order.
    pub sub_goals: Vec<SubGoalJson>,
    /// 工作保障措施, numbered in order.
    pub measures: Vec<MeasureJson>,
    /// The 部门整体支出绩效目标表; null when the document fills none of its cells.
    pub table: Option<DepartmentTableJson>,
}

/// The 部门整体支出绩效目标表.
#[derive(Serialize, JsonSchema)]
pub struct DepartmentTableJson {
    /// 部门预算编码.
    pub code: Option<String>,
    /// 年度预算安排: 资金总额, 基本支出, 项目支出.
    pub budget: Option<DecimalString>,
    pub basic_spending: Option<DecimalString>,
    pub project_spending: Option<DecimalString>,
    /// 部门职能概述.
    pub functions: Option<String>,
    /// 年度履职目标, in order.
    pub duties: Vec<DutyJson>,
    pub indicators: Vec<IndicatorJson>,
}

/// A row of 年度履职目标: 部门职能, 年度目标任务, its projects and 预算金额.
#[derive(Serialize, JsonSchema)]
pub struct DutyJson {
    pub function: String,
    pub task: String,
    pub amount: DecimalString,
    pub projects: Vec<DutyProjectJson>,
}

/// A project of a task: the document's project it names (its table number and budget), or the
/// reference as written when none has that name or code.
#[derive(Serialize, JsonSchema)]
pub struct DutyProjectJson {
    pub number: Option<usize>,
    pub name: String,
    pub budget: Option<DecimalString>,
}

#[derive(Serialize, JsonSchema)]
pub struct SubGoalJson {
    pub number: usize,
    pub title: String,
    pub goal: Option<String>,
    pub indicators: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct MeasureJson {
    pub number: usize,
    pub title: String,
    pub text: String,
}

/// A budget unit (预算单位) and its projects.
#[derive(Serialize, JsonSchema)]
pub struct UnitJson {
    pub code: String,
    pub name: String,
    /// Table numbers of its projects, in document order.
    pub projects: Vec<usize>,
    pub totals: Totals,
}

/// Sums over a set of projects.
#[derive(Serialize, JsonSchema)]
pub struct Totals {
    pub projects: usize,
    pub indicators: usize,
    pub budget: DecimalString,
    pub fiscal_funds: DecimalString,
    pub other_funds: DecimalString,
}

#[derive(Serialize, JsonSchema)]
pub struct AcknowledgementJson {
    pub code: String,
    pub reason: String,
}

/// One project table (项目支出绩效目标表).
#[derive(Serialize, JsonSchema)]
pub struct ProjectJson {
    /// Table number in the document.
    pub number: usize,
    /// 项目编码; null when the form has none.
    pub code: Option<String>,
    /// 项目名称.
    pub name: String,
    /// Page title: `<名称>绩效目标表` unless the document gives one.
    pub title: String,
    /// Code of its budget unit.
    pub unit: Option<String>,
    /// 预算数.
    pub budget: Option<DecimalString>,
    /// 财政资金 (written, or 上级 + 本级 when only those are).
    pub fiscal_funds: Option<DecimalString>,
    /// 其他资金 as the two-source forms print it: every source besides 财政资金.
    pub other_funds: Option<DecimalString>,
    /// The budget's sources as written, in order.
    pub sources: Vec<SourceJson>,
    /// 中期资金总额 of a multi-year project, with its sources.
    pub mid_term_budget: Option<FundsJson>,
    /// 资金用途.
    #[serde(rename = "use")]
    pub use_text: Option<String>,
    /// 项目期.
    pub period: Option<PeriodJson>,
    /// 项目实施进度计划, in order.
    pub plan: Vec<PlanRowJson>,
    /// 审核意见, in order.
    pub reviews: Vec<ReviewJson>,
    /// The cells of the form's head.
    pub info: InfoJson,
    /// The form's text blocks.
    pub texts: TextsJson,
    pub breakdown: Option<BreakdownJson>,
    /// Cumulative 资金支出计划.
    pub schedule: Vec<ScheduleJson>,
    /// 绩效目标, numbered 1, 2 … in order (the 年度目标 of forms that also have a 中期 or 长期 one).
    pub goals: Vec<String>,
    /// The goal over the project's whole period.
    pub term_goal: Option<TermGoalJson>,
    pub indicators: Vec<IndicatorJson>,
    pub acknowledgements: Vec<AcknowledgementJson>,
    /// Where its name is written: only in the data `perfc preview` typesets (see [`Place`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(skip)]
    pub place: Option<Place>,
}

/// An amount and its sources.
#[derive(Serialize, JsonSchema)]
pub struct FundsJson {
    pub total: DecimalString,
    /// 财政资金 (财政拨款).
    pub fiscal_funds: DecimalString,
    /// Every source besides 财政资金.
    pub other_funds: DecimalString,
    /// The sources as written, in order.
    pub sources: Vec<SourceJson>,
}

/// A source of funds as written.
#[derive(Serialize, JsonSchema)]
pub struct SourceJson {
    /// `fiscal` (财政资金, 财政拨款), `higher_fiscal`, `local_fiscal`, `own_funds`,
    /// `service_income`, `business_income` or `other`.
    pub key: &'static str,
    /// The source's name as the document wrote it (`财政拨款`).
    pub label: &'static str,
    pub amount: DecimalString,
}

/// 项目期: the months as written, and read when written as dates.
#[derive(Serialize, JsonSchema)]
pub struct PeriodJson {
    pub text: String,
    pub start_year: Option<u32>,
    pub start_month: Option<u8>,
    pub end_year: Option<u32>,
    pub end_month: Option<u8>,
}

/// A 审核意见: who reviewed, the opinion, the reviewer and the date.
#[derive(Serialize, JsonSchema)]
pub struct ReviewJson {
    pub by: String,
    pub opinion: String,
    pub reviewer: Option<String>,
    pub date: Option<String>,
}

/// A row of the 项目实施进度计划.
#[derive(Serialize, JsonSchema)]
pub struct PlanRowJson {
    /// 实施内容.
    pub content: String,
    pub when: PeriodJson,
}

/// The goal over a multi-year project's period.
#[derive(Serialize, JsonSchema)]
pub struct TermGoalJson {
    /// `中期目标` or `长期目标`, as the document calls it.
    pub label: &'static str,
    pub text: String,
}

/// The cells of a 申报表's head; null when not written.
#[derive(Serialize, JsonSchema, Default)]
pub struct InfoJson {
    /// 主管部门.
    pub supervisor: Option<String>,
    /// 主管部门编码.
    pub supervisor_code: Option<String>,
    /// 实施单位.
    pub implementer: Option<String>,
    /// 项目负责人.
    pub manager: Option<String>,
    /// 联系电话.
    pub phone: Option<String>,
    /// 项目属性 (新增/延续).
    pub attribute: Option<String>,
    /// 项目类型.
    pub project_type: Option<String>,
    /// 功能科目.
    pub function_class: Option<String>,
    /// 填报单位.
    pub filing_unit: Option<String>,
    /// 填报人.
    pub filed_by: Option<String>,
    /// 单位负责人.
    pub unit_head: Option<String>,
    /// 填报日期.
    pub filing_date: Option<String>,
}

/// The text blocks of a 申报表; null when not written.
#[derive(Serialize, JsonSchema, Default)]
pub struct TextsJson {
    /// 单位职能概述.
    pub unit_functions: Option<String>,
    /// 项目概况.
    pub overview: Option<String>,
    /// 立项依据.
    pub approval_basis: Option<String>,
    /// 可行性.
    pub feasibility: Option<String>,
    /// 必要性.
    pub necessity: Option<String>,
    /// 保障措施.
    pub measures: Option<String>,
    /// 其他说明的问题.
    pub remarks: Option<String>,
}

/// The itemised money of a project.
#[derive(Serialize, JsonSchema)]
pub struct BreakdownJson {
    /// The amount requested when the budget arranges only part of it.
    pub requested: Option<ClaimJson>,
    /// Part of the request arranged in earlier years.
    pub arranged_before: Option<DecimalString>,
    pub items: Vec<BreakdownItemJson>,
    /// The total the text states (`合计`).
    pub total: Option<ClaimJson>,
}

#[derive(Serialize, JsonSchema)]
pub struct ClaimJson {
    pub amount: DecimalString,
    /// Marked `约`: a rounded figure.
    pub approx: bool,
}

#[derive(Serialize, JsonSchema)]
pub struct BreakdownItemJson {
    pub label: String,
    /// The arithmetic as written, e.g. `6 人 × 150 元/天/人 × 250 天`.
    pub expression: String,
    /// The stated result (`= …`) as written, if any.
    pub stated: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct ScheduleJson {
    /// Month whose end the percentage is reached by.
    pub month: u8,
    /// `3月底`.
    pub label: String,
    /// Cumulative percent spent.
    pub percent: DecimalString,
}

/// One indicator row.
#[derive(Serialize, JsonSchema)]
pub struct IndicatorJson {
    /// 一级指标, normalised (the text as written when unknown).
    pub level1: String,
    pub level1_text: String,
    /// 二级指标, normalised (the text as written when unknown).
    pub level2: String,
    pub level2_text: String,
    /// 三级指标.
    pub name: String,
    /// 绩效指标描述 (the name when none is written).
    pub description: String,
    /// 指标值 (annual target).
    pub value: Option<ValueJson>,
    pub mid_term: Option<ValueJson>,
    pub long_term: Option<ValueJson>,
    /// 指标值确定依据.
    pub basis: Option<BasisJson>,
    /// 计量单位, when written apart from the value.
    pub measure_unit: Option<String>,
    /// 分值.
    pub weight: Option<DecimalString>,
    /// 备注.
    pub remark: Option<String>,
    /// 指标性质 as written (正向, 反向, 定性).
    pub nature: Option<String>,
    /// 指标方向 as written (大于等于 …).
    pub direction: Option<String>,
    /// Made from the library's template of its name (`模板`), whose fields it takes where it
    /// writes none: absent when written out in full.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_template: bool,
    pub acknowledgements: Vec<AcknowledgementJson>,
    /// Where its name is written: only in the data `perfc preview` typesets (see [`Place`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(skip)]
    pub place: Option<Place>,
}

/// A typed target value; `text` is what was written.
#[derive(Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ValueJson {
    Quantity {
        /// `≥`, `≤`, `>`, `<` or `=`; null when none was written.
        comparator: Option<&'static str>,
        /// Null when a template blank (`**`) stands in for the number.
        amount: Option<DecimalString>,
        /// The unit in its standard spelling (`%` for 百分比), when recognised.
        unit: Option<String>,
        /// The unit as written.
        unit_text: Option<String>,
        text: String,
    },
    Deadline {
        year: Option<u32>,
        month: Option<u8>,
        day: Option<u8>,
        /// `底`/`末`: the end of the month (or year).
        end_of_period: bool,
        /// `前`: by then, not on that day.
        before: bool,
        text: String,
    },
    Level {
        level: String,
        text: String,
    },
    NotApplicable {
        text: String,
    },
    Text {
        text: String,
    },
}

#[derive(Serialize, JsonSchema)]
pub struct BasisJson {
    pub text: String,
    /// The official category it falls in, when it can be told.
    pub category: Option<BasisCategory>,
}

/// The document as pretty-printed JSON (with a final newline).
pub fn to_string(document: &Document) -> String {
    pretty(&convert(document))
}

/// Pretty-printed, with a final newline.
fn pretty(json: &DocumentJson) -> String {
    // The output types hold only strings, numbers and sequences: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(json).unwrap_or_default();
    text.push('\n');
    text
}

/// The document as [`to_string`] writes it, each project and indicator with its [`Place`]: the
/// data of `perfc preview`, whose template links each row's cells there.
pub fn to_string_with_places(document: &Document) -> String {
    let mut json = convert(document);
    for (project, model) in json.projects.iter_mut().zip(&document.projects) {
        project.place = Some(Place::of(model.node.name.span));
        for (indicator, model) in project.indicators.iter_mut().zip(&model.indicators) {
            indicator.place = Some(Place::of(model.node.name.span));
        }
    }
    pretty(&json)
}

/// A place in the sources as `FILE:OFFSET` (the file's number among the sources, the byte
/// offset in it): opaque to the template, which makes it a link `perfc:FILE:OFFSET`.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Place(String);

impl Place {
    fn of(span: Span) -> Place {
        Place(format!("{}:{}", span.file.0, span.start()))
    }

    /// The place a link `perfc:FILE:OFFSET` names (as [`Place::of`] wrote it).
    pub fn parse(link: &str) -> Option<(FileId, usize)> {
        let (file, offset) = link.strip_prefix("perfc:")?.split_once(':')?;
        Some((FileId(file.parse().ok()?), offset.parse().ok()?))
    }
}

pub fn convert<'a>(document: &Document<'a>) -> DocumentJson {
    let header = &document.header;
    let unit = header.money_unit;
    let money = Money {
        unit,
        scale: scale_of(&document.projects, unit),
    };
    let mut bases = basis::Classifier::default();
    let projects: Vec<ProjectJson> = document
        .projects
        .iter()
        .map(|p| project(p, money, &mut bases))
        .collect();
    DocumentJson {
        format_version: FORMAT_VERSION,
        title: header.node.map(|h| h.title.value.clone()),
        year: header.year.as_ref().map(|y| y.node),
        department: header.department.map(|t| t.value.clone()),
        prepared_by: header.prepared_by.map(|t| t.value.clone()),
        reviewed_by: header.reviewed_by.map(|t| t.value.clone()),
        status: header.status.map(|s| match s {
            Status::Draft => "draft",
            Status::Final => "final",
        }),
        money_unit: unit.name,
        money_scale: money.scale,
        framework: header.framework.as_str(),
        form: header.form.id(),
        department_goals: document
            .goals
            .map(|g| goals(g, document, money, &mut bases)),
        units: document
            .units
            .iter()
            .map(|u| unit_json(u, &document.projects, money))
            .collect(),
        totals: totals(document.projects.iter(), money),
        projects,
        acknowledgements: acknowledgements(header.acknowledgements.iter().copied()),
        self_evaluations: document
            .evaluations_counted()
            .map(|e| self_evaluation(document, e))
            .collect(),
        monitorings: document
            .monitorings_counted()
            .map(|m| monitoring::monitoring(document, m))
            .collect(),
    }
}

fn self_evaluation(document: &Document, evaluation: &EvaluationModel) -> SelfEvaluationJson {
    let record = evaluation.node;
    let unit = document.header.money_unit;
    let amount = |money: &Option<ast::Money>| {
        money
            .as_ref()
            .and_then(|m| unit.amount_of(m))
            .map(DecimalString::from)
    };
    let funds = record.funds.as_ref();
    let project = evaluation.project(document);
    let evaluated = evaluation.evaluated(document);
    let card = evaluated.map(|e| evaluation.score(document, e.indicators));
    let execution = card.as_ref().and_then(|c| c.execution.as_ref());
    let total = card.as_ref().and_then(|c| c.total.as_ref());
    let profile = &document.header.scoring;
    SelfEvaluationJson {
        project_reference: record.project.node.clone(),
        project: project.map(|p| p.number),
        whole_department: record.whole_department,
        initial_budget: funds.and_then(|f| amount(&f.total.initial)),
        full_year_budget: funds.and_then(|f| amount(&f.total.full_year)),
        executed: funds.and_then(|f| amount(&f.total.executed)),
        sources: funds
            .map(|f| {
                f.sources
                    .iter()
                    .map(|s| EvaluationSourceJson {
                        key: s.source.node.spelling(Lang::En),
                        label: source_label(s.source.node),
                        initial_budget: amount(&s.amounts.initial),
                        full_year_budget: amount(&s.amounts.full_year),
                        executed: amount(&s.amounts.executed),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        execution_deviation: funds.and_then(|f| f.deviation.as_ref().map(|t| t.value.clone())),
        execution_rate: execution.map(|(rate, _)| DecimalString::from(*rate)),
        execution_weight: profile.execution.into(),
        execution_score: execution.map(|(_, scored)| ScoreJson {
            score: scored.score.into(),
            explanation: scored.explanation.clone(),
        }),
        achieved: record.achieved.as_ref().map(|t| t.value.clone()),
        rows: card
            .as_ref()
            .map(|c| c.rows.iter().map(evaluation_row).collect())
            .unwrap_or_default(),
        total: total.map(|t| ScoreJson {
            score: t.score.into(),
            explanation: t.explanation.clone(),
        }),
        total_weight: profile.total().ok().map(DecimalString::from),
        grade: total.map(|t| t.grade),
        grade_word: total.map(|t| t.grade.word()),
    }
}

/// The 自评表's label of a source's row.
fn source_label(source: Keyword) -> &'static str {
    match source {
        Keyword::CurrentAppropriation => "当年财政拨款",
        Keyword::CarriedOver => "上年结转资金",
        Keyword::Basic => "基本支出",
        Keyword::ProjectSpending => "项目支出",
        _ => "其他资金",
    }
}

fn evaluation_row(row: &RowScore) -> EvaluationRowJson {
    let indicator = row.indicator.node;
    let (method, explanation) = match &row.outcome {
        Outcome::Scored(scored) => (scored.method.id(), Some(scored.explanation.clone())),
        Outcome::Qualitative { attainment, band } => (
            "qualitative",
            Some(format!("{}：得分应在 {band} 内", attainment.word())),
        ),
        Outcome::NotApplicable => ("not_applicable", None),
        Outcome::Missing => ("missing", None),
        Outcome::Mismatch => ("mismatch", None),
    };
    EvaluationRowJson {
        level1: row.indicator.group.node.to_string(),
        level2: indicator.category.node.to_string(),
        name: indicator.name.value.clone(),
        target: indicator.value.as_ref().map(|v| v.shown().to_string()),
        actual: row
            .row
            .and_then(|r| r.actual.as_ref())
            .map(|v| v.shown().to_string()),
        weight: row.weight.into(),
        method,
        score: row.points().map(DecimalString::from),
        written_score: row
            .row
            .and_then(|r| r.score.as_ref())
            .map(|s| s.node.into()),
        explanation,
        deviation: row
            .row
            .and_then(|r| r.deviation.as_ref())
            .map(|t| t.value.clone()),
    }
}

fn goals<'a>(
    goals: &ast::DepartmentGoals,
    document: &Document<'a>,
    money: Money,
    bases: &mut basis::Classifier<'a>,
) -> GoalsJson {
    let mut out = GoalsJson {
        overall: Vec::new(),
        sub_goals: Vec::new(),
        measures: Vec::new(),
        table: document
            .department
            .has_table()
            .then(|| department_table(document, money, bases)),
    };
    for entry in &goals.entries {
        match entry {
            GoalsEntry::Overall(t) => out.overall.push(t.value.clone()),
            GoalsEntry::SubGoal(s) => out.sub_goals.push(SubGoalJson {
                number: out.sub_goals.len() + 1,
                title: s.title.value.clone(),
                goal: s.goal.as_ref().map(|t| t.value.clone()),
                indicators: s.indicators.as_ref().map(|t| t.value.clone()),
            }),
            GoalsEntry::Measure(m) => out.measures.push(MeasureJson {
                number: out.measures.len() + 1,
                title: m.title.value.clone(),
                text: m.body.value.clone(),
            }),
            // The table's cells, gathered by the model.
            _ => {}
        }
    }
    out
}

fn department_table<'a>(
    document: &Document<'a>,
    money: Money,
    bases: &mut basis::Classifier<'a>,
) -> DepartmentTableJson {
    let department = &document.department;
    let budget = department.budget;
    DepartmentTableJson {
        code: department.code.map(|c| c.node.clone()),
        budget: budget.map(|b| money.converted(&b.total)),
        basic_spending: budget
            .and_then(|b| b.basic.as_ref())
            .map(|m| money.converted(m)),
        project_spending: budget
            .and_then(|b| b.projects.as_ref())
            .map(|m| money.converted(m)),
        functions: department.functions.map(|t| t.value.clone()),
        duties: department
            .duties
            .iter()
            .map(|d| DutyJson {
                function: d.function.value.clone(),
                task: d.task.value.clone(),
                amount: money.converted(&d.amount),
                projects: d
                    .projects
                    .iter()
                    .map(|reference| {
                        let found = document.project_named(&reference.node);
                        DutyProjectJson {
                            number: found.map(|p| p.number),
                            name: found
                                .map_or(&reference.node, |p| &p.node.name.value)
                                .clone(),
                            budget: found
                                .and_then(|p| p.budget)
                                .map(|b| money.converted(&b.total)),
                        }
                    })
                    .collect(),
            })
            .collect(),
        indicators: department
            .indicators
            .iter()
            .map(|i| indicator(i, bases))
            .collect(),
    }
}

fn unit_json(unit: &ast::UnitDecl, projects: &[ProjectModel], money: Money) -> UnitJson {
    let code = &unit.code.node;
    let own: Vec<&ProjectModel> = projects
        .iter()
        .filter(|p| p.unit.is_some_and(|u| &u.node == code))
        .collect();
    UnitJson {
        code: code.clone(),
        name: unit.name.value.clone(),
        projects: own.iter().map(|p| p.number).collect(),
        totals: totals(own.into_iter(), money),
    }
}

fn totals<'a, 'b: 'a>(
    projects: impl Iterator<Item = &'a ProjectModel<'b>> + Clone,
    money: Money,
) -> Totals {
    // The pipeline makes no output when a total does not fit a decimal (E0006).
    let [budget, fiscal, other] = money_totals(projects.clone(), money.unit).unwrap_or_default();
    Totals {
        projects: projects.clone().count(),
        indicators: projects.map(|p| p.indicators.len()).sum(),
        budget: money.scaled(budget),
        fiscal_funds: money.scaled(fiscal),
        other_funds: money.scaled(other),
    }
}

/// The document's money unit and scale: how amounts are written in the JSON.
#[derive(Clone, Copy)]
struct Money {
    unit: MoneyUnit,
    /// Decimal places of the most precise project amount (预算数, 财政资金, 其他资金).
    scale: u32,
}

impl Money {
    /// `amount` with at least the document's decimal places (never fewer than its own: no
    /// digit is dropped).
    fn scaled(self, mut amount: Decimal) -> DecimalString {
        if amount.scale() < self.scale {
            amount.rescale(self.scale);
        }
        amount.into()
    }

    /// An amount in the document's unit. The pipeline makes no output when an amount does not
    /// convert (E0006), so the amount as written is never what is printed.
    fn converted(self, written: &ast::Money) -> DecimalString {
        self.scaled(self.unit.amount_of(written).unwrap_or(written.amount))
    }

    /// 财政资金: as written, or its parts added up; zero when the budget names none.
    fn fiscal(self, budget: &ast::Budget) -> DecimalString {
        self.scaled(fiscal_amount(budget, self.unit).unwrap_or_default())
    }

    /// 其他资金 in the two-source forms: every source that is not 财政资金.
    fn non_fiscal(self, budget: &ast::Budget) -> DecimalString {
        self.scaled(non_fiscal_amount(budget, self.unit).unwrap_or_default())
    }

    fn sources(self, budget: &ast::Budget) -> Vec<SourceJson> {
        budget
            .sources
            .iter()
            .map(|(keyword, amount)| SourceJson {
                key: ast::fund_source(*keyword).spelling(Lang::En),
                label: keyword.spelling(Lang::Zh),
                amount: self.converted(amount),
            })
            .collect()
    }
}

/// The decimal places of the most precise project amount, in the document's unit.
fn scale_of(projects: &[ProjectModel], unit: MoneyUnit) -> u32 {
    projects
        .iter()
        .flat_map(|p| p.budget.into_iter().chain(p.mid_budget))
        .flat_map(|b| std::iter::once(&b.total).chain(b.sources.iter().map(|(_, m)| m)))
        .filter_map(|m| unit.amount_of(m))
        .map(|d| d.scale())
        .max()
        .unwrap_or(0)
}

fn acknowledgements<'a>(
    acks: impl Iterator<Item = &'a ast::Acknowledge>,
) -> Vec<AcknowledgementJson> {
    acks.map(|a| AcknowledgementJson {
        code: a.code.node.to_string(),
        reason: a.reason.value.clone(),
    })
    .collect()
}

fn project<'a>(
    p: &ProjectModel<'a>,
    money: Money,
    bases: &mut basis::Classifier<'a>,
) -> ProjectJson {
    let budget = p.budget;
    ProjectJson {
        number: p.number,
        code: p.code().map(str::to_string),
        name: p.node.name.value.clone(),
        title: p.title.map_or_else(
            || format!("{}绩效目标表", p.node.name.value),
            |t| t.value.clone(),
        ),
        unit: p.unit.map(|u| u.node.clone()),
        budget: budget.map(|b| money.converted(&b.total)),
        fiscal_funds: budget.map(|b| money.fiscal(b)),
        other_funds: budget.map(|b| money.non_fiscal(b)),
        sources: budget.map_or_else(Vec::new, |b| money.sources(b)),
        mid_term_budget: p.mid_budget.map(|b| FundsJson {
            total: money.converted(&b.total),
            fiscal_funds: money.fiscal(b),
            other_funds: money.non_fiscal(b),
            sources: money.sources(b),
        }),
        use_text: p.use_text.map(|t| t.value.clone()),
        period: p.period.map(period),
        plan: p
            .plan
            .iter()
            .flat_map(|rows| &rows.node)
            .map(|row| PlanRowJson {
                content: row.content.value.clone(),
                when: period(&row.when),
            })
            .collect(),
        reviews: p
            .reviews
            .iter()
            .map(|r| ReviewJson {
                by: r.by.value.clone(),
                opinion: r.opinion.value.clone(),
                reviewer: r.reviewer.as_ref().map(|w| w.node.clone()),
                date: r.date.as_ref().map(|w| w.node.clone()),
            })
            .collect(),
        info: info(p),
        texts: texts(p),
        breakdown: p.breakdown.map(|b| breakdown(b, money)),
        schedule: p
            .schedule
            .iter()
            .flat_map(|s| &s.entries)
            .map(|e| ScheduleJson {
                month: e.month.node,
                label: format!("{}月底", e.month.node),
                percent: e.percent.node.into(),
            })
            .collect(),
        goals: p.goals.iter().map(|g| g.value.clone()).collect(),
        term_goal: p.term_goal.map(|(keyword, text)| TermGoalJson {
            label: keyword.spelling(crate::diag::Lang::Zh),
            text: text.value.clone(),
        }),
        indicators: p.indicators.iter().map(|i| indicator(i, bases)).collect(),
        acknowledgements: acknowledgements(p.acknowledgements.iter().copied()),
        place: None,
    }
}

fn period(p: &ast::Period) -> PeriodJson {
    let (first, last) = p.range.map_or((None, None), |(a, b)| (Some(a), Some(b)));
    PeriodJson {
        text: p.text.clone(),
        start_year: first.map(|m| m.year),
        start_month: first.and_then(|m| m.month),
        end_year: last.map(|m| m.year),
        end_month: last.and_then(|m| m.month),
    }
}

fn info(p: &ProjectModel) -> InfoJson {
    let mut out = InfoJson::default();
    for (keyword, value) in &p.info {
        let slot = match keyword {
            Keyword::Supervisor => &mut out.supervisor,
            Keyword::SupervisorCode => &mut out.supervisor_code,
            Keyword::Implementer => &mut out.implementer,
            Keyword::Manager => &mut out.manager,
            Keyword::Phone => &mut out.phone,
            Keyword::Attribute => &mut out.attribute,
            Keyword::ProjectType => &mut out.project_type,
            Keyword::FunctionClass => &mut out.function_class,
            Keyword::FilingUnit => &mut out.filing_unit,
            Keyword::FiledBy => &mut out.filed_by,
            Keyword::UnitHead => &mut out.unit_head,
            _ => &mut out.filing_date,
        };
        *slot = Some(value.node.clone());
    }
    out
}

fn texts(p: &ProjectModel) -> TextsJson {
    let mut out = TextsJson::default();
    for (keyword, text) in &p.prose {
        let slot = match keyword {
            Keyword::Functions => &mut out.unit_functions,
            Keyword::Overview => &mut out.overview,
            Keyword::Approval => &mut out.approval_basis,
            Keyword::Feasibility => &mut out.feasibility,
            Keyword::Necessity => &mut out.necessity,
            Keyword::Measure => &mut out.measures,
            _ => &mut out.remarks,
        };
        *slot = Some(text.value.clone());
    }
    out
}

fn breakdown(b: &ast::Breakdown, money: Money) -> BreakdownJson {
    let claim = |c: &ast::Claim| ClaimJson {
        amount: money.converted(&c.money),
        approx: c.approx,
    };
    BreakdownJson {
        requested: b.requested.as_ref().map(claim),
        arranged_before: b.previously.as_ref().map(|m| money.converted(m)),
        items: b
            .items
            .iter()
            .map(|i| BreakdownItemJson {
                label: i.label.value.clone(),
                expression: i.expr.canonical(),
                stated: i.result.as_ref().map(|r| {
                    let approx = if r.approx { "约 " } else { "" };
                    format!("{approx}{}", r.quantity.canonical())
                }),
            })
            .collect(),
        total: b.total.as_ref().map(claim),
    }
}

/// One indicator row as `perfc build` writes it (also the LSP's hover).
pub(crate) fn indicator<'a>(
    i: &IndicatorModel<'a>,
    bases: &mut basis::Classifier<'a>,
) -> IndicatorJson {
    let node = i.node;
    IndicatorJson {
        level1: i
            .level1
            .map_or_else(|| i.group.node.to_string(), |l| l.name().to_string()),
        level1_text: i.group.node.to_string(),
        level2: i
            .level2
            .map_or_else(|| node.category.node.to_string(), |l| l.name().to_string()),
        level2_text: node.category.node.to_string(),
        name: node.name.value.clone(),
        description: i.description().to_string(),
        value: node.value.as_ref().map(|v| value(v, i.unit.as_ref())),
        mid_term: node.mid_term.as_ref().map(|v| value(v, None)),
        long_term: node.long_term.as_ref().map(|v| value(v, None)),
        basis: node.basis.as_ref().map(|b| BasisJson {
            text: b.node.clone(),
            category: bases.classify(&b.node),
        }),
        measure_unit: node.measure_unit.as_ref().map(|u| u.node.clone()),
        weight: node.weight.as_ref().map(|w| w.node.into()),
        remark: node.remark.as_ref().map(|r| r.node.clone()),
        nature: node.nature.as_ref().map(|n| n.node.clone()),
        direction: node.direction.as_ref().map(|d| d.node.clone()),
        from_template: node.template.is_some(),
        acknowledgements: acknowledgements(node.acknowledgements.iter()),
        place: None,
    }
}

fn value(v: &ast::Value, reading: Option<&UnitReading>) -> ValueJson {
    let text = v.raw.trim().to_string();
    match &v.kind {
        ValueKind::Quantity {
            comparator,
            amount,
            unit,
        } => ValueJson::Quantity {
            comparator: comparator.as_ref().map(|c| c.node.symbol()),
            amount: match amount {
                Amount::Number(n) => Some(n.node.into()),
                Amount::Placeholder(_) | Amount::Unreadable(_) => None,
            },
            unit: match reading {
                None | Some(UnitReading::Unknown) => unit.as_ref().map(|u| u.node.to_string()),
                Some(known) => known.unit().map(|(u, _)| u.to_string()),
            },
            unit_text: unit.as_ref().map(|u| u.node.to_string()),
            text,
        },
        ValueKind::Deadline(d) => ValueJson::Deadline {
            year: d.year.as_ref().map(|y| y.node),
            month: d.month,
            day: d.day,
            end_of_period: d.end_of_period,
            before: d.before,
            text,
        },
        ValueKind::Level(level) => ValueJson::Level {
            level: level.to_string(),
            text,
        },
        ValueKind::NotApplicable(_) => ValueJson::NotApplicable { text },
        ValueKind::Text(t) => ValueJson::Text {
            text: t.value.clone(),
        },
    }
}
