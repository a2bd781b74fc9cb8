//! `perfc diff`: the versions to compare (two documents, two directories of documents, git
//! revisions, or the files git hands an external diff driver), each loaded through the loader and
//! modelled, compared by `crate::diff`, printed.
//!
//! Exit codes as diff(1): 0 the same, 1 different, 2 trouble. As git's driver (`--git`), 0
//! either way: git stops at a driver that exits otherwise.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use clap::{Args, ValueEnum};

use super::documents::documents;
use super::{ColorArg, LangArg};
use crate::diag::Lang;
use crate::diag::render::{self as diag_render, Format};
use crate::diff::render::{self, Options};
use crate::diff::{self, DiffJson, DocumentChanges, Status};
use crate::git::{self, Repository, Tree};
use crate::load::{self, FileSystem, Loaded, RealFs};
use crate::model;

#[derive(Args, Debug)]
pub(super) struct DiffArgs {
    /// OLD NEW: two documents or two directories of documents (matched by relative path). Or
    /// git revisions: REV (against the working tree) or REV1 REV2.
    #[arg(value_name = "OLD|REV", num_args = 0..)]
    versions: Vec<String>,
    /// With revisions: the files or directories to compare (default: the whole repository).
    #[arg(last = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// Colour in human output; `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Language of the output.
    #[arg(long, value_enum, default_value_t = LangArg::Zh, env = "PERFC_LANG")]
    lang: LangArg,
    /// Run as git's external diff driver: the arguments are the seven git passes (path old-file
    /// old-hex old-mode new-file new-hex new-mode). Each file is compared on its own.
    #[arg(long)]
    git: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// Aligned text for a terminal.
    Human,
    /// The changes as JSON (`perfc schema diff` describes it).
    Json,
    /// Headings and tables, for a review comment.
    Markdown,
}

/// One version of a document and where it is read from.
enum Version {
    /// A root file on disk and its includes.
    Disk(PathBuf),
    /// A root file in a git commit and its includes there.
    Git(Rc<Tree>, PathBuf),
    /// A file's bytes alone, includes not followed (what git hands a diff driver).
    Alone(PathBuf, Vec<u8>),
}

/// A document in two versions; `None` where it does not exist.
struct Pair {
    old: Option<(String, Version)>,
    new: Option<(String, Version)>,
}

/// Compares and prints; whether the versions differ.
pub(super) fn run(args: &DiffArgs) -> Result<bool, String> {
    let driver = args.git || args.versions.len() == 7;
    let pairs = if driver {
        driver_pair(&args.versions)?
    } else {
        pairs(&args.versions, &args.paths)?
    };
    let lang: Lang = args.lang.into();
    let mut documents = Vec::new();
    let compared = !pairs.is_empty();
    let mut troubled = 0;
    for pair in pairs {
        match compare(&pair, lang) {
            Ok(Some(changes)) => documents.push(changes),
            Ok(None) => {}
            // git stops at a driver that fails: say why and let it go on to the next file.
            Err(message) if driver => super::stdout(&format!("perfc: {message}\n"))?,
            Err(message) => {
                troubled += 1;
                super::stderr(&format!("perfc: {message}\n"));
            }
        }
    }
    if driver && compared && documents.is_empty() {
        let path = args.versions.first().map_or("", String::as_str);
        let note = match lang {
            Lang::Zh => "内容无变化（仅格式或注释不同）",
            Lang::En => "no change in content (layout or comments only)",
        };
        super::stdout(&format!("{}: {note}\n", diag_render::visible(path)))?;
    }
    let differ = !documents.is_empty();
    print(documents, args)?;
    if troubled > 0 {
        return Err(format!(
            "{troubled} document{} could not be compared",
            if troubled == 1 { "" } else { "s" }
        ));
    }
    Ok(!driver && differ)
}

fn print(documents: Vec<DocumentChanges>, args: &DiffArgs) -> Result<(), String> {
    let lang = args.lang.into();
    let json = DiffJson {
        format_version: diff::FORMAT_VERSION,
        documents,
    };
    let documents = &json.documents;
    let text = match args.format {
        DiffFormat::Json => {
            let text = serde_json::to_string_pretty(&json)
                .map_err(|e| format!("cannot write the JSON: {e}"))?;
            format!("{}\n", inert_json(&text))
        }
        DiffFormat::Human => render::human(
            documents,
            &Options {
                color: args.color.on_stdout(),
                lang,
            },
        ),
        DiffFormat::Markdown => render::markdown(documents, lang),
    };
    super::stdout(&text)
}

/// JSON with every character a terminal would act on written as a `\uXXXX` escape: the same
/// data, safe to print (serde escapes only those below U+0020). Outside strings JSON holds none.
fn inert_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if crate::domain::text::is_invisible(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The changes of one document, `None` when there are none.
fn compare(pair: &Pair, lang: Lang) -> Result<Option<DocumentChanges>, String> {
    let old = pair.old.as_ref().map(load_version).transpose()?;
    let new = pair.new.as_ref().map(load_version).transpose()?;
    let (old_loaded, new_loaded) = (old.unwrap_or_default(), new.unwrap_or_default());
    if !old_loaded.is_complete() || !new_loaded.is_complete() {
        // A file that does not parse in either version alike (a test's broken example) has not
        // changed; otherwise what is not read would show as removed.
        if texts(&old_loaded) == texts(&new_loaded) {
            return Ok(None);
        }
        return Err(incomplete(pair, [&old_loaded, &new_loaded], lang));
    }
    let (old_document, _) = model::build(&old_loaded);
    let (new_document, _) = model::build(&new_loaded);
    let changes = diff::compare(&old_document, &new_document);
    let status = match (&pair.old, &pair.new) {
        (None, _) => Status::Added,
        (_, None) => Status::Removed,
        _ => Status::Changed,
    };
    if changes.is_empty() && status == Status::Changed {
        return Ok(None);
    }
    Ok(Some(DocumentChanges {
        old: pair.old.as_ref().map(|(label, _)| label.clone()),
        new: pair.new.as_ref().map(|(label, _)| label.clone()),
        status,
        changes,
    }))
}

/// The text of every file a version read, in order.
fn texts(loaded: &Loaded) -> Vec<&str> {
    loaded
        .sources
        .files()
        .map(|(_, f)| f.text.as_str())
        .collect()
}

/// Prints why the versions of a pair could not be read completely; the message that says which.
fn incomplete(pair: &Pair, loaded: [&Loaded; 2], lang: Lang) -> String {
    let options = diag_render::Options {
        format: Format::Human,
        color: ColorArg::Auto.enabled(),
        lang,
    };
    let mut labels = Vec::new();
    for (version, loaded) in [&pair.old, &pair.new].into_iter().zip(loaded) {
        if let Some((label, _)) = version
            && !loaded.is_complete()
        {
            super::stderr(&diag_render::render(
                &loaded.diagnostics,
                &loaded.sources,
                &options,
            ));
            labels.push(label.as_str());
        }
    }
    let labels = diag_render::visible(&labels.join(" and ")).into_owned();
    format!("cannot compare {labels}: not read completely")
}

/// Loads a version.
fn load_version((label, version): &(String, Version)) -> Result<Loaded, String> {
    match version {
        Version::Disk(root) => load::load(root, &RealFs),
        Version::Git(tree, root) => load::load(root, tree.as_ref() as &dyn FileSystem),
        Version::Alone(name, bytes) => Ok(load::load_alone(name, bytes)),
    }
    .map_err(|e| format!("cannot read {}: {e}", diag_render::visible(label)))
}

/// What the arguments name: two paths, or revisions.
fn pairs(versions: &[String], paths: &[PathBuf]) -> Result<Vec<Pair>, String> {
    let is_path = |v: &String| Path::new(v).exists();
    match versions {
        [old, new] if is_path(old) && is_path(new) => {
            if !paths.is_empty() {
                return Err("paths after `--` go with revisions, not with two documents".into());
            }
            path_pairs(Path::new(old), Path::new(new))
        }
        [revision] if !is_path(revision) => revision_pairs(revision, None, paths),
        [old, new] if !is_path(old) && !is_path(new) => revision_pairs(old, Some(new), paths),
        [single] => Err(format!(
            "`{single}` is a path: give two documents (`perfc diff OLD NEW`) or a revision"
        )),
        [_, _] => Err(
            "give two documents or two revisions; for a revision against the working tree, \
             `perfc diff REV -- PATH`"
                .into(),
        ),
        _ => Err("give two documents (`perfc diff OLD NEW`) or one or two git revisions".into()),
    }
}

/// Two files, or two directories whose documents are matched by relative path.
fn path_pairs(old: &Path, new: &Path) -> Result<Vec<Pair>, String> {
    let label = |p: &Path| p.display().to_string();
    match (old.is_dir(), new.is_dir()) {
        (false, false) => Ok(vec![Pair {
            old: Some((label(old), Version::Disk(old.to_path_buf()))),
            new: Some((label(new), Version::Disk(new.to_path_buf()))),
        }]),
        (true, true) => {
            let found = |dir: &Path| -> Result<BTreeMap<PathBuf, PathBuf>, String> {
                Ok(documents(&[dir.to_path_buf()])?
                    .into_iter()
                    .map(|d| {
                        (
                            d.root.strip_prefix(dir).unwrap_or(&d.root).to_path_buf(),
                            d.root,
                        )
                    })
                    .collect())
            };
            let disk = |root: PathBuf| (label(&root), Version::Disk(root));
            Ok(matched(found(old)?, found(new)?, disk, disk))
        }
        _ => Err("compare a file with a file, or a directory with a directory".into()),
    }
}

/// Pairs documents by key; a key on one side only is a document added or removed.
fn matched<T>(
    mut old: BTreeMap<PathBuf, T>,
    new: BTreeMap<PathBuf, T>,
    old_version: impl Fn(T) -> (String, Version),
    new_version: impl Fn(T) -> (String, Version),
) -> Vec<Pair> {
    let mut keys: Vec<PathBuf> = old.keys().chain(new.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    let mut new = new;
    keys.into_iter()
        .map(|key| Pair {
            old: old.remove(&key).map(&old_version),
            new: new.remove(&key).map(&new_version),
        })
        .collect()
}

/// A revision against the working tree, or against another revision, below `paths`.
fn revision_pairs(old: &str, new: Option<&str>, paths: &[PathBuf]) -> Result<Vec<Pair>, String> {
    let repository = Repository::current()?;
    let commit = |revision: &str| {
        repository.commit(revision).ok_or_else(|| {
            format!("`{revision}` is neither a file nor a revision of the repository")
        })
    };
    let specs: Vec<PathBuf> = paths.iter().map(|p| repository.relative(p)).collect();
    let old_tree = Rc::new(Tree::new(&repository, &commit(old)?, &specs)?);
    let in_tree = |tree: &Rc<Tree>, revision: &str| {
        let roots = roots(&tree.perf_files(), tree.as_ref());
        let (tree, revision) = (Rc::clone(tree), revision.to_string());
        (roots, move |path: PathBuf| {
            let label = format!("{revision}:{}", path.display());
            (label, Version::Git(Rc::clone(&tree), path))
        })
    };
    let (old_roots, old_version) = in_tree(&old_tree, old);
    let Some(new) = new else {
        let files = worktree_files(&repository, &specs)?;
        let top = repository.top.clone();
        let new_roots = roots(&files, &InTop(&top));
        let new_version =
            move |path: PathBuf| (path.display().to_string(), Version::Disk(top.join(&path)));
        return Ok(matched(
            keyed(old_roots),
            keyed(new_roots),
            old_version,
            new_version,
        ));
    };
    let new_tree = Rc::new(Tree::new(&repository, &commit(new)?, &specs)?);
    let (new_roots, new_version) = in_tree(&new_tree, new);
    Ok(matched(
        keyed(old_roots),
        keyed(new_roots),
        old_version,
        new_version,
    ))
}

fn keyed(roots: Vec<PathBuf>) -> BTreeMap<PathBuf, PathBuf> {
    roots.into_iter().map(|r| (r.clone(), r)).collect()
}

/// The working tree's files, paths relative to its top.
struct InTop<'a>(&'a Path);

impl FileSystem for InTop<'_> {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        RealFs.read(&self.0.join(path))
    }

    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf> {
        Ok(load::normalize(path))
    }
}

/// The working tree's `.perf` files below `specs` (everything when none), relative to the top.
fn worktree_files(repository: &Repository, specs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let top = &repository.top;
    let whole = [PathBuf::new()];
    let specs = if specs.is_empty() { &whole[..] } else { specs };
    // A path gone from the working tree is a document removed, not an error.
    let present: Vec<PathBuf> = specs
        .iter()
        .map(|s| top.join(s))
        .filter(|p| p.exists())
        .collect();
    let mut files: Vec<PathBuf> = super::documents::perf_files(&present)?
        .into_iter()
        .filter_map(|f| f.strip_prefix(top).ok().map(Path::to_path_buf))
        .filter(|f| !git::skipped(f))
        .collect();
    files.sort();
    files.dedup();
    Ok(files)
}

/// The files no other of them includes: the documents' roots, as `perfc check DIR` finds them.
fn roots(files: &[PathBuf], fs: &dyn FileSystem) -> Vec<PathBuf> {
    let included: std::collections::HashSet<PathBuf> = files
        .iter()
        .flat_map(|file| {
            let text = fs.read(file).unwrap_or_default();
            let dir = file.parent().unwrap_or(Path::new("")).to_path_buf();
            crate::syntax::part_paths(&String::from_utf8_lossy(&text))
                .into_iter()
                .map(move |target| load::normalize(&dir.join(target)))
        })
        .collect();
    files
        .iter()
        .filter(|f| !included.contains(&load::normalize(f)))
        .cloned()
        .collect()
}

/// The one file git hands a driver, in its two versions: `path old-file old-hex old-mode
/// new-file new-hex new-mode`, and after a rename the new path and a note. Each version is the
/// file alone: git's temporary copies have no includes beside them.
fn driver_pair(arguments: &[String]) -> Result<Vec<Pair>, String> {
    let (path, old_file, new_file, new_path) = match arguments {
        [path, old, _, _, new, _, _] => (path, old, new, path),
        [path, old, _, _, new, _, _, new_path, _] => (path, old, new, new_path),
        // An unmerged path: git has no versions to hand over.
        [_] => return Ok(Vec::new()),
        _ => {
            return Err(format!(
                "as git's diff driver perfc takes git's 7 arguments, not {}",
                arguments.len()
            ));
        }
    };
    let version = |label: String, name: &String, file: &String| {
        if file == "/dev/null" {
            return Ok(None);
        }
        let bytes = RealFs
            .read(Path::new(file))
            .map_err(|e| format!("cannot read {file}: {e}"))?;
        Ok::<_, String>(Some((label, Version::Alone(PathBuf::from(name), bytes))))
    };
    Ok(vec![Pair {
        old: version(format!("a/{path}"), path, old_file)?,
        new: version(format!("b/{new_path}"), new_path, new_file)?,
    }])
}
