//! The review opinions (审核意见) as a workbook: a summary sheet (one row per project: its
//! budget, the problems under each aspect, the verdict in a cell of its colour, then the rule
//! and the disclaimer), and a sheet of every problem (project, aspect, severity, 问题, 修改建议,
//! place; acknowledged ones with their reason), filtered and frozen at its head.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::{Area, Content, Formats, Sheet, list_setup, print_setup};
use crate::domain::monitoring::Light;
use crate::domain::review::Verdict;
use crate::emit::review::{FindingsJson, ProblemJson, ReviewJson};

const SUMMARY_HEADS: [(&str, f64); 11] = [
    ("序号", 6.0),
    ("项目编码", 22.0),
    ("项目名称", 30.0),
    ("预算单位", 24.0),
    ("预算数", 11.0),
    ("完整性", 8.0),
    ("相关性", 8.0),
    ("适当性", 8.0),
    ("可行性", 8.0),
    ("已说明", 8.0),
    ("审核结论", 12.0),
];

const PROBLEM_HEADS: [(&str, f64); 10] = [
    ("序号", 6.0),
    ("项目", 22.0),
    ("审核方面", 9.0),
    ("级别", 6.0),
    ("问题", 40.0),
    ("修改建议", 40.0),
    ("位置", 26.0),
    ("规则", 7.0),
    ("已说明", 8.0),
    ("说明理由", 26.0),
];

/// The summary, then the problems.
pub(super) fn sheets(
    workbook: &mut Workbook,
    review: &ReviewJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    summary_sheet(workbook.add_worksheet(), review, f)?;
    problems_sheet(workbook.add_worksheet(), review, f)
}

/// A verdict in the colour of the light that says the same.
fn verdict_light(verdict: Verdict) -> Light {
    match verdict {
        Verdict::Pass => Light::Green,
        Verdict::Revise => Light::Yellow,
        Verdict::Fail => Light::Red,
    }
}

fn summary_sheet(
    worksheet: &mut Worksheet,
    review: &ReviewJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name("审核结论")?;
    let last = SUMMARY_HEADS.len() as u16 - 1;
    let mut sheet = Sheet::new(worksheet, SUMMARY_HEADS.iter().map(|h| h.1).collect())?;
    sheet.put(
        Area::across(0, 0, last),
        Content::Text(review.title),
        &f.title,
    )?;
    let reviewed = match (&review.reviewed, review.year) {
        (Some(reviewed), Some(year)) => format!("{reviewed}（{year}年度）"),
        (Some(reviewed), None) => reviewed.clone(),
        (None, year) => year.map(|y| format!("{y}年度")).unwrap_or_default(),
    };
    sheet.put(
        Area::across(1, 0, last - 1),
        Content::Text(&reviewed),
        &f.plain,
    )?;
    let unit = format!("单位：{}", review.money_unit);
    sheet.put(Area::at(1, last), Content::Text(&unit), &f.plain_right)?;
    let head = 2;
    for ((name, _), col) in SUMMARY_HEADS.iter().zip(0..) {
        sheet.put(Area::at(head, col), Content::Text(name), &f.label)?;
    }
    let mut row = head;
    for project in &review.projects {
        row += 1;
        let number = project.number.to_string();
        let counts: Vec<String> = project
            .findings
            .aspects
            .iter()
            .map(|a| a.problems.len())
            .chain([project.findings.acknowledged.len()])
            .map(|n| n.to_string())
            .collect();
        let cells = [
            (Content::Text(&number), &f.centred),
            (Content::of(project.code.as_deref()), &f.text),
            (Content::Text(&project.name), &f.text),
            (Content::of(project.unit.as_deref()), &f.text),
            (Content::number(project.budget.as_ref()), &f.centred),
        ];
        let count_cells = counts.iter().map(|c| (Content::Text(c), &f.centred));
        for ((content, format), col) in cells.into_iter().chain(count_cells).zip(0..) {
            sheet.put(Area::at(row, col), content, format)?;
        }
        let light = f.light(verdict_light(project.verdict));
        sheet.put(
            Area::at(row, last),
            Content::Text(project.verdict_word),
            light,
        )?;
    }
    let note = "各方面的数字是未说明的问题数（含提示）。";
    for (text, r) in [note, review.verdict_rule, review.disclaimer]
        .into_iter()
        .zip(row + 2..)
    {
        sheet.put(Area::across(r, 0, last), Content::Text(text), &f.plain)?;
    }
    sheet.set_heights()?;
    sheet.set_title_height(review.title)?;
    let worksheet = sheet.worksheet;
    worksheet.set_repeat_rows(head, head)?;
    print_setup(worksheet);
    worksheet.set_landscape();
    Ok(())
}

/// Every problem, one per row: the projects' in order, then the document's, then those of other
/// rules.
fn problems_sheet(
    worksheet: &mut Worksheet,
    review: &ReviewJson,
    f: &Formats,
) -> Result<(), XlsxError> {
    worksheet.set_name("问题清单")?;
    let mut sheet = Sheet::new(worksheet, PROBLEM_HEADS.iter().map(|h| h.1).collect())?;
    for ((name, _), col) in PROBLEM_HEADS.iter().zip(0..) {
        sheet.put(Area::at(0, col), Content::Text(name), &f.label)?;
    }
    let rows = review
        .projects
        .iter()
        .flat_map(|p| listed(&p.findings))
        .chain(listed(&review.document))
        .chain(&review.other);
    let mut row = 0;
    for problem in rows {
        row += 1;
        let number = row.to_string();
        let cells = [
            (Content::Text(&number), &f.centred),
            (Content::of(problem.project.as_deref()), &f.text),
            (Content::Text(problem.aspect.unwrap_or("其他")), &f.centred),
            (Content::Text(problem.severity_word), &f.centred),
            (Content::Text(&problem.problem), &f.text),
            (Content::Text(&problem.suggestion), &f.text),
            (Content::Text(&problem.place), &f.text),
            (Content::Text(problem.code), &f.centred),
            (
                Content::Text(if problem.reason.is_some() { "是" } else { "" }),
                &f.centred,
            ),
            (Content::of(problem.reason.as_deref()), &f.text),
        ];
        for ((content, format), col) in cells.into_iter().zip(0..) {
            sheet.put(Area::at(row, col), content, format)?;
        }
    }
    sheet.set_heights()?;
    list_setup(sheet.worksheet, row, PROBLEM_HEADS.len() as u16 - 1)
}

/// A project's or the document's problems, aspect by aspect, then the acknowledged ones.
fn listed(findings: &FindingsJson) -> impl Iterator<Item = &ProblemJson> {
    findings
        .aspects
        .iter()
        .flat_map(|a| &a.problems)
        .chain(&findings.acknowledged)
}
