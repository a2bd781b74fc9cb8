//! The basis column and repeated rows: E0704 a value in the basis column, E0705 no basis (where the form has the column), E0706
//! a basis in no standard category, E0707 duplicate indicators, E0708 duplicate descriptions.

use crate::diag::{Diagnostic, RuleId};
use crate::domain::{basis, levels, units};
use crate::model::{Header, IndicatorModel, ProjectModel};
use crate::msg;
use crate::source::Span;

pub(super) fn check<'a>(
    header: &Header,
    project: &ProjectModel<'a>,
    bases: &mut basis::Classifier<'a>,
    out: &mut Vec<Diagnostic>,
) {
    for indicator in &project.indicators {
        check_basis(header, indicator, bases, out);
    }
    check_duplicates(project, out);
}

/// Does the basis read as a target value: a level, a comparison, or a number with at most a
/// unit (`100%`, `≥90%`, `12 个`)? `2023年度工作计划` starts with a number but is a basis.
fn looks_like_value(text: &str, extra_levels: &[String], extra_units: &[String]) -> bool {
    if levels::is_level(text, extra_levels) || text.starts_with(|c| "≥≤<>=＞＜≧≦".contains(c))
    {
        return true;
    }
    let number_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let rest = text[number_end..].trim();
    number_end > 0 && (rest.is_empty() || units::is_unit(rest, extra_units))
}

fn check_basis<'a>(
    header: &Header,
    indicator: &IndicatorModel<'a>,
    bases: &mut basis::Classifier<'a>,
    out: &mut Vec<Diagnostic>,
) {
    let node = indicator.node;
    let Some(basis) = &node.basis else {
        // Only a form with the 依据 column asks for one.
        if header.form.has_basis() && !indicator.is_not_applicable() {
            out.push(
                Diagnostic::new(
                    RuleId::MissingBasis,
                    node.name.span,
                    msg!("指标没有写指标值确定依据", "the indicator states no basis"),
                )
                .with_help(msg!(
                    "写 `依据 年度工作计划` 等",
                    "write e.g. `依据 年度工作计划`"
                )),
            );
        }
        return;
    };
    let text = basis.node.as_str();
    if indicator.is_not_applicable() || !crate::domain::text::defects(text).placeholders.is_empty()
    {
        return; // rows that do not apply need no basis; the text rules report placeholders
    }
    let repeats_name =
        text == node.name.value || node.description.as_ref().is_some_and(|d| d.value == text);
    if repeats_name || looks_like_value(text, &header.extra_levels, &header.extra_units) {
        out.push(
            Diagnostic::new(
                RuleId::BasisIsValue,
                basis.span,
                if repeats_name {
                    msg!("依据栏重复了指标名称或描述", "the basis repeats the indicator's name or description")
                } else {
                    msg!("依据栏填的是指标值 `{text}`", "the basis column holds a value, `{text}`")
                },
            )
            .with_help(msg!(
                "表格可能错列；依据应写目标值的来源，如 年度工作计划、行业规范、财政预算批复文件",
                "the columns may have shifted; the basis says where the target comes from, e.g. 年度工作计划, 行业规范, 财政预算批复文件"
            )),
        );
    } else if bases.classify(text).is_none() {
        out.push(
            Diagnostic::new(
                RuleId::UnrecognisedBasis,
                basis.span,
                msg!(
                    "依据 `{text}` 不属于四类标准",
                    "the basis `{text}` is in none of the four categories"
                ),
            )
            .with_help(msg!(
                "四类为 计划标准、行业标准、历史标准、财政部门标准",
                "the categories are plans, industry standards, history and finance standards"
            )),
        );
    }
}

fn check_duplicates(project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    // A project has a dozen or so indicators: linear search beats hashing.
    let mut names: Vec<(&str, Span)> = Vec::new();
    let mut descriptions: Vec<(&str, Span, &str)> = Vec::new();
    for indicator in project.indicators.iter().filter(|i| !i.is_not_applicable()) {
        let name = indicator.node.name.value.as_str();
        if let Some((_, first)) = names.iter().find(|(n, _)| *n == name) {
            out.push(
                Diagnostic::new(
                    RuleId::DuplicateIndicator,
                    indicator.node.name.span,
                    msg!("指标“{name}”重复", "the indicator “{name}” appears twice"),
                )
                .with_secondary(*first, msg!("第一次出现", "first here")),
            );
            continue;
        }
        names.push((name, indicator.node.name.span));
        let description = indicator.description();
        let span = indicator
            .node
            .description
            .as_ref()
            .map_or(indicator.node.name.span, |d| d.span);
        match descriptions.iter().find(|(d, _, _)| *d == description) {
            Some((_, first, first_name)) if *first_name != name => out.push(
                Diagnostic::new(
                    RuleId::DuplicateDescription,
                    span,
                    msg!(
                        "与“{first_name}”的描述相同",
                        "same description as “{first_name}”"
                    ),
                )
                .with_secondary(*first, msg!("第一次出现", "first here")),
            ),
            Some(_) => {}
            None => descriptions.push((description, span, name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_value;

    #[test]
    fn values_in_the_basis_column() {
        for value in ["巩固提升", "≥90%", "100%", "12 个", "95"] {
            assert!(looks_like_value(value, &[], &[]), "{value}");
        }
        for basis in [
            "2023年度工作计划",
            "年度工作计划",
            "《测量标志保护条例》",
            "2019 版规划",
        ] {
            assert!(!looks_like_value(basis, &[], &[]), "{basis}");
        }
    }
}
