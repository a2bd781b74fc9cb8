//! Diagnostics as data: what was found, where, and how bad it is.
//!
//! Detection (syntax, loader, checker) produces [`Diagnostic`] values; rendering them as text or
//! JSON is [`render`]'s job. Every diagnostic carries a stable rule code from the [`catalogue`],
//! its message in Chinese and English, a primary span and optional secondary labels and help.

pub mod catalogue;
pub mod render;
pub mod severity;

use std::borrow::Cow;
use std::sync::Arc;

use serde::Serialize;

use crate::source::Span;

pub use catalogue::{Rule, RuleId};
pub use severity::{Level, SeverityConfig};

/// How serious a finding is. Ordered from least to most serious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Message language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// A text in both message languages. A text without placeholders is the literal itself, not a
/// copy: a large document's findings repeat the same help lines thousands of times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub zh: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Msg {
    pub fn new(zh: impl Into<Cow<'static, str>>, en: impl Into<Cow<'static, str>>) -> Self {
        Msg {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// `msg!("中文 {x}", "English {x}")`: a [`Msg`] formatted in both languages.
#[macro_export]
macro_rules! msg {
    ($zh:literal, $en:literal $(,)?) => {
        $crate::diag::Msg::new(
            $crate::diag::formatted(format_args!($zh)),
            $crate::diag::formatted(format_args!($en)),
        )
    };
}

/// The text of `format_args!`: the literal itself when it has nothing to fill in.
pub fn formatted(arguments: std::fmt::Arguments) -> Cow<'static, str> {
    arguments
        .as_str()
        .map_or_else(|| Cow::Owned(arguments.to_string()), Cow::Borrowed)
}

/// A piece of a message: text, or `code` between backticks (what to write, or a value quoted
/// from the document).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Code(&'a str),
}

/// A message cut into its pieces. Outputs with markup (the review, the report, the preview) show
/// the code pieces as code rather than with their backticks; an unpaired backtick stays text.
pub fn pieces(message: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find('`') {
        let Some(close) = rest[open + 1..].find('`') else {
            break;
        };
        out.push(Piece::Text(&rest[..open]));
        out.push(Piece::Code(&rest[open + 1..open + 1 + close]));
        rest = &rest[open + 1 + close + 1..];
    }
    out.push(Piece::Text(rest));
    out.retain(|piece| piece != &Piece::Text(""));
    out
}

/// A span with an optional note attached to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: Option<Msg>,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: RuleId,
    /// Rule code, e.g. `E0401`.
    pub code: &'static str,
    /// Effective severity (after the document's and the command line's settings).
    pub severity: Severity,
    pub message: Msg,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub help: Option<Msg>,
    /// 项目编码 of the project the primary span lies in (shared by the project's findings).
    pub project: Option<Arc<str>>,
    /// The reason given in a matching `确认` (acknowledgement), if any (shared likewise).
    pub acknowledged: Option<Arc<str>>,
    /// The repair, when it is obvious: applied by `perfc fix` and offered by the language server.
    pub fix: Option<Box<Fix>>,
}

/// A machine-applicable repair: the text to write in place of a span (of the finding's file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub span: Span,
    pub replacement: String,
}

impl Diagnostic {
    /// A finding of `rule` at `span`, at the rule's default severity.
    pub fn new(rule: RuleId, span: Span, message: Msg) -> Self {
        let info = rule.rule();
        Diagnostic {
            rule,
            code: info.code,
            severity: info.default_level.severity().unwrap_or(Severity::Note),
            message,
            primary: Label {
                span,
                message: None,
            },
            secondary: Vec::new(),
            help: None,
            project: None,
            acknowledged: None,
            fix: None,
        }
    }

    /// The repair: `replacement` in place of `span`.
    pub fn with_fix(mut self, span: Span, replacement: impl Into<String>) -> Self {
        self.fix = Some(Box::new(Fix {
            span,
            replacement: replacement.into(),
        }));
        self
    }

    /// A note on the primary span.
    pub fn with_label(mut self, message: Msg) -> Self {
        self.primary.message = Some(message);
        self
    }

    /// A second place that explains the finding.
    pub fn with_secondary(mut self, span: Span, message: Msg) -> Self {
        self.secondary.push(Label {
            span,
            message: Some(message),
        });
        self
    }

    pub fn with_help(mut self, help: Msg) -> Self {
        self.help = Some(help);
        self
    }

    /// Does this finding count against the run (unacknowledged at the given threshold)?
    pub fn fails(&self, threshold: Severity) -> bool {
        self.acknowledged.is_none() && self.severity >= threshold
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    #[test]
    fn messages_without_placeholders_are_not_copied() {
        let fixed = msg!("支出集中在年底", "spending is left to the year's end");
        assert!(matches!(fixed.zh, Cow::Borrowed("支出集中在年底")));
        assert!(matches!(fixed.en, Cow::Borrowed(_)));
        let percent = 30;
        let filled = msg!("低于 {percent}%", "below {percent}%");
        assert!(matches!(&filled.zh, Cow::Owned(text) if text == "低于 30%"));
        assert_eq!(filled.get(super::Lang::En), "below 30%");
    }

    #[test]
    fn code_between_backticks_and_an_unpaired_backtick_as_text() {
        use super::Piece::{Code, Text};
        assert_eq!(
            super::pieces("单位 `百分比` 应写作 `%`"),
            [Text("单位 "), Code("百分比"), Text(" 应写作 "), Code("%")]
        );
        assert_eq!(super::pieces("`a`"), [Code("a")]);
        assert_eq!(super::pieces("a ` b"), [Text("a ` b")]);
        assert_eq!(super::pieces("`a` ` b"), [Code("a"), Text(" ` b")]);
        assert_eq!(super::pieces(""), []);
    }
}
