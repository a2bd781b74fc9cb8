//! The indicator library (指标库): E0519 a row naming no template, E0520 a row that differs from
//! its template, E0521 a target weaker than the template's 参考值, E0522 a template of the
//! document's own files never used, E0523 a core template missing from a project it applies to,
//! E0524 a template declared twice.

use rust_decimal::Decimal;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::diag::{Diagnostic, Msg, RuleId};
use crate::domain::framework::Level2;
use crate::domain::levels;
use crate::model::{Document, IndicatorModel, ProjectModel, read_unit_word};
use crate::msg;
use crate::source::{FileId, Span};
use crate::syntax::ast::{Amount, Comparator, Template, Value, ValueKind};
use crate::syntax::keywords::Keyword;

pub(super) fn check(document: &Document, out: &mut Vec<Diagnostic>) {
    let templates = first_of_each_name(document, out);
    let rows = document
        .projects
        .iter()
        .flat_map(|p| &p.indicators)
        .chain(&document.department.indicators);
    let mut used: FxHashSet<&str> = FxHashSet::default();
    for row in rows.filter(|r| r.node.template.is_some()) {
        match templates.get(row.node.name.value.as_str()) {
            Some(template) => {
                used.insert(&template.name.value);
                compare_with_template(document, row, template, out);
            }
            None => out.push(unknown_template(row)),
        }
    }
    unused_templates(document, &templates, &used, out);
    let core: Vec<&Template> = templates
        .values()
        .copied()
        .filter(|t| t.core.is_some())
        .collect();
    if !core.is_empty() {
        for project in document.projects.iter().filter(|p| !p.incomplete) {
            missing_core_templates(project, &core, out);
        }
    }
}

/// The first template of each name; each later one is E0524.
fn first_of_each_name<'a>(
    document: &Document<'a>,
    out: &mut Vec<Diagnostic>,
) -> FxHashMap<&'a str, &'a Template> {
    let mut templates: FxHashMap<&str, &Template> = FxHashMap::default();
    for template in document.libraries.iter().flat_map(|l| &l.templates) {
        let name = &template.name.value;
        match templates.get(template.name.value.as_str()) {
            Some(first) => out.push(
                Diagnostic::new(
                    RuleId::DuplicateTemplate,
                    template.name.span,
                    msg!("模板“{name}”重复", "template “{name}” declared twice"),
                )
                .with_secondary(first.name.span, msg!("先声明于此", "first declared here")),
            ),
            None => {
                templates.insert(&template.name.value, template);
            }
        }
    }
    templates
}

fn unknown_template(row: &IndicatorModel) -> Diagnostic {
    let name = &row.node.name.value;
    Diagnostic::new(
        RuleId::UnknownTemplate,
        row.node.name.span,
        msg!(
            "指标库中没有模板“{name}”",
            "no template “{name}” in the library"
        ),
    )
    .with_help(msg!(
        "`包含` 声明它的指标库文件，或在 `指标库` 中加 `模板 \"{name}\" {{ … }}`；不用模板时删去 `模板`，写出这一行的二级指标",
        "include the library file that declares it, or add `模板 \"{name}\" {{ … }}` to an `指标库`; without a template, remove `模板` and write the row's category"
    ))
}

/// E0520 for each field the row writes otherwise than its template, then E0521.
fn compare_with_template(
    document: &Document,
    row: &IndicatorModel,
    template: &Template,
    out: &mut Vec<Diagnostic>,
) {
    let node = row.node;
    if let (Some(written), Some(declared)) = (row.level2, &template.category)
        && Level2::parse(&declared.node).is_some_and(|d| d != written)
    {
        out.push(mismatch(
            node.category.span,
            template,
            msg!("二级指标", "category"),
            &declared.node,
        ));
    }
    let template_unit = template
        .measure_unit
        .as_ref()
        .map(|u| (u, read_unit_word(&u.node, &document.header)));
    if let (Some(reading), Some((declared, declared_reading))) = (&row.unit, &template_unit)
        && let (Some((written, _)), Some((canonical, _))) =
            (reading.unit(), declared_reading.unit())
        && written != canonical
    {
        let span = written_unit_span(row).unwrap_or(node.name.span);
        out.push(mismatch(
            span,
            template,
            msg!("计量单位", "unit"),
            &declared.node,
        ));
    }
    if let (Some(written), Some(declared)) = (&node.nature, &template.nature)
        && let (Some(w), Some(d)) = (
            levels::nature(&written.node),
            levels::nature(&declared.node),
        )
        && w != d
    {
        out.push(mismatch(
            written.span,
            template,
            msg!("指标性质", "nature"),
            &declared.node,
        ));
    }
    below_reference(row, template, out);
}

fn mismatch(span: Span, template: &Template, field: Msg, declared: &str) -> Diagnostic {
    let (name, zh, en) = (&template.name.value, &field.zh, &field.en);
    Diagnostic::new(
        RuleId::TemplateMismatch,
        span,
        msg!(
            "{zh}与模板“{name}”不同（模板为 `{declared}`）",
            "{en} differs from template “{name}” (which has `{declared}`)"
        ),
    )
    .with_secondary(template.name.span, msg!("模板", "the template"))
    .with_help(msg!(
        "改为 `{declared}`；若确是另一个指标，换一个名称并删去 `模板`",
        "write `{declared}`; if it is really another indicator, rename it and remove `模板`"
    ))
}

/// Where the row writes its unit: after the number, else in `计量单位`.
fn written_unit_span(row: &IndicatorModel) -> Option<Span> {
    match row.node.value.as_ref().map(|v| &v.kind) {
        Some(ValueKind::Quantity {
            unit: Some(unit), ..
        }) => Some(unit.span),
        _ => row.node.measure_unit.as_ref().map(|u| u.span),
    }
}

/// E0521: a floor below the 参考值, or a ceiling above it, in the same unit.
fn below_reference(row: &IndicatorModel, template: &Template, out: &mut Vec<Diagnostic>) {
    let (Some(value), Some(reference)) = (&row.node.value, &template.reference) else {
        return;
    };
    let (Some((target, comparator, unit)), Some((floor, ref_comparator, ref_unit))) =
        (number_of(value), number_of(reference))
    else {
        return;
    };
    if unit.is_some() && ref_unit.is_some() && unit != ref_unit {
        return;
    }
    let nature = template
        .nature
        .as_ref()
        .and_then(|n| levels::nature(&n.node));
    let higher_is_better = match nature {
        Some(levels::Nature::Positive) => true,
        Some(levels::Nature::Negative) => false,
        _ => match ref_comparator.or(comparator) {
            Some(c) if c.is_floor() => true,
            Some(c) if c.is_ceiling() => false,
            _ => return,
        },
    };
    let weaker = if higher_is_better {
        target < floor
    } else {
        target > floor
    };
    if weaker {
        let (name, written, reference_text) = (&template.name.value, &value.raw, &reference.raw);
        let mut finding = Diagnostic::new(
            RuleId::BelowReference,
            value.span,
            msg!(
                "目标 `{written}` 弱于模板“{name}”的参考值 `{reference_text}`",
                "target `{written}` is weaker than template “{name}”'s reference `{reference_text}`"
            ),
        )
        .with_secondary(reference.span, msg!("参考值", "reference value"))
        .with_help(msg!(
            "把目标调到参考值 `{reference_text}`，或用 `确认 E0521 \"理由\"` 说明为什么低于参考值",
            "raise the target to `{reference_text}`, or state why with `确认 E0521 \"reason\"`"
        ));
        if let Some(basis) = &template.basis {
            finding = finding.with_secondary(basis.span, msg!("参考值依据", "its basis"));
        }
        out.push(finding);
    }
}

/// A quantity's number, comparator and unit as written.
fn number_of(value: &Value) -> Option<(Decimal, Option<Comparator>, Option<&str>)> {
    match &value.kind {
        ValueKind::Quantity {
            comparator,
            amount: Amount::Number(number),
            unit,
        } => Some((
            number.node,
            comparator.as_ref().map(|c| c.node),
            unit.as_ref().map(|u| u.node.as_str()),
        )),
        _ => None,
    }
}

/// E0522: templates declared in a file of the document's own (one that holds projects or the
/// 部门目标) that no row names. A library file of its own is shared, and owes no use.
fn unused_templates(
    document: &Document,
    templates: &FxHashMap<&str, &Template>,
    used: &FxHashSet<&str>,
    out: &mut Vec<Diagnostic>,
) {
    let own_files: FxHashSet<FileId> = document
        .projects
        .iter()
        .map(|p| p.node.span.file)
        .chain(document.goals.map(|g| g.span.file))
        .collect();
    let mut unused: Vec<&Template> = templates
        .values()
        .copied()
        .filter(|t| own_files.contains(&t.span.file) && !used.contains(t.name.value.as_str()))
        .collect();
    unused.sort_by_key(|t| (t.span.file, t.span.start()));
    for template in unused {
        let name = &template.name.value;
        out.push(
            Diagnostic::new(
                RuleId::UnusedTemplate,
                template.name.span,
                msg!("模板“{name}”没有被使用", "template “{name}” is never used"),
            )
            .with_help(msg!(
                "在指标行中写 `模板 \"{name}\" 值` 使用它，或删去这个模板；多个文档共用的指标库请放在单独的文件中",
                "use it in a row `模板 \"{name}\" value`, or remove it; put a library shared by documents in a file of its own"
            )),
        );
    }
}

/// E0523: the core templates that apply to the project's kind and that it has no row of.
fn missing_core_templates(project: &ProjectModel, core: &[&Template], out: &mut Vec<Diagnostic>) {
    let kind = project.info(Keyword::ProjectType).map(|k| k.node.as_str());
    let mut missing: Vec<&&Template> = core
        .iter()
        .filter(|t| applies(t, kind))
        .filter(|t| {
            !project
                .indicators
                .iter()
                .any(|row| row.node.name.value == t.name.value)
        })
        .collect();
    missing.sort_by_key(|t| (t.span.file, t.span.start()));
    for template in missing {
        let name = &template.name.value;
        out.push(
            Diagnostic::new(
                RuleId::MissingCoreTemplate,
                project.head_span(),
                msg!(
                    "项目缺少核心指标“{name}”",
                    "the project lacks the core indicator “{name}”"
                ),
            )
            .with_secondary(
                template.name.span,
                msg!("核心指标模板", "the core template"),
            )
            .with_help(msg!(
                "在相应的指标组中加一行 `模板 \"{name}\" 值`",
                "add a row `模板 \"{name}\" value` to the matching group"
            )),
        );
    }
}

/// Does a core template apply to a project of this 项目类型? One without `适用` applies to all.
fn applies(template: &Template, kind: Option<&str>) -> bool {
    match (&template.applies_to, kind) {
        (None, _) => true,
        (Some(kinds), Some(kind)) => kinds.iter().any(|k| kind.contains(k.node.as_str())),
        (Some(_), None) => false,
    }
}
