//! The keywords of the grammar in their two spellings, and the character classes of its tokens:
//! the one table that the formatter, error messages, completion, import and the include scanner
//! use. Tests hold it to `grammar/perf.pest`, so a keyword added there and missing here fails.

use crate::diag::Lang;

macro_rules! keywords {
    ($($keyword:ident = $rule:ident $zh:literal $en:literal,)*) => {
        /// A keyword of the grammar (its `kw_*` rule).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Keyword {
            $($keyword,)*
        }

        impl Keyword {
            /// Every keyword, in the grammar's order.
            pub const ALL: &'static [Keyword] = &[$(Keyword::$keyword,)*];

            /// The grammar rule that reads it (`kw_include`).
            pub fn rule_name(self) -> &'static str {
                match self {
                    $(Keyword::$keyword => stringify!($rule),)*
                }
            }

            /// Its Chinese and English spellings.
            pub fn spellings(self) -> (&'static str, &'static str) {
                match self {
                    $(Keyword::$keyword => ($zh, $en),)*
                }
            }
        }
    };
}

keywords! {
    Include = kw_include "包含" "include",
    Document = kw_document "文档" "document",
    Year = kw_year "年度" "year",
    Department = kw_department "部门" "department",
    PreparedBy = kw_prepared "编制" "prepared_by",
    ReviewedBy = kw_reviewed "审核" "reviewed_by",
    Status = kw_status "状态" "status",
    MoneyUnit = kw_money_unit "金额单位" "money_unit",
    AllowInclude = kw_allow_include "允许包含" "allow_include",
    Framework = kw_framework "指标体系" "framework",
    Rules = kw_rules "规则" "rules",
    Acknowledge = kw_acknowledge "确认" "acknowledge",
    ExtraUnits = kw_extra_units "补充单位" "extra_units",
    ExtraLevels = kw_extra_levels "补充定性" "extra_levels",
    DepartmentGoals = kw_dept_goals "部门目标" "department_goals",
    Overall = kw_overall "总体目标" "overall",
    SubGoal = kw_sub_goal "分项目标" "sub_goal",
    Measure = kw_measure "保障措施" "measure",
    Unit = kw_unit "单位" "unit",
    Project = kw_project "项目" "project",
    Title = kw_title "标题" "title",
    Budget = kw_budget "预算" "budget",
    Fiscal = kw_fiscal "财政资金" "fiscal",
    Other = kw_other "其他资金" "other",
    Appropriation = kw_appropriation "财政拨款" "appropriation",
    HigherFiscal = kw_higher_fiscal "上级财政资金" "higher_fiscal",
    LocalFiscal = kw_local_fiscal "本级财政资金" "local_fiscal",
    OwnFunds = kw_own_funds "自有资金" "own_funds",
    ServiceIncome = kw_service_income "事业收入" "service_income",
    BusinessIncome = kw_business_income "经营性收入" "business_income",
    Use = kw_use "用途" "use",
    Breakdown = kw_breakdown "明细" "breakdown",
    Requested = kw_requested "申请" "requested",
    Previously = kw_previously "已安排" "arranged_before",
    Total = kw_total "合计" "total",
    Schedule = kw_schedule "支出计划" "schedule",
    Goal = kw_goal "目标" "goal",
    Indicators = kw_indicators "指标" "indicators",
    Description = kw_description "描述" "description",
    Basis = kw_basis "依据" "basis",
    Value = kw_value "指标值" "value",
    MeasureUnit = kw_measure_unit "计量单位" "measure_unit",
    Weight = kw_weight "分值" "weight",
    MidTerm = kw_mid_term "中期目标" "mid_term",
    LongTerm = kw_long_term "长期目标" "long_term",
    Remark = kw_remark "备注" "remark",
    Nature = kw_nature "指标性质" "nature",
    Direction = kw_direction "指标方向" "direction",
    Form = kw_form "表样" "form",
    MidBudget = kw_mid_budget "中期资金" "mid_term_budget",
    Period = kw_period "项目期" "period",
    Plan = kw_plan "实施计划" "plan",
    Review = kw_review "审核意见" "review",
    Reviewer = kw_reviewer "审核人" "reviewer",
    ReviewDate = kw_review_date "审核日期" "review_date",
    Supervisor = kw_supervisor "主管部门" "supervisor",
    SupervisorCode = kw_supervisor_code "主管部门编码" "supervisor_code",
    Implementer = kw_implementer "实施单位" "implementer",
    Manager = kw_manager "项目负责人" "manager",
    Phone = kw_phone "联系电话" "phone",
    Attribute = kw_attribute "项目属性" "attribute",
    ProjectType = kw_project_type "项目类型" "project_type",
    FunctionClass = kw_function_class "功能科目" "function_class",
    FilingUnit = kw_filing_unit "填报单位" "filing_unit",
    FiledBy = kw_filed_by "填报人" "filed_by",
    UnitHead = kw_unit_head "单位负责人" "unit_head",
    FilingDate = kw_filing_date "填报日期" "filing_date",
    Overview = kw_overview "项目概况" "overview",
    Approval = kw_approval "立项依据" "approval_basis",
    Feasibility = kw_feasibility "可行性" "feasibility",
    Necessity = kw_necessity "必要性" "necessity",
    Functions = kw_functions "单位职能" "unit_functions",
    Remarks = kw_remarks "其他说明" "remarks",
    DeptCode = kw_dept_code "部门编码" "department_code",
    Basic = kw_basic "基本支出" "basic_spending",
    ProjectSpending = kw_project_spending "项目支出" "project_spending",
    Duty = kw_duty "履职目标" "duty",
    SelfEvaluation = kw_self_evaluation "自评" "self_evaluation",
    Funds = kw_funds "资金" "funds",
    InitialBudget = kw_initial_budget "年初预算数" "initial_budget",
    FullYearBudget = kw_full_year_budget "全年预算数" "full_year_budget",
    Executed = kw_executed "全年执行数" "executed",
    ExecutionRate = kw_execution_rate "执行率" "execution_rate",
    Achieved = kw_achieved "完成情况" "achieved",
    Actual = kw_actual "实际" "actual",
    Score = kw_score "得分" "score",
    Deviation = kw_deviation "偏差" "deviation",
    Scoring = kw_scoring "评分" "scoring",
    CurrentAppropriation = kw_current_appropriation "当年财政拨款" "current_appropriation",
    CarriedOver = kw_carried_over "上年结转" "carried_over",
    Monitoring = kw_monitoring "监控" "monitoring",
    WholeDepartment = kw_whole_department "部门整体" "whole_department",
    AsOf = kw_as_of "截至" "as_of",
    ExecutedToDate = kw_executed_to_date "执行数" "executed_to_date",
    ForecastExecuted = kw_forecast_executed "预计执行数" "forecast_executed",
    Done = kw_done "完成" "done",
    Forecast = kw_forecast "预计" "forecast",
    Likelihood = kw_likelihood "可能性" "likelihood",
    Correction = kw_correction "纠偏" "correction",
    Previous = kw_previous "上年" "previous",
    Revision = kw_revision "版本" "revision",
    Library = kw_library "指标库" "library",
    Template = kw_template "模板" "template",
    Category = kw_category "类别" "category",
    Formula = kw_formula "计算公式" "formula",
    Reference = kw_reference "参考值" "reference",
    Core = kw_core "核心" "core",
    AppliesTo = kw_applies_to "适用" "applies_to",
    Approx = kw_approx "约" "approx",
}

/// The keywords that begin a top-level item (`top_keyword`): a broken line never swallows one.
pub const TOP_LEVEL: &[Keyword] = &[
    Keyword::Project,
    Keyword::Include,
    Keyword::Document,
    Keyword::DepartmentGoals,
    Keyword::SelfEvaluation,
    Keyword::Monitoring,
    Keyword::Library,
];

/// The keywords of the fields of `文档 { … }` (`document_field`).
pub const DOCUMENT_FIELDS: &[Keyword] = &[
    Keyword::Year,
    Keyword::Department,
    Keyword::PreparedBy,
    Keyword::ReviewedBy,
    Keyword::Status,
    Keyword::MoneyUnit,
    Keyword::Framework,
    Keyword::Rules,
    Keyword::Acknowledge,
    Keyword::ExtraUnits,
    Keyword::ExtraLevels,
    Keyword::AllowInclude,
    Keyword::Form,
    Keyword::Scoring,
    Keyword::Previous,
];

/// The keywords of the lines of `自评 … { … }` other than its rows' fields.
pub const EVALUATION_LINES: &[Keyword] =
    &[Keyword::Funds, Keyword::ExecutionRate, Keyword::Achieved];

/// The keywords of a self-evaluation row's fields (`evaluation_keyword`).
pub const EVALUATION_FIELDS: &[Keyword] = &[
    Keyword::Actual,
    Keyword::Weight,
    Keyword::Score,
    Keyword::Deviation,
];

/// The sources of a self-evaluation's money (`evaluation_source_keyword`): a project's, then a
/// department's.
pub const EVALUATION_SOURCES: &[Keyword] = &[
    Keyword::CurrentAppropriation,
    Keyword::CarriedOver,
    Keyword::Other,
    Keyword::Basic,
    Keyword::ProjectSpending,
];

/// The amounts of `资金 { … }` in a self-evaluation (`execution_amount`; `偏差` may follow).
pub const EVALUATION_FUNDS: &[Keyword] = &[
    Keyword::InitialBudget,
    Keyword::FullYearBudget,
    Keyword::Executed,
];

/// The keywords of a template's fields in `指标库 { 模板 "…" { … } }` (`template_field`).
pub const TEMPLATE_FIELDS: &[Keyword] = &[
    Keyword::Category,
    Keyword::Nature,
    Keyword::MeasureUnit,
    Keyword::Description,
    Keyword::Formula,
    Keyword::Reference,
    Keyword::Basis,
    Keyword::Core,
    Keyword::AppliesTo,
];

/// The keywords of the lines of `监控 … { … }` other than its rows' fields.
pub const MONITORING_LINES: &[Keyword] = &[Keyword::Funds, Keyword::Achieved];

/// The keywords of a monitoring row's fields (`monitoring_keyword`).
pub const MONITORING_FIELDS: &[Keyword] = &[
    Keyword::Done,
    Keyword::Forecast,
    Keyword::Likelihood,
    Keyword::Deviation,
    Keyword::Correction,
];

/// The amounts of `资金 { … }` in a monitoring (`monitoring_amount`; `偏差` and `纠偏` may
/// follow).
pub const MONITORING_FUNDS: &[Keyword] = &[
    Keyword::FullYearBudget,
    Keyword::ExecutedToDate,
    Keyword::ForecastExecuted,
];

/// The keywords of the lines of `部门目标 { … }`; any other word starts an indicator group.
pub const DEPARTMENT_GOAL_FIELDS: &[Keyword] = &[
    Keyword::Overall,
    Keyword::SubGoal,
    Keyword::Measure,
    Keyword::DeptCode,
    Keyword::Budget,
    Keyword::Functions,
    Keyword::Duty,
];

/// The parts of a department's 预算 (`dept_fund`).
pub const DEPARTMENT_FUNDS: &[Keyword] = &[Keyword::Basic, Keyword::ProjectSpending];

/// The keywords of the lines of `分项目标 "…" { … }`.
pub const SUB_GOAL_FIELDS: &[Keyword] = &[Keyword::Goal, Keyword::Indicators];

/// The keywords of a project's fields (`project_keyword`); any other word starts a group.
pub const PROJECT_FIELDS: &[Keyword] = &[
    Keyword::Unit,
    Keyword::Title,
    Keyword::Budget,
    Keyword::MidBudget,
    Keyword::Use,
    Keyword::Breakdown,
    Keyword::Schedule,
    Keyword::Goal,
    Keyword::MidTerm,
    Keyword::LongTerm,
    Keyword::Period,
    Keyword::Plan,
    Keyword::Supervisor,
    Keyword::SupervisorCode,
    Keyword::Implementer,
    Keyword::Manager,
    Keyword::Phone,
    Keyword::Attribute,
    Keyword::ProjectType,
    Keyword::FunctionClass,
    Keyword::FilingUnit,
    Keyword::FiledBy,
    Keyword::UnitHead,
    Keyword::FilingDate,
    Keyword::Overview,
    Keyword::Approval,
    Keyword::Feasibility,
    Keyword::Necessity,
    Keyword::Functions,
    Keyword::Measure,
    Keyword::Remarks,
    Keyword::Review,
    Keyword::Acknowledge,
];

/// The fields of a `审核意见 … { … }` block (`review_field`).
pub const REVIEW_FIELDS: &[Keyword] = &[Keyword::Reviewer, Keyword::ReviewDate];

/// The cells of a form's head (`info`), in the order the forms print them.
pub const INFO_FIELDS: &[Keyword] = &[
    Keyword::Supervisor,
    Keyword::SupervisorCode,
    Keyword::Implementer,
    Keyword::Manager,
    Keyword::Phone,
    Keyword::Attribute,
    Keyword::ProjectType,
    Keyword::FunctionClass,
    Keyword::FilingUnit,
    Keyword::FiledBy,
    Keyword::UnitHead,
    Keyword::FilingDate,
];

/// The text blocks of a form (`prose`), in the order the forms print them.
pub const PROSE_FIELDS: &[Keyword] = &[
    Keyword::Functions,
    Keyword::Overview,
    Keyword::Approval,
    Keyword::Feasibility,
    Keyword::Necessity,
    Keyword::Measure,
    Keyword::Remarks,
];

/// The sources of funds in `预算 … { … }` (`fund`).
pub const FUNDS: &[Keyword] = &[
    Keyword::Fiscal,
    Keyword::Appropriation,
    Keyword::HigherFiscal,
    Keyword::LocalFiscal,
    Keyword::OwnFunds,
    Keyword::ServiceIncome,
    Keyword::BusinessIncome,
    Keyword::Other,
];

/// The keywords of a breakdown's head and lines.
pub const BREAKDOWN_FIELDS: &[Keyword] = &[
    Keyword::Total,
    Keyword::Approx,
    Keyword::Requested,
    Keyword::Previously,
];

/// The keywords of an indicator row's fields (`field_keyword`): a bare value spelled like one
/// of them is read as the keyword, so such a value is written after `指标值`.
pub const INDICATOR_FIELDS: &[Keyword] = &[
    Keyword::Basis,
    Keyword::Description,
    Keyword::Value,
    Keyword::MeasureUnit,
    Keyword::Weight,
    Keyword::MidTerm,
    Keyword::LongTerm,
    Keyword::Remark,
    Keyword::Nature,
    Keyword::Direction,
    Keyword::Acknowledge,
];

impl Keyword {
    /// Its spelling in `lang`.
    pub fn spelling(self, lang: Lang) -> &'static str {
        let (zh, en) = self.spellings();
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Whether `word` is this keyword in either spelling.
    pub fn is(self, word: &str) -> bool {
        let (zh, en) = self.spellings();
        word == zh || word == en
    }

    /// The keyword of a grammar rule (`kw_include` → `Include`).
    pub fn of_rule_name(name: &str) -> Option<Keyword> {
        Keyword::ALL.iter().copied().find(|k| k.rule_name() == name)
    }

    /// What follows this keyword at the start of `line`, when the grammar reads it there: a
    /// keyword does not run into a following word character (but `约` does: `约15`).
    pub fn strip(self, line: &str) -> Option<&str> {
        let (zh, en) = self.spellings();
        [zh, en].into_iter().find_map(|spelling| {
            let rest = line.strip_prefix(spelling)?;
            let alone = self == Keyword::Approx && spelling == zh;
            (alone || !rest.starts_with(starts_word)).then_some(rest)
        })
    }
}

/// The keyword among `keywords` that `word` spells, in either language.
pub fn find(keywords: &[Keyword], word: &str) -> Option<Keyword> {
    keywords.iter().copied().find(|k| k.is(word))
}

/// Blanks between tokens (`ws`): the tab and the space separators (Unicode Zs), the ideographic
/// space among them.
pub fn is_blank(c: char) -> bool {
    matches!(
        c,
        '\t' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// A character that can start a bare word (`word_char`): not white space, quotes, braces, `#`
/// or `;`.
pub fn starts_word(c: char) -> bool {
    !(c.is_whitespace() || matches!(c, '"' | '{' | '}' | '#' | ';'))
}

/// A character that ends a bare word once started (`word_rest`).
pub fn ends_word(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\n' | '\r' | '"' | '{' | '}' | '#' | ';'
    )
}

/// Whether `text` reads back as one bare word (else it is written as a string).
pub fn is_bare_word(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(starts_word) && !chars.any(ends_word)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use pest::Parser as _;

    use super::*;
    use crate::syntax::{PerfParser, Rule};

    const GRAMMAR: &str = include_str!("../../grammar/perf.pest");

    /// The grammar's definition of `name`: from its `=` to the next blank or comment line.
    fn defined(name: &str) -> Option<String> {
        let mut lines = GRAMMAR.lines().skip_while(|line| {
            line.split_once('=')
                .is_none_or(|(head, _)| head.trim() != name)
        });
        let body = lines.next()?.split_once('=')?.1;
        let rest = lines.take_while(|line| {
            let line = line.trim_start();
            !line.is_empty() && !line.starts_with("//") && !line.contains(" = ")
        });
        Some(
            std::iter::once(body)
                .chain(rest)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    }

    fn definition(name: &str) -> String {
        defined(name).unwrap_or_else(|| panic!("the grammar defines no `{name}`"))
    }

    /// The `"…"` literals of a grammar line.
    fn literals(body: &str) -> Vec<&str> {
        body.split('"').skip(1).step_by(2).collect()
    }

    #[test]
    fn the_table_holds_every_keyword_of_the_grammar_with_its_spellings() {
        let in_grammar: BTreeMap<&str, Vec<&str>> = GRAMMAR
            .lines()
            .filter_map(|line| {
                let (head, body) = line.split_once('=')?;
                let name = head.trim();
                name.starts_with("kw_").then(|| (name, literals(body)))
            })
            .collect();
        let in_table: BTreeMap<&str, Vec<&str>> = Keyword::ALL
            .iter()
            .map(|k| {
                let (zh, en) = k.spellings();
                (k.rule_name(), vec![zh, en])
            })
            .collect();
        assert_eq!(in_table, in_grammar);
    }

    /// The keywords a grammar rule lists: its `kw_*` names, and the first keyword of each rule
    /// it names (`goal` → `kw_goal`).
    fn keywords_of(rule: &str) -> Vec<Keyword> {
        identifiers(&definition(rule))
            .into_iter()
            .filter_map(|name| match name.strip_prefix("kw_") {
                Some(_) => Some(name),
                None => identifiers(&defined(&name)?)
                    .into_iter()
                    .next()
                    .filter(|first| first.starts_with("kw_")),
            })
            .map(|name| Keyword::of_rule_name(&name).expect("a keyword of the table"))
            .collect()
    }

    fn identifiers(body: &str) -> Vec<String> {
        let unquoted: String = body.split('"').step_by(2).collect();
        unquoted
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|word| word.starts_with(|c: char| c.is_ascii_lowercase()))
            .map(str::to_string)
            .collect()
    }

    fn sorted(keywords: &[Keyword]) -> Vec<&'static str> {
        let mut names: Vec<&str> = keywords.iter().map(|k| k.rule_name()).collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn the_groups_are_the_grammars() {
        assert_eq!(sorted(TOP_LEVEL), sorted(&keywords_of("top_keyword")));
        assert_eq!(
            sorted(PROJECT_FIELDS),
            sorted(&keywords_of("project_keyword"))
        );
        assert_eq!(
            sorted(INDICATOR_FIELDS),
            sorted(&keywords_of("field_keyword"))
        );
        assert_eq!(sorted(FUNDS), sorted(&keywords_of("fund")));
        assert_eq!(
            sorted(EVALUATION_FIELDS),
            sorted(&keywords_of("evaluation_keyword"))
        );
        assert_eq!(
            sorted(EVALUATION_FUNDS),
            sorted(&keywords_of("execution_amount"))
        );
        assert_eq!(
            sorted(EVALUATION_SOURCES),
            sorted(&keywords_of("evaluation_source_keyword"))
        );
        assert_eq!(
            sorted(MONITORING_FIELDS),
            sorted(&keywords_of("monitoring_keyword"))
        );
        assert_eq!(
            sorted(MONITORING_FUNDS),
            sorted(&keywords_of("monitoring_amount"))
        );
        assert_eq!(
            sorted(TEMPLATE_FIELDS),
            sorted(&keywords_of("template_field"))
        );
        assert_eq!(sorted(REVIEW_FIELDS), sorted(&keywords_of("review_field")));
        assert_eq!(sorted(INFO_FIELDS), sorted(&keywords_of("info")));
        assert_eq!(sorted(DEPARTMENT_FUNDS), sorted(&keywords_of("dept_fund")));
        assert_eq!(
            sorted(DEPARTMENT_GOAL_FIELDS),
            sorted(&keywords_of("department_goals_keyword"))
        );
        assert_eq!(sorted(PROSE_FIELDS), sorted(&keywords_of("prose")));
        assert_eq!(
            sorted(SUB_GOAL_FIELDS),
            sorted(&keywords_of("sub_goal_line"))
        );
        assert_eq!(
            sorted(DEPARTMENT_GOAL_FIELDS),
            sorted(&keywords_of("department_goals_line"))
        );
        assert_eq!(
            sorted(DOCUMENT_FIELDS),
            sorted(&keywords_of("document_field"))
        );
    }

    /// The grammar with entry points that must read a whole text.
    mod whole {
        #[derive(pest_derive::Parser)]
        #[grammar = "../grammar/perf.pest"]
        #[grammar_inline = "blanks_alone = { SOI ~ ws ~ EOI }\nword_alone = { SOI ~ word ~ EOI }"]
        pub struct Whole;
    }

    fn whole(rule: whole::Rule, text: &str) -> bool {
        whole::Whole::parse(rule, text).is_ok()
    }

    /// Every character of the planes where text is written, and a sample of the others.
    fn characters() -> impl Iterator<Item = char> {
        ('\0'..='\u{ffff}').chain(['\u{1f600}', '\u{20000}', '\u{10ffff}'])
    }

    #[test]
    fn the_character_classes_are_the_grammars() {
        for c in characters() {
            let alone = c.to_string();
            assert_eq!(
                is_blank(c),
                whole(whole::Rule::blanks_alone, &alone),
                "blank {:?}",
                c
            );
            assert_eq!(
                starts_word(c),
                whole(whole::Rule::word_alone, &alone),
                "word start {c:?}"
            );
            assert_eq!(
                !ends_word(c),
                whole(whole::Rule::word_alone, &format!("a{c}")),
                "word end {c:?}"
            );
        }
    }

    #[test]
    fn a_keyword_starts_a_line_exactly_where_its_grammar_rule_reads_it() {
        for &keyword in Keyword::ALL {
            let rule = Rule::all_rules()
                .iter()
                .copied()
                .find(|rule| format!("{rule:?}") == keyword.rule_name())
                .expect("the keyword's rule");
            let (zh, en) = keyword.spellings();
            for spelling in [zh, en] {
                for after in [
                    "",
                    " x",
                    "\u{3000}\"x\"",
                    "x",
                    "甲",
                    "_",
                    "1",
                    "\"",
                    "{",
                    "#",
                    ";",
                ] {
                    let line = format!("{spelling}{after}");
                    let grammar = PerfParser::parse(rule, &line).is_ok();
                    assert_eq!(keyword.strip(&line).is_some(), grammar, "{line:?}");
                }
            }
        }
    }
}
