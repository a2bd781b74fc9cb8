//! `上年`: last year's document, named by the root file's header, read like the document itself
//! so that the checker can compare the targets (rules E0525–E0527). A file is read through the
//! same [`FileSystem`] and kept to the same directory trees as an include; a revision (`上年 版本
//! "v2023"`) is the root file as that commit of its git repository holds it, read through `git`.
//! Last year's own `上年` is not followed.

use std::path::{Path, PathBuf};

use super::{FileSystem, Loaded, normalize, unreadable};
use crate::diag::{Diagnostic, Msg, RuleId};
use crate::git::{NoRevision, Repository, Tree};
use crate::msg;
use crate::syntax::{PartCache, ast};

/// The `上年` of the root file's header, if it names one.
pub(super) fn named(root: &ast::File) -> Option<&ast::Previous> {
    root.items
        .iter()
        .filter_map(|item| match item {
            ast::Item::Document(document) => Some(&document.fields),
            _ => None,
        })
        .flatten()
        .find_map(|field| match field {
            ast::DocumentField::Previous(previous) => Some(previous),
            _ => None,
        })
}

/// Reads last year's document; E0106 when it cannot be.
pub(super) fn load(
    root: &Path,
    previous: &ast::Previous,
    fs: &dyn FileSystem,
    trees: &[PathBuf],
) -> Result<Loaded, Box<Diagnostic>> {
    let failed = |why: Msg| Box::new(unreadable_previous(previous, why));
    match previous.revision {
        None => from_file(root, &previous.name.value, fs, trees).map_err(failed),
        Some(_) => from_revision(root, &previous.name.value, fs).map_err(failed),
    }
}

fn from_file(
    root: &Path,
    name: &str,
    fs: &dyn FileSystem,
    trees: &[PathBuf],
) -> Result<Loaded, Msg> {
    let path = root.parent().unwrap_or(Path::new("")).join(name);
    let canonical = fs.canonicalize(&path).map_err(|e| unreadable(&e))?;
    if !trees.iter().any(|tree| canonical.starts_with(tree)) {
        return Err(msg!(
            "在文档所在目录之外：在文档头写 `允许包含 \"目录\"`，或运行时加 `--allow-include 目录`",
            "outside the document's directory: allow its directory with `允许包含 \"DIR\"` in the header or `--allow-include DIR`"
        ));
    }
    if canonical.components().any(|c| c.as_os_str() == ".git") {
        return Err(msg!("在 .git 目录中", "inside a .git directory"));
    }
    let contents = fs.read_text(&path).map_err(|e| unreadable(&e))?;
    Ok(super::load_tree(&path, contents, fs, Some(trees)))
}

fn from_revision(root: &Path, revision: &str, fs: &dyn FileSystem) -> Result<Loaded, Msg> {
    let directory = match root.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let (repository, commit) =
        Repository::with_commit(directory, revision).map_err(|missing| match missing {
            NoRevision::NoRepository => msg!(
                "文档不在 git 仓库中",
                "the document is in no git repository"
            ),
            NoRevision::NoCommit => msg!(
                "仓库中没有版本 `{revision}`",
                "the repository has no revision `{revision}`"
            ),
        })?;
    let file = root.file_name().map(Path::new).unwrap_or(Path::new(""));
    let relative = normalize(&repository.prefix.join(file));
    let below = relative.parent().map(Path::to_path_buf).unwrap_or_default();
    let tree = Tree::read_once(&repository, &commit, &[below])
        .map_err(|said| msg!("无法读取该版本：{said}", "cannot read the revision: {said}"))?;
    let contents = tree.read_text(&relative).map_err(|_| {
        msg!(
            "版本 `{revision}` 中没有这个文件",
            "the file is not in revision `{revision}`"
        )
    })?;
    let files = WithParts {
        tree: &tree,
        parts: fs.parts(),
    };
    Ok(super::load_tree(&relative, contents, &files, Some(&[])))
}

/// A revision's files parsed with the part cache of the file system beside them (the language
/// server's, which reads last year's revision on every keystroke): parsed once, not every time.
struct WithParts<'a> {
    tree: &'a Tree,
    parts: Option<&'a PartCache>,
}

impl FileSystem for WithParts<'_> {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.tree.read(path)
    }

    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf> {
        self.tree.canonicalize(path)
    }

    fn parts(&self) -> Option<&PartCache> {
        self.parts
    }
}

fn unreadable_previous(previous: &ast::Previous, why: Msg) -> Diagnostic {
    let shown = &previous.name.value;
    Diagnostic::new(
        RuleId::PreviousUnreadable,
        previous.name.span,
        msg!(
            "无法读取上年文档 `{shown}`",
            "cannot read last year's document `{shown}`"
        ),
    )
    .with_label(why)
    .with_help(msg!(
        "`上年 \"路径\"` 写相对于本文件的路径；`上年 版本 \"v2023\"` 写本文件所在 git 仓库的标签或提交",
        "write `上年 \"path\"` relative to this file, or `上年 版本 \"v2023\"` with a tag or commit of this file's git repository"
    ))
}
