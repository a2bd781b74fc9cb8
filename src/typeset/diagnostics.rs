//! Typst's errors and warnings as perfc diagnostics (E0802, E0803; E0805 for an error in perfc's
//! own template), located in the template file they point into.

use rustc_hash::FxHashMap;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::syntax::FileId;
use typst::{World, WorldExt};
use typst_as_lib::TypstWorld;

use super::template::Template;
use crate::diag::{Diagnostic, Msg, RuleId};
use crate::source::{FileId as SourceId, SourceFile, Span};

/// Converts Typst's findings; the template files they point into become source files, numbered
/// from `first` on, for the caller to add to the document's sources.
pub(super) struct Converter<'a> {
    world: &'a TypstWorld<'a>,
    template: &'a Template,
    first: SourceId,
    pub(super) added: Vec<SourceFile>,
    ids: FxHashMap<FileId, SourceId>,
}

impl<'a> Converter<'a> {
    pub(super) fn new(world: &'a TypstWorld<'a>, template: &'a Template, first: SourceId) -> Self {
        Converter {
            world,
            template,
            first,
            added: Vec::new(),
            ids: FxHashMap::default(),
        }
    }

    pub(super) fn convert(&mut self, found: &[SourceDiagnostic]) -> Vec<Diagnostic> {
        found.iter().map(|d| self.diagnostic(d)).collect()
    }

    fn diagnostic(&mut self, found: &SourceDiagnostic) -> Diagnostic {
        let official = matches!(self.template, Template::Official);
        let message = found.message.to_string();
        let (rule, text) = match found.severity {
            // Every checked document must typeset in perfc's own layouts: a failure is perfc's.
            TypstSeverity::Error if official => (
                RuleId::InternalTemplateError,
                Msg::new(
                    format!("perfc 内置模板出错（perfc 的缺陷，请报告）：{message}"),
                    format!(
                        "perfc's own template failed (a bug in perfc, please report it): {message}"
                    ),
                ),
            ),
            TypstSeverity::Error => (
                RuleId::TemplateError,
                Msg::new(format!("Typst：{message}"), format!("Typst: {message}")),
            ),
            TypstSeverity::Warning => (
                RuleId::TemplateWarning,
                Msg::new(format!("Typst：{message}"), format!("Typst: {message}")),
            ),
        };
        let mut diagnostic = Diagnostic::new(rule, self.span_of(found), text);
        if !found.hints.is_empty() {
            let hints = found
                .hints
                .iter()
                .map(|h| h.v.to_string())
                .collect::<Vec<_>>()
                .join("; ");
            diagnostic = diagnostic.with_help(Msg::new(hints.clone(), hints));
        }
        diagnostic
    }

    /// Where the finding lies: its byte range in the template file it names, or the start of
    /// the main template when Typst gives no place.
    fn span_of(&mut self, found: &SourceDiagnostic) -> Span {
        let located = found.span.id().and_then(|id| {
            let range = self.world.range(found.span)?;
            Some((self.file(id)?, range))
        });
        match located {
            Some((file, range)) => Span::new(file, range.start, range.end),
            None => {
                // Unplaced: the main template's start (the root document's if even that fails).
                let main = self.world.main();
                Span::new(self.file(main).unwrap_or(SourceId(0)), 0, 0)
            }
        }
    }

    /// Our source id for a Typst file, taking its text the first time.
    fn file(&mut self, id: FileId) -> Option<SourceId> {
        if let Some(known) = self.ids.get(&id) {
            return Some(*known);
        }
        let (path, name) = self.template.locate(id)?;
        let text = self.world.source(id).ok()?.text().to_owned();
        let added = SourceId(self.first.0 + self.added.len() as u32);
        self.added.push(SourceFile::new(path, name, text));
        self.ids.insert(id, added);
        Some(added)
    }
}
