//! The checker: runs every rule of the catalogue over the document model and settles each
//! finding's severity, project and acknowledgement.
//!
//! Each submodule holds the rules of one area and only detects: it pushes [`Diagnostic`]s at the
//! rule's default severity. Severity overrides, acknowledgements and ordering are applied here,
//! once, for all of them.

pub(crate) mod breakdown;
mod categories;
mod codes;
mod columns;
mod content;
mod department;
mod direction;
mod evaluation;
mod library;
mod memo;
mod money;
mod monitoring;
mod previous;
mod schedule;
pub(crate) mod settings;
mod text;
mod units;
mod values;

use crate::diag::{Diagnostic, SeverityConfig};
use crate::domain::basis;
use crate::load::Loaded;
use crate::model::{self, Document, Header, ProjectModel};

pub use memo::ProjectMemo;
pub use settings::parse_cli_level;

/// A checked document: the model and every finding, in source order.
#[derive(Debug)]
pub struct Checked<'a> {
    pub document: Document<'a>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a loaded document. `command_line` holds the levels given with `--severity`.
pub fn check<'a>(loaded: &'a Loaded, command_line: &SeverityConfig) -> Checked<'a> {
    check_with(loaded, command_line, None, &mut |_, _| {})
}

/// Checks a loaded document with the catalogue's rules, then hands the model to `more`, whose
/// findings (the fonts' coverage, Typst's) get levels and acknowledgements like any other.
/// With a `memo`, the findings of projects unchanged since its last check are taken from it.
pub fn check_with<'a>(
    loaded: &'a Loaded,
    command_line: &SeverityConfig,
    memo: Option<&ProjectMemo>,
    more: &mut dyn FnMut(&Document, &mut Vec<Diagnostic>),
) -> Checked<'a> {
    let (document, mut found) = model::build(loaded);
    per_project_rules(loaded, &document, memo, &mut found);
    found.extend(document_rules(&document));
    previous::check(loaded, &document, &mut found);
    more(&document, &mut found);
    let diagnostics = settle(loaded, &document, command_line, found);
    Checked {
        document,
        diagnostics,
    }
}

/// Settles the findings of a run, the loader's added: levels (the command line's, then the
/// document's `规则`), projects, acknowledgements, order. `check_with` settles every finding
/// here; an output made of the settled findings (the review) settles a copy of them here first.
pub fn settle(
    loaded: &Loaded,
    document: &Document,
    command_line: &SeverityConfig,
    mut found: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let mut levels = command_line.clone();
    settings::read_document_levels(document, &mut levels, &mut found);
    found.extend(loaded.diagnostics.iter().cloned());
    let mut diagnostics = settings::apply_levels(found, &levels);
    settings::attribute_projects(document, &mut diagnostics);
    settings::acknowledge(document, &levels, &mut diagnostics);
    sort(&mut diagnostics);
    // A template's field is read by every row made from it: a finding about it is told once.
    diagnostics.dedup_by(|a, b| {
        a.code == b.code && a.primary.span == b.primary.span && a.message == b.message
    });
    diagnostics
}

/// The rules that look across the whole document.
fn document_rules(document: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    units::check(document, &mut out);
    money::check_totals(document, &mut out);
    codes::check(document, &mut out);
    department::check(document, &mut out);
    evaluation::check(document, &mut out);
    monitoring::check(document, &mut out);
    library::check(document, &mut out);
    values::check_department(document, &mut out);
    direction::check(&document.department.indicators, &mut out);
    values::check_document(document, &mut out);
    text::check_document(document, &mut out);
    out
}

/// Runs the rules that look at one project at a time, on all cores, in runs of projects; their
/// findings come out in project order whatever the number of threads. With a `memo` (a document
/// checked again and again), the projects it holds are recalled, not checked, and those it does
/// not are checked and kept there.
fn per_project_rules(
    loaded: &Loaded,
    document: &Document,
    memo: Option<&ProjectMemo>,
    out: &mut Vec<Diagnostic>,
) {
    let projects = &document.projects;
    let mut recalled = match memo {
        Some(memo) => {
            let texts: Vec<&str> = projects
                .iter()
                .map(|p| loaded.sources.slice(p.node.span))
                .collect();
            memo.recall(&document.header, projects, &texts)
        }
        None => projects.iter().map(|_| None).collect(),
    };
    let unknown: Vec<usize> = (0..projects.len())
        .filter(|&i| recalled[i].is_none())
        .collect();
    let runs: Vec<&[usize]> = unknown.chunks(PROJECTS_PER_RUN).collect();
    crate::parallel::stream_in_order(
        &runs,
        crate::parallel::threads(),
        |run| {
            let mut found = Vec::with_capacity(run.len());
            check_projects(
                &document.header,
                run.iter().map(|&i| &projects[i]),
                |project, project_found| {
                    if let Some(memo) = memo {
                        let text = loaded.sources.slice(project.node.span);
                        memo.keep(project, text, project_found);
                    }
                    found.push(std::mem::take(project_found));
                },
            );
            found
        },
        |found| {
            for (&i, project_found) in unknown.iter().zip(found) {
                recalled[i] = Some(project_found);
            }
        },
    );
    out.extend(recalled.into_iter().flatten().flatten());
}

/// Projects checked together on one thread (sharing its memos of vocabulary lookups).
const PROJECTS_PER_RUN: usize = 128;

/// Runs the per-project rules on each project, handing each project's findings to `found`.
/// The rules see the header and the project alone (which [`ProjectMemo`] relies on).
fn check_projects<'a, 'p: 'a>(
    header: &Header,
    projects: impl Iterator<Item = &'a ProjectModel<'p>>,
    mut found: impl FnMut(&ProjectModel<'p>, &mut Vec<Diagnostic>),
) {
    let mut out = Vec::new();
    let mut bases = basis::Classifier::default();
    let mut suggestions = values::Suggestions::default();
    for project in projects {
        // What a project with unreadable lines seems to lack may be on those lines.
        if !project.incomplete {
            content::check(project, header.form, &mut out);
        }
        categories::check(header, project, &mut out);
        money::check(header, project, &mut out);
        breakdown::check(header, project, &mut out);
        values::check(header, project, &mut suggestions, &mut out);
        direction::check(&project.indicators, &mut out);
        schedule::check(project, &mut out);
        columns::check(header, project, &mut bases, &mut out);
        text::check(project, &mut out);
        found(project, &mut out);
        out.clear();
    }
}

/// Source order: by file (in load order, which follows the includes), position, code.
fn sort(diagnostics: &mut [Diagnostic]) {
    // Unstable (and so without a copy of the findings), yet deterministic: same input, same order.
    diagnostics.sort_unstable_by(|a, b| {
        (
            a.primary.span.file,
            a.primary.span.start(),
            a.code,
            &a.message.en,
            a.primary.span.end(),
            &a.message.zh,
        )
            .cmp(&(
                b.primary.span.file,
                b.primary.span.start(),
                b.code,
                &b.message.en,
                b.primary.span.end(),
                &b.message.zh,
            ))
    });
}
