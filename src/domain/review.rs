//! The review of performance targets (审核意见): the four aspects of 财预〔2015〕88号 each rule of
//! the targets belongs to, and perfc's verdict on a project by the severities of its findings.
//! The verdict is a rule of perfc's, not an official grade; the review says so.

use serde::Serialize;

use crate::diag::{RuleId, Severity};

/// The four aspects a finance bureau reviews targets under (财预〔2015〕88号).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aspect {
    /// 完整性: the goal complete, clear and specific.
    Completeness,
    /// 相关性: the goal matches the duties; indicators tied to it, detailed and quantified.
    Relevance,
    /// 适当性: the money and the goal match.
    Appropriateness,
    /// 可行性: the goal argued and measurable, its plan workable.
    Feasibility,
}

impl Aspect {
    /// In the order the review prints them.
    pub const ALL: [Aspect; 4] = [
        Aspect::Completeness,
        Aspect::Relevance,
        Aspect::Appropriateness,
        Aspect::Feasibility,
    ];

    pub fn chinese(self) -> &'static str {
        match self {
            Aspect::Completeness => "完整性",
            Aspect::Relevance => "相关性",
            Aspect::Appropriateness => "适当性",
            Aspect::Feasibility => "可行性",
        }
    }

    /// The aspect's question, as 88号 asks it.
    pub fn question(self) -> &'static str {
        match self {
            Aspect::Completeness => "绩效目标是否完整、明确、具体，各栏是否填写齐全",
            Aspect::Relevance => {
                "绩效目标是否与部门职能、履职目标相符，绩效指标是否与目标相关、细化、量化"
            }
            Aspect::Appropriateness => "绩效目标与预算资金是否匹配，金额、明细和成本是否相符",
            Aspect::Feasibility => "绩效目标是否经过论证、可以衡量，完成时限和支出计划是否可行",
        }
    }
}

/// The aspect a rule's findings are reviewed under; `None` for the rules that are not about the
/// targets (reading files E00, typesetting E08, self-evaluation and monitoring E09). Every rule
/// of the targets (E01–E07) has one: a test holds the catalogue to it.
pub fn aspect_of(rule: RuleId) -> Option<Aspect> {
    use RuleId::*;
    let aspect = match rule {
        // The header, units and projects: every cell filled, every code and name clear.
        MissingHeader
        | InvalidSetting
        | DuplicateHeader
        | UnknownRule
        | UnusedAcknowledgement
        | PreviousUnreadable
        | UnknownUnit
        | DuplicateUnit
        | UnitCodeFormat
        | ProjectWithoutUnit
        | DuplicateProject
        | ProjectCodeFormat
        | ProjectCodeYear
        | ProjectCodeType
        | ProjectCodeRegion
        | UnitWithoutProjects
        | MissingBudget
        | MissingContent => Aspect::Completeness,
        // The categories the targets must cover, named as the framework names them.
        UnknownLevel1
        | UnknownLevel2
        | MixedFramework
        | MissingOutputOrOutcome
        | MissingCoreCategory
        | MissingOptionalCategory
        | MissingSatisfaction => Aspect::Completeness,
        // Values stated clearly: a value, its unit, a known level, a real date, one direction.
        MissingValue | MissingValueUnit | UnitSpelling | UnknownMeasureUnit | InconsistentUnit
        | UnknownQualitative | InvalidDate | DirectionConflict | UnknownNature => {
            Aspect::Completeness
        }
        // The library's indicators, used as declared; its core indicators present.
        UnknownTemplate | TemplateMismatch | UnusedTemplate | MissingCoreTemplate
        | DuplicateTemplate => Aspect::Completeness,
        // Text as it should print: no placeholder, no repeats, no stray characters.
        Placeholder | DuplicateIndicator | DuplicateDescription | UnbalancedBrackets
        | DoubledPunctuation | RepeatedPhrase | InvisibleCharacter => Aspect::Completeness,
        // The project among the department's tasks; indicators enough, quantified, not a
        // restatement of the name.
        ProjectTask
        | UnknownProjectReference
        | TooFewIndicators
        | MixedValue
        | QuantityNotNumeric
        | LongValueText
        | ValueRepeatsName
        | CopiedFromLastYear => Aspect::Relevance,
        // Money against the goal: sums, breakdowns, costs within the budget; targets neither
        // above the long-term one nor set low.
        BudgetSum
        | BreakdownSum
        | BreakdownLine
        | BreakdownUnits
        | BreakdownNoUnit
        | ArrangedExceedsRequested
        | CostExceedsBudget
        | CostFloor
        | AnnualExceedsPeriod
        | DepartmentBudgetSum
        | ProjectSpendingTotal
        | TaskAmount
        | ImplausibleAmount
        | SatisfactionLow
        | AnnualBeyondLongTerm
        | BelowReference
        | LoosenedFromLastYear
        | BudgetGrewTargetsFlat => Aspect::Appropriateness,
        // Measurable and workable: attainable percentages, deadlines in the year, a basis for
        // each value, a spending plan that reaches 100%.
        PercentRange | PercentAtLeast100 | SatisfactionCeiling | TimelinessValue | DeadlineYear
        | BasisIsValue | MissingBasis | UnrecognisedBasis | ScheduleDecreases
        | ScheduleIncomplete | ScheduleRange | ScheduleOrder | ScheduleSlow => Aspect::Feasibility,
        _ => return None,
    };
    Some(aspect)
}

/// perfc's verdict on a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// 通过.
    Pass,
    /// 修改后通过.
    Revise,
    /// 不通过.
    Fail,
}

impl Verdict {
    /// The verdict on findings of these severities, the ones that count (see [`VERDICT_RULE`]):
    /// any error fails, any warning asks for revision, notes do not count.
    pub fn of(counted: impl IntoIterator<Item = Severity>) -> Verdict {
        counted
            .into_iter()
            .map(|severity| match severity {
                Severity::Error => Verdict::Fail,
                Severity::Warning => Verdict::Revise,
                Severity::Note => Verdict::Pass,
            })
            .max()
            .unwrap_or(Verdict::Pass)
    }

    pub fn chinese(self) -> &'static str {
        match self {
            Verdict::Pass => "通过",
            Verdict::Revise => "修改后通过",
            Verdict::Fail => "不通过",
        }
    }
}

/// A finding's severity as the review names it (the words of `规则` levels).
pub fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Note => "提示",
    }
}

/// How the verdict is reached, printed at the end of every review.
pub const VERDICT_RULE: &str = "审核结论按各项目未说明的问题判定：有错误即“不通过”，没有错误而有警告为“修改后通过”，其余为“通过”。级别按文档的“规则”和命令行设置；提示，以及用“确认”说明了理由的问题（列为已说明），列出但不计入结论。不属于四个审核方面的问题（文件读取、排版、绩效自评和运行监控）另列，也不计入。";

/// The review is perfc's, not the finance bureau's.
pub const DISCLAIMER: &str =
    "本审核意见由 perfc 按规则生成，供审核参考，不是财政部门的正式审核结论。";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::catalogue::RULES;

    /// The hundreds of the rules about the targets.
    fn is_about_targets(code: &str) -> bool {
        ["E01", "E02", "E03", "E04", "E05", "E06", "E07"]
            .iter()
            .any(|hundred| code.starts_with(hundred))
    }

    #[test]
    fn every_rule_of_the_targets_has_an_aspect_and_no_other_rule_has() {
        for rule in RULES {
            assert_eq!(
                aspect_of(rule.id).is_some(),
                is_about_targets(rule.code),
                "{} ({}) must be given an aspect in domain::review::aspect_of exactly when it is a rule of the targets",
                rule.code,
                rule.name
            );
        }
    }

    #[test]
    fn an_error_fails_a_warning_asks_for_revision_and_notes_pass() {
        use Severity::*;
        assert_eq!(Verdict::of([]), Verdict::Pass);
        assert_eq!(Verdict::of([Note, Note]), Verdict::Pass);
        assert_eq!(Verdict::of([Note, Warning]), Verdict::Revise);
        assert_eq!(Verdict::of([Warning, Error, Note]), Verdict::Fail);
    }

    #[test]
    fn the_aspects_follow_the_guide() {
        assert_eq!(aspect_of(RuleId::Placeholder), Some(Aspect::Completeness));
        assert_eq!(
            aspect_of(RuleId::CostExceedsBudget),
            Some(Aspect::Appropriateness)
        );
        assert_eq!(
            aspect_of(RuleId::ScheduleIncomplete),
            Some(Aspect::Feasibility)
        );
        assert_eq!(
            aspect_of(RuleId::QuantityNotNumeric),
            Some(Aspect::Relevance)
        );
        assert_eq!(aspect_of(RuleId::TemplateError), None);
    }
}
