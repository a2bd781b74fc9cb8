//! The changes for people: `human` for a terminal (labels aligned by display width, so columns
//! line up under double-width Chinese; coloured on request) and `markdown` for review comments
//! (a heading per project, a table of its changes). Text from the documents never reaches a
//! terminal raw (`diag::render::visible`) nor Markdown as markup (`escape`).

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use super::{Change, DocumentChanges, IndicatorName, Judgement, ProjectChanges, Status, UnitName};
use crate::diag::Lang;
use crate::diag::render::visible;
use crate::diag::{self, Piece};
use crate::syntax::keywords::Keyword;

/// How to print.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub color: bool,
    pub lang: Lang,
}

/// One of the two languages.
fn tr(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// What a field id names, in the message language (`fiscal` → 财政资金, `mid_term_budget/fiscal`
/// → 中期资金 财政资金).
fn field_label(field: &str, lang: Lang) -> String {
    if let Some((whole, part)) = field.split_once('/') {
        return format!("{} {}", field_label(whole, lang), field_label(part, lang));
    }
    if field == "category" {
        return tr(lang, "指标类别", "category").to_string();
    }
    Keyword::ALL
        .iter()
        .find(|k| k.spellings().1 == field)
        .map_or(field, |k| k.spelling(lang))
        .replace('_', " ")
}

fn judgement_word(judgement: Judgement, lang: Lang) -> Option<&'static str> {
    match judgement {
        Judgement::Tightened => Some(tr(lang, "收紧", "tightened")),
        Judgement::Loosened => Some(tr(lang, "放宽", "loosened")),
        Judgement::UnitChanged => Some(tr(lang, "单位改变", "unit changed")),
        Judgement::ComparatorChanged => Some(tr(lang, "比较关系改变", "comparison changed")),
        Judgement::Changed => None,
    }
}

/// A line's colour.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Paint {
    Plain,
    Bold,
    Added,
    Removed,
    Tightened,
    Loosened,
}

fn paint(text: &str, paint: Paint, options: &Options) -> String {
    let code = match paint {
        _ if !options.color => return text.to_string(),
        Paint::Plain => return text.to_string(),
        Paint::Bold => "1",
        Paint::Added | Paint::Tightened => "32",
        Paint::Removed => "31",
        Paint::Loosened => "33",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// One change as a row: `+`/`-`/` `, a label, the old and new values and a note.
struct Row {
    marker: char,
    /// Rows of one group share a label column (project fields; indicators).
    group: u8,
    label: String,
    old: Option<String>,
    new: Option<String>,
    note: Option<(String, Paint)>,
    /// Long texts: old and new on lines of their own below the label.
    long: bool,
}

impl Row {
    fn new(group: u8, label: String, old: Option<String>, new: Option<String>) -> Row {
        Row {
            marker: ' ',
            group,
            label,
            old,
            new,
            note: None,
            long: false,
        }
    }
}

fn quoted(text: &str) -> String {
    format!("“{text}”")
}

fn indicator_label(indicator: &IndicatorName, lang: Lang) -> String {
    format!(
        "{} {}",
        tr(lang, "指标", "indicator"),
        quoted(&indicator.name)
    )
}

fn unit_text(unit: &UnitName) -> String {
    match &unit.name {
        Some(name) => format!("{} {name}", unit.code),
        None => unit.code.clone(),
    }
}

fn with_unit(amount: Option<&String>, unit: &str) -> Option<String> {
    amount.map(|a| {
        if a.ends_with(unit) || a.ends_with('元') {
            a.clone()
        } else {
            format!("{a} {unit}")
        }
    })
}

/// A change as a row, amounts in `unit`.
fn row(change: &Change, unit: &str, lang: Lang) -> Row {
    match change {
        Change::Header { field, old, new } | Change::Text { field, old, new } => {
            let mut row = Row::new(0, field_label(field, lang), old.clone(), new.clone());
            row.long = matches!(change, Change::Text { .. });
            row
        }
        Change::Renamed { old, new } => Row::new(
            0,
            tr(lang, "名称", "name").into(),
            Some(quoted(old)),
            Some(quoted(new)),
        ),
        Change::Moved { old, new } => Row::new(
            0,
            field_label("unit", lang),
            old.as_ref().map(unit_text),
            new.as_ref().map(unit_text),
        ),
        Change::Money {
            field,
            old,
            new,
            difference,
            out_of_range,
        } => {
            let mut row = Row::new(
                0,
                field_label(field, lang),
                with_unit(old.as_ref(), unit),
                with_unit(new.as_ref(), unit),
            );
            row.note = match (difference, out_of_range) {
                (_, true) => Some((
                    tr(lang, "超出数值范围，无法比较", "out of range, not compared").into(),
                    Paint::Loosened,
                )),
                (Some(d), false) => {
                    let sign = if d.as_str().starts_with('-') { "" } else { "+" };
                    Some((format!("{sign}{}", d.as_str()), Paint::Plain))
                }
                (None, false) => None,
            };
            row
        }
        Change::Schedule { old, new } => Row::new(
            0,
            Keyword::Schedule.spelling(lang).into(),
            old.clone(),
            new.clone(),
        ),
        Change::IndicatorAdded { indicator } => Row {
            marker: '+',
            ..Row::new(
                1,
                indicator_label(indicator, lang),
                None,
                indicator.value.clone(),
            )
        },
        Change::IndicatorRemoved { indicator } => Row {
            marker: '-',
            ..Row::new(
                1,
                indicator_label(indicator, lang),
                indicator.value.clone(),
                None,
            )
        },
        Change::IndicatorValue {
            indicator,
            old,
            new,
            judgement,
        } => {
            let mut row = Row::new(
                1,
                indicator_label(indicator, lang),
                old.clone(),
                new.clone(),
            );
            row.note = judgement_word(*judgement, lang).map(|word| {
                let paint = match judgement {
                    Judgement::Tightened => Paint::Tightened,
                    Judgement::Loosened => Paint::Loosened,
                    _ => Paint::Plain,
                };
                (word.to_string(), paint)
            });
            row
        }
        Change::IndicatorField {
            indicator,
            field,
            old,
            new,
        } => {
            let label = format!(
                "{} {}",
                indicator_label(indicator, lang),
                field_label(field, lang)
            );
            let mut row = Row::new(1, label, old.clone(), new.clone());
            row.long = field == "description";
            row
        }
    }
}

/// The heading of a project's changes.
fn project_heading(project: &ProjectChanges, lang: Lang) -> String {
    let name = quoted(&project.name);
    let word = tr(lang, "项目", "project");
    match &project.code {
        Some(code) => format!("{word} {code} {name}"),
        None => format!("{word} {name}"),
    }
}

/// What an added or removed project amounts to: its budget and its rows.
fn project_size(project: &ProjectChanges, unit: &str, lang: Lang) -> String {
    let rows = project.indicators;
    match (&project.budget, lang) {
        (Some(budget), Lang::Zh) => format!("预算 {budget} {unit}，{rows} 个指标"),
        (Some(budget), Lang::En) => format!("budget {budget} {unit}, {rows} indicators"),
        (None, Lang::Zh) => format!("{rows} 个指标"),
        (None, Lang::En) => format!("{rows} indicators"),
    }
}

fn status_word(status: Status, lang: Lang) -> &'static str {
    match status {
        Status::Added => tr(lang, "新增", "added"),
        Status::Removed => tr(lang, "删除", "removed"),
        Status::Changed => tr(lang, "修改", "changed"),
    }
}

/// The documents' changes for a terminal.
pub fn human(documents: &[DocumentChanges], options: &Options) -> String {
    let mut out = String::new();
    for document in documents {
        human_document(document, options, &mut out);
    }
    out
}

fn human_document(document: &DocumentChanges, options: &Options, out: &mut String) {
    let lang = options.lang;
    let path = |p: &Option<String>| {
        p.as_deref()
            .map_or("/dev/null".to_string(), |p| visible(p).into_owned())
    };
    let _ = writeln!(
        out,
        "{}",
        paint(
            &format!("--- {}", path(&document.old)),
            Paint::Bold,
            options
        )
    );
    let _ = writeln!(
        out,
        "{}",
        paint(
            &format!("+++ {}", path(&document.new)),
            Paint::Bold,
            options
        )
    );
    let unit = document.changes.money_unit;
    let sections = [
        (tr(lang, "文档", "document"), &document.changes.header),
        (
            tr(lang, "部门目标", "department"),
            &document.changes.department,
        ),
    ];
    for (heading, changes) in sections.into_iter().filter(|(_, c)| !c.is_empty()) {
        let _ = writeln!(out, "{}", paint(heading, Paint::Bold, options));
        let rows: Vec<Row> = changes.iter().map(|c| row(c, unit, lang)).collect();
        human_rows(&rows, options, out);
    }
    for project in &document.changes.projects {
        let heading = visible(&project_heading(project, lang)).into_owned();
        match project.status {
            Status::Changed => {
                let _ = writeln!(out, "{}", paint(&heading, Paint::Bold, options));
                let rows: Vec<Row> = project.changes.iter().map(|c| row(c, unit, lang)).collect();
                human_rows(&rows, options, out);
            }
            Status::Added | Status::Removed => {
                let (marker, colour) = match project.status {
                    Status::Added => ('+', Paint::Added),
                    _ => ('-', Paint::Removed),
                };
                let line = format!(
                    "{marker} {heading}{}{}{}",
                    parenthesised(status_word(project.status, lang), lang),
                    tr(lang, "", " "),
                    project_size(project, unit, lang)
                );
                let _ = writeln!(out, "{}", paint(&line, colour, options));
            }
        }
    }
}

/// Rows under a heading, each group's labels padded to one display width.
fn human_rows(rows: &[Row], options: &Options, out: &mut String) {
    let labels: Vec<String> = rows.iter().map(|r| one_line(&r.label)).collect();
    let width = |group: u8| {
        rows.iter()
            .zip(&labels)
            .filter(|(r, _)| r.group == group && !r.long)
            .map(|(_, l)| l.width())
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1)];
    for (row, label) in rows.iter().zip(&labels) {
        let colour = match row.marker {
            '+' => Paint::Added,
            '-' => Paint::Removed,
            _ => Paint::Plain,
        };
        let head = format!("{} {label}", row.marker);
        if row.long {
            let _ = writeln!(out, " {}", paint(&head, colour, options));
            for (marker, text, colour) in [
                ('-', &row.old, Paint::Removed),
                ('+', &row.new, Paint::Added),
            ] {
                let text = text.as_deref().map_or("—".into(), visible);
                let text = text.replace('\n', "\n      ");
                let _ = writeln!(
                    out,
                    "    {}",
                    paint(&format!("{marker} {text}"), colour, options)
                );
            }
            continue;
        }
        let pad = widths[usize::from(row.group.min(1))].saturating_sub(label.width());
        let value = match (&row.old, &row.new) {
            (Some(old), Some(new)) => format!("{} → {}", one_line(old), one_line(new)),
            (None, Some(new)) if row.marker == '+' => one_line(new),
            (Some(old), None) if row.marker == '-' => one_line(old),
            (old, new) => format!(
                "{} → {}",
                old.as_deref().map_or("—".into(), one_line),
                new.as_deref().map_or("—".into(), one_line)
            ),
        };
        let note = match &row.note {
            Some((note, note_paint)) if note.starts_with(['+', '-']) => {
                format!(" ({})", paint(note, *note_paint, options))
            }
            Some((note, note_paint)) => {
                parenthesised(&paint(note, *note_paint, options), options.lang)
            }
            None => String::new(),
        };
        let line = format!("{head}{}  {value}", " ".repeat(pad));
        let _ = writeln!(out, " {}{note}", paint(&line, colour, options));
    }
}

/// `（收紧）` in Chinese, ` (tightened)` in English.
fn parenthesised(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（{text}）"),
        Lang::En => format!(" ({text})"),
    }
}

/// A text on one line, safe for a terminal.
fn one_line(text: &str) -> String {
    visible(text).replace(['\n', '\t'], " ")
}

/// The documents' changes as Markdown, for a review comment.
pub fn markdown(documents: &[DocumentChanges], lang: Lang) -> String {
    let mut out = String::new();
    for document in documents {
        markdown_document(document, lang, &mut out);
    }
    out
}

fn markdown_document(document: &DocumentChanges, lang: Lang, out: &mut String) {
    let path = |p: &Option<String>| {
        p.as_deref()
            .map_or("/dev/null".into(), |p| format!("`{}`", code_span(p)))
    };
    let title = match (&document.old, &document.new) {
        (Some(old), Some(new)) if old == new => path(&document.new),
        _ => format!("{} → {}", path(&document.old), path(&document.new)),
    };
    let _ = writeln!(out, "## {title}\n");
    let unit = document.changes.money_unit;
    let sections = [
        (tr(lang, "文档", "Document"), &document.changes.header),
        (
            tr(lang, "部门目标", "Department"),
            &document.changes.department,
        ),
    ];
    for (heading, changes) in sections.into_iter().filter(|(_, c)| !c.is_empty()) {
        let _ = writeln!(out, "### {heading}\n");
        let rows: Vec<Row> = changes.iter().map(|c| row(c, unit, lang)).collect();
        markdown_table(&rows, lang, out);
    }
    for project in &document.changes.projects {
        let heading = escape(&project_heading(project, lang));
        match project.status {
            Status::Changed => {
                let _ = writeln!(out, "### {heading}\n");
                let rows: Vec<Row> = project.changes.iter().map(|c| row(c, unit, lang)).collect();
                markdown_table(&rows, lang, out);
            }
            status => {
                let word = status_word(status, lang);
                let _ = writeln!(out, "### {heading}{}\n", parenthesised(word, lang));
                let _ = writeln!(out, "{}\n", escape(&project_size(project, unit, lang)));
            }
        }
    }
}

fn markdown_table(rows: &[Row], lang: Lang, out: &mut String) {
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        tr(lang, "内容", "what"),
        tr(lang, "原", "old"),
        tr(lang, "新", "new"),
        tr(lang, "说明", "note"),
    );
    for row in rows {
        let cell = |text: &Option<String>| text.as_deref().map(escape).unwrap_or_default();
        let note = match (row.marker, &row.note) {
            ('+', _) => tr(lang, "新增", "added").to_string(),
            ('-', _) => tr(lang, "删除", "removed").to_string(),
            (_, Some((note, _))) => escape(note),
            (_, None) => String::new(),
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {note} |",
            escape(&row.label),
            cell(&row.old),
            cell(&row.new)
        );
    }
    out.push('\n');
}

/// Text as literal Markdown inside a table cell: punctuation that would be markup escaped,
/// line breaks as `<br>`, invisible characters written out.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '\n' => out.push_str("<br>"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A finding's message in a Markdown table cell: its `code` pieces as code spans (a `|` there
/// escaped for the table), the rest escaped as [`escape`] does.
pub(crate) fn escape_message(message: &str) -> String {
    diag::pieces(message)
        .into_iter()
        .map(|piece| match piece {
            Piece::Code(code) if !code.is_empty() => {
                format!("`{}`", code_span(code).replace('|', "\\|"))
            }
            Piece::Code(_) => escape("``"),
            Piece::Text(text) => escape(text),
        })
        .collect()
}

/// A path inside a code span: backticks cannot be escaped there, so they are replaced.
fn code_span(text: &str) -> String {
    visible(text).replace('`', "'").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_in_a_cell_keeps_its_code_as_code_and_nothing_else_as_markup() {
        assert_eq!(
            escape_message("单位 `百分比` 应写作 `%`，*非* `a|b`"),
            "单位 `百分比` 应写作 `%`，\\*非\\* `a\\|b`"
        );
        assert_eq!(escape_message("a `` b ` c"), "a \\`\\` b \\` c");
    }

    #[test]
    fn markdown_cells_hold_text_not_markup() {
        assert_eq!(escape("a|b\n*c* <x>"), "a\\|b<br>\\*c\\* \\<x\\>");
        assert_eq!(escape("\u{1b}[31m"), "\\\\u{1b}\\[31m");
    }

    #[test]
    fn fields_are_named_in_the_message_language() {
        assert_eq!(field_label("fiscal", Lang::Zh), "财政资金");
        assert_eq!(field_label("basic_spending", Lang::En), "basic spending");
        assert_eq!(field_label("category", Lang::Zh), "指标类别");
        assert_eq!(
            field_label("mid_term_budget/local_fiscal", Lang::Zh),
            "中期资金 本级财政资金"
        );
    }
}
