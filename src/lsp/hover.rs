//! Hover: what a rule code means, what the findings under the cursor mean, how the checker read
//! the indicator row under the cursor, and how a self-evaluation's or a monitoring's row under it
//! was scored or judged, in plain Chinese.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::buffers::Buffer;
use crate::diag::Lang;
use crate::diag::catalogue::{self, Rule};
use crate::domain::basis;
use crate::emit::json;

pub fn hover(document: &Buffer, offset: usize, lang: Lang) -> Option<Hover> {
    let sections: Vec<String> = rule_under_cursor(document, offset)
        .map(|rule| explain(rule, lang))
        .into_iter()
        .chain(findings_at(document, offset, lang))
        .chain(indicator_at(document, offset))
        .chain(record_row_at(document, offset))
        .collect();
    (!sections.is_empty()).then(|| Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range: None,
    })
}

/// A rule code written in the document (`确认 E0502 …`, `规则 { E0605 关闭 }`).
fn rule_under_cursor(document: &Buffer, offset: usize) -> Option<&'static Rule> {
    catalogue::find(word_at(&document.text, offset))
}

/// The run of non-blank characters around `offset` (no quotes, braces, `#` or `;`).
pub fn word_at(text: &str, offset: usize) -> &str {
    let is_word = crate::syntax::keywords::starts_word;
    let offset = offset.min(text.len());
    let before = text[..offset]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word(c))
        .last()
        .map_or(offset, |(i, _)| i);
    let after = text[offset..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(text.len(), |(i, _)| offset + i);
    text.get(before..after).unwrap_or_default()
}

fn explain(rule: &Rule, lang: Lang) -> String {
    let (title, text) = match lang {
        Lang::Zh => (rule.title.0, rule.explanation.0),
        Lang::En => (rule.title.1, rule.explanation.1),
    };
    let level = rule.default_level.as_str();
    format!(
        "**{}** `{}` ({level}): {title}\n\n{text}",
        rule.code, rule.name
    )
}

/// The explanation of each rule that found something under the cursor.
fn findings_at(document: &Buffer, offset: usize, lang: Lang) -> Vec<String> {
    let mut rules: Vec<&Rule> = document
        .analysis
        .diagnostics
        .iter()
        .filter(|d| {
            let span = d.primary.span;
            span.file == document.file && span.start() <= offset && offset <= span.end()
        })
        .map(|d| d.rule.rule())
        .collect();
    rules.dedup_by_key(|r| r.code);
    rules.into_iter().map(|r| explain(r, lang)).collect()
}

/// The indicator row under the cursor, as `perfc build` writes it.
fn indicator_at(document: &Buffer, offset: usize) -> Option<String> {
    let (model, _) = crate::model::build(&document.analysis.loaded);
    let row = model
        .projects
        .iter()
        .flat_map(|p| &p.indicators)
        .find(|i| {
            let span = i.node.span;
            span.file == document.file && span.start() <= offset && offset <= span.end()
        })?;
    let mut bases = basis::Classifier::default();
    let typed = serde_json::to_string_pretty(&json::indicator(row, &mut bases)).ok()?;
    Some(format!(
        "**{}** · {} — {}\n\n```json\n{typed}\n```",
        row.node.category.node, row.group.node, row.node.name.value
    ))
}

/// A self-evaluation's or a monitoring's row under the cursor: its target, what the record says
/// and what perfc made of it (the score with its formula, or the forecast's verdict and the light).
fn record_row_at(document: &Buffer, offset: usize) -> Option<String> {
    let (model, _) = crate::model::build(&document.analysis.loaded);
    let under = |span: crate::source::Span| {
        span.file == document.file && span.start() <= offset && offset <= span.end()
    };
    for evaluation in model.evaluations_counted() {
        let Some(row) = evaluation.node.rows.iter().find(|r| under(r.span)) else {
            continue;
        };
        let evaluated = evaluation.evaluated(&model)?;
        let card = evaluation.score(&model, evaluated.indicators);
        let scored = card
            .rows
            .iter()
            .find(|s| s.row.is_some_and(|r| std::ptr::eq(r, row)))?;
        return Some(scored_row(scored));
    }
    for monitoring in model.monitorings_counted() {
        let Some(row) = monitoring.node.rows.iter().find(|r| under(r.span)) else {
            continue;
        };
        let project = monitoring.project(&model)?;
        let progress = monitoring.progress(&model, project);
        let judged = progress
            .rows
            .iter()
            .find(|p| p.row.is_some_and(|r| std::ptr::eq(r, row)))?;
        return Some(judged_row(judged, monitoring.node.as_of.node));
    }
    None
}

fn shown(value: Option<&crate::syntax::ast::Value>) -> &str {
    value.map_or("（未写）", |v| v.shown())
}

fn scored_row(row: &crate::model::evaluation::RowScore) -> String {
    use crate::model::evaluation::Outcome;
    let indicator = row.indicator.node;
    let actual = shown(row.row.and_then(|r| r.actual.as_ref()));
    let how = match &row.outcome {
        Outcome::Scored(scored) => format!("得分 {}：{}", scored.score, scored.explanation),
        Outcome::Qualitative { attainment, band } => {
            format!("{}：得分应在 {band} 内", attainment.word())
        }
        Outcome::NotApplicable => "不涉及：不计分，其余得分按比例折算".to_string(),
        Outcome::Missing => "没有实际完成值：按 0 分计".to_string(),
        Outcome::Mismatch => "实际完成值无法与指标值比较：按 0 分计".to_string(),
    };
    format!(
        "**{}** · 自评\n\n目标 {} · 实际 {actual} · 分值 {}\n\n{how}",
        indicator.name.value,
        shown(indicator.value.as_ref()),
        row.weight
    )
}

fn judged_row(row: &crate::model::monitoring::RowProgress, month: u8) -> String {
    use crate::model::monitoring::Reading;
    let written = row.row;
    let verdict = match row.forecast {
        Reading::Meets => "（达到指标值）",
        Reading::Misses => "（达不到指标值）",
        Reading::Mismatch => "（无法与指标值比较）",
        Reading::NotApplicable | Reading::Missing => "",
    };
    let likelihood = written
        .and_then(|r| r.likelihood.as_ref())
        .map_or("（未写）", |l| l.node.as_str());
    let mut lines = vec![
        format!(
            "**{}** · 监控（截至 {month}月底）",
            row.indicator.node.name.value
        ),
        format!(
            "目标 {} · 完成 {} · 预计 {}{verdict} · 可能性 {likelihood}",
            shown(row.indicator.node.value.as_ref()),
            shown(written.and_then(|r| r.done.as_ref())),
            shown(written.and_then(|r| r.forecast.as_ref())),
        ),
    ];
    if row.ceiling_passed {
        lines.push("已超过上限".to_string());
    }
    if let Some(light) = row.light {
        lines.push(format!("监控：{}", light.chinese()));
    }
    lines.join("\n\n")
}
