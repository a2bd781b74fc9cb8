//! The findings of the per-project rules kept between checks, for a document that changes a
//! little at a time (the language server's open documents): a project whose text and header are
//! unchanged has the findings it had, moved to where the project now is, and only the edited
//! project is checked again.
//!
//! This is sound because the per-project rules see the header and the project alone (their
//! signatures take a [`Header`], not the document), and a project's tree is its text's (and so
//! are the unreadable lines in it, which make it incomplete). Rows filled from a library's
//! template read text outside the project: such projects are not kept.

use std::sync::Mutex;

use rustc_hash::FxHashMap;

use crate::diag::Diagnostic;
use crate::model::{Header, ProjectModel};
use crate::source::Span;
use crate::syntax::{Move, Moved};

/// How many checks a project's findings are kept for after they were last used.
const KEPT_FOR_CHECKS: u64 = 8;

#[derive(Default)]
pub struct ProjectMemo {
    inner: Mutex<Memo>,
}

#[derive(Default)]
struct Memo {
    /// The header the kept findings were found under, as the rules see it (its `Debug` form:
    /// every field, spans included, so a field added to the header is compared too).
    header: String,
    /// By the project's text.
    found: FxHashMap<Box<str>, Kept>,
    /// The current check, counted by [`ProjectMemo::sweep`].
    check: u64,
}

struct Kept {
    /// Where the project was when its findings were found.
    span: Span,
    found: Vec<Diagnostic>,
    used: u64,
}

impl ProjectMemo {
    /// The findings kept for each project (`None` where it must be checked), given the header
    /// and the text of each project. Forgets everything when the header changed.
    pub(super) fn recall(
        &self,
        header: &Header,
        projects: &[ProjectModel],
        texts: &[&str],
    ) -> Vec<Option<Vec<Diagnostic>>> {
        let mut memo = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let header = format!("{header:?}");
        if memo.header != header {
            memo.found.clear();
            memo.header = header;
        }
        let check = memo.check;
        projects
            .iter()
            .zip(texts)
            .map(|(project, text)| {
                let kept = memo.found.get_mut(*text)?;
                kept.used = check;
                Some(moved(&kept.found, kept.span, project.node.span))
            })
            .collect()
    }

    /// Keeps the findings of a project just checked.
    pub(super) fn keep(&self, project: &ProjectModel, text: &str, found: &[Diagnostic]) {
        if project.node.names_a_template() {
            return;
        }
        let mut memo = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let kept = Kept {
            span: project.node.span,
            found: found.to_vec(),
            used: memo.check,
        };
        memo.found.insert(text.into(), kept);
    }

    /// Ends a check: findings not used for [`KEPT_FOR_CHECKS`] checks are let go.
    pub fn sweep(&self) {
        let mut memo = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let check = memo.check;
        memo.found
            .retain(|_, kept| kept.used + KEPT_FOR_CHECKS > check);
        memo.check += 1;
    }
}

/// Findings found in a project at `from`, for the same project now at `to`: spans inside the
/// project move with it; spans outside it (the header's) stay.
fn moved(found: &[Diagnostic], from: Span, to: Span) -> Vec<Diagnostic> {
    let mut found = found.to_vec();
    if from != to {
        let to = Move {
            file: to.file,
            by: to.start() as i64 - from.start() as i64,
        };
        let shift = |span: &mut Span| {
            if from.contains(span) {
                span.moved(to);
            }
        };
        found.iter_mut().for_each(|d| each_span(d, shift));
    }
    found
}

/// Calls `f` on every span of a finding. Taken apart with no `..`, so that a field added to
/// findings does not compile until it is considered here.
fn each_span(diagnostic: &mut Diagnostic, mut f: impl FnMut(&mut Span)) {
    let Diagnostic {
        rule: _,
        code: _,
        severity: _,
        message: _,
        primary,
        secondary,
        help: _,
        project: _,
        acknowledged: _,
        fix,
    } = diagnostic;
    f(&mut primary.span);
    secondary.iter_mut().for_each(|label| f(&mut label.span));
    if let Some(fix) = fix {
        f(&mut fix.span);
    }
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::path::{Path, PathBuf};

    use super::*;
    use crate::diag::SeverityConfig;
    use crate::load::{self, FileSystem, RealFs};
    use crate::pipeline::{self, Request};
    use crate::syntax::PartCache;

    /// The disk, with the parts of files kept between loads as the language server keeps them.
    struct KeepingParts<'a>(&'a PartCache);

    impl FileSystem for KeepingParts<'_> {
        fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
            RealFs.read(path)
        }
        fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
            RealFs.canonicalize(path)
        }
        fn parts(&self) -> Option<&PartCache> {
            Some(self.0)
        }
    }

    fn findings(root: &Path, fs: &dyn FileSystem, memo: Option<&ProjectMemo>) -> Vec<Diagnostic> {
        let levels = SeverityConfig::default();
        let loaded = load::load(root, fs).expect("loaded");
        let request = Request {
            memo,
            ..Request::check(&levels)
        };
        pipeline::run(loaded, &request)
            .expect("checked")
            .diagnostics
    }

    /// Edits, each applied to the text the one before left: `(file, find, replace)`: the first
    /// `find` of the root file, the last of the last file (`""`: the start of the file).
    const EDITS: &[(&str, &str, &str)] = &[
        // Nothing changed: every project recalled.
        ("root", "\u{0}", ""),
        // Above every project: each moves, and its findings with it.
        ("root", "", "# 开头加一行注释\n"),
        // Inside the last project of the file: a line, then its budget.
        ("last", "\n}", "\n  # 加一行\n}"),
        ("last", "预算 ", "预算 9"),
        // A project made unreadable in part (its content rules fall silent).
        ("last", "  # 加一行\n", "  用途 \"没写完\n"),
        ("last", "  用途 \"没写完\n", ""),
        // The header: every project is judged in another year.
        ("root", "  年度 20", "  年度 19"),
        ("root", "  年度 19", "  年度 20"),
        // A copy of a project placed first: the same text twice, at two places.
        ("last", "", "COPY"),
        // A template, outside the projects whose rows it fills.
        (
            "library",
            "模板 \"参训人员满意度\" {\n    类别 服务对象满意度指标",
            "模板 \"参训人员满意度\" {\n    类别 数量指标",
        ),
    ];

    #[test]
    fn findings_recalled_between_edits_are_those_of_a_fresh_check() {
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        let dir = tempfile::tempdir().expect("temporary directory");
        copy_tree(&examples, dir.path());
        let roots = [
            (
                "chengde-2023/chengde-2023.perf",
                "chengde-2023/units/543015.perf",
            ),
            ("forms/county-water.perf", "forms/county-water.perf"),
            (
                "forms/national-farmland.perf",
                "forms/national-farmland.perf",
            ),
            ("library/training.perf", "library/training.perf"),
            ("teaching/hello-2024.perf", "teaching/hello-2024.perf"),
            ("teaching/mistakes.perf", "teaching/mistakes.perf"),
        ];
        let library = dir.path().join("library/common.perf");
        for (root, last) in roots {
            let (root, last) = (dir.path().join(root), dir.path().join(last));
            let (parts, memo) = (PartCache::default(), ProjectMemo::default());
            let kept = KeepingParts(&parts);
            assert_eq!(
                findings(&root, &kept, Some(&memo)),
                findings(&root, &RealFs, None)
            );
            for &(which, find, replace) in EDITS {
                match which {
                    "root" => edit(&root, text_find(find), replace),
                    "last" => edit(&last, text_rfind(find), replace),
                    // Only the document that includes the library.
                    _ if root.ends_with("library/training.perf") => {
                        edit(&library, text_find(find), replace)
                    }
                    _ => {}
                }
                assert_eq!(
                    findings(&root, &kept, Some(&memo)),
                    findings(&root, &RealFs, None),
                    "{} after {find:?} → {replace:?}",
                    root.display()
                );
                parts.sweep();
                memo.sweep();
            }
        }
    }

    #[test]
    fn an_unchanged_project_is_recalled_not_checked_and_an_edited_one_is_checked() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/teaching/mistakes.perf");
        let loaded = load::load(&root, &RealFs).expect("loaded");
        let (document, _) = crate::model::build(&loaded);
        let texts: Vec<&str> = document
            .projects
            .iter()
            .map(|p| loaded.sources.slice(p.node.span))
            .collect();
        let memo = ProjectMemo::default();
        let recalled = memo.recall(&document.header, &document.projects, &texts);
        assert!(recalled.iter().all(Option::is_none));
        let mut all = Vec::new();
        for project in &document.projects {
            let mut found = Vec::new();
            super::super::check_projects(&document.header, [project].into_iter(), |_, f| {
                found.append(f)
            });
            memo.keep(project, loaded.sources.slice(project.node.span), &found);
            all.push(Some(found));
        }
        assert!(all.iter().flatten().any(|found| !found.is_empty()));
        assert_eq!(
            memo.recall(&document.header, &document.projects, &texts),
            all
        );
        let mut edited = texts.clone();
        let changed = format!("{} ", edited[0]);
        edited[0] = &changed;
        let recalled = memo.recall(&document.header, &document.projects, &edited);
        assert!(recalled[0].is_none());
        assert_eq!(recalled[1..], all[1..]);
    }

    /// Where in a text a string is: its first or its last place (`""`: the start).
    type Finder<'a> = Box<dyn Fn(&str) -> Option<std::ops::Range<usize>> + 'a>;

    fn text_find(find: &str) -> Finder<'_> {
        Box::new(move |text| text.find(find).map(|at| at..at + find.len()))
    }

    fn text_rfind(find: &str) -> Finder<'_> {
        Box::new(move |text| match find {
            "" => Some(0..0),
            _ => text.rfind(find).map(|at| at..at + find.len()),
        })
    }

    /// Replaces what `find` finds; `COPY` copies the file's first project before it.
    fn edit(path: &Path, find: Finder, replace: &str) {
        let mut text = std::fs::read_to_string(path).expect("example");
        if replace == "COPY" {
            let start = text.find("\n项目 ").expect("a project") + 1;
            let end = start + text[start..].find("\n}\n").expect("its end") + 3;
            let copy = text[start..end].to_string();
            text.insert_str(start, &copy);
        } else if let Some(range) = find(&text) {
            text.replace_range(range, replace);
        }
        std::fs::write(path, text).expect("written");
    }

    fn copy_tree(from: &Path, to: &Path) {
        for entry in std::fs::read_dir(from).expect("examples") {
            let path = entry.expect("entry").path();
            let target = to.join(path.file_name().expect("name"));
            if path.is_dir() {
                std::fs::create_dir_all(&target).expect("directory");
                copy_tree(&path, &target);
            } else {
                std::fs::copy(&path, &target).expect("copied");
            }
        }
    }
}
