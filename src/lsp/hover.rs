//! Hover: what a rule code means, what the findings under the cursor mean, and how the checker
//! read the indicator row under the cursor.

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
