//! Rule levels and their per-document and command-line overrides.

use std::collections::BTreeMap;

use super::Severity;

/// The level a rule runs at: a severity, or switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    Note,
    Warning,
    Error,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Note => Some(Severity::Note),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }

    /// Reads a level word in either language: `error`/`错误`, `warning`/`警告`, `note`/`提示`,
    /// `off`/`关闭`.
    pub fn parse(word: &str) -> Option<Level> {
        Some(match word {
            "error" | "错误" => Level::Error,
            "warning" | "警告" => Level::Warning,
            "note" | "提示" => Level::Note,
            "off" | "关闭" => Level::Off,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Note => "note",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// Rule levels that differ from the catalogue's defaults. The command line's settings override
/// the document's.
#[derive(Clone, Debug, Default)]
pub struct SeverityConfig {
    document: BTreeMap<String, Level>,
    command_line: BTreeMap<String, Level>,
}

impl SeverityConfig {
    pub fn set_from_command_line(&mut self, code: &str, level: Level) {
        self.command_line.insert(code.to_string(), level);
    }

    pub fn set_from_document(&mut self, code: &str, level: Level) {
        self.document.insert(code.to_string(), level);
    }

    /// The level `code` runs at.
    pub fn level(&self, code: &str) -> Level {
        self.command_line
            .get(code)
            .or_else(|| self.document.get(code))
            .copied()
            .unwrap_or_else(|| super::rule(code).default_level)
    }
}
