//! perfc findings as LSP diagnostics: the same codes and messages as the command line, the
//! secondary labels as related information.

use lsp_types::{
    Diagnostic as LspDiagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString,
};

use super::documents::Analysis;
use super::position::LineIndex;
use crate::diag::{Diagnostic, Lang, Severity};
use crate::source::{FileId, Span};

/// The findings that lie in one file of the analysis.
pub fn convert(analysis: &Analysis, file: FileId, lang: Lang) -> Vec<LspDiagnostic> {
    let index = LineIndex::new(&analysis.loaded.sources.get(file).text);
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.primary.span.file == file)
        .map(|d| convert_one(analysis, &index, d, lang))
        .collect()
}

fn convert_one(
    analysis: &Analysis,
    index: &LineIndex,
    d: &Diagnostic,
    lang: Lang,
) -> LspDiagnostic {
    let mut message = d.message.get(lang).to_string();
    if let Some(label) = &d.primary.message {
        message.push_str(&format!("\n{}", label.get(lang)));
    }
    if let Some(help) = &d.help {
        let word = if lang == Lang::Zh { "提示" } else { "help" };
        message.push_str(&format!("\n{word}: {}", help.get(lang)));
    }
    let related: Vec<DiagnosticRelatedInformation> = d
        .secondary
        .iter()
        .filter_map(|label| {
            Some(DiagnosticRelatedInformation {
                location: location(analysis, label.span)?,
                message: label
                    .message
                    .as_ref()
                    .map_or_else(String::new, |m| m.get(lang).to_string()),
            })
        })
        .collect();
    LspDiagnostic {
        range: index.range(d.primary.span.start(), d.primary.span.end()),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Note => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.code.to_string())),
        source: Some("perfc".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..LspDiagnostic::default()
    }
}

/// Where a span of any loaded file is, for the editor.
pub fn location(analysis: &Analysis, span: Span) -> Option<Location> {
    let uri = analysis.uris.get(span.file.0 as usize)?.clone()?;
    let text = &analysis.loaded.sources.get(span.file).text;
    Some(Location::new(
        uri,
        LineIndex::new(text).range(span.start(), span.end()),
    ))
}
