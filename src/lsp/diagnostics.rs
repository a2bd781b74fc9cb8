//! perfc findings as LSP diagnostics: the same codes and messages as the command line, the
//! secondary labels as related information.

use lsp_types::{
    Diagnostic as LspDiagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString,
};

use super::buffers::Analysis;
use super::position;
use crate::diag::{Diagnostic, Lang, Severity};
use crate::source::{FileId, SourceFile, Span};

/// The findings that lie in one file of the analysis.
pub fn convert(analysis: &Analysis, file: FileId, lang: Lang) -> Vec<LspDiagnostic> {
    let source = analysis.loaded.sources.get(file);
    analysis
        .diagnostics
        .iter()
        .filter(|d| d.primary.span.file == file)
        .map(|d| convert_one(analysis, source, d, lang))
        .collect()
}

pub(super) fn convert_one(
    analysis: &Analysis,
    source: &SourceFile,
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
        range: position::range(source, d.primary.span),
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
    let source = analysis.loaded.sources.get(span.file);
    Some(Location::new(uri, position::range(source, span)))
}
