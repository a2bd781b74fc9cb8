//! Budget units (预算单位): E0201 unknown, E0202 duplicate, E0203 code format, E0204 project
//! without a unit (where the form has the unit line or the document declares units), E0210 unit
//! without projects.

use rustc_hash::FxHashMap as HashMap;

use crate::diag::{Diagnostic, RuleId};
use crate::model::Document;
use crate::msg;

pub(super) fn check(document: &Document, out: &mut Vec<Diagnostic>) {
    let mut declared: HashMap<&str, &crate::syntax::ast::UnitDecl> = HashMap::default();
    for unit in &document.units {
        let code = unit.code.node.as_str();
        if !(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())) {
            out.push(
                Diagnostic::new(
                    RuleId::UnitCodeFormat,
                    unit.code.span,
                    msg!(
                        "预算单位编码 `{code}` 不是 6 位数字",
                        "unit code `{code}` is not six digits"
                    ),
                )
                .with_help(msg!("例如 543001", "for example 543001")),
            );
        }
        if let Some(first) = declared.get(code) {
            out.push(
                Diagnostic::new(
                    RuleId::DuplicateUnit,
                    unit.code.span,
                    msg!(
                        "预算单位 `{code}` 重复声明",
                        "unit `{code}` is declared twice"
                    ),
                )
                .with_secondary(first.code.span, msg!("第一次声明", "first declared here")),
            );
        } else {
            declared.insert(code, unit);
        }
    }
    let mut used = rustc_hash::FxHashSet::default();
    // Forms without the unit line know a project by its 实施单位 alone; once a document declares
    // units, though, every project names one.
    let units_asked = document.header.form.has_codes() || !document.units.is_empty();
    for project in &document.projects {
        let Some(unit) = project.unit else {
            if !units_asked {
                continue;
            }
            out.push(
                Diagnostic::new(
                    RuleId::ProjectWithoutUnit,
                    project.head_span(),
                    msg!("项目没有写所属预算单位", "the project names no budget unit"),
                )
                .with_help(msg!(
                    "在项目中写 `单位 543001`",
                    "write `单位 543001` in the project"
                )),
            );
            continue;
        };
        used.insert(unit.node.as_str());
        if !declared.contains_key(unit.node.as_str()) {
            let code = &unit.node;
            let mut d = Diagnostic::new(
                RuleId::UnknownUnit,
                unit.span,
                msg!(
                    "预算单位 `{code}` 没有声明",
                    "budget unit `{code}` is not declared"
                ),
            );
            d = match crate::domain::framework::suggest(code, declared.keys().copied()) {
                Some(close) => d.with_help(msg!("是否应为 `{close}`？", "did you mean `{close}`?")),
                None => d.with_help(msg!(
                    "用 `单位 {code} \"名称\"` 声明",
                    "declare it with `单位 {code} \"name\"`"
                )),
            };
            out.push(d);
        }
    }
    // A project that seems to be missing may be in lines that could not be read.
    if document.has_unreadable_lines {
        return;
    }
    for unit in &document.units {
        let code = unit.code.node.as_str();
        if !used.contains(code) && declared.get(code).is_some_and(|d| std::ptr::eq(*d, *unit)) {
            out.push(Diagnostic::new(
                RuleId::UnitWithoutProjects,
                unit.code.span,
                msg!(
                    "预算单位 `{code}` 没有项目",
                    "budget unit `{code}` has no projects"
                ),
            ));
        }
    }
}
