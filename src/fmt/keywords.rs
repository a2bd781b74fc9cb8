//! Keywords in their two spellings (the grammar accepts both), and which one the formatter writes.

use crate::diag::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kw {
    Include,
    Document,
    Year,
    Department,
    PreparedBy,
    ReviewedBy,
    Status,
    MoneyUnit,
    Framework,
    Rules,
    Acknowledge,
    ExtraUnits,
    ExtraLevels,
    DepartmentGoals,
    Overall,
    SubGoal,
    Measure,
    Unit,
    Project,
    Title,
    Budget,
    Fiscal,
    Other,
    Use,
    Breakdown,
    Requested,
    Previously,
    Total,
    Approx,
    Schedule,
    Goal,
    Indicators,
    Description,
    Basis,
    Value,
    MeasureUnit,
    Weight,
    MidTerm,
    LongTerm,
}

impl Kw {
    pub(super) fn spelling(self, lang: Lang) -> &'static str {
        let (zh, en) = self.spellings();
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    fn spellings(self) -> (&'static str, &'static str) {
        match self {
            Kw::Include => ("包含", "include"),
            Kw::Document => ("文档", "document"),
            Kw::Year => ("年度", "year"),
            Kw::Department => ("部门", "department"),
            Kw::PreparedBy => ("编制", "prepared_by"),
            Kw::ReviewedBy => ("审核", "reviewed_by"),
            Kw::Status => ("状态", "status"),
            Kw::MoneyUnit => ("金额单位", "money_unit"),
            Kw::Framework => ("指标体系", "framework"),
            Kw::Rules => ("规则", "rules"),
            Kw::Acknowledge => ("确认", "acknowledge"),
            Kw::ExtraUnits => ("补充单位", "extra_units"),
            Kw::ExtraLevels => ("补充定性", "extra_levels"),
            Kw::DepartmentGoals => ("部门目标", "department_goals"),
            Kw::Overall => ("总体目标", "overall"),
            Kw::SubGoal => ("分项目标", "sub_goal"),
            Kw::Measure => ("保障措施", "measure"),
            Kw::Unit => ("单位", "unit"),
            Kw::Project => ("项目", "project"),
            Kw::Title => ("标题", "title"),
            Kw::Budget => ("预算", "budget"),
            Kw::Fiscal => ("财政资金", "fiscal"),
            Kw::Other => ("其他资金", "other"),
            Kw::Use => ("用途", "use"),
            Kw::Breakdown => ("明细", "breakdown"),
            Kw::Requested => ("申请", "requested"),
            Kw::Previously => ("已安排", "arranged_before"),
            Kw::Total => ("合计", "total"),
            Kw::Approx => ("约", "approx"),
            Kw::Schedule => ("支出计划", "schedule"),
            Kw::Goal => ("目标", "goal"),
            Kw::Indicators => ("指标", "indicators"),
            Kw::Description => ("描述", "description"),
            Kw::Basis => ("依据", "basis"),
            Kw::Value => ("指标值", "value"),
            Kw::MeasureUnit => ("计量单位", "measure_unit"),
            Kw::Weight => ("分值", "weight"),
            Kw::MidTerm => ("中期目标", "mid_term"),
            Kw::LongTerm => ("长期目标", "long_term"),
        }
    }
}

/// The indicator field keywords: a bare value spelled like one of them would be read as the
/// keyword, so such a value is written after `指标值`.
const FIELD_KEYWORDS: [Kw; 8] = [
    Kw::Description,
    Kw::Basis,
    Kw::Value,
    Kw::MeasureUnit,
    Kw::Weight,
    Kw::MidTerm,
    Kw::LongTerm,
    Kw::Acknowledge,
];

pub(super) fn is_field_keyword(word: &str) -> bool {
    FIELD_KEYWORDS.iter().any(|kw| {
        let (zh, en) = kw.spellings();
        word == zh || word == en
    })
}

/// The language an item is written in: English when its first keyword is.
pub(super) fn written_in(source: &str, item_start: usize) -> Lang {
    if source[item_start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        Lang::En
    } else {
        Lang::Zh
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_spelled_like_a_field_keyword_is_recognised_in_both_languages() {
        assert!(is_field_keyword("依据"));
        assert!(is_field_keyword("basis"));
        assert!(!is_field_keyword("依据充分"));
        assert!(!is_field_keyword("巩固提升"));
    }

    #[test]
    fn the_first_keyword_decides_an_items_language() {
        let source = "项目 1 \"a\" {}\nproject 2 \"b\" {}\n";
        assert_eq!(written_in(source, 0), Lang::Zh);
        assert_eq!(
            written_in(source, source.find("project").unwrap_or(0)),
            Lang::En
        );
    }
}
