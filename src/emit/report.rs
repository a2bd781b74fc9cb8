//! A bureau's overview of many documents (`perfc check DIR --report FILE.html`): one
//! self-contained web page with totals per department (a document) and budget unit, findings by
//! rule and by department, the projects with the most findings, bar charts, and every finding
//! with its place.
//!
//! The numbers are those of the JSON `perfc build` writes (read back through [`DocumentData`]),
//! the findings those the run settled and prints. [`Checked`] gathers one document's; [`to_html`]
//! is a pure function from them to the page (`page.rs` the markup, `chart.rs` the charts).

mod chart;
mod page;

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};

use crate::diag::render::visible;
use crate::diag::{Diagnostic, Lang, Severity};
use crate::domain::units::yuan_per;
use crate::load::normalize;
use crate::source::SourceMap;

pub use page::to_html;

/// How many projects the page ranks.
const WORST_PROJECTS: usize = 20;

/// One document, checked.
pub struct Checked {
    /// Its root file as named on the command line or found.
    pub name: String,
    /// Every file it read, absolute (the root first).
    pub files: Vec<PathBuf>,
    /// What the JSON says of it; `None` when it was not read completely (no JSON is made).
    pub data: Option<DocumentData>,
    /// The findings the run prints for it, in their settled order.
    pub findings: Vec<Finding>,
}

impl Checked {
    /// Gathers a document's files, its JSON (as `perfc build` writes it) and the findings shown.
    pub fn new(
        sources: &SourceMap,
        json: Option<&str>,
        findings: &[&Diagnostic],
        lang: Lang,
    ) -> Result<Checked, String> {
        let name = sources.files().next().map_or("", |(_, root)| &root.name);
        let data = json
            .map(serde_json::from_str)
            .transpose()
            .map_err(|e| format!("{name}: the JSON could not be read back: {e}"))?;
        Ok(Checked {
            name: visible(name).into_owned(),
            files: sources.files().map(|(_, f)| absolute(&f.path)).collect(),
            data,
            findings: findings
                .iter()
                .map(|d| Finding::new(d, sources, lang))
                .collect(),
        })
    }

    /// The department's name: the header's 部门, else the title, else the file.
    fn department(&self) -> &str {
        let data = self.data.as_ref();
        data.and_then(|d| d.department.as_ref().or(d.title.as_ref()))
            .map_or(&self.name, |t| &t.0)
    }

    fn counts(&self) -> Counts {
        Counts::of(self.findings.iter())
    }
}

/// A path made absolute against the working directory, `..` resolved as written.
pub fn absolute(path: &Path) -> PathBuf {
    normalize(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// What the report reads of a document's JSON (`emit::json::DocumentJson`); every text shown
/// as the terminal shows it, control and bidirectional characters written as escapes.
#[derive(Deserialize)]
pub struct DocumentData {
    pub title: Option<Text>,
    pub year: Option<u32>,
    pub department: Option<Text>,
    pub money_unit: String,
    pub units: Vec<UnitData>,
    pub projects: Vec<ProjectData>,
    pub totals: TotalsData,
    #[serde(default)]
    self_evaluations: Vec<serde::de::IgnoredAny>,
    #[serde(default)]
    monitorings: Vec<serde::de::IgnoredAny>,
}

impl DocumentData {
    /// What the document is: targets, or a report on them.
    fn kind(&self) -> DocumentKind {
        if !self.monitorings.is_empty() {
            DocumentKind::Monitoring
        } else if !self.self_evaluations.is_empty() {
            DocumentKind::SelfEvaluation
        } else {
            DocumentKind::Targets
        }
    }
}

#[derive(Clone, Copy)]
enum DocumentKind {
    Targets,
    SelfEvaluation,
    Monitoring,
}

#[derive(Deserialize)]
pub struct UnitData {
    pub code: Text,
    pub name: Text,
    /// Its projects' table numbers.
    pub projects: Vec<usize>,
    pub totals: TotalsData,
}

#[derive(Deserialize)]
pub struct ProjectData {
    pub number: usize,
    pub code: Option<Text>,
    pub name: Text,
    pub unit: Option<Text>,
    pub budget: Option<Decimal>,
}

impl ProjectData {
    /// The name findings attribute to it (`Diagnostic::project`): its code, else its name.
    fn label(&self) -> &str {
        self.code.as_ref().unwrap_or(&self.name).0.as_str()
    }
}

#[derive(Deserialize)]
pub struct TotalsData {
    pub projects: usize,
    pub budget: Decimal,
}

/// Text from a document, made safe to show: control and bidirectional characters escaped.
pub struct Text(pub String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Text(visible(&text).into_owned()))
    }
}

/// One finding as the page lists it.
pub struct Finding {
    pub code: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The file's name as the terminal shows it, and its absolute path for the link.
    pub file: String,
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    /// The source line it points into.
    pub excerpt: String,
    /// The project it lies in (its code, else its name).
    pub project: Option<String>,
    /// The reason of a `确认`, when shown with `--show-acknowledged`.
    pub acknowledged: Option<String>,
}

/// Characters of a source line shown under a finding.
const EXCERPT_CHARS: usize = 160;

impl Finding {
    fn new(d: &Diagnostic, sources: &SourceMap, lang: Lang) -> Finding {
        let file = sources.get(d.primary.span.file);
        let at = file.line_col(d.primary.span.start());
        let line = file.line_text(at.line).trim();
        let excerpt: String = line.chars().take(EXCERPT_CHARS).collect();
        let title = d.rule.rule().title;
        Finding {
            code: d.code,
            title: if lang == Lang::Zh { title.0 } else { title.1 },
            severity: d.severity,
            message: visible(d.message.get(lang)).into_owned(),
            file: visible(&file.name).into_owned(),
            path: absolute(&file.path),
            line: at.line,
            column: at.column,
            excerpt: visible(&excerpt).into_owned(),
            project: d.project.as_deref().map(|p| visible(p).into_owned()),
            acknowledged: d.acknowledged.as_deref().map(|r| visible(r).into_owned()),
        }
    }
}

/// Findings counted by severity; acknowledged ones apart, as the terminal's summary counts them.
#[derive(Clone, Copy, Default)]
struct Counts {
    errors: usize,
    warnings: usize,
    notes: usize,
    acknowledged: usize,
}

impl Counts {
    fn of<'a>(findings: impl Iterator<Item = &'a Finding>) -> Counts {
        let mut counts = Counts::default();
        for finding in findings {
            counts.add(finding);
        }
        counts
    }

    fn add(&mut self, finding: &Finding) {
        let count = match (&finding.acknowledged, finding.severity) {
            (Some(_), _) => &mut self.acknowledged,
            (None, Severity::Error) => &mut self.errors,
            (None, Severity::Warning) => &mut self.warnings,
            (None, Severity::Note) => &mut self.notes,
        };
        *count += 1;
    }

    fn merge(&mut self, other: Counts) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.notes += other.notes;
        self.acknowledged += other.acknowledged;
    }

    /// Unacknowledged findings.
    fn total(self) -> usize {
        self.errors + self.warnings + self.notes
    }

    /// Every finding listed, acknowledged ones too.
    fn listed(self) -> usize {
        self.total() + self.acknowledged
    }
}

/// What the page shows, worked out from the documents.
struct Overview<'a> {
    documents: &'a [Checked],
    /// For each document, the other document whose projects are its own (a monitoring or
    /// self-evaluation includes the targets it reports on, which are checked as a document of
    /// their own): its budget is counted there, not again.
    counted_in: Vec<Option<usize>>,
    /// For each document, its findings counted by the project they lie in.
    by_project: Vec<BTreeMap<&'a str, Counts>>,
}

/// A budget unit of a document, or the document's projects that name none.
struct UnitRow<'a> {
    document: usize,
    code: Option<&'a str>,
    /// `None` for the row of the projects under no unit listed.
    name: Option<&'a str>,
    projects: usize,
    /// `None` when the sum leaves a decimal's range.
    budget: Option<Decimal>,
    money_unit: &'a str,
    counts: Counts,
}

struct RuleRow {
    code: &'static str,
    title: &'static str,
    /// The most serious level its findings were reported at.
    severity: Severity,
    counts: Counts,
    documents: usize,
}

struct ProjectRow<'a> {
    document: usize,
    project: &'a ProjectData,
    unit: Option<&'a str>,
    money_unit: &'a str,
    counts: Counts,
}

impl<'a> Overview<'a> {
    fn new(documents: &'a [Checked]) -> Overview<'a> {
        Overview {
            documents,
            counted_in: counted_in(documents),
            by_project: documents.iter().map(counts_by_project).collect(),
        }
    }

    /// The documents whose projects the totals count, with their positions.
    fn counted(&self) -> impl Iterator<Item = (usize, &'a Checked)> {
        let counted_in = &self.counted_in;
        self.documents
            .iter()
            .enumerate()
            .filter(move |(i, _)| counted_in[*i].is_none())
    }

    fn projects(&self) -> usize {
        self.counted()
            .filter_map(|(_, d)| d.data.as_ref())
            .map(|d| d.totals.projects)
            .sum()
    }

    /// The budget of the documents counted, in 万元; `None` when it leaves a decimal's range.
    fn budget_wan_yuan(&self) -> Option<Decimal> {
        self.counted()
            .filter_map(|(_, d)| d.data.as_ref())
            .try_fold(Decimal::ZERO, |sum, data| {
                sum.checked_add(in_wan_yuan(data.totals.budget, &data.money_unit)?)
            })
    }

    fn counts(&self) -> Counts {
        Counts::of(self.documents.iter().flat_map(|d| &d.findings))
    }

    /// The findings of a document's projects.
    fn counts_of(&self, document: usize, projects: &[&ProjectData]) -> Counts {
        let by_project = &self.by_project[document];
        let mut counts = Counts::default();
        for project in projects {
            if let Some(found) = by_project.get(project.label()) {
                counts.merge(*found);
            }
        }
        counts
    }

    /// The units of the documents counted, each followed by a row for its projects that name
    /// no unit, if any.
    fn units(&self) -> Vec<UnitRow<'a>> {
        let mut rows = Vec::new();
        for (index, document) in self.counted() {
            let Some(data) = &document.data else { continue };
            let by_number: BTreeMap<usize, &ProjectData> =
                data.projects.iter().map(|p| (p.number, p)).collect();
            for unit in &data.units {
                let projects: Vec<&ProjectData> = unit
                    .projects
                    .iter()
                    .filter_map(|number| by_number.get(number).copied())
                    .collect();
                rows.push(UnitRow {
                    document: index,
                    code: Some(&unit.code.0),
                    name: Some(&unit.name.0),
                    projects: unit.totals.projects,
                    budget: Some(unit.totals.budget),
                    money_unit: &data.money_unit,
                    counts: self.counts_of(index, &projects),
                });
            }
            let placed: BTreeSet<usize> = data
                .units
                .iter()
                .flat_map(|u| &u.projects)
                .copied()
                .collect();
            let unplaced: Vec<&ProjectData> = data
                .projects
                .iter()
                .filter(|p| !placed.contains(&p.number))
                .collect();
            if !unplaced.is_empty() {
                rows.push(UnitRow {
                    document: index,
                    code: None,
                    name: None,
                    projects: unplaced.len(),
                    budget: unplaced
                        .iter()
                        .filter_map(|p| p.budget)
                        .try_fold(Decimal::ZERO, Decimal::checked_add),
                    money_unit: &data.money_unit,
                    counts: self.counts_of(index, &unplaced),
                });
            }
        }
        rows
    }

    /// Findings by rule: most findings first, then by code.
    fn rules(&self) -> Vec<RuleRow> {
        let mut rules: BTreeMap<&'static str, (RuleRow, Option<usize>)> = BTreeMap::new();
        for (index, document) in self.documents.iter().enumerate() {
            for finding in &document.findings {
                let (row, last_document) = rules.entry(finding.code).or_insert_with(|| {
                    let row = RuleRow {
                        code: finding.code,
                        title: finding.title,
                        severity: finding.severity,
                        counts: Counts::default(),
                        documents: 0,
                    };
                    (row, None)
                });
                row.counts.add(finding);
                row.severity = row.severity.max(finding.severity);
                if *last_document != Some(index) {
                    row.documents += 1;
                    *last_document = Some(index);
                }
            }
        }
        let mut rows: Vec<RuleRow> = rules.into_values().map(|(row, _)| row).collect();
        rows.sort_by_key(|r| (Reverse(r.counts.listed()), r.code));
        rows
    }

    /// The projects with unacknowledged findings, worst first: by errors, then warnings, then
    /// notes, then in the documents' order and the tables' numbers; the first
    /// [`WORST_PROJECTS`].
    fn worst_projects(&self) -> Vec<ProjectRow<'a>> {
        let mut rows = Vec::new();
        for (index, document) in self.documents.iter().enumerate() {
            let Some(data) = &document.data else { continue };
            for project in &data.projects {
                let counts = self.counts_of(index, &[project]);
                if counts.total() == 0 {
                    continue;
                }
                let unit = project.unit.as_ref().and_then(|code| {
                    data.units
                        .iter()
                        .find(|u| u.code.0 == code.0)
                        .map(|u| u.name.0.as_str())
                });
                rows.push(ProjectRow {
                    document: index,
                    project,
                    unit,
                    money_unit: &data.money_unit,
                    counts,
                });
            }
        }
        rows.sort_by_key(|r| {
            let c = r.counts;
            (
                Reverse((c.errors, c.warnings, c.notes)),
                r.document,
                r.project.number,
            )
        });
        rows.truncate(WORST_PROJECTS);
        rows
    }
}

/// A document's findings counted by the project they lie in.
fn counts_by_project(document: &Checked) -> BTreeMap<&str, Counts> {
    let mut counts: BTreeMap<&str, Counts> = BTreeMap::new();
    for finding in &document.findings {
        if let Some(project) = &finding.project {
            counts.entry(project).or_default().add(finding);
        }
    }
    counts
}

/// For each document, the first other document of the report whose root file it read.
fn counted_in(documents: &[Checked]) -> Vec<Option<usize>> {
    let roots: BTreeMap<&Path, usize> = documents
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Some((d.files.first()?.as_path(), i)))
        .collect();
    documents
        .iter()
        .map(|d| {
            d.files
                .iter()
                .skip(1)
                .find_map(|file| roots.get(file.as_path()).copied())
        })
        .collect()
}

/// An amount in a document's money unit, in 万元 (exact; `None` out of range).
fn in_wan_yuan(amount: Decimal, unit: &str) -> Option<Decimal> {
    let wan = yuan_per("万元")?;
    let yuan = yuan_per(unit)?;
    if yuan == wan {
        return Some(amount);
    }
    Some(amount.checked_mul(yuan)?.checked_div(wan)?.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_other_units_are_summed_in_wan_yuan_exactly() {
        let amount = |text: &str| text.parse::<Decimal>().expect("decimal");
        assert_eq!(in_wan_yuan(amount("15.00"), "万元"), Some(amount("15.00")));
        assert_eq!(in_wan_yuan(amount("12345"), "元"), Some(amount("1.2345")));
        assert_eq!(in_wan_yuan(amount("2.5"), "亿元"), Some(amount("25000")));
        assert_eq!(in_wan_yuan(amount("1"), "斤"), None);
    }

    fn document(files: &[&str]) -> Checked {
        Checked {
            name: files[0].to_owned(),
            files: files.iter().map(PathBuf::from).collect(),
            data: None,
            findings: Vec::new(),
        }
    }

    #[test]
    fn a_document_reading_another_documents_root_is_counted_there() {
        let documents = [
            document(&["/d/monitoring.perf", "/d/targets.perf", "/d/units/1.perf"]),
            document(&["/d/targets.perf", "/d/units/1.perf"]),
            document(&["/e/other.perf"]),
        ];
        assert_eq!(counted_in(&documents), [Some(1), None, None]);
    }
}
