//! 项目编码, where written: E0205 duplicate, E0206 format, E0207 year after the budget year, E0208 type letter,
//! E0209 region prefix unlike the others.

use rustc_hash::FxHashMap as HashMap;

use crate::diag::{Diagnostic, RuleId};
use crate::model::Document;
use crate::msg;
use crate::source::Span;

/// Region (6 digits), year (2), type letter, 11 digits, check character (digit or capital).
fn is_well_formed(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 21
        && bytes[..8].iter().all(u8::is_ascii_digit)
        && bytes[8].is_ascii_uppercase()
        && bytes[9..20].iter().all(u8::is_ascii_digit)
        && (bytes[20].is_ascii_digit() || bytes[20].is_ascii_uppercase())
}

pub(super) fn check(document: &Document, out: &mut Vec<Diagnostic>) {
    let mut first_seen: HashMap<&str, Span> = HashMap::default();
    let mut regions: HashMap<&str, usize> = HashMap::default();
    for project in &document.projects {
        let Some(code) = project.code() else {
            continue;
        };
        let span = project.head_span();
        if let Some(first) = first_seen.get(code) {
            out.push(
                Diagnostic::new(
                    RuleId::DuplicateProject,
                    span,
                    msg!(
                        "项目编码 `{code}` 重复",
                        "project code `{code}` is used twice"
                    ),
                )
                .with_secondary(*first, msg!("第一次使用", "first used here")),
            );
            continue;
        }
        first_seen.insert(code, span);
        if !is_well_formed(code) {
            out.push(malformed(code, span));
            continue;
        }
        *regions.entry(&code[..6]).or_default() += 1;
        check_year(code, span, document, out);
        let kind = &code[8..9];
        if kind != "P" {
            out.push(Diagnostic::new(
                RuleId::ProjectCodeType,
                Span::new(span.file, span.start() + 8, span.start() + 9),
                msg!(
                    "项目类型字母是 `{kind}`，不是 P（部门项目）",
                    "the type letter is `{kind}`, not P (department project)"
                ),
            ));
        }
    }
    check_regions(document, &regions, out);
}

fn malformed(code: &str, span: Span) -> Diagnostic {
    let length = code.chars().count();
    Diagnostic::new(
        RuleId::ProjectCodeFormat,
        span,
        msg!("项目编码 `{code}` 格式不对", "malformed project code `{code}`"),
    )
    .with_label(msg!("{length} 个字符", "{length} characters"))
    .with_help(msg!(
        "项目编码为 21 位：6 位区划 + 2 位年份 + 类型字母 + 11 位数字 + 校验字符，如 13080023P000085100062",
        "a project code has 21 characters: 6-digit region + 2-digit year + type letter + 11 digits + check character, e.g. 13080023P000085100062"
    ))
}

fn check_year(code: &str, span: Span, document: &Document, out: &mut Vec<Diagnostic>) {
    let Some(year) = &document.header.year else {
        return;
    };
    let code_year: u32 = code[6..8].parse().unwrap_or_default();
    let budget_short = year.node % 100;
    if code_year > budget_short {
        let budget = year.node;
        out.push(
            Diagnostic::new(
                RuleId::ProjectCodeYear,
                Span::new(span.file, span.start() + 6, span.start() + 8),
                msg!(
                    "项目编码年份 {code_year} 晚于预算年度 {budget}",
                    "the code's year {code_year} is after the budget year {budget}"
                ),
            )
            .with_secondary(year.span, msg!("预算年度", "budget year")),
        );
    }
}

fn check_regions(document: &Document, regions: &HashMap<&str, usize>, out: &mut Vec<Diagnostic>) {
    let Some((&majority, &count)) = regions
        .iter()
        .max_by_key(|(r, n)| (**n, std::cmp::Reverse(**r)))
    else {
        return;
    };
    if regions.len() < 2 || count < 2 {
        return;
    }
    for project in &document.projects {
        let Some(code) = project.code() else {
            continue;
        };
        if !is_well_formed(code) || &code[..6] == majority {
            continue;
        }
        let span = project.head_span();
        let region = &code[..6];
        out.push(Diagnostic::new(
            RuleId::ProjectCodeRegion,
            Span::new(span.file, span.start(), span.start() + 6),
            msg!(
                "区划 `{region}` 与其他 {count} 个项目的 `{majority}` 不同",
                "region `{region}` differs from `{majority}` used by {count} other projects"
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::is_well_formed;

    #[test]
    fn reference_codes_are_well_formed() {
        for code in [
            "13080023P000085100062",
            "13080023P00007010008M",
            "13080022P009655100025",
        ] {
            assert!(is_well_formed(code), "{code}");
        }
        for code in [
            "13080023P00008510006",
            "13080023P0000851000620",
            "1308002XP000085100062",
            "13080023P00008510006m",
        ] {
            assert!(!is_well_formed(code), "{code}");
        }
    }
}
