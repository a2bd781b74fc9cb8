//! The official forms (表样) a document's tables are filled in, and what each one asks for.
//!
//! The forms of the field share the indicator table's first columns and differ in their head:
//! the Hebei 项目绩效目标表 (the reference) has a code cell, 资金用途, a monthly spending plan and a
//! 依据 column; the national 88号 申报表 sets 中期 and 年度 targets side by side; the county
//! 申报表 has 长期 and 年度 tables, a 备注 column and text blocks, and neither codes nor 依据. A
//! rule about a cell fires only where the chosen form has that cell.

/// A form family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// 河北 项目绩效目标表: the reference document's layout (the default).
    Hebei,
    /// 项目支出绩效目标申报表 (财预〔2015〕88号 附件).
    National,
    /// The county/city 申报表 family: 长期 and 年度 tables, 备注, text blocks, signatures.
    County,
}

/// The forms, each with its name in the JSON and the words a document may name it by.
const NAMES: &[(Form, &str, &[&str])] = &[
    (
        Form::Hebei,
        "hebei",
        &["河北", "绩效目标表", "项目绩效目标表", "hebei"],
    ),
    (
        Form::National,
        "national",
        &["88号", "国家", "财预〔2015〕88号", "national"],
    ),
    (
        Form::County,
        "county",
        &["申报表", "县级", "市县", "绩效目标申报表", "county"],
    ),
];

impl Form {
    pub const ALL: [Form; 3] = [Form::Hebei, Form::National, Form::County];

    /// The form a document names (`表样 申报表`), in any of its spellings.
    pub fn parse(word: &str) -> Option<Form> {
        NAMES
            .iter()
            .find(|(_, _, words)| words.contains(&word))
            .map(|(form, _, _)| *form)
    }

    /// Its name in the JSON and the templates.
    pub fn id(self) -> &'static str {
        NAMES
            .iter()
            .find(|(form, _, _)| *form == self)
            .map_or("hebei", |(_, id, _)| id)
    }

    /// Its first Chinese name, as `表样` writes it (`申报表`).
    pub fn name(self) -> &'static str {
        NAMES
            .iter()
            .find(|(form, _, _)| *form == self)
            .map_or("河北", |(_, _, words)| words[0])
    }

    /// What the form is, in a few words (completion's detail).
    pub fn title(self) -> &'static str {
        match self {
            Form::Hebei => "河北 项目绩效目标表：编码、资金用途、支出计划、依据列",
            Form::National => "项目支出绩效目标申报表（财预〔2015〕88号）：中期与年度并列",
            Form::County => "市县 绩效目标申报表：长期与年度两张指标表、备注列",
        }
    }

    /// The first Chinese name of each form, for messages.
    pub fn choices() -> String {
        NAMES
            .iter()
            .map(|(_, _, words)| words[0])
            .collect::<Vec<_>>()
            .join("、")
    }

    /// The table has a 指标值确定依据 column.
    pub fn has_basis(self) -> bool {
        self == Form::Hebei
    }

    /// The table's head has 资金用途 and the monthly 资金支出计划.
    pub fn has_use_and_schedule(self) -> bool {
        self == Form::Hebei
    }

    /// The table's head has a 项目编码 cell and the unit line with its code.
    pub fn has_codes(self) -> bool {
        self == Form::Hebei
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_reads_back_from_its_id_and_its_chinese_name() {
        for form in Form::ALL {
            assert_eq!(Form::parse(form.id()), Some(form));
        }
        assert_eq!(Form::parse("申报表"), Some(Form::County));
        assert_eq!(Form::parse("88号"), Some(Form::National));
        assert_eq!(Form::parse("表"), None);
        assert_eq!(Form::choices(), "河北、88号、申报表");
    }
}
