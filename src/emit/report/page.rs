//! The page's markup. maud escapes every value written into it; the page loads nothing (its
//! Content-Security-Policy forbids it): styles inline, charts as inline SVG, the system's fonts.
//!
//! Tables carry their numbers in `data-key`/`data-value` attributes, for tests and scripts.

use std::collections::BTreeMap;
use std::path::Path;

use maud::{DOCTYPE, Markup, PreEscaped, html};
use rust_decimal::Decimal;

use super::chart::{Bar, bar_chart};
use super::{Checked, Counts, Finding, Overview, ProjectData, in_wan_yuan};
use crate::diag::{self, Piece, Severity};

/// Bars of the budget chart: the largest units.
const BUDGET_BARS: usize = 30;

const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE: &str = r#"
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 0 auto; max-width: 1320px;
  padding: 16px 24px 48px; color: #1f2328; background: #fff; font-size: 14px; line-height: 1.5; }
h1 { font-size: 24px; margin: 8px 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 16px; margin: 24px 0 6px; }
h4 { font-size: 14px; margin: 14px 0 4px; color: #444; }
nav a { margin-right: 14px; }
a { color: #0a58ca; text-decoration: none; }
a:hover { text-decoration: underline; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; padding: 0; }
.cards div { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 16px; min-width: 110px; }
.cards dt { color: #57606a; font-size: 12px; }
.cards dd { margin: 0; font-size: 20px; font-weight: bold; }
table { border-collapse: collapse; margin: 6px 0 12px; width: 100%; }
th, td { border: 1px solid #d0d7de; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: bold; background: #f8f9fa; }
.muted { color: #6e7781; }
.error { color: #b42318; font-weight: 600; }
.warning { color: #9a6700; font-weight: 600; }
.note { color: #0969da; }
td.zero { color: #aab1b8; }
pre.excerpt { margin: 4px 0 0; padding: 2px 6px; background: #f6f8fa; border-left: 3px solid #d0d7de;
  font-family: "Noto Sans Mono CJK SC", "Noto Sans Mono", "DejaVu Sans Mono", monospace;
  font-size: 12px; white-space: pre-wrap; word-break: break-all; }
code { padding: 0 3px; background: #eff1f3; border-radius: 3px; font-family: inherit; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0 16px; }
svg.chart text { font-size: 13px; font-family: inherit; fill: #1f2328; }
svg.chart text.label { text-anchor: end; }
svg.chart rect.budget { fill: #4c78a8; }
svg.chart rect.error { fill: #d64541; }
svg.chart rect.warning { fill: #e3a21a; }
svg.chart rect.note { fill: #5b9bd5; }
"#;

/// The page for `documents`, its links to their files relative to `report_dir` (absolute).
pub fn to_html(documents: &[Checked], report_dir: &Path) -> String {
    let overview = Overview::new(documents);
    let counts = overview.counts();
    let page = html! {
        (DOCTYPE)
        html lang="zh-CN" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "绩效目标检查报告" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { "绩效目标检查报告" }
                p.muted {
                    (documents.len()) " 个文档，" (overview.projects()) " 个项目。"
                    @if overview.counted_in.iter().any(Option::is_some) {
                        "监控与自评文档的项目计入其包含的目标文档，不重复合计。"
                    }
                }
                nav {
                    a href="#departments" { "部门" }
                    a href="#units" { "单位" }
                    a href="#rules" { "规则" }
                    a href="#worst-projects" { "问题最多的项目" }
                    a href="#findings" { "问题明细" }
                }
                (summary(&overview, counts))
                (departments(&overview, report_dir, counts))
                (units(&overview))
                (rules(&overview))
                (worst_projects(&overview))
                (findings(&overview, report_dir))
            }
        }
    };
    page.into_string()
}

fn summary(overview: &Overview, counts: Counts) -> Markup {
    html! {
        dl.cards #totals {
            div { dt { "文档" } dd data-key="documents" { (overview.documents.len()) } }
            div { dt { "项目数" } dd data-key="projects" { (overview.projects()) } }
            div {
                dt { "预算（万元）" }
                dd data-key="budget" { (amount(overview.budget_wan_yuan())) }
            }
            div { dt { "错误" } dd.error data-key="errors" { (counts.errors) } }
            div { dt { "警告" } dd.warning data-key="warnings" { (counts.warnings) } }
            div { dt { "提示" } dd.note data-key="notes" { (counts.notes) } }
        }
    }
}

/// A table's cells of findings counted by severity.
fn count_cells(counts: Counts) -> Markup {
    html! {
        (number_cell("errors", counts.errors))
        (number_cell("warnings", counts.warnings))
        (number_cell("notes", counts.notes))
    }
}

fn count_heads() -> Markup {
    html! { th.num { "错误" } th.num { "警告" } th.num { "提示" } }
}

fn number_cell(key: &str, value: usize) -> Markup {
    html! {
        td.num.zero[value == 0] data-key=(key) data-value=(value) { (value) }
    }
}

/// An amount with its unit, its exact digits in `data-value`.
fn money_cell(amount: Option<Decimal>, unit: &str) -> Markup {
    html! {
        @match amount {
            Some(amount) => td.num data-key="budget" data-value=(amount) data-unit=(unit) {
                (amount) " " (unit)
            },
            None => td.num.muted data-key="budget" { "—" },
        }
    }
}

fn amount(amount: Option<Decimal>) -> String {
    amount.map_or_else(|| "—".to_owned(), |a| a.to_string())
}

fn departments(overview: &Overview, report_dir: &Path, counts: Counts) -> Markup {
    html! {
        h2 #departments { "部门" }
        p.muted { "每个文档是一个部门的一份文件；问题数不含已确认的问题。" }
        table #department-table {
            thead { tr {
                th { "部门" } th { "文件" } th { "类型" } th.num { "年度" } th.num { "单位数" }
                th.num { "项目数" } th.num { "预算" } (count_heads()) th.num { "已确认" }
            } }
            tbody {
                @for (index, document) in overview.documents.iter().enumerate() {
                    (department_row(overview, index, document, report_dir))
                }
            }
            tfoot { tr data-total="true" {
                td colspan="5" { "合计（目标文档）" }
                (number_cell("projects", overview.projects()))
                @let total = overview.budget_wan_yuan();
                (money_cell(total, "万元"))
                (count_cells(counts))
                (number_cell("acknowledged", counts.acknowledged))
            } }
        }
    }
}

fn department_row(
    overview: &Overview,
    index: usize,
    document: &Checked,
    report_dir: &Path,
) -> Markup {
    let counts = document.counts();
    let data = document.data.as_ref();
    html! {
        tr id=(format!("row-doc-{index}")) data-file=(document.name) {
            td {
                @if document.findings.is_empty() {
                    (document.department())
                } @else {
                    a href=(format!("#doc-{index}")) { (document.department()) }
                }
            }
            td { (file_link(document.files.first().map(|p| p.as_path()), &document.name, None, report_dir)) }
            @match data {
                None => td.muted colspan="5" { "未能完整读取，没有合计" },
                Some(data) => {
                    td { (data.kind()) }
                    td.num { (data.year.map(|y| y.to_string()).unwrap_or_default()) }
                    @match overview.counted_in[index] {
                        Some(other) => td.muted colspan="3" {
                            "计入 "
                            a href=(format!("#row-doc-{other}")) {
                                (overview.documents[other].name)
                            }
                        },
                        None => {
                            (number_cell("units", data.units.len()))
                            (number_cell("projects", data.totals.projects))
                            (money_cell(Some(data.totals.budget), &data.money_unit))
                        },
                    }
                },
            }
            (count_cells(counts))
            (number_cell("acknowledged", counts.acknowledged))
        }
    }
}

fn units(overview: &Overview) -> Markup {
    let rows = overview.units();
    let mut bars: Vec<(usize, Bar)> = rows
        .iter()
        .enumerate()
        .filter_map(|(order, row)| {
            let value = in_wan_yuan(row.budget?, row.money_unit)?;
            let department = overview.documents[row.document].department();
            let bar = Bar {
                label: if row.code.is_some() {
                    row.name
                } else {
                    department
                }
                .to_owned(),
                full_label: format!("{department} {}", row.name),
                value,
                shown: value.to_string(),
                class: "budget",
            };
            Some((order, bar))
        })
        .collect();
    bars.sort_by(|(a_order, a), (b_order, b)| b.value.cmp(&a.value).then(a_order.cmp(b_order)));
    let bars: Vec<Bar> = bars.into_iter().take(BUDGET_BARS).map(|(_, b)| b).collect();
    html! {
        h2 #units { "单位" }
        h3 { "预算（按单位，万元）" }
        @if bars.len() < rows.len() {
            p.muted { "预算最多的 " (bars.len()) " 个单位；其余见下表。" }
        }
        (bar_chart("预算（按单位，万元）", &bars))
        table #unit-table {
            thead { tr {
                th { "部门" } th { "单位编码" } th { "单位名称" } th.num { "项目数" } th.num { "预算" }
                (count_heads())
            } }
            tbody {
                @for row in &rows {
                    tr data-file=(overview.documents[row.document].name)
                        data-unit=[row.code] {
                        td { (overview.documents[row.document].department()) }
                        td { (row.code.unwrap_or("")) }
                        td { (row.name) }
                        (number_cell("projects", row.projects))
                        (money_cell(row.budget, row.money_unit))
                        (count_cells(row.counts))
                    }
                }
            }
        }
    }
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Note => "提示",
    }
}

fn rules(overview: &Overview) -> Markup {
    let rows = overview.rules();
    let bars: Vec<Bar> = rows
        .iter()
        .map(|row| Bar {
            label: format!("{} {}", row.code, row.title),
            full_label: format!("{} {}", row.code, row.title),
            value: Decimal::from(row.counts.listed()),
            shown: row.counts.listed().to_string(),
            class: row.severity.as_str(),
        })
        .collect();
    html! {
        h2 #rules { "规则" }
        @if rows.is_empty() {
            p { "没有发现问题。" }
        } @else {
            (bar_chart("问题数（按规则）", &bars))
            table #rule-table {
                thead { tr {
                    th { "规则" } th { "标题" } th { "级别" } th.num { "问题数" }
                    (count_heads()) th.num { "已确认" } th.num { "涉及文档数" }
                } }
                tbody {
                    @for row in &rows {
                        tr data-code=(row.code) {
                            td { (row.code) }
                            td { (row.title) }
                            td class=(row.severity.as_str()) { (severity_word(row.severity)) }
                            (number_cell("findings", row.counts.listed()))
                            (count_cells(row.counts))
                            (number_cell("acknowledged", row.counts.acknowledged))
                            (number_cell("documents", row.documents))
                        }
                    }
                }
            }
        }
    }
}

fn worst_projects(overview: &Overview) -> Markup {
    let rows = overview.worst_projects();
    html! {
        h2 #worst-projects { "问题最多的项目" }
        p.muted {
            "按错误数、再按警告数、再按提示数排列（相同时按文档和项目顺序），列出前 "
            (super::WORST_PROJECTS) " 个有问题的项目。"
        }
        @if rows.is_empty() {
            p { "没有项目有问题。" }
        } @else {
            table #worst-table {
                thead { tr {
                    th.num { "排名" } th { "部门" } th { "单位" } th { "项目编码" } th { "项目名称" }
                    th.num { "预算" } (count_heads())
                } }
                tbody {
                    @for (rank, row) in rows.iter().enumerate() {
                        tr data-file=(overview.documents[row.document].name)
                            data-project=(row.project.label()) {
                            td.num { (rank + 1) }
                            td { (overview.documents[row.document].department()) }
                            td { (row.unit.unwrap_or("")) }
                            td { (row.project.code.as_ref().map_or("", |c| c.0.as_str())) }
                            td { a href=(project_anchor(row.document, row.project)) { (row.project.name.0) } }
                            (money_cell(row.project.budget, row.money_unit))
                            (count_cells(row.counts))
                        }
                    }
                }
            }
        }
    }
}

fn project_anchor(document: usize, project: &ProjectData) -> String {
    format!("#doc-{document}-p-{}", project.number)
}

fn findings(overview: &Overview, report_dir: &Path) -> Markup {
    html! {
        h2 #findings { "问题明细" }
        @let clean = overview.documents.iter().filter(|d| d.findings.is_empty()).count();
        @if clean > 0 {
            p.muted { (clean) " 个文档没有问题，不再列出。" }
        }
        @for (index, document) in overview.documents.iter().enumerate() {
            @if !document.findings.is_empty() {
            section id=(format!("doc-{index}")) {
                h3 { (document.department()) " " span.muted { (document.name) } }
                @for (project, found) in grouped(document) {
                    @match project {
                        Some(project) => h4 id=(&project_anchor(index, project)[1..]) {
                            "项目 " (project.code.as_ref().map_or("", |c| c.0.as_str())) " " (project.name.0)
                        },
                        None => h4 { "项目以外" },
                    }
                    (finding_table(&found, report_dir))
                }
            }
            }
        }
    }
}

/// A document's findings: those outside every project first, then each project's in the
/// tables' order, each group in the settled order.
fn grouped(document: &Checked) -> Vec<(Option<&ProjectData>, Vec<&Finding>)> {
    let projects = document.data.as_ref().map_or(&[][..], |d| &d.projects[..]);
    // The first project of a label, as findings are attributed.
    let mut by_label = BTreeMap::new();
    for (index, project) in projects.iter().enumerate() {
        by_label.entry(project.label()).or_insert(index);
    }
    let mut outside = Vec::new();
    let mut inside = vec![Vec::new(); projects.len()];
    for finding in &document.findings {
        match finding.project.as_deref().and_then(|p| by_label.get(p)) {
            Some(&index) => inside[index].push(finding),
            None => outside.push(finding),
        }
    }
    let outside = (!outside.is_empty()).then_some((None, outside));
    let inside = projects
        .iter()
        .zip(inside)
        .filter(|(_, found)| !found.is_empty())
        .map(|(project, found)| (Some(project), found));
    outside.into_iter().chain(inside).collect()
}

/// A message with its `code` pieces as `<code>`, escaped like every other value.
fn with_code(message: &str) -> Markup {
    html! {
        @for piece in diag::pieces(message) {
            @match piece {
                Piece::Text(text) => (text),
                Piece::Code(code) => code { (code) },
            }
        }
    }
}

fn finding_table(findings: &[&Finding], report_dir: &Path) -> Markup {
    html! {
        table.findings {
            thead { tr { th { "级别" } th { "规则" } th { "说明" } th { "位置" } } }
            tbody {
                @for finding in findings {
                    tr data-code=(finding.code) data-severity=(finding.severity.as_str()) {
                        td class=(finding.severity.as_str()) { (severity_word(finding.severity)) }
                        td { span title=(finding.title) { (finding.code) } }
                        td {
                            (with_code(&finding.message))
                            @if let Some(reason) = &finding.acknowledged {
                                br; span.muted { "已确认：" (reason) }
                            }
                            pre.excerpt { (finding.line) " | " (finding.excerpt) }
                        }
                        td {
                            (file_link(Some(&finding.path), &finding.file, Some((finding.line, finding.column)), report_dir))
                        }
                    }
                }
            }
        }
    }
}

/// `file:line:column` linking to the file from the report's directory, at `#L<line>` (a
/// forge's file view scrolls there; a browser opens the file).
fn file_link(
    path: Option<&Path>,
    name: &str,
    at: Option<(usize, usize)>,
    report_dir: &Path,
) -> Markup {
    let shown = match at {
        Some((line, column)) => format!("{name}:{line}:{column}"),
        None => name.to_owned(),
    };
    let href = path
        .and_then(|path| relative_url(path, report_dir))
        .map(|url| match at {
            Some((line, _)) => format!("{url}#L{line}"),
            None => url,
        });
    html! {
        @match href {
            Some(href) => a.place href=(href) { (shown) },
            None => span.place { (shown) },
        }
    }
}

/// The URL of `path` relative to the directory `base` (both absolute), percent-encoded.
fn relative_url(path: &Path, base: &Path) -> Option<String> {
    let target = url::Url::from_file_path(path).ok()?;
    let base = url::Url::from_directory_path(base).ok()?;
    base.make_relative(&target)
}
