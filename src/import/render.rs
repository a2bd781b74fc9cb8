//! Writing what was read as `.perf` text: a root file (header, what lay outside the tables as
//! comments, includes) and one file per budget unit. The text is formatted afterwards.

use std::fmt::Write as _;
use std::sync::Arc;

use super::department::DepartmentRead;
use super::tables::{IndicatorRow, Note, Project, TablesRead};
use crate::diag::Lang;
use crate::source::FileId;
use crate::syntax::keywords::{self, Keyword};
use crate::syntax::{self, ast};

/// The Chinese spelling of a keyword: imported files are written in Chinese.
pub(super) fn kw(keyword: Keyword) -> &'static str {
    keyword.spelling(Lang::Zh)
}

/// A string literal: quotes and backslashes escaped, a line break written `\n` and a tab `\t`,
/// so that no text read from a cell can end the string or the line.
pub(super) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text for a `#` comment: on one line whatever it holds, control characters as blanks.
pub(super) fn comment(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A token that may stand bare (`年度工作计划`), or else a string.
fn word_or_string(text: &str) -> String {
    if keywords::is_bare_word(text) {
        text.to_string()
    } else {
        quote(text)
    }
}

/// The value as written when the parser reads it back as exactly that value; otherwise a string
/// (a sentence in the value column, usually a shifted cell).
pub(super) fn value(text: &str) -> String {
    match read_value(text) {
        Some(_) => text.to_string(),
        None => quote(text),
    }
}

/// The value `text` reads as, when the parser reads it back as exactly that text (a target, or
/// an actual: the same syntax).
pub(super) fn read_value(text: &str) -> Option<ast::Value> {
    let probe = format!("项目 X \"x\" {{\n  产出指标 {{\n    数量指标 \"n\" {text}\n  }}\n}}\n");
    let (file, diagnostics) = syntax::parse(FileId(0), &probe);
    let read_back = file.items.into_iter().next().and_then(|item| match item {
        ast::Item::Project(p) => Arc::unwrap_or_clone(p)
            .fields
            .into_iter()
            .next()
            .and_then(|f| match f {
                ast::ProjectField::Indicators(g) => g.indicators.into_iter().next(),
                _ => None,
            }),
        _ => None,
    })?;
    let exact = read_back.description.is_none()
        && read_back.basis.is_none()
        && read_back.acknowledgements.is_empty();
    let value = read_back.value.filter(|v| v.raw == text)?;
    (diagnostics.is_empty() && exact).then_some(value)
}

pub(super) fn comment_lines(out: &mut String, indent: &str, notes: &[Note]) {
    for note in notes {
        let place = note.place.in_comment();
        let _ = writeln!(
            out,
            "{indent}# {}：{}",
            comment(&place),
            comment(&note.text)
        );
    }
}

pub(super) fn root(document: &TablesRead, source_name: &str, unit_files: &[String]) -> String {
    let mut out = format!("# 由 perfc import 从 {} 导入。\n\n", comment(source_name));
    let form = document.form();
    let title = match form {
        Some(_) => form_title(document),
        None => document_title(document),
    };
    let _ = writeln!(out, "{} {} {{", kw(Keyword::Document), quote(&title));
    let year = year(&title, document).or_else(|| form.and(filing_year(document)));
    if let Some(year) = year {
        let _ = writeln!(out, "  {} {year}", kw(Keyword::Year));
    }
    if let Some(form) = form {
        let supervisor = document
            .projects
            .iter()
            .find_map(|p| p.info.iter().find(|(k, _)| *k == Keyword::Supervisor));
        let department = document.department.as_ref().map(|d| &d.name);
        let name = supervisor
            .map(|(_, name)| name)
            .or(department.filter(|n| !n.is_empty()));
        if let Some(name) = name {
            let _ = writeln!(out, "  {} {}", kw(Keyword::Department), quote(name));
        }
        let _ = writeln!(out, "  {} {}", kw(Keyword::Form), form.name());
    }
    let cover: &[String] = if form.is_some() { &[] } else { &document.cover };
    for line in cover {
        if let Some(who) = line.strip_suffix("编制") {
            let _ = writeln!(out, "  {} {}", kw(Keyword::PreparedBy), quote(who.trim()));
        } else if let Some(who) = line.strip_suffix("审核") {
            let _ = writeln!(out, "  {} {}", kw(Keyword::ReviewedBy), quote(who.trim()));
        } else if line.contains("草案") {
            let _ = writeln!(out, "  {} 草案", kw(Keyword::Status));
        }
    }
    if let Some(unit) = &document.money_unit {
        let _ = writeln!(out, "  {} {}", kw(Keyword::MoneyUnit), word_or_string(unit));
    }
    if uses_2021_framework(document) {
        let _ = writeln!(out, "  {} 2021", kw(Keyword::Framework));
    }
    out.push_str("}\n\n");
    comment_lines(&mut out, "", &document.preamble);
    out.push('\n');
    if let Some(department) = &document.department {
        department_block(&mut out, department);
        out.push('\n');
    }
    for file in unit_files {
        let _ = writeln!(out, "{} {}", kw(Keyword::Include), quote(file));
    }
    out
}

/// The cover's lines up to the one that names the document (`…年部门预算绩效文本`).
fn document_title(document: &TablesRead) -> String {
    let cover = &document.cover;
    match cover.iter().position(|l| l.contains("绩效")) {
        Some(i) => cover[..=i].join(" "),
        None => cover
            .first()
            .cloned()
            .unwrap_or_else(|| "导入的文档".to_string()),
    }
}

/// A form's title: the department table's title (the document is the department's), else its
/// first project's title row, else that project's name and the form's name.
fn form_title(document: &TablesRead) -> String {
    let first = document.projects.first();
    let department = document.department.as_ref().map(|d| &d.heading);
    match first {
        _ if department.is_some_and(|h| !h.is_empty()) => department.cloned().unwrap_or_default(),
        Some(p) if !p.heading.is_empty() => p.heading.clone(),
        Some(p) if !p.name.is_empty() => format!("{}绩效目标申报表", p.name),
        _ => "导入的绩效目标申报表".to_string(),
    }
}

/// The year of the first 填报日期 (`2023年10月20日`, `2023-10-20`).
fn filing_year(document: &TablesRead) -> Option<String> {
    let date = document
        .projects
        .iter()
        .find_map(|p| p.info.iter().find(|(k, _)| *k == Keyword::FilingDate))?;
    let digits: String = date.1.chars().take_while(char::is_ascii_digit).collect();
    (digits.len() == 4).then_some(digits)
}

/// The budget year: from the title (`2023 年`), else from the first project code (its 7th and
/// 8th characters).
fn year(title: &str, document: &TablesRead) -> Option<String> {
    let from_title = title.char_indices().find_map(|(i, _)| {
        let digits = title.get(i..i + 4)?;
        let after = title[i + 4..].trim_start();
        let starts_word = i == 0 || !title[..i].ends_with(|c: char| c.is_ascii_digit());
        // `2024—2026年`: a multi-year project's period starts in its first budget year.
        let year_or_range = after.starts_with('年') || starts_range_of_years(after);
        (starts_word && digits.chars().all(|c| c.is_ascii_digit()) && year_or_range)
            .then(|| digits.to_string())
    });
    from_title.or_else(|| {
        let code = &document.projects.first()?.code;
        let yy = code
            .get(6..8)
            .filter(|y| y.chars().all(|c| c.is_ascii_digit()))?;
        Some(format!("20{yy}"))
    })
}

/// `—2026年` after a year: the rest of a range of years.
fn starts_range_of_years(text: &str) -> bool {
    let Some(dash) = text.chars().next().filter(|c| "—–-－~～至到".contains(*c)) else {
        return false;
    };
    let rest = text[dash.len_utf8()..].trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    digits == 4 && rest[4..].trim_start().starts_with('年')
}

fn uses_2021_framework(document: &TablesRead) -> bool {
    let department = document.department.iter().flat_map(|d| &d.indicators);
    document
        .projects
        .iter()
        .flat_map(|p| &p.indicators)
        .chain(department)
        .any(|i| i.level1 == "成本指标")
}

/// `部门目标 { … }`: the 部门整体支出绩效目标表 as read; what the language cannot hold without
/// inventing (an amount not given) stays a comment.
fn department_block(out: &mut String, department: &DepartmentRead) {
    if !department.heading.is_empty() {
        let _ = writeln!(out, "# {}", comment(&department.heading));
    }
    let _ = writeln!(out, "{} {{", kw(Keyword::DepartmentGoals));
    if !department.code.is_empty() {
        let code = word_or_string(&department.code);
        let _ = writeln!(out, "  {} {code}", kw(Keyword::DeptCode));
    }
    let parts: Vec<String> = [
        (Keyword::Basic, &department.basic),
        (Keyword::ProjectSpending, &department.project_spending),
    ]
    .into_iter()
    .filter_map(|(keyword, amount)| Some(format!("{} {}", kw(keyword), amount.as_ref()?)))
    .collect();
    match &department.total {
        Some(total) => {
            let parts = parts.join("  ");
            let _ = writeln!(out, "  {} {total} {{ {parts} }}", kw(Keyword::Budget));
        }
        None if !parts.is_empty() => {
            let _ = writeln!(out, "  # 资金总额未填：{}", parts.join("  "));
        }
        None => {}
    }
    for (keyword, text) in [
        (Keyword::Functions, &department.functions),
        (Keyword::Overall, &department.overall),
    ] {
        if !text.is_empty() {
            let _ = writeln!(out, "  {} {}", kw(keyword), quote(text));
        }
    }
    for duty in &department.duties {
        let head = format!("{} {}", quote(&duty.function), quote(&duty.task));
        let Some(amount) = duty.amount() else {
            let _ = writeln!(
                out,
                "  # 预算金额未填：{} {}",
                kw(Keyword::Duty),
                comment(&head)
            );
            continue;
        };
        let _ = write!(out, "  {} {head} {amount}", kw(Keyword::Duty));
        if duty.projects.is_empty() {
            out.push('\n');
            continue;
        }
        out.push_str(" {\n");
        for project in &duty.projects {
            let _ = writeln!(out, "    {} {}", kw(Keyword::Project), quote(project));
        }
        out.push_str("  }\n");
    }
    indicator_groups(out, &department.indicators);
    comment_lines(out, "  ", &department.notes);
    out.push_str("}\n");
}

/// The projects of one budget unit (`Some((code, name))`), or of none.
pub(super) fn projects_file(unit: Option<(&str, &str)>, projects: &[&Project]) -> String {
    let mut out = match unit {
        Some((code, name)) => format!("{} {code} {}\n", kw(Keyword::Unit), quote(name)),
        None => "# 这些表没有预算单位行。\n".to_string(),
    };
    for project in projects {
        out.push('\n');
        project_block(&mut out, project);
    }
    out
}

/// Projects written into the root file (a form's, which has no budget unit).
pub(super) fn projects_in_root(projects: &[&Project]) -> String {
    let mut out = String::new();
    for project in projects {
        out.push('\n');
        project_block(&mut out, project);
    }
    out
}

fn project_block(out: &mut String, project: &Project) {
    if !project.heading.is_empty() {
        let _ = writeln!(out, "# {}", comment(&project.heading));
    }
    if project.form {
        return form_block(out, project);
    }
    // A table without its code is a project known by name (the check asks for the code).
    let code = match project.code.as_str() {
        "" => String::new(),
        code => format!(" {}", word_or_string(code)),
    };
    let _ = writeln!(
        out,
        "{}{code} {} {{",
        kw(Keyword::Project),
        quote(&project.name)
    );
    if let Some(unit) = &project.unit {
        let _ = writeln!(out, "  {} {unit}", kw(Keyword::Unit));
    }
    money_line(out, Keyword::Budget, &project.budget, &project.sources);
    if let Some(text) = &project.use_text {
        let _ = writeln!(out, "  {} {}", kw(Keyword::Use), quote(text));
    }
    if !project.schedule.is_empty() {
        let entries: Vec<String> = project
            .schedule
            .iter()
            .map(|(month, percent)| format!("{month}月底 {percent}%"))
            .collect();
        let _ = writeln!(
            out,
            "  {} {{ {} }}",
            kw(Keyword::Schedule),
            entries.join("  ")
        );
    }
    for goal in &project.goals {
        let _ = writeln!(out, "  {} {}", kw(Keyword::Goal), quote(goal));
    }
    indicator_groups(out, &project.indicators);
    comment_lines(out, "  ", &project.notes);
    out.push_str("}\n");
}

/// `预算 120 { 财政资金 100  其他资金 20 }` (or `中期资金 …`), when the total was read.
fn money_line(
    out: &mut String,
    keyword: Keyword,
    total: &Option<String>,
    sources: &[(Keyword, String)],
) {
    let funds: Vec<String> = sources
        .iter()
        .map(|(keyword, amount)| format!("{} {amount}", kw(*keyword)))
        .collect();
    match total {
        Some(total) => {
            let _ = writeln!(out, "  {} {total} {{ {} }}", kw(keyword), funds.join("  "));
        }
        // The total is not invented from its parts: they are kept for the user to complete.
        None if !funds.is_empty() => {
            let _ = writeln!(out, "  # {}数未填：{}", kw(keyword), funds.join("  "));
        }
        None => {}
    }
}

/// The signatures, printed last.
const SIGNATURES: &[Keyword] = &[
    Keyword::FilingUnit,
    Keyword::FiledBy,
    Keyword::UnitHead,
    Keyword::FilingDate,
];

/// A form's project (申报表, 88号): no code; head cells, money, text blocks, goals, indicators,
/// signatures, in the form's order.
fn form_block(out: &mut String, project: &Project) {
    let _ = writeln!(out, "{} {} {{", kw(Keyword::Project), quote(&project.name));
    let info = |keyword: Keyword| {
        let read = project.info.iter().find(|(k, _)| *k == keyword);
        let value = match (keyword, read) {
            (_, Some((_, v))) => Some(v.clone()),
            (Keyword::FunctionClass, None) => {
                let parts = [&project.function_code, &project.function_name];
                let joined: Vec<&str> = parts
                    .iter()
                    .filter(|p| !p.is_empty())
                    .map(|p| p.as_str())
                    .collect();
                (!joined.is_empty()).then(|| joined.join(" "))
            }
            _ => None,
        };
        value.map(|v| format!("  {} {}\n", kw(keyword), word_or_string(&v)))
    };
    for &keyword in keywords::INFO_FIELDS {
        if SIGNATURES.contains(&keyword) && keyword != Keyword::FilingUnit {
            continue;
        }
        if let Some(line) = info(keyword) {
            out.push_str(&line);
        }
        if let (Keyword::Attribute, Some(period)) = (keyword, &project.period) {
            let _ = writeln!(out, "  {} {}", kw(Keyword::Period), period_value(period));
        }
    }
    money_line(
        out,
        Keyword::MidBudget,
        &project.mid_budget,
        &project.mid_sources,
    );
    money_line(out, Keyword::Budget, &project.budget, &project.sources);
    plan_block(out, &project.plan);
    let prose = |keyword: Keyword| project.prose.iter().find(|(k, _)| *k == keyword);
    for &keyword in keywords::PROSE_FIELDS {
        if keyword == Keyword::Remarks {
            continue;
        }
        if let Some((_, text)) = prose(keyword) {
            let _ = writeln!(out, "  {} {}", kw(keyword), quote(text));
        }
    }
    if let Some((keyword, text)) = &project.term_goal {
        let _ = writeln!(out, "  {} {}", kw(*keyword), quote(text));
    }
    for goal in &project.goals {
        let _ = writeln!(out, "  {} {}", kw(Keyword::Goal), quote(goal));
    }
    indicator_groups(out, &project.indicators);
    if let Some((_, text)) = prose(Keyword::Remarks) {
        let _ = writeln!(out, "  {} {}", kw(Keyword::Remarks), quote(text));
    }
    for &keyword in SIGNATURES.iter().skip(1) {
        if let Some(line) = info(keyword) {
            out.push_str(&line);
        }
    }
    for (by, opinion) in &project.reviews {
        let _ = writeln!(
            out,
            "  {} {} {}",
            kw(Keyword::Review),
            quote(by),
            quote(opinion)
        );
    }
    comment_lines(out, "  ", &project.notes);
    out.push_str("}\n");
}

/// `实施计划 { "内容" 2025年1月 至 2025年6月 … }`: the times as a range when they read as one.
fn plan_block(out: &mut String, plan: &[(String, String, String)]) {
    if plan.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {} {{", kw(Keyword::Plan));
    for (content, start, end) in plan {
        let when = if end.is_empty() {
            start.clone()
        } else {
            format!("{start}至{end}")
        };
        let _ = writeln!(out, "    {} {}", quote(content), period_value(&when));
    }
    out.push_str("  }\n");
}

/// `2023年1月 至 2025年12月` when the text reads as a range, else the text as a string.
fn period_value(text: &str) -> String {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let range = ["至", "到", "－", "—", "–", "～", "~", "-"]
        .iter()
        .find_map(|to| compact.split_once(to))
        .map(|(from, to)| format!("{from} 至 {to}"));
    let reads = |candidate: &str| {
        let probe = format!("项目 \"x\" {{\n  {} {candidate}\n}}\n", kw(Keyword::Period));
        let (_, diagnostics) = syntax::parse(FileId(0), &probe);
        diagnostics.is_empty()
    };
    match range {
        Some(range) if !range.contains('"') && reads(&range) => range,
        _ => quote(text),
    }
}

/// The rows as indicator groups, one per first-level category.
fn indicator_groups(out: &mut String, rows: &[IndicatorRow]) {
    for (level1, rows) in groups(rows) {
        let _ = writeln!(out, "  {level1} {{");
        for row in rows {
            indicator_row(out, row);
        }
        out.push_str("  }\n");
    }
}

/// Rows grouped by their first-level category, groups in order of first appearance.
fn groups(rows: &[IndicatorRow]) -> Vec<(&str, Vec<&IndicatorRow>)> {
    let mut groups: Vec<(&str, Vec<&IndicatorRow>)> = Vec::new();
    for row in rows {
        match groups.iter_mut().find(|(l1, _)| *l1 == row.level1) {
            Some((_, members)) => members.push(row),
            None => groups.push((&row.level1, vec![row])),
        }
    }
    groups
}

fn indicator_row(out: &mut String, row: &IndicatorRow) {
    let _ = write!(out, "    {} {}", row.level2, quote(&row.name));
    if !row.value.is_empty() {
        let _ = write!(out, " {}", value(&row.value));
    }
    if !row.description.is_empty() && row.description != row.name {
        let _ = write!(
            out,
            "  {} {}",
            kw(Keyword::Description),
            quote(&row.description)
        );
    }
    if !row.basis.is_empty() {
        let _ = write!(
            out,
            "  {} {}",
            kw(Keyword::Basis),
            word_or_string(&row.basis)
        );
    }
    if !row.measure_unit.is_empty() {
        let _ = write!(
            out,
            "  {} {}",
            kw(Keyword::MeasureUnit),
            word_or_string(&row.measure_unit)
        );
    }
    if super::tables::is_amount(&row.weight) {
        let _ = write!(out, "  {} {}", kw(Keyword::Weight), row.weight);
    }
    for (keyword, target) in [
        (Keyword::MidTerm, &row.mid_term),
        (Keyword::LongTerm, &row.long_term),
    ] {
        if !target.is_empty() {
            let _ = write!(out, "  {} {}", kw(keyword), value(target));
        }
    }
    if !row.remark.is_empty() {
        let _ = write!(
            out,
            "  {} {}",
            kw(Keyword::Remark),
            word_or_string(&row.remark)
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_stay_bare_only_when_they_read_back_the_same() {
        assert_eq!(value("≥1 次"), "≥1 次");
        assert_eq!(value("2023年12月31日前完成"), "2023年12月31日前完成");
        assert_eq!(value("巩固提升"), "巩固提升");
        assert_eq!(value("提升 水平"), "\"提升 水平\"");
        assert_eq!(value("依据"), "\"依据\"");
    }

    #[test]
    fn words_with_blanks_or_quotes_become_strings() {
        assert_eq!(word_or_string("年度工作计划"), "年度工作计划");
        assert_eq!(word_or_string("河北省 规范"), "\"河北省 规范\"");
        assert_eq!(word_or_string("a\"b"), "\"a\\\"b\"");
    }

    #[test]
    fn quoted_text_reads_back_whatever_it_holds() {
        for text in [
            "a\nb",
            "a\r\nb",
            "tab\there",
            "q\"uote",
            "back\\slash",
            "x\n包含 \"y\"\n",
        ] {
            let source = format!("单位 1 {}\n", quote(text));
            let (tree, diagnostics) = syntax::parse(FileId(0), &source);
            assert!(diagnostics.is_empty(), "{source}: {diagnostics:?}");
            match &tree.items[..] {
                [ast::Item::Unit(unit)] => assert_eq!(unit.name.value, text.replace("\r\n", "\n")),
                other => panic!("{source}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_range_of_years_gives_its_first() {
        let read = TablesRead::default();
        assert_eq!(
            year("村组道路工程（2024—2026年）", &read).as_deref(),
            Some("2024")
        );
        assert_eq!(year("2024 - 2026 年规划", &read).as_deref(), Some("2024"));
        assert_eq!(year("2023 年部门预算", &read).as_deref(), Some("2023"));
        assert_eq!(year("2024-2026年", &read).as_deref(), Some("2024"));
    }

    #[test]
    fn a_table_without_code_or_total_invents_neither() {
        let project = Project {
            name: "县道养护".to_string(),
            sources: vec![(Keyword::Fiscal, "100".to_string())],
            ..Project::default()
        };
        let mut out = String::new();
        project_block(&mut out, &project);
        assert!(out.starts_with("项目 \"县道养护\" {\n"), "{out}");
        assert!(out.contains("  # 预算数未填：财政资金 100\n"), "{out}");
        let (_, diagnostics) = syntax::parse(FileId(0), &out);
        assert!(diagnostics.is_empty(), "{out}: {diagnostics:?}");
    }

    #[test]
    fn comments_stay_on_one_line() {
        assert_eq!(comment("a\n包含 \"x\"\r\tb"), "a 包含 \"x\"  b");
    }
}
