//! Go to definition (a project's `单位 543001` → the unit's declaration, `包含 "…"` → the file),
//! the outline of a document (header, 部门目标, includes with their projects counted, units,
//! projects and their indicators, records), and the projects of every open document by code or
//! name (workspace symbols).

use lsp_types::{DocumentSymbol, Location, Range, SymbolInformation, SymbolKind};

use super::buffers::Buffer;
use super::diagnostics::location;
use super::position;
use crate::source::Span;
use crate::syntax::ast::{self, Item, ProjectField};

pub fn definition(document: &Buffer, offset: usize) -> Option<Location> {
    let at_cursor =
        |span: Span| span.file == document.file && span.start() <= offset && offset <= span.end();
    let loaded = &document.analysis.loaded;
    let items = &loaded.trees.get(document.file.0 as usize)?.items;
    for item in items {
        match item {
            Item::Include(include) if at_cursor(include.path.span) => {
                return included_file(document, &include.path.value);
            }
            Item::Project(project) => {
                let unit = project.fields.iter().find_map(|f| match f {
                    ProjectField::Unit(code) if at_cursor(code.span) => Some(&code.node),
                    _ => None,
                });
                if let Some(code) = unit {
                    return unit_declaration(document, code);
                }
            }
            _ => {}
        }
    }
    None
}

fn unit_declaration(document: &Buffer, code: &str) -> Option<Location> {
    let declaration = document
        .analysis
        .loaded
        .items()
        .find_map(|item| match item {
            Item::Unit(unit) if unit.code.node == code => Some(unit.span),
            _ => None,
        })?;
    location(&document.analysis, declaration)
}

fn included_file(document: &Buffer, relative: &str) -> Option<Location> {
    let sources = &document.analysis.loaded.sources;
    let path = sources.get(document.file).path.parent()?.join(relative);
    let file = sources.find_path(&path)?;
    location(&document.analysis, Span::new(file, 0, 0))
}

pub fn symbols(document: &Buffer) -> Vec<DocumentSymbol> {
    let Some(tree) = document.analysis.loaded.trees.get(document.file.0 as usize) else {
        return Vec::new();
    };
    let source = document.analysis.loaded.sources.get(document.file);
    let range = |span: Span| position::range(source, span);
    tree.items
        .iter()
        .map(|item| match item {
            Item::Document(header) => symbol(
                &header.title.value,
                None,
                SymbolKind::FILE,
                range(header.span),
                range(header.title.span),
                Vec::new(),
            ),
            Item::Unit(unit) => symbol(
                &unit.name.value,
                Some(&unit.code.node),
                SymbolKind::STRUCT,
                range(unit.span),
                range(unit.code.span),
                Vec::new(),
            ),
            Item::Project(project) => symbol(
                &project.name.value,
                project.code.as_ref().map(|c| c.node.as_str()),
                SymbolKind::MODULE,
                range(project.span),
                range(project.code.as_ref().map_or(project.name.span, |c| c.span)),
                indicators(project).map(|i| indicator(i, &range)).collect(),
            ),
            Item::SelfEvaluation(record) => symbol(
                &format!("自评 {}", record.project.node),
                None,
                SymbolKind::EVENT,
                range(record.span),
                range(record.project.span),
                Vec::new(),
            ),
            Item::Monitoring(record) => symbol(
                &format!("监控 {}", record.project.node),
                None,
                SymbolKind::EVENT,
                range(record.span),
                range(record.project.span),
                Vec::new(),
            ),
            Item::DepartmentGoals(goals) => symbol(
                "部门目标",
                None,
                SymbolKind::NAMESPACE,
                range(goals.span),
                range(goals.span),
                goals
                    .entries
                    .iter()
                    .flat_map(|e| match e {
                        ast::GoalsEntry::Indicators(group) => group.indicators.as_slice(),
                        _ => &[],
                    })
                    .map(|i| indicator(i, &range))
                    .collect(),
            ),
            Item::Library(library) => symbol(
                &format!("指标库 {}", library.name.value),
                None,
                SymbolKind::PACKAGE,
                range(library.span),
                range(library.name.span),
                library
                    .templates
                    .iter()
                    .map(|t| {
                        let category = t.category.as_ref().map(|c| c.node.as_str());
                        let (whole, name) = (range(t.span), range(t.name.span));
                        symbol(
                            &t.name.value,
                            category,
                            SymbolKind::CLASS,
                            whole,
                            name,
                            Vec::new(),
                        )
                    })
                    .collect(),
            ),
            Item::Include(include) => {
                let projects = included_projects(document, &include.path.value);
                symbol(
                    &include.path.value,
                    Some(&format!("{projects} 个项目")),
                    SymbolKind::MODULE,
                    range(include.span),
                    range(include.path.span),
                    Vec::new(),
                )
            }
        })
        .collect()
}

/// How many projects an included file holds.
fn included_projects(document: &Buffer, relative: &str) -> usize {
    let loaded = &document.analysis.loaded;
    let sources = &loaded.sources;
    let file = sources
        .get(document.file)
        .path
        .parent()
        .and_then(|dir| sources.find_path(&dir.join(relative)));
    let items = file.and_then(|f| loaded.trees.get(f.0 as usize));
    items.map_or(0, |tree| {
        let projects = tree.items.iter();
        projects.filter(|i| matches!(i, Item::Project(_))).count()
    })
}

/// The projects of the open documents whose code or name holds `query`, each once.
pub fn workspace_symbols<'b>(
    documents: impl Iterator<Item = &'b Buffer>,
    query: &str,
) -> Vec<SymbolInformation> {
    let mut found: Vec<SymbolInformation> = Vec::new();
    for document in documents {
        let projects = document
            .analysis
            .loaded
            .items()
            .filter_map(|item| match item {
                Item::Project(project) => Some(project),
                _ => None,
            });
        for project in projects {
            let code = project.code.as_ref().map_or("", |c| c.node.as_str());
            if !(code.contains(query) || project.name.value.contains(query)) {
                continue;
            }
            let Some(location) = location(&document.analysis, project.span) else {
                continue;
            };
            if found.iter().any(|s| s.location == location) {
                continue;
            }
            // `deprecated` is a field of the type that the protocol replaced with tags.
            #[allow(deprecated)]
            found.push(SymbolInformation {
                name: project.name.value.clone(),
                kind: SymbolKind::MODULE,
                tags: None,
                deprecated: None,
                location,
                container_name: (!code.is_empty()).then(|| code.to_string()),
            });
        }
    }
    found
}

fn indicators(project: &ast::Project) -> impl Iterator<Item = &ast::Indicator> {
    project.fields.iter().flat_map(|f| match f {
        ProjectField::Indicators(group) => group.indicators.as_slice(),
        _ => &[],
    })
}

fn indicator(i: &ast::Indicator, range: &impl Fn(Span) -> Range) -> DocumentSymbol {
    symbol(
        &i.name.value,
        Some(&i.category.node),
        SymbolKind::FIELD,
        range(i.span),
        range(i.name.span),
        Vec::new(),
    )
}

fn symbol(
    name: &str,
    detail: Option<&str>,
    kind: SymbolKind,
    range: Range,
    selection_range: Range,
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    // `deprecated` is a field of the type that the protocol replaced with tags.
    #[allow(deprecated)]
    DocumentSymbol {
        // The protocol refuses empty names; a half-typed `项目 x ""` has one.
        name: if name.is_empty() {
            "…".to_string()
        } else {
            name.to_string()
        },
        detail: detail.map(str::to_string),
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children: (!children.is_empty()).then_some(children),
    }
}
