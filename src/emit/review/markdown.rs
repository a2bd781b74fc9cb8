//! The review as Markdown, for pasting into a review comment: a summary table, then each
//! project's problems by aspect. Every text from the document goes through `escape`: a cell
//! holds text, never markup.

use std::fmt::Write;

use super::{FindingsJson, ProblemJson, ProjectReviewJson, ReviewJson};
use crate::diff::render::{escape, escape_message};

/// The review as Markdown (with a final newline).
pub fn markdown(review: &ReviewJson) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", review.title);
    if let Some(reviewed) = &review.reviewed {
        let _ = writeln!(out, "{}\n", escape(reviewed));
    }
    if let Some(year) = review.year {
        let _ = writeln!(out, "{year} 年度\n");
    }
    let _ = writeln!(out, "> {}\n", review.disclaimer);
    summary(review, &mut out);
    for project in &review.projects {
        project_section(review, project, &mut out);
    }
    if has_any(&review.document) {
        let _ = writeln!(out, "## 部门和单位层面\n");
        findings(review, &review.document, &mut out);
    }
    if !review.other.is_empty() {
        let _ = writeln!(out, "## 其他问题（不属于四个审核方面，不计入结论）\n");
        problem_table(&review.other, true, &mut out);
    }
    let _ = writeln!(out, "---\n\n审核结论规则：{}", review.verdict_rule);
    out
}

fn summary(review: &ReviewJson, out: &mut String) {
    let _ = writeln!(out, "## 审核结论汇总\n");
    let aspects: Vec<&str> = review.aspects.iter().map(|a| a.name).collect();
    let _ = writeln!(
        out,
        "| 序号 | 项目 | 预算（{}） | {} | 已说明 | 结论 |",
        review.money_unit,
        aspects.join(" | ")
    );
    let _ = writeln!(
        out,
        "|---|---|---:|{}---:|---|",
        "---:|".repeat(aspects.len())
    );
    for project in &review.projects {
        let counts: Vec<String> = project
            .findings
            .aspects
            .iter()
            .map(|a| a.problems.len().to_string())
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            project.number,
            escape(&project.label()),
            project.budget.as_ref().map_or("", |b| b.as_str()),
            counts.join(" | "),
            project.findings.acknowledged.len(),
            project.verdict_word
        );
    }
    let _ = writeln!(out, "\n各方面的数字是未说明的问题数（含提示）。\n");
}

fn project_section(review: &ReviewJson, project: &ProjectReviewJson, out: &mut String) {
    let _ = writeln!(out, "## {}. {}\n", project.number, escape(&project.name));
    if let Some(code) = &project.code {
        let _ = writeln!(out, "- 项目编码：{}", escape(code));
    }
    if let Some(unit) = &project.unit {
        let _ = writeln!(out, "- 预算单位：{}", escape(unit));
    }
    if let Some(budget) = &project.budget {
        let _ = writeln!(out, "- 预算数：{} {}", budget.as_str(), review.money_unit);
    }
    let _ = writeln!(out, "- 审核结论：**{}**\n", project.verdict_word);
    findings(review, &project.findings, out);
}

/// The four aspects' problems (无问题 where there are none), then the acknowledged ones.
fn findings(review: &ReviewJson, findings: &FindingsJson, out: &mut String) {
    for (group, aspect) in findings.aspects.iter().zip(&review.aspects) {
        let _ = writeln!(out, "### {}\n\n{}。\n", group.aspect, aspect.question);
        if group.problems.is_empty() {
            let _ = writeln!(out, "无问题。\n");
        } else {
            problem_table(&group.problems, false, out);
        }
    }
    if !findings.acknowledged.is_empty() {
        let _ = writeln!(out, "### 已说明（不计入结论）\n");
        acknowledged_table(&findings.acknowledged, out);
    }
}

fn has_any(findings: &FindingsJson) -> bool {
    !findings.acknowledged.is_empty() || findings.aspects.iter().any(|a| !a.problems.is_empty())
}

/// 序号 / 级别 / 问题 / 位置 / 修改建议, and the project first when the rows are of several.
fn problem_table(problems: &[ProblemJson], with_project: bool, out: &mut String) {
    let project_head = if with_project { "项目 | " } else { "" };
    let _ = writeln!(
        out,
        "| 序号 | {project_head}级别 | 问题 | 位置 | 修改建议 |\n|---|{}---|---|---|---|",
        if with_project { "---|" } else { "" }
    );
    for (n, problem) in (1..).zip(problems) {
        let project = if with_project {
            format!("{} | ", escape(problem.project.as_deref().unwrap_or("")))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {n} | {project}{} | {}（{}） | {} | {} |",
            problem.severity_word,
            escape_message(&problem.problem),
            problem.code,
            escape(&problem.place),
            escape_message(&problem.suggestion)
        );
    }
    out.push('\n');
}

/// 序号 / 问题 / 位置 / 说明: the findings the document explains with `确认`.
fn acknowledged_table(problems: &[ProblemJson], out: &mut String) {
    let _ = writeln!(out, "| 序号 | 问题 | 位置 | 说明 |\n|---|---|---|---|");
    for (n, problem) in (1..).zip(problems) {
        let _ = writeln!(
            out,
            "| {n} | {}（{}） | {} | {} |",
            escape_message(&problem.problem),
            problem.code,
            escape(&problem.place),
            escape(problem.reason.as_deref().unwrap_or(""))
        );
    }
    out.push('\n');
}
