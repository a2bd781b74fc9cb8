//! `perfc diff`: what changed between two versions of a document, judged on the model, not the
//! text (a reformatted file or a moved comment is no change). [`compare`] detects the changes as
//! data ([`Changes`], also the `--format json` output); `render` prints them for people.
//!
//! Projects are matched by code (by name where there is none), indicators by name within a
//! project (by category too where a name repeats). Money compares exactly, in the newer
//! document's money unit, with checked arithmetic: an amount out of range is reported, never a
//! panic.

pub mod render;
pub mod values;

use std::collections::VecDeque;

use rust_decimal::Decimal;
use rustc_hash::{FxHashMap, FxHashSet};
use schemars::JsonSchema;
use serde::Serialize;

use crate::emit::json::DecimalString;
use crate::model::{Document, IndicatorModel, MoneyUnit, ProjectModel};
use crate::syntax::ast::{Budget, Money, Text, fund_source};
use crate::syntax::keywords::Keyword;
pub use values::Judgement;
use values::Target;

/// Version of the `perfc diff --format json` output; raised on incompatible changes.
pub const FORMAT_VERSION: u32 = 1;

/// Every document compared that changed (`perfc diff --format json`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct DiffJson {
    pub format_version: u32,
    pub documents: Vec<DocumentChanges>,
}

/// One document's changes.
#[derive(Debug, Serialize, JsonSchema)]
pub struct DocumentChanges {
    /// The older version (a path, or `REV:path`); `null` when the document is new.
    pub old: Option<String>,
    /// The newer version; `null` when the document was removed.
    pub new: Option<String>,
    pub status: Status,
    #[serde(flatten)]
    pub changes: Changes,
}

/// Whether a document or project was added, removed, or is in both versions and changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Added,
    Removed,
    Changed,
}

/// What changed between two versions of a document.
#[derive(Debug, Default, Serialize, JsonSchema)]
pub struct Changes {
    /// The unit of every amount below (the newer document's 金额单位).
    pub money_unit: &'static str,
    /// The header's changes.
    pub header: Vec<Change>,
    /// The 部门目标's: its money and functions.
    pub department: Vec<Change>,
    /// Projects added, removed or changed: the newer document's order, then the removed.
    pub projects: Vec<ProjectChanges>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.header.is_empty() && self.department.is_empty() && self.projects.is_empty()
    }
}

/// A project added, removed, or changed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ProjectChanges {
    /// 项目编码, when written.
    pub code: Option<String>,
    /// Its name (the newer one when renamed).
    pub name: String,
    pub status: Status,
    /// Its 预算 (in `money_unit`), to size a project added or removed.
    pub budget: Option<String>,
    /// How many indicator rows it has.
    pub indicators: usize,
    /// Empty for a project added or removed.
    pub changes: Vec<Change>,
}

/// One change. `field` names what changed by its keyword's English spelling (`budget`, `fiscal`,
/// `goal`, `description` …; `title` the document's title, `category` an indicator's categories;
/// a source of the 中期资金 `mid_term_budget/fiscal`).
#[derive(Debug, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A header setting (`year`, `department`, `money_unit` …).
    Header {
        field: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// The project's name, same code.
    Renamed {
        old: String,
        new: String,
    },
    /// The project's budget unit (`单位`).
    Moved {
        old: Option<UnitName>,
        new: Option<UnitName>,
    },
    /// An amount: the budget, a source of funds, the 部门目标's money.
    Money {
        field: String,
        old: Option<String>,
        new: Option<String>,
        /// `new − old`, exact; `null` when either is absent or out of range.
        difference: Option<DecimalString>,
        /// An amount could not be converted to `money_unit` (shown as written) or the
        /// difference left the range of a decimal.
        out_of_range: bool,
    },
    /// 支出计划, written as `10月底 30%  12月底 100%`.
    Schedule {
        old: Option<String>,
        new: Option<String>,
    },
    /// A text: the goals (`goal`), 用途 (`use`), a 中期/长期 goal, the department's functions.
    Text {
        field: String,
        old: Option<String>,
        new: Option<String>,
    },
    IndicatorAdded {
        indicator: IndicatorName,
    },
    IndicatorRemoved {
        indicator: IndicatorName,
    },
    /// The annual target (指标值).
    IndicatorValue {
        indicator: IndicatorName,
        old: Option<String>,
        new: Option<String>,
        judgement: Judgement,
    },
    /// Another column of the row: `description` (指标解释), `basis`, `measure_unit`, `weight`,
    /// `mid_term`, `long_term`, `remark`, `nature`, `direction`, `category`.
    IndicatorField {
        indicator: IndicatorName,
        field: String,
        old: Option<String>,
        new: Option<String>,
    },
}

/// A budget unit: its code and, when declared, its name.
#[derive(Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct UnitName {
    pub code: String,
    pub name: Option<String>,
}

/// An indicator row: its categories, its name and its target as written.
#[derive(Debug, Serialize, JsonSchema)]
pub struct IndicatorName {
    /// 一级指标 as written.
    pub level1: String,
    /// 二级指标 as written.
    pub level2: String,
    /// 三级指标.
    pub name: String,
    pub value: Option<String>,
}

/// The changes from `old` to `new`.
pub fn compare(old: &Document, new: &Document) -> Changes {
    let unit = if new.header.node.is_some() || old.header.node.is_none() {
        new.header.money_unit
    } else {
        old.header.money_unit
    };
    let sides = Sides { old, new, unit };
    Changes {
        money_unit: unit.name,
        header: header(old, new),
        department: department(&sides),
        projects: projects(&sides),
    }
}

/// The two documents, and the money unit amounts are compared in.
struct Sides<'s, 'a> {
    old: &'s Document<'a>,
    new: &'s Document<'a>,
    unit: MoneyUnit,
}

/// A field's id in the JSON: its keyword's English spelling.
fn id(keyword: Keyword) -> String {
    keyword.spellings().1.to_string()
}

/// A change of an optional value, `None` when equal.
fn differs<T: PartialEq>(old: Option<T>, new: Option<T>) -> Option<(Option<T>, Option<T>)> {
    (old != new).then_some((old, new))
}

fn header(old: &Document, new: &Document) -> Vec<Change> {
    let text = |t: Option<&Text>| t.map(|t| t.value.clone());
    let fields = |d: &Document| {
        let h = &d.header;
        let known = h.node.is_some();
        [
            (Keyword::Title, h.node.map(|n| n.title.value.clone())),
            (Keyword::Year, h.year.as_ref().map(|y| y.node.to_string())),
            (Keyword::Department, text(h.department)),
            (Keyword::PreparedBy, text(h.prepared_by)),
            (Keyword::ReviewedBy, text(h.reviewed_by)),
            (
                Keyword::Status,
                h.status.map(|s| {
                    match s {
                        crate::model::Status::Draft => "草案",
                        crate::model::Status::Final => "定稿",
                    }
                    .to_string()
                }),
            ),
            // The defaults of a document without a header are no setting of its own.
            (Keyword::MoneyUnit, known.then(|| h.money_unit.name.into())),
            (
                Keyword::Framework,
                known.then(|| h.framework.as_str().into()),
            ),
            (Keyword::Form, known.then(|| h.form.name().into())),
        ]
    };
    fields(old)
        .into_iter()
        .zip(fields(new))
        .filter_map(|((keyword, old), (_, new))| {
            let (old, new) = differs(old, new)?;
            Some(Change::Header {
                field: id(keyword),
                old,
                new,
            })
        })
        .collect()
}

/// The 部门整体支出绩效目标表's money and functions.
fn department(sides: &Sides) -> Vec<Change> {
    let (old, new) = (&sides.old.department, &sides.new.department);
    let amounts = [
        (
            Keyword::Budget,
            old.budget.map(|b| &b.total),
            new.budget.map(|b| &b.total),
        ),
        (
            Keyword::Basic,
            old.budget.and_then(|b| b.basic.as_ref()),
            new.budget.and_then(|b| b.basic.as_ref()),
        ),
        (
            Keyword::ProjectSpending,
            old.budget.and_then(|b| b.projects.as_ref()),
            new.budget.and_then(|b| b.projects.as_ref()),
        ),
    ];
    let mut changes: Vec<Change> = amounts
        .into_iter()
        .filter_map(|(keyword, a, b)| money(sides, id(keyword), a, b))
        .collect();
    changes.extend(text_change(
        Keyword::Functions,
        old.functions,
        new.functions,
    ));
    changes
}

/// A money change, `None` when the amounts are equal (`15` and `15.00` are).
fn money(sides: &Sides, field: String, old: Option<&Money>, new: Option<&Money>) -> Option<Change> {
    let old_amount = old.map(|m| amount_in(m, sides.old.header.money_unit, sides.unit));
    let new_amount = new.map(|m| amount_in(m, sides.new.header.money_unit, sides.unit));
    if let (Some(Some(a)), Some(Some(b))) = (old_amount, new_amount)
        && a == b
    {
        return None;
    }
    if old.is_none() && new.is_none() {
        return None;
    }
    let shown = |money: Option<&Money>, amount: Option<Option<Decimal>>, from: MoneyUnit| {
        money.map(|m| match amount.flatten() {
            Some(a) => a.to_string(),
            None => written(m, from),
        })
    };
    let out_of_range = matches!(old_amount, Some(None)) || matches!(new_amount, Some(None));
    let difference = match (old_amount.flatten(), new_amount.flatten()) {
        (Some(a), Some(b)) => b.checked_sub(a),
        _ => None,
    };
    Some(Change::Money {
        field,
        old: shown(old, old_amount, sides.old.header.money_unit),
        new: shown(new, new_amount, sides.new.header.money_unit),
        out_of_range: out_of_range
            || (old_amount.is_some() && new_amount.is_some() && difference.is_none()),
        difference: difference.map(DecimalString::from),
    })
}

/// An amount written in a document whose money unit is `from`, in `to`; `None` out of range.
fn amount_in(money: &Money, from: MoneyUnit, to: MoneyUnit) -> Option<Decimal> {
    let amount = from.amount_of(money)?;
    if from.yuan == to.yuan {
        return Some(amount);
    }
    Some(
        amount
            .checked_mul(from.yuan)?
            .checked_div(to.yuan)?
            .normalize(),
    )
}

/// An amount as written, with its unit (the document's `unit` when it names none), for one that
/// does not convert.
fn written(money: &Money, unit: MoneyUnit) -> String {
    let written_unit = money.unit.as_ref().map_or(unit.name, |u| u.node.as_str());
    format!("{} {written_unit}", money.amount)
}

fn text_change(keyword: Keyword, old: Option<&Text>, new: Option<&Text>) -> Option<Change> {
    let (old, new) = differs(old.map(|t| t.value.clone()), new.map(|t| t.value.clone()))?;
    Some(Change::Text {
        field: id(keyword),
        old,
        new,
    })
}

/// How a project is matched across versions: by code, or by name where it has none.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ProjectKey<'a> {
    Code(&'a str),
    Name(&'a str),
}

fn project_key<'a>(project: &ProjectModel<'a>) -> ProjectKey<'a> {
    project
        .code()
        .map_or(ProjectKey::Name(&project.node.name.value), ProjectKey::Code)
}

/// Pairs the items of two lists by key, each at most once, in order; what is left unpaired
/// was added or removed. Returns, for each new item, its old partner, and the old left over.
fn pair<K: Eq + std::hash::Hash>(old: Vec<K>, new: &[K]) -> (Vec<Option<usize>>, Vec<usize>) {
    let mut waiting: FxHashMap<K, VecDeque<usize>> = FxHashMap::default();
    for (i, key) in old.into_iter().enumerate() {
        waiting.entry(key).or_default().push_back(i);
    }
    let partners: Vec<Option<usize>> = new
        .iter()
        .map(|key| waiting.get_mut(key).and_then(VecDeque::pop_front))
        .collect();
    let mut left: Vec<usize> = waiting.into_values().flatten().collect();
    left.sort_unstable();
    (partners, left)
}

fn projects(sides: &Sides) -> Vec<ProjectChanges> {
    let (old, new) = (&sides.old.projects, &sides.new.projects);
    let new_keys: Vec<ProjectKey> = new.iter().map(project_key).collect();
    let (partners, removed) = pair(old.iter().map(project_key).collect(), &new_keys);
    let mut out = Vec::new();
    for (project, partner) in new.iter().zip(partners) {
        match partner {
            None => out.push(summary(sides, project, sides.new, Status::Added)),
            Some(i) => {
                let changes = project_changes(sides, &old[i], project);
                if !changes.is_empty() {
                    out.push(ProjectChanges {
                        changes,
                        ..summary(sides, project, sides.new, Status::Changed)
                    });
                }
            }
        }
    }
    out.extend(
        removed
            .into_iter()
            .map(|i| summary(sides, &old[i], sides.old, Status::Removed)),
    );
    out
}

/// The projects of `new` that `old` has too (by code, or by name where there is none), each
/// with its partner, in `new`'s order: last year's project of each, for the year-over-year rules.
pub fn paired_projects<'s, 'a>(
    old: &'s Document<'a>,
    new: &'s Document<'a>,
) -> Vec<(&'s ProjectModel<'a>, &'s ProjectModel<'a>)> {
    let new_keys: Vec<ProjectKey> = new.projects.iter().map(project_key).collect();
    let (partners, _) = pair(old.projects.iter().map(project_key).collect(), &new_keys);
    new.projects
        .iter()
        .zip(partners)
        .filter_map(|(project, partner)| Some((&old.projects[partner?], project)))
        .collect()
}

/// The changes of one project between the two documents, amounts in the newer one's unit.
pub fn project_changes_between(
    (old_document, old): (&Document, &ProjectModel),
    (new_document, new): (&Document, &ProjectModel),
) -> Vec<Change> {
    let sides = Sides {
        old: old_document,
        new: new_document,
        unit: new_document.header.money_unit,
    };
    project_changes(&sides, old, new)
}

/// A project's entry without its changes.
fn summary(
    sides: &Sides,
    project: &ProjectModel,
    document: &Document,
    status: Status,
) -> ProjectChanges {
    ProjectChanges {
        code: project.code().map(str::to_string),
        name: project.node.name.value.clone(),
        status,
        budget: project.budget.map(|b| {
            amount_in(&b.total, document.header.money_unit, sides.unit).map_or_else(
                || written(&b.total, document.header.money_unit),
                |a| a.to_string(),
            )
        }),
        indicators: project.indicators.len(),
        changes: Vec::new(),
    }
}

fn project_changes(sides: &Sides, old: &ProjectModel, new: &ProjectModel) -> Vec<Change> {
    let mut changes = Vec::new();
    let (old_name, new_name) = (&old.node.name.value, &new.node.name.value);
    if old_name != new_name {
        changes.push(Change::Renamed {
            old: old_name.clone(),
            new: new_name.clone(),
        });
    }
    let unit = |p: &ProjectModel, d: &Document| {
        p.unit.map(|code| UnitName {
            code: code.node.clone(),
            name: d
                .units
                .iter()
                .find(|u| u.code.node == code.node)
                .map(|u| u.name.value.clone()),
        })
    };
    let (old_unit, new_unit) = (unit(old, sides.old), unit(new, sides.new));
    if old_unit.as_ref().map(|u| &u.code) != new_unit.as_ref().map(|u| &u.code) {
        changes.push(Change::Moved {
            old: old_unit,
            new: new_unit,
        });
    }
    changes.extend(budget(sides, Keyword::Budget, old.budget, new.budget));
    changes.extend(budget(
        sides,
        Keyword::MidBudget,
        old.mid_budget,
        new.mid_budget,
    ));
    if let Some((old, new)) = differs(schedule(old), schedule(new)) {
        changes.push(Change::Schedule { old, new });
    }
    changes.extend(texts(old, new));
    changes.extend(indicators(sides, old, new));
    changes
}

/// The total and each source of funds, sources in the newer order, then those dropped.
fn budget(
    sides: &Sides,
    keyword: Keyword,
    old: Option<&Budget>,
    new: Option<&Budget>,
) -> Vec<Change> {
    let mut changes: Vec<Change> = money(
        sides,
        id(keyword),
        old.map(|b| &b.total),
        new.map(|b| &b.total),
    )
    .into_iter()
    .collect();
    let mut sources: Vec<Keyword> = Vec::new();
    for budget in [new, old].into_iter().flatten() {
        for (source, _) in &budget.sources {
            let source = fund_source(*source);
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
    }
    // The 中期资金's sources are named as its own: `mid_term_budget/fiscal`.
    let prefix = match keyword {
        Keyword::Budget => String::new(),
        other => format!("{}/", id(other)),
    };
    changes.extend(sources.into_iter().filter_map(|source| {
        money(
            sides,
            format!("{prefix}{}", id(source)),
            old.and_then(|b| b.source(source)),
            new.and_then(|b| b.source(source)),
        )
    }));
    changes
}

/// 支出计划 as the formatter writes it: `10月底 30%  12月底 100%`.
fn schedule(project: &ProjectModel) -> Option<String> {
    let schedule = project.schedule?;
    let entries: Vec<String> = schedule
        .entries
        .iter()
        .map(|e| format!("{}月底 {}%", e.month.node, e.percent.node.normalize()))
        .collect();
    Some(entries.join("  "))
}

/// The goals, 用途, the 中期/长期 goal and the form's text blocks.
fn texts<'a>(old: &ProjectModel<'a>, new: &ProjectModel<'a>) -> Vec<Change> {
    let goals = |p: &ProjectModel| {
        (!p.goals.is_empty()).then(|| {
            p.goals
                .iter()
                .map(|t| t.value.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        })
    };
    let mut changes = Vec::new();
    if let Some((old, new)) = differs(goals(old), goals(new)) {
        changes.push(Change::Text {
            field: id(Keyword::Goal),
            old,
            new,
        });
    }
    changes.extend(text_change(Keyword::Use, old.use_text, new.use_text));
    let term = |p: &ProjectModel<'a>| p.term_goal.map(|(_, t)| t);
    let keyword = new
        .term_goal
        .or(old.term_goal)
        .map_or(Keyword::LongTerm, |(k, _)| k);
    changes.extend(text_change(keyword, term(old), term(new)));
    let mut keywords: Vec<Keyword> = new.prose.iter().map(|(k, _)| *k).collect();
    keywords.extend(
        old.prose
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| new.prose(*k).is_none()),
    );
    changes.extend(
        keywords
            .into_iter()
            .filter_map(|k| text_change(k, old.prose(k), new.prose(k))),
    );
    changes
}

/// How an indicator is matched: by name, with its categories when the name repeats.
fn indicator_keys<'a>(
    rows: &'a [IndicatorModel],
    repeated: &FxHashSet<&str>,
) -> Vec<(&'a str, &'a str, &'a str)> {
    rows.iter()
        .map(|row| {
            let name = row.node.name.value.as_str();
            if repeated.contains(name) {
                (
                    row.group.node.as_str(),
                    row.node.category.node.as_str(),
                    name,
                )
            } else {
                ("", "", name)
            }
        })
        .collect()
}

/// Names that occur more than once in either version of a project.
fn repeated_names<'a>(old: &'a [IndicatorModel], new: &'a [IndicatorModel]) -> FxHashSet<&'a str> {
    let mut repeated = FxHashSet::default();
    for rows in [old, new] {
        let mut seen = FxHashSet::default();
        for row in rows {
            if !seen.insert(row.node.name.value.as_str()) {
                repeated.insert(row.node.name.value.as_str());
            }
        }
    }
    repeated
}

fn indicators(sides: &Sides, old: &ProjectModel, new: &ProjectModel) -> Vec<Change> {
    let repeated = repeated_names(&old.indicators, &new.indicators);
    let new_keys = indicator_keys(&new.indicators, &repeated);
    let (partners, removed) = pair(indicator_keys(&old.indicators, &repeated), &new_keys);
    let mut changes = Vec::new();
    for (row, partner) in new.indicators.iter().zip(partners) {
        match partner {
            None => changes.push(Change::IndicatorAdded {
                indicator: indicator_name(row),
            }),
            Some(i) => changes.extend(indicator_changes(sides, &old.indicators[i], row)),
        }
    }
    changes.extend(removed.into_iter().map(|i| Change::IndicatorRemoved {
        indicator: indicator_name(&old.indicators[i]),
    }));
    changes
}

fn indicator_name(row: &IndicatorModel) -> IndicatorName {
    IndicatorName {
        level1: row.group.node.to_string(),
        level2: row.node.category.node.to_string(),
        name: row.node.name.value.clone(),
        value: row.node.value.as_ref().map(|v| v.raw.trim().to_string()),
    }
}

fn indicator_changes(sides: &Sides, old: &IndicatorModel, new: &IndicatorModel) -> Vec<Change> {
    let mut changes = Vec::new();
    let year = |d: &Document| d.header.year.as_ref().map(|y| y.node);
    let judgement = match (
        Target::of(old, year(sides.old)),
        Target::of(new, year(sides.new)),
    ) {
        (Some(a), Some(b)) => values::judge(&a, &b),
        (None, None) => None,
        _ => Some(Judgement::Changed),
    };
    if let Some(judgement) = judgement {
        let raw = |row: &IndicatorModel| row.node.value.as_ref().map(|v| v.raw.trim().to_string());
        changes.push(Change::IndicatorValue {
            indicator: indicator_name(new),
            old: raw(old),
            new: raw(new),
            judgement,
        });
    }
    for (field, a, b) in columns(old)
        .into_iter()
        .zip(columns(new))
        .map(|((f, a), (_, b))| (f, a, b))
    {
        if let Some((before, after)) = differs(a, b) {
            changes.push(Change::IndicatorField {
                indicator: indicator_name(new),
                field,
                old: before,
                new: after,
            });
        }
    }
    changes
}

/// The row's columns besides its target, as written.
fn columns(row: &IndicatorModel) -> Vec<(String, Option<String>)> {
    let node = row.node;
    let spanned = |s: Option<&crate::source::Spanned<String>>| s.map(|s| s.node.clone());
    let value = |v: Option<&crate::syntax::ast::Value>| v.map(|v| v.raw.trim().to_string());
    vec![
        (
            "category".to_string(),
            Some(format!("{}/{}", row.group.node, node.category.node)),
        ),
        (
            id(Keyword::Description),
            node.description.as_deref().map(|t| t.value.clone()),
        ),
        (id(Keyword::Basis), spanned(node.basis.as_ref())),
        (
            id(Keyword::MeasureUnit),
            spanned(node.measure_unit.as_deref()),
        ),
        (
            id(Keyword::Weight),
            node.weight.as_deref().map(|w| w.node.to_string()),
        ),
        (id(Keyword::MidTerm), value(node.mid_term.as_deref())),
        (id(Keyword::LongTerm), value(node.long_term.as_deref())),
        (id(Keyword::Remark), spanned(node.remark.as_deref())),
        (id(Keyword::Nature), spanned(node.nature.as_deref())),
        (id(Keyword::Direction), spanned(node.direction.as_deref())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{Loaded, load_alone};

    fn loaded(text: &str) -> Loaded {
        let loaded = load_alone(std::path::Path::new("t.perf"), text.as_bytes());
        assert!(loaded.is_complete(), "{:?}", loaded.diagnostics);
        loaded
    }

    /// The changes from `old` to `new`, each as `kind field-or-name`.
    fn changes(old: &str, new: &str) -> Vec<String> {
        let (old, new) = (loaded(old), loaded(new));
        let (old, _) = crate::model::build(&old);
        let (new, _) = crate::model::build(&new);
        let changes = compare(&old, &new);
        changes
            .projects
            .iter()
            .flat_map(|p| {
                let status = format!("{:?} {}", p.status, p.name);
                std::iter::once(status).chain(p.changes.iter().map(|c| {
                    let json = serde_json::to_value(c).unwrap_or_default();
                    let what = json["field"]
                        .as_str()
                        .or(json["indicator"]["name"].as_str())
                        .unwrap_or_default()
                        .to_string();
                    format!("  {} {what}", json["kind"].as_str().unwrap_or_default())
                }))
            })
            .collect()
    }

    #[test]
    fn a_repeated_indicator_name_is_matched_with_its_category() {
        let old =
            "项目 \"p\" { 产出指标 {\n数量指标 \"完成率\" ≥90%\n质量指标 \"完成率\" ≥95%\n} }";
        let new =
            "项目 \"p\" { 产出指标 {\n质量指标 \"完成率\" ≥98%\n数量指标 \"完成率\" ≥90%\n} }";
        assert_eq!(
            changes(old, new),
            ["Changed p", "  indicator_value 完成率"],
            "only the 质量指标 row changed"
        );
    }

    #[test]
    fn projects_without_a_code_are_matched_by_name() {
        let old = "项目 \"甲\" { 预算 10 }\n项目 \"乙\" { 预算 5 }";
        let new = "项目 \"乙\" { 预算 6 }\n项目 \"丙\" { 预算 5 }";
        assert_eq!(
            changes(old, new),
            ["Changed 乙", "  money budget", "Added 丙", "Removed 甲"]
        );
    }

    #[test]
    fn a_code_keeps_a_renamed_project_itself() {
        let old = "项目 P1 \"甲\" { 预算 10 }";
        let new = "项目 P1 \"甲二\" { 预算 10.00 }";
        assert_eq!(changes(old, new), ["Changed 甲二", "  renamed "]);
    }
}
