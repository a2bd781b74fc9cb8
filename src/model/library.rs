//! The indicator library (指标库): templates declared in `指标库` blocks, and the rows that
//! instantiate them (`模板 "名称" 值`).
//!
//! A row takes from its template every field it does not write, once, when the document is
//! loaded: the rules, the outputs and `perfc diff` then read one row, whatever wrote its fields.
//! A field taken from a template keeps the template's span, so a finding about it points at the
//! library.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::load::Loaded;
use crate::source::Spanned;
use crate::syntax::ast::{GoalsEntry, Indicator, Item, ProjectField, Template, ValueKind};

/// Fills every row that names a template with the template's fields it leaves out. The first
/// template of a name counts (a second is E0524); a row naming none stays as written (E0519).
pub fn instantiate(loaded: &mut Loaded) {
    let templates = templates_by_name(loaded);
    if templates.is_empty() {
        return;
    }
    for tree in &mut loaded.trees {
        for item in &mut tree.items {
            if !names_a_template(item) {
                continue; // a project is then not copied out of a tree it shares
            }
            for row in rows_mut(item) {
                if row.template.is_some()
                    && let Some(template) = templates.get(row.name.value.as_str())
                {
                    fill(row, template);
                }
            }
        }
    }
}

/// The templates of the document, by name, in document order.
fn templates_by_name(loaded: &Loaded) -> FxHashMap<String, Template> {
    let mut by_name = FxHashMap::default();
    for item in loaded.items() {
        if let Item::Library(library) = item {
            for template in &library.templates {
                by_name
                    .entry(template.name.value.clone())
                    .or_insert_with(|| template.clone());
            }
        }
    }
    by_name
}

/// Whether a row of the item names a template.
fn names_a_template(item: &Item) -> bool {
    match item {
        Item::Project(project) => project.names_a_template(),
        _ => true,
    }
}

/// The indicator rows of an item: a project's and the 部门目标's.
fn rows_mut(item: &mut Item) -> Box<dyn Iterator<Item = &mut Indicator> + '_> {
    match item {
        Item::Project(project) => Box::new(Arc::make_mut(project).fields.iter_mut().flat_map(
            |f| match f {
                ProjectField::Indicators(group) => group.indicators.iter_mut(),
                _ => [].iter_mut(),
            },
        )),
        Item::DepartmentGoals(goals) => Box::new(goals.entries.iter_mut().flat_map(|e| match e {
            GoalsEntry::Indicators(group) => group.indicators.iter_mut(),
            _ => [].iter_mut(),
        })),
        _ => Box::new(std::iter::empty()),
    }
}

fn fill(row: &mut Indicator, template: &Template) {
    if row.category.node.is_empty()
        && let Some(category) = &template.category
    {
        row.category = Spanned::new(category.node.as_str().into(), category.span);
    }
    if row.description.is_none() {
        row.description = template.description.clone().map(Box::new);
    }
    if row.basis.is_none() {
        row.basis = template.basis.clone();
    }
    if row.nature.is_none() {
        row.nature = template.nature.clone().map(Box::new);
    }
    let value_has_unit = matches!(
        row.value.as_ref().map(|v| &v.kind),
        Some(ValueKind::Quantity { unit: Some(_), .. })
    );
    if row.measure_unit.is_none() && !value_has_unit {
        row.measure_unit = template.measure_unit.clone().map(Box::new);
    }
}
