//! Rule levels (`规则` in the header, `--severity` on the command line) and acknowledgements
//! (`确认 CODE "理由"`): E0104 and E0105.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use crate::diag::catalogue::{self, RuleId};
use crate::diag::{Diagnostic, Level, SeverityConfig};
use crate::model::Document;
use crate::msg;
use crate::source::Span;
use crate::syntax::ast::Acknowledge;

/// Reads `CODE=LEVEL` as given to `--severity`.
pub fn parse_cli_level(setting: &str) -> Result<(RuleId, Level), String> {
    let (code, level) = setting
        .split_once('=')
        .ok_or_else(|| format!("expected CODE=LEVEL, got `{setting}`"))?;
    let rule = catalogue::find(code.trim()).ok_or_else(|| format!("unknown rule `{code}`"))?;
    let level = Level::parse(level.trim())
        .ok_or_else(|| format!("unknown level `{level}` (error, warning, note or off)"))?;
    Ok((rule.id, level))
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
            Some(level) => levels.set_from_document(rule.id, level),
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
            .with_help(msg!(
                "`perfc rules` 列出全部规则",
                "`perfc rules` lists every rule"
            )),
        );
    }
    rule
}

/// Sets each finding's effective severity and drops the rules switched off.
pub(super) fn apply_levels(found: Vec<Diagnostic>, levels: &SeverityConfig) -> Vec<Diagnostic> {
    found
        .into_iter()
        .filter_map(|mut d| {
            d.severity = levels.level(d.rule).severity()?;
            Some(d)
        })
        .collect()
}

/// Records the project each finding lies in (its 项目编码, else its name).
pub(super) fn attribute_projects(document: &Document, diagnostics: &mut [Diagnostic]) {
    if diagnostics.is_empty() {
        return;
    }
    // Projects do not overlap: sorted by position, the candidate is the last one starting at or
    // before the finding.
    // One shared copy of each code: a large document has thousands of findings.
    let mut projects: Vec<(Span, Arc<str>)> = document
        .projects
        .iter()
        .map(|p| (p.node.span, Arc::from(p.label())))
        .collect();
    projects.sort_by_key(|(span, _)| (span.file, span.start()));
    for d in diagnostics {
        let at = d.primary.span;
        let index = projects
            .partition_point(|(span, _)| (span.file, span.start()) <= (at.file, at.start()));
        d.project = index
            .checked_sub(1)
            .map(|i| &projects[i])
            .filter(|(span, _)| span.contains(&at))
            .map(|(_, code)| Arc::clone(code));
    }
}

/// Rules whose findings cannot be acknowledged: the document must be readable, and the
/// acknowledgement machinery cannot vouch for itself.
pub(crate) fn can_be_acknowledged(rule: &catalogue::Rule) -> bool {
    !rule.code.starts_with("E00")
        && !matches!(rule.id, RuleId::UnknownRule | RuleId::UnusedAcknowledgement)
}

/// Marks findings covered by a `确认` and reports acknowledgements that cover nothing.
pub(super) fn acknowledge(
    document: &Document,
    levels: &SeverityConfig,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut scoped: Vec<(&Acknowledge, Option<Span>)> = document
        .header
        .acknowledgements
        .iter()
        .map(|a| (*a, None))
        .collect();
    for project in &document.projects {
        scoped.extend(
            project
                .acknowledgements
                .iter()
                .map(|a| (*a, Some(project.node.span))),
        );
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
    // Findings of each code, by position, so that a scope finds its own by binary search.
    let mut by_code: HashMap<RuleId, Vec<(Span, usize)>> = HashMap::default();
    for (i, d) in diagnostics.iter().enumerate() {
        by_code.entry(d.rule).or_default().push((d.primary.span, i));
    }
    for found in by_code.values_mut() {
        found.sort_by_key(|(span, _)| (span.file, span.start()));
    }
    let mut extra = Vec::new();
    for (ack, scope) in scoped {
        let Some(rule) = known_code(&ack.code.node, ack.code.span, &mut extra) else {
            continue;
        };
        if !can_be_acknowledged(rule) {
            let code = rule.code;
            extra.push(Diagnostic::new(
                RuleId::UnknownRule,
                ack.code.span,
                msg!(
                    "规则 {code} 不能被确认",
                    "rule {code} cannot be acknowledged"
                ),
            ));
            continue;
        }
        let found = by_code.get(&rule.id).map_or(&[][..], Vec::as_slice);
        let in_scope = match scope {
            None => found,
            Some(s) => {
                let first = found
                    .partition_point(|(span, _)| (span.file, span.start()) < (s.file, s.start()));
                let last = found
                    .partition_point(|(span, _)| (span.file, span.start()) < (s.file, s.end()));
                &found[first..last]
            }
        };
        let mut used = false;
        let reason: Arc<str> = Arc::from(ack.reason.value.as_str());
        for &(span, i) in in_scope {
            if scope.is_none_or(|s| s.contains(&span)) {
                diagnostics[i]
                    .acknowledged
                    .get_or_insert_with(|| Arc::clone(&reason));
                used = true;
            }
        }
        let switched_off = levels.level(rule.id) == Level::Off;
        if !used && !switched_off {
            let code = rule.code;
            extra.push(
                Diagnostic::new(
                    RuleId::UnusedAcknowledgement,
                    ack.span,
                    msg!(
                        "确认的 {code} 问题并不存在",
                        "no {code} finding to acknowledge here"
                    ),
                )
                .with_help(msg!(
                    "问题已改正时删除这条确认",
                    "delete the acknowledgement once the finding is fixed"
                )),
            );
        }
    }
    let mut extra = apply_levels(extra, levels);
    attribute_projects(document, &mut extra);
    diagnostics.extend(extra);
}
