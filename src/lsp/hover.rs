//! Hover: what a keyword or a rule code means, which project a code names, what the findings
//! under the cursor mean, how the checker read the indicator row under the cursor, and how a
//! self-evaluation's or a monitoring's row under it was scored or judged, in plain Chinese.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::buffers::Buffer;
use crate::diag::Lang;
use crate::diag::catalogue::{self, Rule};
use crate::domain::basis;
use crate::emit::json;
use crate::model::Document;

pub fn hover(document: &Buffer, offset: usize, lang: Lang) -> Option<Hover> {
    let (model, _) = crate::model::build(&document.analysis.loaded);
    let sections: Vec<String> = rule_under_cursor(document, offset)
        .map(|rule| explain(rule, lang))
        .into_iter()
        .chain(keyword_under_cursor(document, offset, lang))
        .chain(project_code_at(&model, document, offset, lang))
        .chain(findings_at(document, offset, lang))
        .chain(indicator_at(&model, document, offset, lang))
        .chain(unit_code_at(&model, document, offset, lang))
        .chain(record_row_at(&model, document, offset))
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

/// A keyword under the cursor: what it says and what to write after it, with its other
/// spelling.
fn keyword_under_cursor(document: &Buffer, offset: usize, lang: Lang) -> Option<String> {
    let keyword = crate::syntax::tokens::keyword_at(&document.text, offset)?;
    let (zh, en) = keyword.spellings();
    let (zh_meaning, en_meaning) = keyword.meanings();
    Some(match lang {
        Lang::Zh => format!("**{zh}**（`{en}`）：{zh_meaning}"),
        Lang::En => format!("**{en}** (`{zh}`): {en_meaning}"),
    })
}

/// A project code under the cursor (the project's own, a record's, a duty's): the project it
/// names, with its unit and budget.
fn project_code_at(
    model: &Document,
    document: &Buffer,
    offset: usize,
    lang: Lang,
) -> Option<String> {
    let code = word_at(&document.text, offset);
    let project = model.projects.iter().find(|p| p.code() == Some(code))?;
    let (unit_label, budget_label) = match lang {
        Lang::Zh => ("预算单位：", "预算："),
        Lang::En => ("budget unit: ", "budget: "),
    };
    let mut lines = vec![format!("**{code}** {}", project.node.name.value)];
    if let Some(unit) = project.unit {
        let name = unit_name(model, &unit.node).unwrap_or_default();
        lines.push(format!("{unit_label}{} {name}", unit.node));
    }
    let money_unit = model.header.money_unit;
    if let Some(total) = project.budget.and_then(|b| money_unit.amount_of(&b.total)) {
        lines.push(format!("{budget_label}{total} {}", money_unit.name));
    }
    Some(lines.join("\n\n"))
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

/// A project's `单位 CODE` under the cursor: the unit's name as declared.
fn unit_code_at(model: &Document, document: &Buffer, offset: usize, lang: Lang) -> Option<String> {
    let project = model.projects.iter().find(|p| {
        p.unit.is_some_and(|u| {
            u.span.file == document.file && u.span.start() <= offset && offset <= u.span.end()
        })
    })?;
    let code = &project.unit?.node;
    let name = unit_name(model, code)?;
    Some(match lang {
        Lang::Zh => format!("**{code}** 预算单位：{name}"),
        Lang::En => format!("**{code}** budget unit: {name}"),
    })
}

/// The name a unit code is declared with.
fn unit_name<'a>(model: &'a Document, code: &str) -> Option<&'a str> {
    let unit = model.units.iter().find(|u| u.code.node == code)?;
    Some(&unit.name.value)
}

/// The indicator row under the cursor, in words: how the checker read it.
fn indicator_at(model: &Document, document: &Buffer, offset: usize, lang: Lang) -> Option<String> {
    let row = model
        .projects
        .iter()
        .flat_map(|p| &p.indicators)
        .find(|i| {
            let span = i.node.span;
            span.file == document.file && span.start() <= offset && offset <= span.end()
        })?;
    let mut bases = basis::Classifier::default();
    Some(describe_indicator(&json::indicator(row, &mut bases), lang))
}

/// An indicator row in words: its categories, its targets as the checker read them, its basis.
fn describe_indicator(row: &json::IndicatorJson, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut lines = vec![format!(
        "**{}**（{} · {}）",
        row.name, row.level1, row.level2
    )];
    if row.description != row.name {
        lines.push(format!(
            "{}{}",
            if zh { "描述：" } else { "description: " },
            row.description
        ));
    }
    let targets = [
        (&row.value, "指标值", "target"),
        (&row.mid_term, "中期指标值", "mid-term target"),
        (&row.long_term, "长期指标值", "long-term target"),
    ];
    for (value, name_zh, name_en) in targets {
        if let Some(value) = value {
            let name = if zh { name_zh } else { name_en };
            lines.push(format!(
                "{name}：`{}` —— {}",
                value_text(value),
                read_as(value, lang)
            ));
        }
    }
    if let Some(basis) = &row.basis {
        let category = basis.category.map_or_else(
            || {
                if zh {
                    "无法归入四类依据".to_string()
                } else {
                    "none of the four kinds".to_string()
                }
            },
            |c| c.name().to_string(),
        );
        let name = if zh { "依据" } else { "basis" };
        lines.push(format!("{name}：{}（{category}）", basis.text));
    }
    if let Some(weight) = &row.weight {
        lines.push(format!(
            "{}{}",
            if zh { "分值：" } else { "weight: " },
            weight.as_str()
        ));
    }
    if row.from_template {
        let note = if zh {
            "由指标库的模板补全"
        } else {
            "completed from the library's template"
        };
        lines.push(note.to_string());
    }
    lines.join("\n\n")
}

fn value_text(value: &json::ValueJson) -> &str {
    use json::ValueJson as V;
    match value {
        V::Quantity { text, .. }
        | V::Deadline { text, .. }
        | V::Level { text, .. }
        | V::NotApplicable { text }
        | V::Text { text } => text,
    }
}

/// How the checker read a target, in words.
fn read_as(value: &json::ValueJson, lang: Lang) -> String {
    use json::ValueJson as V;
    let zh = lang == Lang::Zh;
    match value {
        V::Quantity {
            comparator,
            amount,
            unit,
            ..
        } => {
            let bound = match (*comparator, zh) {
                (Some("≥"), true) => "不少于 ",
                (Some("≤"), true) => "不超过 ",
                (Some(">"), true) => "多于 ",
                (Some("<"), true) => "少于 ",
                (Some("≥"), false) => "at least ",
                (Some("≤"), false) => "at most ",
                (Some(">"), false) => "more than ",
                (Some("<"), false) => "less than ",
                (_, true) => "目标值 ",
                (_, false) => "target ",
            };
            let amount = amount
                .as_ref()
                .map_or(if zh { "（待填）" } else { "(blank)" }, |a| a.as_str());
            let unit = unit
                .as_deref()
                .unwrap_or(if zh { "（无单位）" } else { "(no unit)" });
            format!("{bound}{amount} {unit}")
        }
        V::Deadline {
            year,
            month,
            day,
            end_of_period,
            before,
            ..
        } => {
            let mut when = String::new();
            if let Some(year) = year {
                when.push_str(&format!("{year}年"));
            }
            if let Some(month) = month {
                when.push_str(&format!("{month}月"));
            }
            match (day, end_of_period) {
                (Some(day), _) => when.push_str(&format!("{day}日")),
                (None, true) => when.push('底'),
                (None, false) => {}
            }
            match (zh, before) {
                (true, true) => format!("期限：{when}之前完成"),
                (true, false) => format!("期限：{when}"),
                (false, true) => format!("a deadline: done by {when}"),
                (false, false) => format!("a deadline: {when}"),
            }
        }
        V::Level { level, .. } => {
            if zh {
                format!("定性指标：{level}")
            } else {
                format!("qualitative: {level}")
            }
        }
        V::NotApplicable { .. } => {
            if zh {
                "不涉及：不考核".to_string()
            } else {
                "not applicable".to_string()
            }
        }
        V::Text { .. } => {
            if zh {
                "文字，不能与完成值比较".to_string()
            } else {
                "text, not comparable".to_string()
            }
        }
    }
}

/// A self-evaluation's or a monitoring's row under the cursor: its target, what the record says
/// and what perfc made of it (the score with its formula, or the forecast's verdict and the light).
fn record_row_at(model: &Document, document: &Buffer, offset: usize) -> Option<String> {
    let under = |span: crate::source::Span| {
        span.file == document.file && span.start() <= offset && offset <= span.end()
    };
    for evaluation in model.evaluations_counted() {
        let Some(row) = evaluation.node.rows.iter().find(|r| under(r.span)) else {
            continue;
        };
        let evaluated = evaluation.evaluated(model)?;
        let card = evaluation.score(model, evaluated.indicators);
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
        let project = monitoring.project(model)?;
        let progress = monitoring.progress(model, project);
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
