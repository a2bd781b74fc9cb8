//! Rendering diagnostics: `human` (ariadne, aligned under double-width Chinese), `short`
//! (`file:line:col: severity[CODE]: message`, for editors and CI) and `json` (one object per line).
//!
//! This is the only module that uses ariadne.

use std::borrow::Cow;

use ariadne::{CharSet, Color, Config, IndexType, Label as AriadneLabel, Report, ReportKind};
use serde::Serialize;

use super::{Diagnostic, Label, Lang, Severity};
use crate::domain::text::is_invisible;
use crate::source::{SourceMap, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Human,
    Short,
    Json,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    pub format: Format,
    pub color: bool,
    pub lang: Lang,
}

/// Renders diagnostics in the chosen format. Acknowledged findings are included only if the
/// caller passes them.
pub fn render(diagnostics: &[Diagnostic], sources: &SourceMap, options: &Options) -> String {
    let mut out = String::new();
    // ariadne's view of the sources, built once for all reports, of the files they point into
    // only: it indexes every line, which for a large file costs more than half its size.
    let mut shown = std::collections::BTreeSet::new();
    if options.format == Format::Human {
        let labels = diagnostics
            .iter()
            .flat_map(|d| std::iter::once(&d.primary).chain(&d.secondary));
        shown.extend(labels.map(|label| label.span.file));
    }
    let mut cache = ariadne::sources(
        sources
            .files()
            .filter(|(id, _)| shown.contains(id))
            .map(|(_, f)| (visible(&f.name).into_owned(), inert(&f.text))),
    );
    for d in diagnostics {
        match options.format {
            Format::Human => out.push_str(&human(d, sources, &mut cache, options)),
            Format::Short => out.push_str(&short(d, sources, options.lang)),
            Format::Json => out.push_str(&json(d, sources, options.lang)),
        }
    }
    if options.format == Format::Human {
        out.push_str(&summary(diagnostics, options.lang));
    }
    out
}

fn human(
    d: &Diagnostic,
    sources: &SourceMap,
    cache: &mut impl ariadne::Cache<String>,
    options: &Options,
) -> String {
    let lang = options.lang;
    let name = |span: Span| visible(&sources.get(span.file).name).into_owned();
    let kind = match d.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
        Severity::Note => ReportKind::Custom("Note", Color::Cyan),
    };
    let primary = d.primary.span;
    let mut report = Report::build(kind, (name(primary), primary.range()))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(options.color)
                .with_char_set(CharSet::Unicode),
        )
        .with_code(d.code)
        .with_message(visible(d.message.get(lang)));
    // ariadne draws a label only if it has a message, and keeps labels of one file together only
    // if they come in source order.
    let title = match lang {
        Lang::Zh => d.rule.rule().title.0,
        Lang::En => d.rule.rule().title.1,
    };
    let mut labels: Vec<(&Label, bool)> = std::iter::once((&d.primary, true))
        .chain(d.secondary.iter().map(|l| (l, false)))
        .collect();
    labels.sort_by_key(|(l, _)| (l.span.file, l.span.start()));
    for (label, is_primary) in labels {
        let text = visible(label.message.as_ref().map_or(title, |m| m.get(lang)));
        if label.span.file == primary.file {
            report =
                report.with_label(ariadne_label(label.span, &text, is_primary, &name, options));
        } else {
            // ariadne 0.6 mislocates (and can panic on) a label in another file when indexing by
            // bytes, so such places are listed as notes instead.
            let file = sources.get(label.span.file);
            let at = file.line_col(label.span.start());
            let file_name = visible(&file.name);
            report = report.with_note(format!("{file_name}:{}:{}: {text}", at.line, at.column));
        }
    }
    if let Some(help) = &d.help {
        report = report.with_help(visible(help.get(lang)));
    }
    if let Some(reason) = &d.acknowledged {
        let reason = visible(reason);
        report = report.with_note(match lang {
            Lang::Zh => format!("已确认：{reason}"),
            Lang::En => format!("acknowledged: {reason}"),
        });
    }
    let mut buffer = Vec::new();
    // Writing to a Vec cannot fail, and every span comes from these sources.
    let _ = report.finish().write(cache, &mut buffer);
    let text = String::from_utf8_lossy(&buffer).into_owned();
    if options.color {
        text
    } else {
        strip_ansi(&text)
    }
}

/// ariadne colours a custom report kind (our "Note") even when colour is off; remove it.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn ariadne_label(
    span: Span,
    text: &str,
    is_primary: bool,
    name: &impl Fn(Span) -> String,
    options: &Options,
) -> AriadneLabel<(String, std::ops::Range<usize>)> {
    let mut out = AriadneLabel::new((name(span), span.range())).with_message(text);
    if options.color {
        out = out.with_color(if is_primary { Color::Red } else { Color::Blue });
    }
    out
}

fn short(d: &Diagnostic, sources: &SourceMap, lang: Lang) -> String {
    let file = sources.get(d.primary.span.file);
    let at = file.line_col(d.primary.span.start());
    let acknowledged = match (&d.acknowledged, lang) {
        (None, _) => "",
        (Some(_), Lang::Zh) => "（已确认）",
        (Some(_), Lang::En) => " (acknowledged)",
    };
    format!(
        "{}:{}:{}: {}[{}]: {}{acknowledged}\n",
        visible(&file.name),
        at.line,
        at.column,
        d.severity.as_str(),
        d.code,
        visible(d.message.get(lang))
    )
}

/// Text from a document for a terminal: each character a terminal would act on written as its
/// escape (`\u{1b}`), so that a document can never drive the terminal it is checked in.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    if !text.contains(is_invisible) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if is_invisible(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// A source file's text for the excerpts under a report: each character a terminal would act on
/// replaced by one of the same length in bytes (`?`, `¤`, `�`), so spans still point where they
/// did. A carriage return stays: ariadne reads it as part of a line end.
fn inert(text: &str) -> Cow<'_, str> {
    if !text.contains(|c| c != '\r' && is_invisible(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c.len_utf8() {
                _ if c == '\r' || !is_invisible(c) => c,
                1 => '?',
                2 => '¤',
                _ => '\u{fffd}',
            })
            .collect(),
    )
}

/// A span as 1-based lines and character columns; the end is exclusive.
#[derive(Serialize)]
struct Location<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

fn locate(span: Span, sources: &SourceMap) -> Location<'_> {
    let file = sources.get(span.file);
    let (start, end) = (file.line_col(span.start()), file.line_col(span.end()));
    Location {
        file: &file.name,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    #[serde(flatten)]
    location: Location<'a>,
    message: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: &'a str,
    message: &'a str,
    #[serde(flatten)]
    location: Location<'a>,
    project: Option<&'a str>,
    help: Option<&'a str>,
    label: Option<&'a str>,
    acknowledged: Option<&'a str>,
    related: Vec<JsonLabel<'a>>,
    /// What `perfc fix` would write in place of the location given.
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    #[serde(flatten)]
    location: Location<'a>,
    replacement: &'a str,
}

fn json(d: &Diagnostic, sources: &SourceMap, lang: Lang) -> String {
    // Plain data with string keys always serialises.
    let mut line = serde_json::to_string(&json_record(d, sources, lang)).unwrap_or_default();
    line.push('\n');
    line
}

/// A finding as one line of `--diagnostic-format json` holds it, as a JSON value (for the
/// preview's page, which adds to it).
pub fn json_value(d: &Diagnostic, sources: &SourceMap, lang: Lang) -> serde_json::Value {
    serde_json::to_value(json_record(d, sources, lang)).unwrap_or_default()
}

fn json_record<'a>(d: &'a Diagnostic, sources: &'a SourceMap, lang: Lang) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        code: d.code,
        severity: d.severity.as_str(),
        message: d.message.get(lang),
        location: locate(d.primary.span, sources),
        project: d.project.as_deref(),
        help: d.help.as_ref().map(|h| h.get(lang)),
        label: d.primary.message.as_ref().map(|m| m.get(lang)),
        acknowledged: d.acknowledged.as_deref(),
        related: d
            .secondary
            .iter()
            .map(|l| JsonLabel {
                location: locate(l.span, sources),
                message: l.message.as_ref().map(|m| m.get(lang)),
            })
            .collect(),
        fix: d.fix.as_deref().map(|f| JsonFix {
            location: locate(f.span, sources),
            replacement: &f.replacement,
        }),
    }
}

/// "发现 2 个错误、1 个警告" after the reports; nothing when there were none.
fn summary(diagnostics: &[Diagnostic], lang: Lang) -> String {
    let count = |s: Severity| {
        diagnostics
            .iter()
            .filter(|d| d.acknowledged.is_none() && d.severity == s)
            .count()
    };
    let (errors, warnings, notes) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note),
    );
    let acknowledged = diagnostics
        .iter()
        .filter(|d| d.acknowledged.is_some())
        .count();
    if errors + warnings + notes + acknowledged == 0 {
        return String::new();
    }
    match lang {
        Lang::Zh => {
            let mut parts = vec![
                format!("{errors} 个错误"),
                format!("{warnings} 个警告"),
                format!("{notes} 个提示"),
            ];
            if acknowledged > 0 {
                parts.push(format!("{acknowledged} 个已确认"));
            }
            format!("共 {}\n", parts.join("、"))
        }
        Lang::En => {
            let plural =
                |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            let mut parts = vec![
                plural(errors, "error"),
                plural(warnings, "warning"),
                plural(notes, "note"),
            ];
            if acknowledged > 0 {
                parts.push(format!("{acknowledged} acknowledged"));
            }
            format!("{}\n", parts.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Msg, RuleId};
    use crate::source::{FileId, SourceFile};

    fn one_file(text: &str) -> SourceMap {
        let mut map = SourceMap::default();
        map.add(SourceFile::new(
            "t.perf".into(),
            "t.perf".into(),
            text.into(),
        ));
        map
    }

    #[test]
    fn underline_aligns_under_double_width_text() {
        let text = "    数量指标 \"开展检查次数\" ≥1 次  依据 年度工作计划\n";
        let sources = one_file(text);
        let start = text.find("≥1 次").expect("value");
        let d = Diagnostic::new(
            RuleId::MissingValueUnit,
            Span::new(FileId(0), start, start + "≥1 次".len()),
            Msg::new("x", "x"),
        )
        .with_label(Msg::new("这里", "here"));
        let out = human(
            &d,
            &sources,
            &mut ariadne::sources(
                sources
                    .files()
                    .map(|(_, f)| (f.name.clone(), f.text.as_str())),
            ),
            &Options::default(),
        );
        let source_line = out
            .lines()
            .find(|l| l.contains("≥1 次"))
            .expect("source line");
        let underline = out
            .lines()
            .skip_while(|l| !l.contains("≥1 次"))
            .nth(1)
            .expect("underline");
        let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
        let value_column = width(&source_line[..source_line.find("≥1").expect("value")]);
        let mark_column = width(&underline[..underline.find(['─', '┬']).expect("underline mark")]);
        assert_eq!(value_column, mark_column, "\n{out}");
    }

    #[test]
    fn short_format_uses_character_columns() {
        let text = "项目 X \"名称\"\n";
        let sources = one_file(text);
        let start = text.find('X').expect("X");
        let d = Diagnostic::new(
            RuleId::ProjectCodeFormat,
            Span::new(FileId(0), start, start + 1),
            Msg::new("坏", "bad"),
        );
        assert_eq!(
            short(&d, &sources, Lang::En),
            "t.perf:1:4: error[E0206]: bad\n"
        );
    }
}
