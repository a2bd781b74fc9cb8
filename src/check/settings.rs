//! Rule levels (`规则` in the header, `--severity` on the command line) and acknowledgements
//! (`确认 CODE "理由"`): E0104 and E0105.

use crate::diag::catalogue::{self, RuleId};
use crate::diag::{Diagnostic, Level, SeverityConfig};
use crate::model::Document;
use crate::msg;
use crate::source::Span;
use crate::syntax::ast::Acknowledge;

/// Reads `CODE=LEVEL` as given to `--severity`.
pub fn parse_cli_level(setting: &str) -> Result<(String, Level), String> {
    let (code, level) = setting
        .split_once('=')
        .ok_or_else(|| format!("expected CODE=LEVEL, got `{setting}`"))?;
    let rule = catalogue::find(code.trim()).ok_or_else(|| format!("unknown rule `{code}`"))?;
    let level = Level::parse(level.trim())
        .ok_or_else(|| format!("unknown level `{level}` (error, warning, note or off)"))?;
    Ok((rule.code.to_string(), level))
}

/// Adds the header's `规则 { … }` settings; bad codes or levels are E0104.
pub(super) fn read_document_levels(
    document: &Document,
    levels: &mut SeverityConfig,
    out: &mut Vec<Diagnostic>,
) {
    for setting in &document.header.rules {
        let Some(rule) = known_code(&setting.code.node, setting.code.span, out) else {
            continue;
        };
        match Level::parse(&setting.level.node) {
            Some(level) => levels.set_from_document(rule.code, level),
            None => {
                let word = &setting.level.node;
                out.push(
                    Diagnostic::new(
                        RuleId::UnknownRule,
                        setting.level.span,
                        msg!("未知的级别 `{word}`", "unknown level `{word}`"),
                    )
                    .with_help(msg!(
                        "级别为 错误、警告、提示 或 关闭（error、warning、note、off）",
                        "levels are error, warning, note or off (错误、警告、提示、关闭)"
                    )),
                );
            }
        }
    }
}

fn known_code(
    code: &str,
    span: Span,
    out: &mut Vec<Diagnostic>,
) -> Option<&'static catalogue::Rule> {
    let rule = catalogue::find(code);
    if rule.is_none() {
        out.push(
            Diagnostic::new(
                RuleId::UnknownRule,
                span,
                msg!("未知的规则代码 `{code}`", "unknown rule code `{code}`"),
            )
            .with_help(msg!("`perfc rules` 列出全部规则", "`perfc rules` lists every rule")),
        );
    }
    rule
}

/// Sets each finding's effective severity and drops the rules switched off.
pub(super) fn apply_levels(found: Vec<Diagnostic>, levels: &SeverityConfig) -> Vec<Diagnostic> {
    found
        .into_iter()
        .filter_map(|mut d| {
            d.severity = levels.level(d.code).severity()?;
            Some(d)
        })
        .collect()
}

/// Records the 项目编码 of the project each finding lies in.
pub(super) fn attribute_projects(document: &Document, diagnostics: &mut [Diagnostic]) {
    for d in diagnostics {
        d.project = document
            .projects
            .iter()
            .find(|p| p.node.span.contains(&d.primary.span))
            .map(|p| p.code().to_string());
    }
}

/// Rules whose findings cannot be acknowledged: the document must be readable, and the
/// acknowledgement machinery cannot vouch for itself.
fn can_be_acknowledged(code: &str) -> bool {
    !code.starts_with("E00")
        && code != RuleId::UnknownRule.code()
        && code != RuleId::UnusedAcknowledgement.code()
}

/// Marks findings covered by a `确认` and reports acknowledgements that cover nothing.
pub(super) fn acknowledge(document: &Document, levels: &SeverityConfig, diagnostics: &mut Vec<Diagnostic>) {
    let mut scoped: Vec<(&Acknowledge, Option<Span>)> = document
        .header
        .acknowledgements
        .iter()
        .map(|a| (*a, None))
        .collect();
    for project in &document.projects {
        scoped.extend(project.acknowledgements.iter().map(|a| (*a, Some(project.node.span))));
        for indicator in &project.indicators {
            scoped.extend(
                indicator
                    .node
                    .acknowledgements
                    .iter()
                    .map(|a| (a, Some(indicator.node.span))),
            );
        }
    }
    let mut extra = Vec::new();
    for (ack, scope) in scoped {
        let Some(rule) = known_code(&ack.code.node, ack.code.span, &mut extra) else {
            continue;
        };
        if !can_be_acknowledged(rule.code) {
            let code = rule.code;
            extra.push(Diagnostic::new(
                RuleId::UnknownRule,
                ack.code.span,
                msg!("规则 {code} 不能被确认", "rule {code} cannot be acknowledged"),
            ));
            continue;
        }
        let mut used = false;
        for d in diagnostics.iter_mut().filter(|d| d.code == rule.code) {
            if scope.is_none_or(|s| s.contains(&d.primary.span)) {
                d.acknowledged.get_or_insert_with(|| ack.reason.value.clone());
                used = true;
            }
        }
        let switched_off = levels.level(rule.code) == Level::Off;
        if !used && !switched_off {
            let code = rule.code;
            extra.push(
                Diagnostic::new(
                    RuleId::UnusedAcknowledgement,
                    ack.span,
                    msg!("确认的 {code} 问题并不存在", "no {code} finding to acknowledge here"),
                )
                .with_help(msg!("问题已改正时删除这条确认", "delete the acknowledgement once the finding is fixed")),
            );
        }
    }
    let mut extra = apply_levels(extra, levels);
    attribute_projects(document, &mut extra);
    diagnostics.extend(extra);
}
