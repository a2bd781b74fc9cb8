//! Completion from the text before the cursor, so that it works on half-typed lines: the blocks
//! that enclose the cursor say which keywords and categories fit, the word before it whether a
//! unit code, a unit or a 依据 is wanted. Categories follow the document's framework.

use lsp_types::{CompletionItem, CompletionItemKind, InsertTextFormat};

use super::buffers::Buffer;
use crate::diag::Lang;
use crate::diag::catalogue;
use crate::domain::forms::Form;
use crate::domain::framework::{Framework, Level1, Level2};
use crate::domain::monitoring::{CAUSE_KINDS, Likelihood};
use crate::domain::{levels, units};
use crate::model;
use crate::syntax::keywords::{
    BREAKDOWN_FIELDS, DEPARTMENT_FUNDS, DEPARTMENT_GOAL_FIELDS, DOCUMENT_FIELDS, EVALUATION_FIELDS,
    EVALUATION_FUNDS, EVALUATION_LINES, EVALUATION_SOURCES, FUNDS, INDICATOR_FIELDS, Keyword,
    MONITORING_FIELDS, MONITORING_FUNDS, MONITORING_LINES, PROJECT_FIELDS, SUB_GOAL_FIELDS,
    TEMPLATE_FIELDS, TOP_LEVEL, is_blank,
};

/// The four official kinds of 指标值确定依据.
const BASIS_KINDS: &[&str] = &["计划标准", "行业标准", "历史标准", "财政部门标准"];

/// What the cursor is in.
#[derive(Debug, PartialEq)]
enum Place {
    /// At the start of a line, inside the blocks opened by these words (outermost first).
    LineStart(Vec<String>),
    /// After `依据`.
    Basis,
    /// After `单位` inside a project.
    UnitCode,
    /// After a setting of the document header whose values are a fixed list (`表样`, `指标体系`).
    Setting(Keyword),
    /// After a number in an indicator row or a breakdown.
    Unit,
    /// Further along an indicator row.
    IndicatorRow,
    /// Further along a row of a self-evaluation (`自评`) or a monitoring (`监控`).
    RecordRow(Keyword),
    /// After `可能性` in a monitoring.
    Likelihood,
    /// After `偏差` in a monitoring: the kinds of cause.
    CauseKind,
    /// After `模板` in a group of indicators: the library's templates.
    Template,
    /// After `确认`, or at the start of a line of `规则 { … }`: a rule code.
    RuleCode,
    /// After a rule code in `规则 { … }`: a level.
    RuleLevel,
    Nothing,
}

/// Completion at `offset`; keywords only in the spelling the file is written in.
pub fn complete(document: &Buffer, offset: usize) -> Vec<CompletionItem> {
    let before = &document.text[..offset.min(document.text.len())];
    let lang = keyword_language(before, &document.text);
    let mut items = complete_at(document, before, lang);
    items.retain(|i| i.kind != Some(CompletionItemKind::KEYWORD) || spelled_in(&i.label) == lang);
    items
}

/// The language of a word as a keyword spelling: English ones are ASCII.
fn spelled_in(word: &str) -> Lang {
    if word.is_ascii() { Lang::En } else { Lang::Zh }
}

/// The keyword language where the cursor is: that of the block enclosing it, else of the file's
/// first top-level keyword, else Chinese.
fn keyword_language(before: &str, text: &str) -> Lang {
    let (blocks, _) = blocks_and_statement(before);
    if let Some(outermost) = blocks.first().filter(|b| !b.is_empty()) {
        return spelled_in(outermost);
    }
    text.lines()
        .filter_map(|line| line.split(is_blank).next())
        .find(|word| TOP_LEVEL.iter().chain([&Keyword::Unit]).any(|k| k.is(word)))
        .map_or(Lang::Zh, spelled_in)
}

fn complete_at(document: &Buffer, before: &str, lang: Lang) -> Vec<CompletionItem> {
    let (model, _) = model::build(&document.analysis.loaded);
    let framework = model.header.framework;
    match place(before) {
        Place::LineStart(blocks) if blocks.len() == 1 && record_kind(&blocks[0]).is_some() => {
            let kind = record_kind(&blocks[0]).unwrap_or(Keyword::Monitoring);
            record_line_start(&model, before, kind)
        }
        Place::LineStart(blocks) if in_indicator_group(&blocks) => {
            let keyword = Keyword::Template.spelling(lang);
            let rows = template_rows(&model, &format!("{keyword} "));
            line_start(&blocks, framework)
                .into_iter()
                .chain(rows)
                .chain([indicator_snippet(
                    framework,
                    Level1::parse(&blocks[1]),
                    lang,
                )])
                .collect()
        }
        Place::LineStart(blocks) if blocks.is_empty() => line_start(&blocks, framework)
            .into_iter()
            .chain([project_snippet(framework, lang)])
            .collect(),
        Place::LineStart(blocks) => line_start(&blocks, framework),
        Place::Template => template_rows(&model, ""),
        Place::RecordRow(Keyword::SelfEvaluation) => keywords(EVALUATION_FIELDS.iter()),
        Place::RecordRow(_) => keywords(MONITORING_FIELDS.iter()),
        Place::Likelihood => Likelihood::WORDS
            .iter()
            .map(|w| item(w, "完成目标可能性", CompletionItemKind::ENUM_MEMBER))
            .collect(),
        Place::CauseKind => CAUSE_KINDS
            .iter()
            .map(|w| item(w, "偏差原因", CompletionItemKind::ENUM_MEMBER))
            .collect(),
        Place::RuleCode => catalogue::RULES
            .iter()
            .map(|r| item(r.code, r.title.0, CompletionItemKind::CONSTANT))
            .collect(),
        Place::RuleLevel => [
            ("错误", "error"),
            ("警告", "warning"),
            ("提示", "note"),
            ("关闭", "off"),
        ]
        .into_iter()
        .flat_map(|(zh, en)| [(zh, en), (en, zh)])
        .map(|(level, other)| item(level, other, CompletionItemKind::KEYWORD))
        .collect(),
        Place::Basis => bases(&model),
        Place::UnitCode => model
            .units
            .iter()
            .map(|u| item(&u.code.node, &u.name.value, CompletionItemKind::REFERENCE))
            .collect(),
        Place::Setting(keyword) => setting_values(keyword),
        Place::Unit => units::names()
            .map(str::to_string)
            .chain(model.header.extra_units.iter().cloned())
            .map(|u| item(&u, "计量单位", CompletionItemKind::UNIT))
            .collect(),
        Place::IndicatorRow => keywords(INDICATOR_FIELDS.iter())
            .into_iter()
            .chain(levels::known().map(|l| item(l, "定性指标值", CompletionItemKind::VALUE)))
            .collect(),
        Place::Nothing => Vec::new(),
    }
}

/// A whole project to fill in, in the file's keyword language: a snippet, whose blanks the
/// editor visits in turn (the first-level categories the framework requires, each with a row).
fn project_snippet(framework: Framework, lang: Lang) -> CompletionItem {
    let word = |keyword: Keyword| keyword.spelling(lang);
    let (code, name, unit, goal) = match lang {
        Lang::Zh => ("项目编码", "项目名称", "单位编码", "年度绩效目标"),
        Lang::En => ("code", "name", "unit code", "the year's goal"),
    };
    let mut text = format!(
        "{} ${{1:{code}}} \"${{2:{name}}}\" {{\n  {} ${{3:{unit}}}\n  {} ${{4:0.00}} {{ {} ${{4:0.00}} }}\n  {} \"${{5:{goal}}}\"\n",
        word(Keyword::Project),
        word(Keyword::Unit),
        word(Keyword::Budget),
        word(Keyword::Fiscal),
        word(Keyword::Goal),
    );
    let mut stop = 6;
    for level1 in [Level1::Output, Level1::Outcome, Level1::Satisfaction] {
        let group = category(level1.name(), level1.english(), lang);
        let row = indicator_row(framework, Some(level1), lang, &mut stop);
        text.push_str(&format!("  {group} {{\n    {row}\n  }}\n"));
    }
    text.push_str("}\n$0");
    snippet(word(Keyword::Project), "新项目（填空）", text)
}

/// An indicator row to fill in: its second-level category chosen from those under the group.
fn indicator_snippet(framework: Framework, level1: Option<Level1>, lang: Lang) -> CompletionItem {
    let text = format!("{}$0", indicator_row(framework, level1, lang, &mut 1));
    let label = match lang {
        Lang::Zh => "指标行",
        Lang::En => "indicator row",
    };
    snippet(label, "新指标（填空）", text)
}

/// `${1|数量指标,质量指标,…|} "${2:指标名称}" ${3:≥1 次} 依据 ${4:年度工作计划}`, its tab stops
/// numbered from `stop` on (left past them).
fn indicator_row(
    framework: Framework,
    level1: Option<Level1>,
    lang: Lang,
    stop: &mut u32,
) -> String {
    let parents = level1.map_or(Level1::ALL.to_vec(), |l| vec![l]);
    let choices: Vec<&str> = parents
        .into_iter()
        .flat_map(|l| framework.children(l))
        .map(|l| category(l.name(), l.english(), lang))
        .collect();
    let (name, value, basis) = match lang {
        Lang::Zh => ("指标名称", "≥1 次", "年度工作计划"),
        Lang::En => ("indicator", "≥1 次", "年度工作计划"),
    };
    let n = *stop;
    *stop += 4;
    format!(
        "${{{n}|{}|}} \"${{{}:{name}}}\" ${{{}:{value}}} {} ${{{}:{basis}}}",
        choices.join(","),
        n + 1,
        n + 2,
        Keyword::Basis.spelling(lang),
        n + 3,
    )
}

fn category<'a>(chinese: &'a str, english: &'a str, lang: Lang) -> &'a str {
    match lang {
        Lang::Zh => chinese,
        Lang::En => english,
    }
}

fn snippet(label: &str, detail: &str, text: String) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        detail: Some(detail.to_string()),
        kind: Some(CompletionItemKind::SNIPPET),
        insert_text: Some(text),
        insert_text_format: Some(InsertTextFormat::SNIPPET),
        ..CompletionItem::default()
    }
}

fn line_start(blocks: &[String], framework: Framework) -> Vec<CompletionItem> {
    let is = |i: usize, keyword: Keyword| blocks.get(i).is_some_and(|word| keyword.is(word));
    match blocks.len() {
        0 => keywords(TOP_LEVEL.iter().chain([&Keyword::Unit])),
        1 if is(0, Keyword::Document) => keywords(DOCUMENT_FIELDS.iter()),
        1 if is(0, Keyword::Library) => keywords([Keyword::Template].iter()),
        2 if is(0, Keyword::Library) => keywords(TEMPLATE_FIELDS.iter()),
        1 if is(0, Keyword::DepartmentGoals) => keywords(DEPARTMENT_GOAL_FIELDS.iter())
            .into_iter()
            .chain(first_level(framework))
            .collect(),
        2 if is(0, Keyword::DepartmentGoals) && is(1, Keyword::SubGoal) => {
            keywords(SUB_GOAL_FIELDS.iter())
        }
        2 if is(0, Keyword::DepartmentGoals) && is(1, Keyword::Budget) => {
            keywords(DEPARTMENT_FUNDS.iter())
        }
        2 if is(0, Keyword::DepartmentGoals) && is(1, Keyword::Duty) => {
            keywords([Keyword::Project].iter())
        }
        1 if is(0, Keyword::Project) => keywords(PROJECT_FIELDS.iter())
            .into_iter()
            .chain(first_level(framework))
            .collect(),
        2 if is(0, Keyword::Project) && (is(1, Keyword::Budget) || is(1, Keyword::MidBudget)) => {
            keywords(FUNDS.iter())
        }
        2 if is(0, Keyword::SelfEvaluation) && is(1, Keyword::Funds) => {
            let lines = EVALUATION_FUNDS.iter().chain(EVALUATION_SOURCES);
            keywords(lines.chain([&Keyword::Deviation]))
        }
        2 if is(0, Keyword::Monitoring) && is(1, Keyword::Funds) => {
            let lines = MONITORING_FUNDS.iter();
            keywords(lines.chain([&Keyword::Deviation, &Keyword::Correction]))
        }
        2 if is(0, Keyword::Project) && is(1, Keyword::Breakdown) => {
            keywords(BREAKDOWN_FIELDS.iter())
        }
        2 if is(0, Keyword::Project) || is(0, Keyword::DepartmentGoals) => {
            second_level(framework, Level1::parse(&blocks[1]))
                .into_iter()
                .chain(keywords(
                    INDICATOR_FIELDS.iter().chain([&Keyword::Template]),
                ))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Is the cursor in a group of indicators (`产出指标 { … }` in a project or the 部门目标)?
fn in_indicator_group(blocks: &[String]) -> bool {
    let opened_by = |keyword: Keyword| keyword.is(&blocks[0]);
    blocks.len() == 2
        && (opened_by(Keyword::Project) || opened_by(Keyword::DepartmentGoals))
        && Level1::parse(&blocks[1]).is_some()
}

/// A row for each template of the document's libraries, `prefix` (`模板 ` at the start of a
/// line) before its name; the detail says what the row will take from it.
fn template_rows(model: &model::Document, prefix: &str) -> Vec<CompletionItem> {
    let mut seen = std::collections::BTreeSet::new();
    let templates = model.libraries.iter().flat_map(|l| &l.templates);
    templates
        .filter(|t| seen.insert(t.name.value.as_str()))
        .map(|t| {
            let name = &t.name.value;
            let parts = [
                t.category.as_ref().map(|c| c.node.clone()),
                t.measure_unit
                    .as_ref()
                    .map(|u| format!("计量单位 {}", u.node)),
                t.reference.as_ref().map(|r| format!("参考值 {}", r.raw)),
                t.core.map(|_| "核心指标 ★".to_string()),
            ];
            let detail: Vec<String> = parts.into_iter().flatten().collect();
            CompletionItem {
                label: format!("{prefix}\"{name}\""),
                detail: Some(detail.join(" · ")),
                documentation: t
                    .description
                    .as_ref()
                    .map(|d| lsp_types::Documentation::String(d.value.clone())),
                kind: Some(CompletionItemKind::REFERENCE),
                insert_text: Some(format!("{prefix}\"{name}\" ")),
                ..CompletionItem::default()
            }
        })
        .collect()
}

/// The kind of record a block's opening word starts: `自评` or `监控`.
fn record_kind(opener: &str) -> Option<Keyword> {
    [Keyword::SelfEvaluation, Keyword::Monitoring]
        .into_iter()
        .find(|k| k.is(opener))
}

/// At the start of a line of a self-evaluation or a monitoring: its keywords, then a row for
/// each indicator of the project that has none yet (`"名称" 实际 `, `"名称" 完成 `).
fn record_line_start(model: &model::Document, before: &str, kind: Keyword) -> Vec<CompletionItem> {
    let reference = recorded_project(before, kind);
    let project = model.projects.iter().find(|p| {
        Some(p.label()) == reference.as_deref()
            || Some(p.node.name.value.as_str()) == reference.as_deref()
    });
    let whole_department = reference
        .as_deref()
        .is_some_and(|r| Keyword::WholeDepartment.is(r));
    let indicators = match project {
        _ if whole_department => &model.department.indicators[..],
        Some(project) => &project.indicators[..],
        None => &[],
    };
    let is_this = |named: &str| Some(named) == reference.as_deref();
    let written: Vec<&str> = if kind == Keyword::SelfEvaluation {
        let records = model
            .evaluations
            .iter()
            .filter(|e| is_this(&e.node.project.node));
        records
            .flat_map(|e| e.node.rows.iter().map(|r| r.name.value.as_str()))
            .collect()
    } else {
        let records = model
            .monitorings
            .iter()
            .filter(|m| is_this(&m.node.project.node));
        records
            .flat_map(|m| m.node.rows.iter().map(|r| r.name.value.as_str()))
            .collect()
    };
    let (lines, field) = if kind == Keyword::SelfEvaluation {
        (EVALUATION_LINES, Keyword::Actual)
    } else {
        (MONITORING_LINES, Keyword::Done)
    };
    let field = field.spelling(crate::diag::Lang::Zh);
    let rows = indicators
        .iter()
        .filter(|i| !written.contains(&i.node.name.value.as_str()))
        .map(|i| {
            let name = &i.node.name.value;
            let target = i.node.value.as_ref().map_or("", |v| v.raw.as_str());
            CompletionItem {
                label: format!("\"{name}\""),
                detail: Some(format!("目标 {target}")),
                kind: Some(CompletionItemKind::FIELD),
                insert_text: Some(format!("\"{name}\" {field} ")),
                ..CompletionItem::default()
            }
        });
    keywords(lines.iter()).into_iter().chain(rows).collect()
}

/// The code or name after the last `自评` (or `监控`) that opens a line of `before`.
fn recorded_project(before: &str, kind: Keyword) -> Option<String> {
    let line = before.lines().rev().find_map(|line| {
        let line = line.trim_start_matches(is_blank);
        kind.strip(line)
    })?;
    let rest = line.trim_start_matches(is_blank);
    let reference = match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => rest.split(|c: char| is_blank(c) || c == '{').next()?,
    };
    Some(reference.to_string())
}

/// The values a header setting takes: the forms by their Chinese names, the frameworks.
fn setting_values(keyword: Keyword) -> Vec<CompletionItem> {
    match keyword {
        Keyword::Form => Form::ALL
            .into_iter()
            .map(|form| item(form.name(), form.title(), CompletionItemKind::ENUM_MEMBER))
            .collect(),
        Keyword::Framework => [Framework::F2015, Framework::F2021]
            .into_iter()
            .map(|f| item(f.as_str(), f.title(), CompletionItemKind::ENUM_MEMBER))
            .collect(),
        // Spelled as keywords are: only the file's language is offered.
        Keyword::Status => [("草案", "draft"), ("定稿", "final")]
            .into_iter()
            .flat_map(|(zh, en)| [(zh, en), (en, zh)])
            .map(|(status, other)| item(status, other, CompletionItemKind::KEYWORD))
            .collect(),
        _ => Vec::new(),
    }
}

/// 一级指标 of the framework.
fn first_level(framework: Framework) -> Vec<CompletionItem> {
    let detail = format!("一级指标（{} 指标体系）", framework.as_str());
    Level1::ALL
        .into_iter()
        .filter(|&l| !framework.children(l).is_empty())
        .flat_map(|l| [l.name(), l.english()])
        .map(|name| item(name, &detail, CompletionItemKind::CLASS))
        .collect()
}

/// 二级指标 under `level1` in the framework (all of the framework's when the group is unknown).
fn second_level(framework: Framework, level1: Option<Level1>) -> Vec<CompletionItem> {
    let detail = format!("二级指标（{} 指标体系）", framework.as_str());
    let parents = level1.map_or(Level1::ALL.to_vec(), |l| vec![l]);
    parents
        .into_iter()
        .flat_map(|l| framework.children(l))
        .flat_map(|l: &Level2| [l.name(), l.english()])
        .map(|name| item(name, &detail, CompletionItemKind::ENUM_MEMBER))
        .collect()
}

/// The official kinds, then the bases the document already uses, most used first.
fn bases(model: &model::Document) -> Vec<CompletionItem> {
    let mut used: Vec<(usize, &str)> = Vec::new();
    let written = model
        .projects
        .iter()
        .flat_map(|p| &p.indicators)
        .filter_map(|i| i.node.basis.as_ref());
    for basis in written {
        match used.iter_mut().find(|(_, b)| *b == basis.node) {
            Some((count, _)) => *count += 1,
            None => used.push((1, &basis.node)),
        }
    }
    used.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let kinds = BASIS_KINDS
        .iter()
        .map(|k| item(k, "依据类别", CompletionItemKind::ENUM_MEMBER));
    let used = used.into_iter().map(|(count, basis)| {
        item(
            basis,
            &format!("本文档已用 {count} 次"),
            CompletionItemKind::TEXT,
        )
    });
    kinds.chain(used).collect()
}

fn keywords<'k>(list: impl Iterator<Item = &'k Keyword>) -> Vec<CompletionItem> {
    list.map(|keyword| keyword.spellings())
        .flat_map(|(zh, en)| [(zh, en), (en, zh)])
        .map(|(label, other)| item(label, other, CompletionItemKind::KEYWORD))
        .collect()
}

fn item(label: &str, detail: &str, kind: CompletionItemKind) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        detail: Some(detail.to_string()),
        kind: Some(kind),
        ..CompletionItem::default()
    }
}

/// Where the text before the cursor ends.
fn place(before: &str) -> Place {
    let (blocks, statement) = blocks_and_statement(before);
    let words: Vec<&str> = statement
        .split(is_blank)
        .filter(|w| !w.is_empty())
        .collect();
    // The word being typed is not context.
    let done = if statement.ends_with(is_blank) {
        &words[..]
    } else {
        &words[..words.len().saturating_sub(1)]
    };
    let in_project = blocks.first().is_some_and(|b| Keyword::Project.is(b));
    let record = blocks
        .first()
        .filter(|_| blocks.len() == 1)
        .and_then(|b| record_kind(b));
    let in_monitoring = record == Some(Keyword::Monitoring);
    let in_header = blocks.len() == 1 && Keyword::Document.is(&blocks[0]);
    let in_rules = blocks.len() == 2 && Keyword::Rules.is(&blocks[1]);
    match done.last() {
        None if in_rules => Place::RuleCode,
        None => Place::LineStart(blocks),
        Some(word) if Keyword::Acknowledge.is(word) && done.len() == 1 => Place::RuleCode,
        Some(word) if in_header && done.len() == 1 => {
            match [Keyword::Form, Keyword::Framework, Keyword::Status]
                .into_iter()
                .find(|k| k.is(word))
            {
                Some(keyword) => Place::Setting(keyword),
                None => Place::Nothing,
            }
        }
        Some(word) if Keyword::Basis.is(word) => Place::Basis,
        Some(word) if Keyword::Template.is(word) && in_indicator_group(&blocks) => Place::Template,
        Some(_) if in_rules && done.len() == 1 => Place::RuleLevel,
        Some(word) if Keyword::Unit.is(word) && in_project && blocks.len() == 1 => Place::UnitCode,
        Some(word)
            if in_project && blocks.len() == 2 && word.ends_with(|c: char| c.is_ascii_digit()) =>
        {
            Place::Unit
        }
        Some(_) if in_project && blocks.len() == 2 => Place::IndicatorRow,
        Some(word) if in_monitoring && Keyword::Likelihood.is(word) => Place::Likelihood,
        Some(word) if in_monitoring && Keyword::Deviation.is(word) => Place::CauseKind,
        Some(_) if record.is_some() && done[0].starts_with('"') => {
            Place::RecordRow(record.unwrap_or(Keyword::SelfEvaluation))
        }
        Some(_) => Place::Nothing,
    }
}

/// The words that opened the blocks still open at the end of `text`, and the statement the text
/// ends in (from the last line break, `;` or brace). Strings and comments are skipped.
fn blocks_and_statement(text: &str) -> (Vec<String>, &str) {
    let (open, statement) = crate::syntax::open_blocks(text);
    let blocks = open
        .into_iter()
        .map(|(start, brace)| {
            let opener = text[start..brace].split(is_blank).find(|w| !w.is_empty());
            opener.unwrap_or_default().to_string()
        })
        .collect();
    (blocks, &text[statement..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(words: &[&str]) -> Place {
        Place::LineStart(words.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn places_follow_blocks_and_the_word_before() {
        let project = "项目 1 \"a { } \" {\n  预算 1 { 财政资金 1 }\n";
        assert_eq!(place(""), blocks(&[]));
        assert_eq!(place("项"), blocks(&[]));
        assert_eq!(place(project), blocks(&["项目"]));
        assert_eq!(place(&format!("{project}  单位 ")), Place::UnitCode);
        assert_eq!(
            place(&format!("{project}  产出指标 {{\n")),
            blocks(&["项目", "产出指标"])
        );
        assert_eq!(
            place(&format!("{project}  产出指标 {{ # {{\n  数量")),
            blocks(&["项目", "产出指标"])
        );
        let row = format!("{project}  产出指标 {{\n    数量指标 \"a\" ≥1 ");
        assert_eq!(place(&row), Place::Unit);
        assert_eq!(place(&format!("{row}次 ")), Place::IndicatorRow);
        assert_eq!(place(&format!("{row}次  依据 年度")), Place::Basis);
        assert_eq!(place("文档 \"t\" {\n  年度 2023; "), blocks(&["文档"]));
        assert_eq!(
            place("文档 \"t\" {\n  表样 "),
            Place::Setting(Keyword::Form)
        );
        assert_eq!(
            place("文档 \"t\" {\n  framework 2"),
            Place::Setting(Keyword::Framework)
        );
        assert_eq!(place("文档 \"t\" {\n  年度 "), Place::Nothing);
        let record = "自评 \"道路养护\" {\n  \"养护里程\" 实际 31 公里 ";
        assert_eq!(place(record), Place::RecordRow(Keyword::SelfEvaluation));
        let kind = Keyword::SelfEvaluation;
        assert_eq!(recorded_project(record, kind).as_deref(), Some("道路养护"));
        assert_eq!(
            recorded_project("自评 1308 {\n  资金 {", kind).as_deref(),
            Some("1308")
        );
        let monitoring = "监控 1308 截至 7月底 {\n  \"养护里程\" 完成 14 公里 ";
        assert_eq!(place(monitoring), Place::RecordRow(Keyword::Monitoring));
        assert_eq!(place(&format!("{monitoring} 可能性 ")), Place::Likelihood);
        assert_eq!(place(&format!("{monitoring}\n    偏差 ")), Place::CauseKind);
        assert_eq!(
            recorded_project(monitoring, Keyword::Monitoring).as_deref(),
            Some("1308")
        );
        assert_eq!(
            place("部门目标 {\n  产出指标 {\n    "),
            blocks(&["部门目标", "产出指标"])
        );
        assert_eq!(
            place(&format!("{project}  满意度指标 {{\n    模板 ")),
            Place::Template
        );
        assert_eq!(
            place(&format!(
                "{project}  满意度指标 {{\n    服务对象满意度指标 模板 "
            )),
            Place::Template
        );
        assert_eq!(place("指标库 \"a\" {\n  模板 "), Place::Nothing);
    }
}
