//! The review opinions (审核意见) a finance bureau sends back: per project, each problem (the
//! finding's message, where it is) and its 修改建议 (the finding's help), grouped under the four
//! aspects of 财预〔2015〕88号, and perfc's verdict (`domain::review`). One [`ReviewJson`] is
//! made of the settled findings; the PDF (the official template reads it as JSON), the workbook
//! (`xlsx::review_bytes`) and the Markdown ([`markdown`]) lay it out.
//!
//! Findings of a project go under it; findings in no project (the header, the units, the
//! 部门整体 table) under the document. Acknowledged findings (`确认`) are listed as 已说明 with
//! their reason and do not count, nor do notes; findings of rules that are not about the
//! targets (reading files, typesetting, self-evaluation and monitoring) are listed apart.

mod markdown;

use std::path::Path;

use serde::Serialize;

use super::json::{self, DecimalString};
use crate::diag::{Diagnostic, Severity};
use crate::domain::review::{self, Aspect, Verdict};
use crate::model::{Document, ProjectModel};
use crate::source::{FileId, SourceMap, Span};

pub use markdown::markdown;

/// The review's title.
pub const TITLE: &str = "项目支出绩效目标审核意见";

/// The review as data: what the three layouts print.
#[derive(Serialize)]
pub struct ReviewJson {
    /// `"review"`: tells the official template this is a review, not a document.
    pub kind: &'static str,
    pub title: &'static str,
    /// What was reviewed: the document's title, else its department.
    pub reviewed: Option<String>,
    pub year: Option<u32>,
    pub money_unit: &'static str,
    /// The aspects, in order, with their questions.
    pub aspects: Vec<AspectJson>,
    pub projects: Vec<ProjectReviewJson>,
    /// Findings in no project: the header, the units, the department's table.
    pub document: FindingsJson,
    /// Findings of rules that are not about the targets.
    pub other: Vec<ProblemJson>,
    pub verdict_rule: &'static str,
    pub disclaimer: &'static str,
}

#[derive(Serialize)]
pub struct AspectJson {
    pub name: &'static str,
    pub question: &'static str,
}

/// One project's review.
#[derive(Serialize)]
pub struct ProjectReviewJson {
    /// Table number in the document.
    pub number: usize,
    pub code: Option<String>,
    pub name: String,
    /// Its budget unit: code and name.
    pub unit: Option<String>,
    pub budget: Option<DecimalString>,
    pub verdict: Verdict,
    /// 通过, 修改后通过 or 不通过.
    pub verdict_word: &'static str,
    pub findings: FindingsJson,
}

/// Problems under the four aspects, and those already explained.
#[derive(Serialize)]
pub struct FindingsJson {
    /// One entry per aspect, in [`Aspect::ALL`]'s order, its problems in source order.
    pub aspects: Vec<AspectProblemsJson>,
    /// Findings acknowledged with `确认`, with their reasons.
    pub acknowledged: Vec<ProblemJson>,
}

#[derive(Serialize)]
pub struct AspectProblemsJson {
    pub aspect: &'static str,
    pub problems: Vec<ProblemJson>,
}

/// One finding as the review prints it.
#[derive(Serialize)]
pub struct ProblemJson {
    pub code: &'static str,
    /// 完整性 …; `None` for a rule that is not about the targets.
    pub aspect: Option<&'static str>,
    pub severity: Severity,
    /// 错误, 警告 or 提示.
    pub severity_word: &'static str,
    /// 问题: the finding's message.
    pub problem: String,
    /// 修改建议: the finding's help; empty when it has none.
    pub suggestion: String,
    /// Where: file and line, and the indicator it lies in.
    pub place: String,
    /// The project it lies in (its code, else its name), for the flat lists.
    pub project: Option<String>,
    /// The reason of the `确认` that explains it.
    pub reason: Option<String>,
}

impl ProjectReviewJson {
    /// `编码 名称`, or the name alone.
    pub fn label(&self) -> String {
        match &self.code {
            Some(code) => format!("{code} {}", self.name),
            None => self.name.clone(),
        }
    }
}

/// Reviews `document` by its settled `findings`; `sources` name the files they point into.
pub fn review(document: &Document, findings: &[Diagnostic], sources: &SourceMap) -> ReviewJson {
    let data = json::convert(document);
    let mut by_project: Vec<Vec<ProblemJson>> =
        document.projects.iter().map(|_| Vec::new()).collect();
    let mut outside = Vec::new();
    let mut other = Vec::new();
    for finding in findings {
        let index = project_of(document, finding);
        let project = index.map(|i| &document.projects[i]);
        let problem = problem(finding, project, sources);
        match (problem.aspect, index) {
            (None, _) => other.push(problem),
            (Some(_), Some(index)) => by_project[index].push(problem),
            (Some(_), None) => outside.push(problem),
        }
    }
    let projects = data
        .projects
        .iter()
        .zip(by_project)
        .map(|(project, problems)| {
            let verdict = verdict(&problems);
            ProjectReviewJson {
                number: project.number,
                code: project.code.clone(),
                name: project.name.clone(),
                unit: project.unit.as_deref().map(|code| data.unit_line(code)),
                budget: project.budget.clone(),
                verdict,
                verdict_word: verdict.chinese(),
                findings: grouped(problems),
            }
        })
        .collect();
    ReviewJson {
        kind: "review",
        title: TITLE,
        reviewed: data.title.or(data.department),
        year: data.year,
        money_unit: data.money_unit,
        aspects: Aspect::ALL
            .iter()
            .map(|a| AspectJson {
                name: a.chinese(),
                question: a.question(),
            })
            .collect(),
        projects,
        document: grouped(outside),
        other,
        verdict_rule: review::VERDICT_RULE,
        disclaimer: review::DISCLAIMER,
    }
}

/// The review as pretty-printed JSON, for the template.
pub fn to_json(review: &ReviewJson) -> String {
    // Strings, numbers and sequences only: serialising cannot fail.
    serde_json::to_string_pretty(review).unwrap_or_default()
}

/// The verdict on a project's problems: those neither acknowledged nor notes count.
fn verdict(problems: &[ProblemJson]) -> Verdict {
    Verdict::of(
        problems
            .iter()
            .filter(|p| p.reason.is_none())
            .map(|p| p.severity),
    )
}

/// Problems under their aspects, the acknowledged ones apart.
fn grouped(problems: Vec<ProblemJson>) -> FindingsJson {
    let (acknowledged, open): (Vec<_>, Vec<_>) =
        problems.into_iter().partition(|p| p.reason.is_some());
    let mut aspects: Vec<AspectProblemsJson> = Aspect::ALL
        .iter()
        .map(|a| AspectProblemsJson {
            aspect: a.chinese(),
            problems: Vec::new(),
        })
        .collect();
    for problem in open {
        if let Some(group) = aspects
            .iter_mut()
            .find(|g| Some(g.aspect) == problem.aspect)
        {
            group.problems.push(problem);
        }
    }
    FindingsJson {
        aspects,
        acknowledged,
    }
}

/// The index of the project a finding was attributed to (by its code, else its name: the first
/// of that label when two projects share one).
fn project_of(document: &Document, finding: &Diagnostic) -> Option<usize> {
    let label = finding.project.as_deref()?;
    document.projects.iter().position(|p| p.label() == label)
}

fn problem(
    finding: &Diagnostic,
    project: Option<&ProjectModel>,
    sources: &SourceMap,
) -> ProblemJson {
    let span = finding.primary.span;
    let mut place = line_of(sources, span);
    if let Some(name) = project.and_then(|p| indicator_at(p, span)) {
        place.push_str(&format!("，指标“{name}”"));
    }
    ProblemJson {
        code: finding.code,
        aspect: review::aspect_of(finding.rule).map(Aspect::chinese),
        severity: finding.severity,
        severity_word: review::severity_word(finding.severity),
        problem: finding.message.zh.to_string(),
        suggestion: finding
            .help
            .as_ref()
            .map(|h| h.zh.to_string())
            .unwrap_or_default(),
        place,
        project: finding.project.as_deref().map(str::to_string),
        reason: finding.acknowledged.as_deref().map(str::to_string),
    }
}

/// `units/543001.perf 第 89 行`: the file relative to the root file's directory.
fn line_of(sources: &SourceMap, span: Span) -> String {
    let file = sources.get(span.file);
    let root = sources
        .get(FileId(0))
        .path
        .parent()
        .unwrap_or(Path::new(""));
    let shown = file.path.strip_prefix(root).unwrap_or(&file.path);
    let line = file.line_col(span.start()).line;
    format!("{} 第 {line} 行", shown.display())
}

/// The indicator of `project` the span lies in.
fn indicator_at<'a>(project: &ProjectModel<'a>, span: Span) -> Option<&'a str> {
    project
        .indicators
        .iter()
        .find(|i| i.node.span.contains(&span))
        .map(|i| i.node.name.value.as_str())
}
