//! Indicator categories: E0301 unknown 一级, E0302 二级 not under its 一级, E0303 category of the
//! other framework, E0304–E0307 required categories, E0308 too few indicators.

use crate::diag::{Diagnostic, RuleId};
use crate::domain::framework::{Framework, Level1, Level2, suggest};
use crate::model::{Header, ProjectModel};
use crate::msg;

pub(super) fn check(header: &Header, project: &ProjectModel, out: &mut Vec<Diagnostic>) {
    let framework = header.framework;
    check_groups(project, framework, out);
    check_pairs(project, framework, out);
    if !project.incomplete {
        check_required(project, framework, out);
    }
}

fn check_groups(project: &ProjectModel, framework: Framework, out: &mut Vec<Diagnostic>) {
    for group in &project.groups {
        let word = &group.category.node;
        match Level1::parse(word) {
            None => {
                let names = Level1::ALL.map(Level1::name);
                let mut d = Diagnostic::new(
                    RuleId::UnknownLevel1,
                    group.category.span,
                    msg!("未知的一级指标 `{word}`", "unknown first-level category `{word}`"),
                );
                if let Some(close) = suggest(word, names) {
                    d = d
                        .with_help(msg!("是否应为 `{close}`？", "did you mean `{close}`?"))
                        .with_fix(group.category.span, close);
                }
                out.push(d);
            }
            Some(Level1::Cost) if framework == Framework::F2015 => out.push(
                Diagnostic::new(
                    RuleId::MixedFramework,
                    group.category.span,
                    msg!(
                        "2015 指标体系中成本指标属于产出指标，不是一级指标",
                        "in the 2015 framework 成本指标 belongs under 产出指标, not at the first level"
                    ),
                )
                .with_help(msg!(
                    "移到 `产出指标` 下，或在文档头写 `指标体系 2021`",
                    "move it under `产出指标`, or declare `指标体系 2021` in the header"
                )),
            ),
            Some(_) => {}
        }
    }
}

fn check_pairs(project: &ProjectModel, framework: Framework, out: &mut Vec<Diagnostic>) {
    for indicator in &project.indicators {
        let Some(level1) = indicator.level1 else {
            continue; // reported once for the group
        };
        let word = &indicator.node.category.node;
        if word.is_empty() {
            continue; // `模板 "名称"` naming no template: E0519
        }
        let span = indicator.node.category.span;
        let parent = indicator.level2.and_then(|l2| framework.parent(l2));
        let other_parent = indicator.level2.and_then(|l2| framework.other().parent(l2));
        match (indicator.level2, parent) {
            // A first-level 成本指标 under 2015 is reported once, for its group.
            _ if level1 == Level1::Cost && framework == Framework::F2015 => {}
            (Some(_), Some(p)) if p == level1 => {}
            (Some(l2), None) if other_parent == Some(level1) => {
                let fw = framework.as_str();
                let name = l2.name();
                out.push(
                    Diagnostic::new(
                        RuleId::MixedFramework,
                        span,
                        msg!(
                            "`{name}` 不属于 {fw} 指标体系",
                            "`{name}` is not part of the {fw} framework"
                        ),
                    )
                    .with_help(mixed_help(l2, framework)),
                );
            }
            _ => {
                let parent_name = level1.name();
                let children = framework.children(level1);
                let names: Vec<&str> = children.iter().map(|c| c.name()).collect();
                let listed = names.join("、");
                let mut d = Diagnostic::new(
                    RuleId::UnknownLevel2,
                    span,
                    msg!(
                        "`{word}` 不是“{parent_name}”下的二级指标",
                        "`{word}` is not a second-level category of {parent_name}"
                    ),
                )
                .with_label(msg!("应为 {listed} 之一", "expected one of {listed}"));
                if let Some(close) = suggest(word, names.iter().copied()) {
                    d = d
                        .with_help(msg!("是否应为 `{close}`？", "did you mean `{close}`?"))
                        .with_fix(span, close);
                }
                out.push(d);
            }
        }
    }
}

fn mixed_help(level2: Level2, framework: Framework) -> crate::diag::Msg {
    match (framework, level2) {
        (Framework::F2021, Level2::Cost) => msg!(
            "2021 体系中成本指标是一级指标：写 `成本指标 {{ 经济成本指标 … }}`",
            "in 2021 成本指标 is first-level: write `成本指标 {{ 经济成本指标 … }}`"
        ),
        _ => msg!(
            "2015 体系中写 `产出指标 {{ 成本指标 … }}`，或在文档头写 `指标体系 2021`",
            "under 2015 write `产出指标 {{ 成本指标 … }}`, or declare `指标体系 2021` in the header"
        ),
    }
}

fn check_required(project: &ProjectModel, framework: Framework, out: &mut Vec<Diagnostic>) {
    if project.indicators.is_empty() {
        return; // E0212 says so
    }
    let span = project.head_span();
    // At most a dozen categories: a vector is faster than hashing.
    let mut level1: Vec<Level1> = project.indicators.iter().filter_map(|i| i.level1).collect();
    level1.sort_unstable();
    level1.dedup();
    let mut level2: Vec<Level2> = project
        .indicators
        .iter()
        .filter(|i| !i.is_not_applicable())
        .filter_map(|i| i.level2)
        .collect();
    level2.sort_unstable();
    level2.dedup();
    for (required, name) in [(Level1::Output, "产出指标"), (Level1::Outcome, "效益指标")] {
        if !level1.contains(&required) {
            out.push(Diagnostic::new(
                RuleId::MissingOutputOrOutcome,
                span,
                msg!("项目没有{name}", "the project has no {name} indicator"),
            ));
        }
    }
    let (core, optional): (&[Level2], &[Level2]) = match framework {
        Framework::F2015 => (
            &[Level2::Quantity, Level2::Quality],
            &[Level2::Timeliness, Level2::Cost],
        ),
        Framework::F2021 => (&[Level2::Quantity, Level2::Quality], &[Level2::Timeliness]),
    };
    let has_cost = level2.iter().any(|l| l.is_cost()) || level1.contains(&Level1::Cost);
    let mut missing_core: Vec<&str> = core
        .iter()
        .filter(|l| !level2.contains(l))
        .map(|l| l.name())
        .collect();
    if framework == Framework::F2021 && !has_cost {
        missing_core.push(Level2::EconomicCost.name());
    }
    if !missing_core.is_empty() {
        let names = missing_core.join("、");
        let framework = framework.as_str();
        out.push(
            Diagnostic::new(
                RuleId::MissingCoreCategory,
                span,
                msg!("项目没有{names}", "the project has no {names}"),
            )
            .with_help(msg!(
                "{framework} 体系下每个项目应设置 {names}",
                "under the {framework} framework every project sets {names}"
            )),
        );
    }
    let missing: Vec<&str> = optional
        .iter()
        .filter(|l| !(level2.contains(l) || **l == Level2::Cost && has_cost))
        .map(|l| l.name())
        .collect();
    if !missing.is_empty() {
        let names = missing.join("、");
        out.push(Diagnostic::new(
            RuleId::MissingOptionalCategory,
            span,
            msg!("项目没有{names}", "the project has no {names}"),
        ));
    }
    if !level1.contains(&Level1::Satisfaction) {
        out.push(Diagnostic::new(
            RuleId::MissingSatisfaction,
            span,
            msg!(
                "项目没有满意度指标",
                "the project has no satisfaction indicator"
            ),
        ));
    }
    let counted = project
        .indicators
        .iter()
        .filter(|i| !i.is_not_applicable())
        .count();
    if counted < 3 {
        out.push(Diagnostic::new(
            RuleId::TooFewIndicators,
            span,
            msg!(
                "项目只有 {counted} 个绩效指标",
                "the project has only {counted} indicators"
            ),
        ));
    }
}
