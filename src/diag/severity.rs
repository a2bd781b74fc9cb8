//! Rule levels and their per-document and command-line overrides.

use super::{RuleId, Severity};

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
#[derive(Clone, Debug)]
pub struct SeverityConfig {
    document: Vec<Option<Level>>,
    command_line: Vec<Option<Level>>,
}

impl Default for SeverityConfig {
    fn default() -> Self {
        SeverityConfig {
            document: vec![None; super::catalogue::RULES.len()],
            command_line: vec![None; super::catalogue::RULES.len()],
        }
    }
}

impl SeverityConfig {
    pub fn set_from_command_line(&mut self, rule: RuleId, level: Level) {
        self.command_line[rule as usize] = Some(level);
    }

    pub fn set_from_document(&mut self, rule: RuleId, level: Level) {
        self.document[rule as usize] = Some(level);
    }

    /// The level `rule` runs at.
    pub fn level(&self, rule: RuleId) -> Level {
        self.command_line[rule as usize]
            .or(self.document[rule as usize])
            .unwrap_or(rule.rule().default_level)
    }
}
