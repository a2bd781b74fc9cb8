//! The files of a git revision, read through the `git` command (no library: the user's own git,
//! with their configuration, is the one that knows their repository). A revision's `.perf`
//! files are listed with `git ls-tree` and read at once with `git cat-file --batch`; a file
//! outside them that a document includes is read on its own with `git cat-file blob`. A commit's
//! files never change: the last few trees read are kept for the process ([`Tree::read_once`]).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

use rustc_hash::FxHashMap;

use crate::load::{FileSystem, normalize};
use crate::source::MAX_FILE_BYTES;

/// The repository the current directory is in.
pub(crate) struct Repository {
    /// Its top directory.
    pub top: PathBuf,
    /// The current directory below the top (`docs/`), which paths on the command line are
    /// relative to.
    pub prefix: PathBuf,
}

/// Runs git in `dir`; its standard output, or what it said on failing. A document may name a
/// revision (`上年 版本`), so git runs for documents the user only opened: it only reads, takes no
/// locks, and runs no file-system monitor a repository's configuration might name.
fn git(dir: Option<&Path>, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = git_output(dir, args)?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        return Err(format!("git {}: {}", args.join(" "), said.trim()));
    }
    Ok(output.stdout)
}

/// Runs git in `dir` as [`git`] does; all it printed and its exit status.
fn git_output(dir: Option<&Path>, args: &[&str]) -> Result<std::process::Output, String> {
    let mut command = Command::new("git");
    command
        .env("GIT_OPTIONAL_LOCKS", "0")
        .args(["-c", "core.fsmonitor=false"]);
    if let Some(dir) = dir {
        command.arg("-C").arg(dir);
    }
    command
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run git: {e}"))
}

/// `git rev-parse` asked for a repository's top directory and the prefix below it.
const TOP_AND_PREFIX: [&str; 3] = ["rev-parse", "--show-toplevel", "--show-prefix"];

/// `revision` as the commit it names.
fn commit_spec(revision: &str) -> String {
    format!("{revision}^{{commit}}")
}

/// The arguments of `git rev-parse` that print the commit `spec` names, or nothing.
/// `--end-of-options` keeps a revision starting with `-` from being read as an option.
fn verify(spec: &str) -> [&str; 4] {
    ["--verify", "--quiet", "--end-of-options", spec]
}

/// Why a revision of a directory's repository could not be found.
pub(crate) enum NoRevision {
    /// The directory is in no repository (or git cannot be run).
    NoRepository,
    /// The repository has no commit of that name.
    NoCommit,
}

fn line(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes)
        .trim_end_matches('\n')
        .to_string()
}

impl Repository {
    /// The repository holding the current directory.
    pub fn current() -> Result<Repository, String> {
        Repository::at(None)
    }

    /// The repository holding `directory` and the commit `revision` names in it, asked of git
    /// in one `rev-parse`: a document's last year (`上年 版本`) is looked up on every keystroke,
    /// and a branch or tag may have moved since.
    pub fn with_commit(
        directory: &Path,
        revision: &str,
    ) -> Result<(Repository, String), NoRevision> {
        let spec = commit_spec(revision);
        let args = [&TOP_AND_PREFIX[..], &verify(&spec)].concat();
        let output = git_output(Some(directory), &args).map_err(|_| NoRevision::NoRepository)?;
        let said = String::from_utf8_lossy(&output.stdout);
        let mut lines = said.lines();
        let repository = Repository::read(&mut lines).ok_or(NoRevision::NoRepository)?;
        let commit = lines
            .next()
            .filter(|c| output.status.success() && !c.is_empty());
        let commit = commit.ok_or(NoRevision::NoCommit)?;
        Ok((repository, commit.to_owned()))
    }

    /// The repository holding `directory` (else the current one), asked of git once.
    fn at(directory: Option<&Path>) -> Result<Repository, String> {
        let said = git(directory, &TOP_AND_PREFIX)?;
        let said = String::from_utf8_lossy(&said);
        Repository::read(&mut said.lines()).ok_or_else(|| "git rev-parse: no top directory".into())
    }

    /// The repository in the first two lines [`TOP_AND_PREFIX`] printed.
    fn read<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Option<Repository> {
        let top = lines.next().filter(|top| !top.is_empty())?;
        Some(Repository {
            top: PathBuf::from(top),
            prefix: PathBuf::from(lines.next().unwrap_or_default()),
        })
    }

    /// The commit a revision names, `None` when it names none.
    pub fn commit(&self, revision: &str) -> Option<String> {
        let spec = commit_spec(revision);
        let args = [&["rev-parse"][..], &verify(&spec)].concat();
        git(Some(&self.top), &args)
            .ok()
            .map(line)
            .filter(|c| !c.is_empty())
    }

    /// A path on the command line (relative to the current directory) relative to the top.
    pub fn relative(&self, path: &Path) -> PathBuf {
        normalize(&self.prefix.join(path))
    }
}

/// Whether a path lies in a directory the CLI skips when searching (hidden ones, `target`).
pub(crate) fn skipped(path: &Path) -> bool {
    path.components().any(|c| {
        let name = c.as_os_str().to_string_lossy();
        name.starts_with('.') && name != "." && name != ".." || name == "target"
    })
}

/// How many trees [`Tree::read_once`] keeps.
const TREES_KEPT: usize = 4;

/// The files of one commit, paths relative to the repository's top.
pub(crate) struct Tree {
    top: PathBuf,
    commit: String,
    /// The paths its `.perf` files were listed below.
    paths: Vec<PathBuf>,
    /// The `.perf` files below the paths asked for, read in one go.
    files: FxHashMap<PathBuf, Blob>,
}

enum Blob {
    Bytes(Vec<u8>),
    TooLarge,
}

impl Tree {
    /// The commit's `.perf` files below `paths` (the whole tree when empty).
    pub fn new(repository: &Repository, commit: &str, paths: &[PathBuf]) -> Result<Tree, String> {
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", commit, "--"];
        let paths: Vec<String> = paths
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .filter(|p| !p.is_empty())
            .collect();
        args.extend(paths.iter().map(String::as_str));
        let listing = git(Some(&repository.top), &args)?;
        let mut blobs = Vec::new();
        for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
            let entry = String::from_utf8_lossy(entry);
            let Some((meta, path)) = entry.split_once('\t') else {
                continue;
            };
            let mut meta = meta.split(' ');
            let (Some(_mode), Some("blob"), Some(oid)) = (meta.next(), meta.next(), meta.next())
            else {
                continue;
            };
            let path = PathBuf::from(path);
            if path.extension().is_some_and(|e| e == "perf") && !skipped(&path) {
                blobs.push((path, oid.to_string()));
            }
        }
        let contents = cat_batch(&repository.top, blobs.iter().map(|(_, oid)| oid.as_str()))?;
        Ok(Tree {
            top: repository.top.clone(),
            commit: commit.to_string(),
            paths: paths.iter().map(PathBuf::from).collect(),
            files: blobs.into_iter().map(|(p, _)| p).zip(contents).collect(),
        })
    }

    /// [`Tree::new`], read once per commit: a commit's files never change, and the language
    /// server reads last year's revision (`上年 版本`) on every keystroke. The last few trees
    /// read are kept.
    pub fn read_once(
        repository: &Repository,
        commit: &str,
        paths: &[PathBuf],
    ) -> Result<Arc<Tree>, String> {
        static READ: Mutex<Vec<Arc<Tree>>> = Mutex::new(Vec::new());
        let wanted: Vec<PathBuf> = paths
            .iter()
            .filter(|p| !p.as_os_str().is_empty())
            .cloned()
            .collect();
        let same = |tree: &Arc<Tree>| {
            tree.top == repository.top && tree.commit == commit && tree.paths == wanted
        };
        if let Some(tree) = READ
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .find(|t| same(t))
        {
            return Ok(Arc::clone(tree));
        }
        let tree = Arc::new(Tree::new(repository, commit, paths)?);
        let mut read = READ.lock().unwrap_or_else(|e| e.into_inner());
        read.retain(|t| !same(t));
        read.insert(0, Arc::clone(&tree));
        read.truncate(TREES_KEPT);
        Ok(tree)
    }

    /// The `.perf` files listed, in path order.
    pub fn perf_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = self.files.keys().cloned().collect();
        files.sort();
        files
    }
}

impl FileSystem for Tree {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match self.files.get(&normalize(path)) {
            Some(Blob::Bytes(bytes)) => Ok(bytes.clone()),
            Some(Blob::TooLarge) => Err(io::Error::from(io::ErrorKind::FileTooLarge)),
            None => {
                let spec = format!("{}:{}", self.commit, normalize(path).to_string_lossy());
                git(Some(&self.top), &["cat-file", "blob", &spec])
                    .map_err(|_| io::Error::from(io::ErrorKind::NotFound))
            }
        }
    }

    /// Paths in a tree are names: the same file has one once `.` and `..` are resolved. The tree
    /// is its repository's: its top holds the one `.git` (a header's `允许包含` is judged by it).
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        let path = normalize(path);
        if path.ends_with(".git") && path != Path::new(".git") {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        }
        Ok(path)
    }
}

/// The contents of each object, in order, read by one `git cat-file --batch`.
fn cat_batch<'a>(top: &Path, oids: impl Iterator<Item = &'a str>) -> Result<Vec<Blob>, String> {
    let request: String = oids.map(|oid| format!("{oid}\n")).collect();
    if request.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = Command::new("git")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .args(["-c", "core.fsmonitor=false"])
        .arg("-C")
        .arg(top)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run git: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("git cat-file: no input")?;
    // Written from a thread of its own: git answers while it reads, and a long request would
    // otherwise fill both pipes.
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let stdout = child.stdout.take().ok_or("git cat-file: no output")?;
    let blobs = read_batch(BufReader::new(stdout));
    let _ = writer.join();
    let _ = child.wait();
    blobs.map_err(|e| format!("git cat-file --batch: {e}"))
}

/// Reads `<oid> <type> <size>\n<contents>\n` answers until the end.
fn read_batch(mut out: impl BufRead) -> io::Result<Vec<Blob>> {
    let mut blobs = Vec::new();
    let mut header = String::new();
    loop {
        header.clear();
        if out.read_line(&mut header)? == 0 {
            return Ok(blobs);
        }
        let size = header
            .split(' ')
            .nth(2)
            .and_then(|s| s.trim().parse::<u64>().ok())
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, header.trim().to_string()))?;
        let mut contents = (&mut out).take(size);
        if size > MAX_FILE_BYTES as u64 {
            io::copy(&mut contents, &mut io::sink())?;
            blobs.push(Blob::TooLarge);
        } else {
            let mut bytes = Vec::with_capacity(size as usize);
            contents.read_to_end(&mut bytes)?;
            blobs.push(Blob::Bytes(bytes));
        }
        let mut newline = [0u8; 1];
        out.read_exact(&mut newline)?;
    }
}
