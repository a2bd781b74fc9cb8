//! The page's markup. maud escapes every value written into it; the page loads nothing (its
//! Content-Security-Policy forbids it): styles inline, charts as inline SVG, the system's fonts.
//!
//! Tables carry their numbers in `data-key`/`data-value` attributes, for tests and scripts.

use std::collections::BTreeMap;
use std::path::Path;

use maud::{DOCTYPE, Markup, PreEscaped, html};
use rust_decimal::Decimal;

use super::chart::{Bar, bar_chart};
use super::{Checked, Counts, DocumentKind, Finding, Overview, ProjectData, in_wan_yuan};
use crate::diag::{self, Lang, Piece, Severity};

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

/// The page for `documents`, its links to their files relative to `report_dir` (absolute), its
/// words in `lang` (the findings' messages are in it already).
pub fn to_html(documents: &[Checked], report_dir: &Path, lang: Lang) -> String {
    let overview = Overview::new(documents);
    let counts = overview.counts();
    let title = say(
        lang,
        "绩效目标检查报告",
        "Performance targets: check report",
    );
    let page = html! {
        (DOCTYPE)
        html lang=(say(lang, "zh-CN", "en")) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                h1 { (title) }
                p.muted {
                    @match lang {
                        Lang::Zh => { (documents.len()) " 个文档，" (overview.projects()) " 个项目。" },
                        Lang::En => {
                            (counted(documents.len(), "document")) ", "
                            (counted(overview.projects(), "project")) ". "
                        },
                    }
                    @if overview.counted_in.iter().any(Option::is_some) {
                        (say(lang, "监控与自评文档的项目计入其包含的目标文档，不重复合计。", concat!(
                            "The projects of monitoring and self-evaluation documents are counted ",
                            "in the targets they include, not twice.")))
                    }
                }
                nav {
                    a href="#departments" { (say(lang, "部门", "Departments")) }
                    a href="#units" { (say(lang, "单位", "Units")) }
                    a href="#rules" { (say(lang, "规则", "Rules")) }
                    a href="#worst-projects" { (say(lang, "问题最多的项目", "Projects with most findings")) }
                    a href="#findings" { (say(lang, "问题明细", "Findings")) }
                }
                (summary(&overview, counts, lang))
                (departments(&overview, report_dir, counts, lang))
                (units(&overview, lang))
                (rules(&overview, lang))
                (worst_projects(&overview, lang))
                (findings(&overview, report_dir, lang))
            }
        }
    };
    page.into_string()
}

/// `1 document`, `2 documents`.
fn counted(count: usize, noun: &str) -> String {
    match count {
        1 => format!("1 {noun}"),
        _ => format!("{count} {noun}s"),
    }
}

/// One of the page's own words, in `lang`.
fn say(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

fn summary(overview: &Overview, counts: Counts, lang: Lang) -> Markup {
    let severity = |severity| severity_heading(severity, lang);
    html! {
        dl.cards #totals {
            div {
                dt { (say(lang, "文档", "Documents")) }
                dd data-key="documents" { (overview.documents.len()) }
            }
            div {
                dt { (say(lang, "项目数", "Projects")) }
                dd data-key="projects" { (overview.projects()) }
            }
            div {
                dt { (budget_in_wan_yuan(lang)) }
                dd data-key="budget" { (amount(overview.budget_wan_yuan())) }
            }
            div { dt { (severity(Severity::Error)) } dd.error data-key="errors" { (counts.errors) } }
            div { dt { (severity(Severity::Warning)) } dd.warning data-key="warnings" { (counts.warnings) } }
            div { dt { (severity(Severity::Note)) } dd.note data-key="notes" { (counts.notes) } }
        }
    }
}

fn budget_in_wan_yuan(lang: Lang) -> &'static str {
    say(lang, "预算（万元）", "Budget (万元)")
}

/// A table's cells of findings counted by severity.
fn count_cells(counts: Counts) -> Markup {
    html! {
        (number_cell("errors", counts.errors))
        (number_cell("warnings", counts.warnings))
        (number_cell("notes", counts.notes))
    }
}

fn count_heads(lang: Lang) -> Markup {
    html! {
        @for severity in [Severity::Error, Severity::Warning, Severity::Note] {
            th.num { (severity_heading(severity, lang)) }
        }
    }
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

fn departments(overview: &Overview, report_dir: &Path, counts: Counts, lang: Lang) -> Markup {
    html! {
        h2 #departments { (say(lang, "部门", "Departments")) }
        p.muted { (say(lang, "每个文档是一个部门的一份文件；问题数不含已确认的问题。", concat!(
            "Each document is one file of a department; the counts of findings leave out ",
            "those acknowledged."))) }
        table #department-table {
            thead { tr {
                th { (say(lang, "部门", "Department")) } th { (say(lang, "文件", "File")) }
                th { (say(lang, "类型", "Kind")) } th.num { (say(lang, "年度", "Year")) }
                th.num { (say(lang, "单位数", "Units")) } th.num { (say(lang, "项目数", "Projects")) }
                th.num { (say(lang, "预算", "Budget")) } (count_heads(lang))
                th.num { (acknowledged(lang)) }
            } }
            tbody {
                @for (index, document) in overview.documents.iter().enumerate() {
                    (department_row(overview, index, document, report_dir, lang))
                }
            }
            tfoot { tr data-total="true" {
                td colspan="5" { (say(lang, "合计（目标文档）", "Total (targets)")) }
                (number_cell("projects", overview.projects()))
                @let total = overview.budget_wan_yuan();
                (money_cell(total, "万元"))
                (count_cells(counts))
                (number_cell("acknowledged", counts.acknowledged))
            } }
        }
    }
}

fn acknowledged(lang: Lang) -> &'static str {
    say(lang, "已确认", "Acknowledged")
}

fn department_row(
    overview: &Overview,
    index: usize,
    document: &Checked,
    report_dir: &Path,
    lang: Lang,
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
                None => td.muted colspan="5" {
                    (say(lang, "未能完整读取，没有合计", "Not read in full: no totals"))
                },
                Some(data) => {
                    td { (document_kind(data.kind(), lang)) }
                    td.num { (data.year.map(|y| y.to_string()).unwrap_or_default()) }
                    @match overview.counted_in[index] {
                        Some(other) => td.muted colspan="3" {
                            (say(lang, "计入 ", "Counted in "))
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

/// What a document is, in `lang`.
fn document_kind(kind: DocumentKind, lang: Lang) -> &'static str {
    match kind {
        DocumentKind::Targets => say(lang, "绩效目标", "Targets"),
        DocumentKind::SelfEvaluation => say(lang, "绩效自评", "Self-evaluation"),
        DocumentKind::Monitoring => say(lang, "运行监控", "Monitoring"),
    }
}

fn units(overview: &Overview, lang: Lang) -> Markup {
    let unplaced = say(lang, "（未列单位的项目）", "(projects of no unit listed)");
    let rows = overview.units();
    let mut bars: Vec<(usize, Bar)> = rows
        .iter()
        .enumerate()
        .filter_map(|(order, row)| {
            let value = in_wan_yuan(row.budget?, row.money_unit)?;
            let department = overview.documents[row.document].department();
            let bar = Bar {
                label: row.name.unwrap_or(department).to_owned(),
                full_label: format!("{department} {}", row.name.unwrap_or(unplaced)),
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
        h2 #units { (say(lang, "单位", "Units")) }
        @let chart = say(lang, "预算（按单位，万元）", "Budget by unit (万元)");
        h3 { (chart) }
        @if bars.len() < rows.len() {
            p.muted {
                @match lang {
                    Lang::Zh => { "预算最多的 " (bars.len()) " 个单位；其余见下表。" },
                    Lang::En => {
                        "The " (bars.len()) " units with the largest budgets; the others in the "
                        "table below."
                    },
                }
            }
        }
        (bar_chart(chart, &bars))
        table #unit-table {
            thead { tr {
                th { (say(lang, "部门", "Department")) } th { (say(lang, "单位编码", "Unit code")) }
                th { (say(lang, "单位名称", "Unit name")) } th.num { (say(lang, "项目数", "Projects")) }
                th.num { (say(lang, "预算", "Budget")) } (count_heads(lang))
            } }
            tbody {
                @for row in &rows {
                    tr data-file=(overview.documents[row.document].name)
                        data-unit=[row.code] {
                        td { (overview.documents[row.document].department()) }
                        td { (row.code.unwrap_or("")) }
                        td { (row.name.unwrap_or(unplaced)) }
                        (number_cell("projects", row.projects))
                        (money_cell(row.budget, row.money_unit))
                        (count_cells(row.counts))
                    }
                }
            }
        }
    }
}

/// The heading of a count of findings of one level.
fn severity_heading(severity: Severity, lang: Lang) -> &'static str {
    match severity {
        Severity::Error => say(lang, "错误", "Errors"),
        Severity::Warning => say(lang, "警告", "Warnings"),
        Severity::Note => say(lang, "提示", "Notes"),
    }
}

fn rules(overview: &Overview, lang: Lang) -> Markup {
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
        h2 #rules { (say(lang, "规则", "Rules")) }
        @if rows.is_empty() {
            p { (say(lang, "没有发现问题。", "No findings.")) }
        } @else {
            (bar_chart(say(lang, "问题数（按规则）", "Findings by rule"), &bars))
            table #rule-table {
                thead { tr {
                    th { (say(lang, "规则", "Rule")) } th { (say(lang, "标题", "Title")) }
                    th { (level(lang)) } th.num { (say(lang, "问题数", "Findings")) }
                    (count_heads(lang)) th.num { (acknowledged(lang)) }
                    th.num { (say(lang, "涉及文档数", "Documents")) }
                } }
                tbody {
                    @for row in &rows {
                        tr data-code=(row.code) {
                            td { (row.code) }
                            td { (row.title) }
                            td class=(row.severity.as_str()) { (severity_name(row.severity, lang)) }
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

/// A finding's level, one of them.
fn severity_name(severity: Severity, lang: Lang) -> &'static str {
    match severity {
        Severity::Error => say(lang, "错误", "error"),
        Severity::Warning => say(lang, "警告", "warning"),
        Severity::Note => say(lang, "提示", "note"),
    }
}

fn level(lang: Lang) -> &'static str {
    say(lang, "级别", "Level")
}

fn worst_projects(overview: &Overview, lang: Lang) -> Markup {
    let rows = overview.worst_projects();
    html! {
        h2 #worst-projects { (say(lang, "问题最多的项目", "Projects with most findings")) }
        p.muted {
            @match lang {
                Lang::Zh => {
                    "按错误数、再按警告数、再按提示数排列（相同时按文档和项目顺序），列出前 "
                    (super::WORST_PROJECTS) " 个有问题的项目。"
                },
                Lang::En => {
                    "The first " (super::WORST_PROJECTS) " projects with findings, by errors, then "
                    "warnings, then notes (ties in the order of documents and projects)."
                },
            }
        }
        @if rows.is_empty() {
            p { (say(lang, "没有项目有问题。", "No project has findings.")) }
        } @else {
            table #worst-table {
                thead { tr {
                    th.num { (say(lang, "排名", "Rank")) } th { (say(lang, "部门", "Department")) }
                    th { (say(lang, "单位", "Unit")) } th { (say(lang, "项目编码", "Project code")) }
                    th { (say(lang, "项目名称", "Project name")) } th.num { (say(lang, "预算", "Budget")) }
                    (count_heads(lang))
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

fn findings(overview: &Overview, report_dir: &Path, lang: Lang) -> Markup {
    html! {
        h2 #findings { (say(lang, "问题明细", "Findings")) }
        @let clean = overview.documents.iter().filter(|d| d.findings.is_empty()).count();
        @if clean > 0 {
            p.muted {
                @match lang {
                    Lang::Zh => { (clean) " 个文档没有问题，不再列出。" },
                    Lang::En => {
                        (counted(clean, "document")) " without findings, not listed."
                    },
                }
            }
        }
        @for (index, document) in overview.documents.iter().enumerate() {
            @if !document.findings.is_empty() {
            section id=(format!("doc-{index}")) {
                h3 { (document.department()) " " span.muted { (document.name) } }
                @for (project, found) in grouped(document) {
                    @match project {
                        Some(project) => h4 id=(&project_anchor(index, project)[1..]) {
                            (say(lang, "项目 ", "Project "))
                            (project.code.as_ref().map_or("", |c| c.0.as_str())) " " (project.name.0)
                        },
                        None => h4 { (say(lang, "项目以外", "Outside projects")) },
                    }
                    (finding_table(&found, report_dir, lang))
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

fn finding_table(findings: &[&Finding], report_dir: &Path, lang: Lang) -> Markup {
    html! {
        table.findings {
            thead { tr {
                th { (level(lang)) } th { (say(lang, "规则", "Rule")) }
                th { (say(lang, "说明", "Message")) } th { (say(lang, "位置", "Place")) }
            } }
            tbody {
                @for finding in findings {
                    tr data-code=(finding.code) data-severity=(finding.severity.as_str()) {
                        td class=(finding.severity.as_str()) { (severity_name(finding.severity, lang)) }
                        td { span title=(finding.title) { (finding.code) } }
                        td {
                            (with_code(&finding.message))
                            @if let Some(reason) = &finding.acknowledged {
                                br; span.muted { (say(lang, "已确认：", "Acknowledged: ")) (reason) }
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
