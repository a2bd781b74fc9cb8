//! Loading a document: reads the root file and everything it includes, parses each file once,
//! and lists the items in document order (an include is replaced by the included file's items).
//!
//! File access goes through [`FileSystem`] so that an editor can supply unsaved buffers.

use std::io;
use std::path::{Component, Path, PathBuf};

use rustc_hash::FxHashSet;

use crate::diag::{Diagnostic, RuleId};
use crate::msg;
use crate::source::{FileId, MAX_FILE_BYTES, SourceFile, SourceMap, Span};
use crate::syntax::{self, ast};

mod previous;
pub mod roots;

/// A file's contents: UTF-8 text, or its bytes when they are not UTF-8.
pub type Contents = Result<String, Vec<u8>>;

/// Where file contents come from.
pub trait FileSystem {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// A name that is the same for every path to the same file (for cycle detection).
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf>;
    /// Parses kept from earlier loads of files that change a little at a time (the language
    /// server's); files are parsed whole without one.
    fn parts(&self) -> Option<&syntax::PartCache> {
        None
    }
    /// The file's contents, decoded when they are UTF-8 (text already held as such, an
    /// editor's, need not be decoded again).
    fn read_text(&self, path: &Path) -> io::Result<Contents> {
        Ok(as_text(self.read(path)?))
    }
}

pub(crate) fn as_text(bytes: Vec<u8>) -> Contents {
    String::from_utf8(bytes).map_err(|e| e.into_bytes())
}

/// The real disk.
pub struct RealFs;

impl FileSystem for RealFs {
    /// Reads a regular file of at most [`MAX_FILE_BYTES`]: a device, a pipe or a directory is
    /// refused before it is opened (reading `/dev/zero` would not end, opening a pipe waits for
    /// a writer), and what was opened is checked again.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        regular_file(&std::fs::metadata(path)?)?;
        let file = std::fs::File::open(path)?;
        let len = regular_file(&file.metadata()?)?;
        let mut bytes = Vec::with_capacity(len as usize);
        io::Read::read_to_end(
            &mut io::Read::take(file, MAX_FILE_BYTES as u64 + 1),
            &mut bytes,
        )?;
        if bytes.len() > MAX_FILE_BYTES {
            return Err(io::Error::from(io::ErrorKind::FileTooLarge));
        }
        Ok(bytes)
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }
}

/// The length of a regular file, or why it is not one to read (too large, or not regular).
fn regular_file(metadata: &std::fs::Metadata) -> io::Result<u64> {
    if metadata.is_dir() {
        return Err(io::Error::from(io::ErrorKind::IsADirectory));
    }
    if !metadata.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file (a device, a pipe or a socket)",
        ));
    }
    if metadata.len() > MAX_FILE_BYTES as u64 {
        return Err(io::Error::from(io::ErrorKind::FileTooLarge));
    }
    Ok(metadata.len())
}

/// A loaded document: its files, their syntax trees, and the items in document order.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sources: SourceMap,
    /// Syntax tree of each file, indexed by [`FileId`].
    pub trees: Vec<ast::File>,
    /// (file, item index) of every item except includes, in document order.
    pub order: Vec<(FileId, usize)>,
    /// Problems reading or parsing files.
    pub diagnostics: Vec<Diagnostic>,
    /// Last year's document, when the header names one (`上年`): loaded, or why it could not
    /// be (E0106, a finding of the check, which does not stop this year's outputs).
    pub previous: Option<Result<Box<Loaded>, Box<Diagnostic>>>,
}

impl Loaded {
    pub fn items(&self) -> impl Iterator<Item = &ast::Item> {
        self.order
            .iter()
            .map(|&(file, index)| &self.trees[file.0 as usize].items[index])
    }

    /// Every path read, root first, by [`FileId`].
    pub fn paths(&self) -> impl Iterator<Item = &Path> {
        self.sources.files().map(|(_, f)| f.path.as_path())
    }

    /// Every file the findings depend on: [`Loaded::paths`], then last year's document's files
    /// when it was read from files (a revision's are git's, and do not change). For depfiles,
    /// `perfc watch`, the preview and the language server.
    pub fn paths_read(&self) -> impl Iterator<Item = &Path> {
        let from_files = self
            .trees
            .first()
            .and_then(previous::named)
            .is_some_and(|named| named.revision.is_none());
        let last_year = self.previous.as_ref().and_then(|p| p.as_ref().ok());
        let last_year = last_year.filter(|_| from_files).into_iter();
        self.paths().chain(last_year.flat_map(|l| l.paths()))
    }

    /// True when every file was read and parsed without error: the document is fully understood.
    pub fn is_complete(&self) -> bool {
        self.diagnostics.is_empty()
    }
}

/// Includes nested deeper than this are refused (E0002): loading recurses once per level.
pub const MAX_INCLUDE_DEPTH: usize = 32;

/// Reads `root` and its includes. Fails only when the root itself cannot be read.
pub fn load(root: &Path, fs: &dyn FileSystem) -> io::Result<Loaded> {
    load_with(root, fs, &[])
}

/// [`load`], with includes allowed from the directories `allowed` besides the root's own tree.
pub fn load_with(root: &Path, fs: &dyn FileSystem, allowed: &[PathBuf]) -> io::Result<Loaded> {
    let contents = fs.read_text(root)?;
    Ok(load_root(root, contents, fs, Some(allowed)))
}

/// Loads a document whose root file's contents are given (an editor buffer, stdin); includes
/// are read from `fs`.
pub fn load_bytes(path: &Path, bytes: &[u8], fs: &dyn FileSystem) -> Loaded {
    load_root(path, as_text(bytes.to_vec()), fs, Some(&[]))
}

/// Decodes and parses one file without reading its includes (the formatter works file by file).
pub fn load_alone(path: &Path, bytes: &[u8]) -> Loaded {
    load_root(path, as_text(bytes.to_vec()), &RealFs, None)
}

/// Loads a root file; its includes are followed when `allowed` names the directories they may
/// come from besides the root's own tree, and then last year's document (`上年`) too.
fn load_root(
    path: &Path,
    contents: Contents,
    fs: &dyn FileSystem,
    allowed: Option<&[PathBuf]>,
) -> Loaded {
    let (mut loaded, trees) = read_root(path, contents, fs, allowed);
    if let Some(trees) = trees {
        crate::model::library::instantiate(&mut loaded);
        loaded.previous = loaded
            .trees
            .first()
            .and_then(previous::named)
            .map(|named| previous::load(path, named, fs, &trees).map(Box::new));
    }
    loaded
}

/// A root file and its includes, templates instantiated: last year's document is read so.
fn load_tree(
    path: &Path,
    contents: Contents,
    fs: &dyn FileSystem,
    allowed: Option<&[PathBuf]>,
) -> Loaded {
    let (mut loaded, _) = read_root(path, contents, fs, allowed);
    crate::model::library::instantiate(&mut loaded);
    loaded
}

/// Reads a root file and, when `allowed` is given, its includes; with the directory trees they
/// were allowed from (the root's own, those `allowed` names, those its header allows).
fn read_root(
    path: &Path,
    contents: Contents,
    fs: &dyn FileSystem,
    allowed: Option<&[PathBuf]>,
) -> (Loaded, Option<Vec<PathBuf>>) {
    let directory = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let trees = allowed.map(|allowed| {
        std::iter::once(directory)
            .chain(allowed.iter().map(PathBuf::as_path))
            .map(|dir| fs.canonicalize(dir).unwrap_or_else(|_| normalize(dir)))
            .collect()
    });
    let mut loader = Loader {
        fs,
        directory: normalize(directory).display().to_string(),
        trees,
        loaded: Loaded::default(),
        stack: Vec::new(),
        seen: FxHashSet::default(),
    };
    let canonical = fs.canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let name = normalize(path).to_string_lossy().into_owned();
    loader.add_file(path.to_path_buf(), name, canonical, contents);
    (loader.loaded, loader.trees)
}

struct Loader<'a> {
    fs: &'a dyn FileSystem,
    /// The root file's directory as the user named it (for messages).
    directory: String,
    /// The directory trees includes may be read from (the root's first, as real paths); `None`
    /// when includes are not followed.
    trees: Option<Vec<PathBuf>>,
    loaded: Loaded,
    /// Canonical paths of the files being expanded (the include chain).
    stack: Vec<PathBuf>,
    /// Canonical paths of every file loaded so far.
    seen: FxHashSet<PathBuf>,
}

impl Loader<'_> {
    fn add_file(&mut self, path: PathBuf, name: String, canonical: PathBuf, contents: Contents) {
        let Decoded {
            mut text,
            not_text_at,
            invalid,
        } = decode(contents);
        if let Some(offset) = not_text_at {
            let id = self.loaded.sources.next_id();
            let raw = invalid.as_deref().unwrap_or(text.as_bytes());
            let (diagnostic, quoted) = not_text(id, &name, &text, raw, offset);
            self.loaded.diagnostics.push(diagnostic);
            if !quoted {
                text = blanked(&text);
            }
        }
        let id = self
            .loaded
            .sources
            .add(SourceFile::new(path.clone(), name.clone(), text));
        self.seen.insert(canonical.clone());
        let too_large = too_large(id, self.loaded.sources.get(id).text.len(), MAX_FILE_BYTES);
        let refused = not_text_at.is_some() || too_large.is_some();
        self.loaded.diagnostics.extend(too_large);
        if refused {
            // Text that is not UTF-8 would only produce garbled syntax errors, and offsets past
            // 4 GiB do not fit a span.
            self.loaded.trees.push(ast::File::default());
            return;
        }
        let text = &self.loaded.sources.get(id).text;
        let (tree, diagnostics) = syntax::parse_with(id, text, self.fs.parts());
        self.loaded.diagnostics.extend(diagnostics);
        self.loaded.trees.push(tree);
        if self.stack.is_empty() {
            self.allow_from_header(&path, id);
        }
        self.stack.push(canonical);
        let count = self.loaded.trees[id.0 as usize].items.len();
        for index in 0..count {
            match &self.loaded.trees[id.0 as usize].items[index] {
                ast::Item::Include(include) => {
                    if self.trees.is_some() {
                        let include = include.clone();
                        self.include(&path, &name, &include);
                    }
                }
                _ => self.loaded.order.push((id, index)),
            }
        }
        self.stack.pop();
    }

    /// Adds the directories the root's header allows (`允许包含`) to those includes may come
    /// from: each must lie in the repository holding the document (the nearest directory above
    /// it with a `.git`), or else is refused with E0008. A document alone, outside any
    /// repository, can allow nothing beyond its own directory.
    fn allow_from_header(&mut self, root: &Path, id: FileId) {
        let Some(trees) = &self.trees else { return };
        let Some(own) = trees.first().cloned() else {
            return;
        };
        let allowed: Vec<ast::Text> = self.loaded.trees[id.0 as usize]
            .items
            .iter()
            .filter_map(|item| match item {
                ast::Item::Document(document) => Some(&document.fields),
                _ => None,
            })
            .flatten()
            .filter_map(|field| match field {
                ast::DocumentField::AllowInclude(text) => Some(text.clone()),
                _ => None,
            })
            .collect();
        if allowed.is_empty() {
            return;
        }
        let repository = repository_of(self.fs, &own);
        for text in allowed {
            let directory = root.parent().unwrap_or(Path::new("")).join(&text.value);
            let resolved = self.fs.canonicalize(&directory);
            match (resolved, &repository) {
                (Ok(resolved), Some(repository)) if resolved.starts_with(repository) => {
                    if let Some(trees) = &mut self.trees {
                        trees.push(resolved);
                    }
                }
                (resolved, repository) => {
                    let why = match (resolved, repository) {
                        (Err(error), _) => unreadable(&error),
                        (Ok(_), Some(_)) => msg!(
                            "在文档所在的仓库之外",
                            "outside the repository holding the document"
                        ),
                        (Ok(_), None) => msg!(
                            "文档不在 git 仓库中，文档头只能允许本目录",
                            "the document is in no git repository: its header can allow no other directory"
                        ),
                    };
                    self.loaded
                        .diagnostics
                        .push(header_cannot_allow(&text, why));
                }
            }
        }
    }

    fn include(&mut self, from_path: &Path, from_name: &str, include: &ast::Include) {
        let relative = Path::new(&include.path.value);
        let path = from_path.parent().unwrap_or(Path::new("")).join(relative);
        let name = normalize(
            &Path::new(from_name)
                .parent()
                .unwrap_or(Path::new(""))
                .join(relative),
        )
        .to_string_lossy()
        .into_owned();
        let shown = &include.path.value;
        let missing = |why: crate::diag::Msg| {
            Diagnostic::new(
                RuleId::IncludeMissing,
                include.path.span,
                msg!("无法包含 `{shown}`", "cannot include `{shown}`"),
            )
            .with_label(why)
        };
        if self.stack.len() > MAX_INCLUDE_DEPTH {
            let depth = MAX_INCLUDE_DEPTH;
            self.loaded.diagnostics.push(missing(msg!(
                "包含嵌套超过 {depth} 层",
                "includes nested more than {depth} deep"
            )));
            return;
        }
        let canonical = match self.fs.canonicalize(&path) {
            Ok(canonical) => canonical,
            Err(error) => return self.loaded.diagnostics.push(missing(unreadable(&error))),
        };
        if let Some(trees) = &self.trees
            && !trees.iter().any(|tree| canonical.starts_with(tree))
        {
            let outside = outside_the_tree(include, &self.directory);
            return self.loaded.diagnostics.push(outside);
        }
        if canonical.components().any(|c| c.as_os_str() == ".git") {
            return self.loaded.diagnostics.push(in_git_directory(include));
        }
        if self.stack.contains(&canonical) {
            self.loaded.diagnostics.push(
                Diagnostic::new(
                    RuleId::IncludeCycle,
                    include.path.span,
                    msg!(
                        "包含 `{shown}` 形成循环",
                        "including `{shown}` makes a cycle"
                    ),
                )
                .with_label(msg!(
                    "这个文件已在包含链中",
                    "this file is already being included"
                )),
            );
            return;
        }
        if self.seen.contains(&canonical) {
            self.loaded.diagnostics.push(
                Diagnostic::new(
                    RuleId::IncludeCycle,
                    include.path.span,
                    msg!("`{shown}` 已被包含过", "`{shown}` is already included"),
                )
                .with_label(msg!("每个文件只能包含一次", "a file can be included once")),
            );
            return;
        }
        let contents = match self.fs.read_text(&path) {
            Ok(contents) => contents,
            Err(error) => return self.loaded.diagnostics.push(missing(unreadable(&error))),
        };
        self.add_file(path, name, canonical, contents);
    }
}

/// E0008: `include` names a file inside a `.git` directory, which no document needs and where
/// CI keeps credentials (a checkout's token in `.git/config`).
fn in_git_directory(include: &ast::Include) -> Diagnostic {
    let shown = &include.path.value;
    Diagnostic::new(
        RuleId::IncludeOutside,
        include.path.span,
        msg!(
            "`{shown}` 在 git 仓库的内部目录（.git）中，不能包含",
            "`{shown}` is inside a git repository's own directory (.git) and cannot be included"
        ),
    )
    .with_label(msg!(
        ".git 中存有仓库的设置，可能含有凭据",
        ".git holds the repository's settings, credentials among them"
    ))
    .with_help(msg!("包含 .perf 文件", "include .perf files"))
}

/// The repository holding `directory` (a real path): the nearest directory at or above it
/// with a `.git` (a directory, or a file in a worktree).
fn repository_of(fs: &dyn FileSystem, directory: &Path) -> Option<PathBuf> {
    directory
        .ancestors()
        .find(|dir| fs.canonicalize(&dir.join(".git")).is_ok())
        .map(Path::to_path_buf)
}

/// E0008 at a header's `允许包含` that names a directory it cannot allow.
fn header_cannot_allow(text: &ast::Text, why: crate::diag::Msg) -> Diagnostic {
    let shown = &text.value;
    Diagnostic::new(
        RuleId::IncludeOutside,
        text.span,
        msg!(
            "文档头不能允许包含 `{shown}` 中的文件",
            "the header cannot allow includes from `{shown}`"
        ),
    )
    .with_label(why)
    .with_help(msg!(
        "只能允许文档所在仓库中的目录；其他目录请在命令行用 `--allow-include 目录` 允许",
        "a header can allow directories of the document's repository only; allow another with `--allow-include DIR` on the command line"
    ))
}

/// E0008: `include` names a file outside the root's `directory` (as the user named it).
fn outside_the_tree(include: &ast::Include, directory: &str) -> Diagnostic {
    let shown = &include.path.value;
    let directory = if directory.is_empty() { "." } else { directory };
    Diagnostic::new(
        RuleId::IncludeOutside,
        include.path.span,
        msg!(
            "`{shown}` 在文档所在目录之外，不能包含",
            "`{shown}` is outside the document's directory and cannot be included"
        ),
    )
    .with_label(msg!("文档目录：{directory}", "the document's directory: {directory}"))
    .with_help(msg!(
        "把文件移到文档目录中；确需包含其他目录的文件时，用 `--allow-include 目录` 允许该目录",
        "move the file into the document's directory, or allow its directory with `--allow-include DIR`"
    ))
}

/// Why a file could not be read, as the label of E0002.
fn unreadable(error: &io::Error) -> crate::diag::Msg {
    match error.kind() {
        io::ErrorKind::NotFound => msg!("文件不存在", "no such file"),
        io::ErrorKind::IsADirectory => msg!("这是一个目录", "this is a directory"),
        io::ErrorKind::InvalidInput => msg!(
            "不是普通文件（设备、管道或套接字）",
            "not a regular file (a device, a pipe or a socket)"
        ),
        io::ErrorKind::FileTooLarge => {
            let max = MAX_FILE_BYTES;
            msg!("文件超过 {max} 字节", "the file is larger than {max} bytes")
        }
        _ => {
            let e = error.to_string();
            msg!("读取失败：{e}", "cannot read: {e}")
        }
    }
}

/// A file's bytes as text.
struct Decoded {
    /// UTF-8 text without a byte-order mark.
    text: String,
    /// The offset in `text` of the first byte that shows the file is not UTF-8 text: an invalid
    /// byte (the text is then decoded lossily so it can still be shown), or a NUL, which UTF-16
    /// and binary files have and text never does.
    not_text_at: Option<usize>,
    /// The bytes, when they are not UTF-8 (to say what they seem to be).
    invalid: Option<Vec<u8>>,
}

/// The contents are taken, not copied: a large file is held in memory once.
fn decode(contents: Contents) -> Decoded {
    match contents {
        Ok(mut text) => {
            if text.starts_with('\u{FEFF}') {
                text.drain(..'\u{FEFF}'.len_utf8());
            }
            Decoded {
                not_text_at: text.find('\0'),
                text,
                invalid: None,
            }
        }
        Err(mut bytes) => {
            if bytes.starts_with(b"\xEF\xBB\xBF") {
                bytes.drain(..3);
            }
            let valid = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), str::len);
            Decoded {
                text: String::from_utf8_lossy(&bytes).into_owned(),
                not_text_at: Some(valid),
                invalid: Some(bytes),
            }
        }
    }
}

/// E0007 when a file is longer than `max` bytes, the most a [`Span`] can point into.
fn too_large(id: FileId, len: usize, max: usize) -> Option<Diagnostic> {
    (len > max).then(|| {
        Diagnostic::new(
            RuleId::FileTooLarge,
            Span::new(id, 0, 0),
            msg!(
                "文件有 {len} 字节，超过了 {max} 字节的上限",
                "the file has {len} bytes, more than the {max} a file may have"
            ),
        )
        .with_help(msg!(
            "把文档拆成几个文件，再用 `包含` 合在一起",
            "split the document into files joined with `包含` (include)"
        ))
    })
}

/// A file's text with every character but the line breaks made a space: its lines and columns
/// stay, for reports to point into, and none of its content.
fn blanked(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\n' { c } else { ' ' })
        .collect()
}

/// E0004 at `offset` of file `id` (whose `text` is `bytes` decoded lossily), naming the encoding
/// the bytes appear to be in and the command that converts them, and whether the file may be
/// quoted. The file is refused rather than decoded: perfc's outputs and `perfc fmt` write UTF-8,
/// and a guessed encoding must not silently become the document's text. Only a file that reads
/// as GB18030 text is quoted; any other is shown [`blanked`] (no binary or secret content is
/// ever printed), the finding's span pointing into the blanked text.
fn not_text(id: FileId, name: &str, text: &str, bytes: &[u8], offset: usize) -> (Diagnostic, bool) {
    let end = text[offset..]
        .chars()
        .next()
        .map_or(offset, |c| offset + c.len_utf8());
    let converted = name.strip_suffix(".perf").unwrap_or(name);
    let iconv = |from: &str| format!("iconv -f {from} -t UTF-8 {name} > {converted}.utf8.perf");
    let (utf16, utf16le, gb18030) = (iconv("UTF-16"), iconv("UTF-16LE"), iconv("GB18030"));
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let guess = guess_encoding(bytes, offset);
    let quoted = matches!(guess, Guess::Gb18030(_));
    let (message, label, help) = match guess {
        Guess::Utf16 => (
            msg!(
                "`{name}` 是 UTF-16 编码，不是 UTF-8",
                "`{name}` is UTF-16, not UTF-8"
            ),
            msg!("第一个无效字节", "first invalid byte"),
            msg!("转换为 UTF-8：`{utf16}`", "convert it to UTF-8: `{utf16}`"),
        ),
        Guess::Nul => (
            msg!(
                "`{name}` 含有 NUL 字节，不是文本文件",
                "`{name}` holds a NUL byte: it is not text"
            ),
            msg!("NUL 字节", "NUL byte"),
            msg!(
                "若是没有字节顺序标记的 UTF-16 文件，可转换：`{utf16le}`",
                "if it is UTF-16 without a byte-order mark, convert it: `{utf16le}`"
            ),
        ),
        Guess::Gb18030(line) => (
            msg!(
                "`{name}` 不是 UTF-8 编码，看来是 GB18030（GBK）编码",
                "`{name}` is not UTF-8; it looks like GB18030 (GBK)"
            ),
            msg!(
                "第一个无效字节；按 GB18030 读，这一行是 `{line}`",
                "first invalid byte; read as GB18030, this line is `{line}`"
            ),
            msg!(
                "转换为 UTF-8：`{gb18030}`",
                "convert it to UTF-8: `{gb18030}`"
            ),
        ),
        Guess::Unknown => (
            msg!("`{name}` 不是 UTF-8 编码", "`{name}` is not UTF-8"),
            msg!("第一个无效字节", "first invalid byte"),
            msg!(
                "若文件为 GBK/GB18030 编码，可转换：`{gb18030}`",
                "if the file is GBK/GB18030, convert it: `{gb18030}`"
            ),
        ),
    };
    let span = if quoted {
        Span::new(id, offset, end)
    } else {
        // One byte a character once blanked.
        let at = text[..offset].chars().count();
        Span::new(id, at, at + usize::from(end > offset))
    };
    let diagnostic = Diagnostic::new(RuleId::NotUtf8, span, message)
        .with_label(label)
        .with_help(help);
    (diagnostic, quoted)
}

/// What bytes that are not UTF-8 text probably are.
enum Guess {
    /// A UTF-16 byte-order mark.
    Utf16,
    /// Valid UTF-8 with a NUL: binary, or UTF-16 without a byte-order mark.
    Nul,
    /// Valid GB18030 (which includes GBK and GB2312): the line of the first bad byte, decoded.
    Gb18030(String),
    Unknown,
}

/// Guesses from the bytes (after any UTF-8 byte-order mark) and the offset of the first bad one.
fn guess_encoding(bytes: &[u8], offset: usize) -> Guess {
    let gb18030 = encoding_rs::GB18030;
    if encoding_rs::Encoding::for_bom(bytes).is_some_and(|(bom, _)| bom != encoding_rs::UTF_8) {
        Guess::Utf16
    } else if bytes.get(offset) == Some(&0) {
        Guess::Nul
    } else if gb18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .is_some()
    {
        // GB18030 never uses the byte of `\n` inside a character, so lines can be cut as bytes.
        let start = bytes[..offset]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[offset..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| offset + i);
        let (line, _) = gb18030.decode_without_bom_handling(&bytes[start..end]);
        Guess::Gb18030(line.trim().chars().take(40).collect())
    } else {
        Guess::Unknown
    }
}

/// Removes `.` and resolves `..` lexically, for display names and for matching editor buffers.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// Files in memory; a path ending in `/` is a directory.
    struct MemFs(BTreeMap<PathBuf, &'static str>);

    impl FileSystem for MemFs {
        fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
            let path = normalize(path);
            if self.0.keys().any(|k| k != &path && k.starts_with(&path)) {
                return Err(io::Error::from(io::ErrorKind::IsADirectory));
            }
            self.0
                .get(&path)
                .map(|t| t.as_bytes().to_vec())
                .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
        }

        fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
            Ok(normalize(path))
        }
    }

    fn fs(files: &[(&str, &'static str)]) -> MemFs {
        MemFs(files.iter().map(|(p, t)| (PathBuf::from(p), *t)).collect())
    }

    fn codes(loaded: &Loaded) -> Vec<&str> {
        loaded.diagnostics.iter().map(|d| d.code).collect()
    }

    #[test]
    fn includes_expand_in_place_relative_to_the_includer() {
        let fs = fs(&[
            (
                "doc/main.perf",
                "单位 1 \"a\"\n包含 \"units/b.perf\"\n单位 3 \"c\"\n",
            ),
            ("doc/units/b.perf", "单位 2 \"b\"\n"),
        ]);
        let loaded = load(Path::new("doc/main.perf"), &fs).expect("root reads");
        assert!(codes(&loaded).is_empty(), "{:?}", loaded.diagnostics);
        let units: Vec<_> = loaded
            .items()
            .map(|i| match i {
                ast::Item::Unit(u) => u.code.node.clone(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(units, ["1", "2", "3"]);
        assert_eq!(loaded.sources.get(FileId(1)).name, "doc/units/b.perf");
    }

    #[test]
    fn missing_files_and_directories_are_diagnostics() {
        let fs = fs(&[
            ("main.perf", "包含 \"nope.perf\"\n包含 \"dir\"\n"),
            ("dir/x.perf", ""),
        ]);
        let loaded = load(Path::new("main.perf"), &fs).expect("root reads");
        assert_eq!(codes(&loaded), ["E0002", "E0002"]);
    }

    #[test]
    fn cycles_and_repeats_are_diagnostics() {
        let fs = fs(&[
            ("a.perf", "包含 \"b.perf\"\n包含 \"b.perf\"\n"),
            ("b.perf", "包含 \"a.perf\"\n"),
        ]);
        let loaded = load(Path::new("a.perf"), &fs).expect("root reads");
        assert_eq!(codes(&loaded), ["E0003", "E0003"]);
        assert!(loaded.diagnostics[0].message.en.contains("cycle"));
        assert!(
            loaded.diagnostics[1]
                .message
                .en
                .contains("already included")
        );
    }

    #[test]
    fn non_utf8_is_reported_at_the_first_bad_byte() {
        struct Gbk;
        impl FileSystem for Gbk {
            fn read(&self, _: &Path) -> io::Result<Vec<u8>> {
                // "项目" in GBK after a valid line.
                Ok(b"# ok\n\xCF\xEE\xC4\xBF\n".to_vec())
            }
            fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
                Ok(path.to_path_buf())
            }
        }
        let loaded = load(Path::new("gbk.perf"), &Gbk).expect("root reads");
        assert_eq!(codes(&loaded)[0], "E0004");
        assert_eq!(loaded.diagnostics[0].primary.span.start(), 5);
    }

    #[test]
    fn files_too_long_for_spans_are_refused() {
        let max = 16;
        assert!(too_large(FileId(0), max, max).is_none());
        let refused = too_large(FileId(0), max + 1, max).expect("one byte over");
        assert_eq!(refused.rule, RuleId::FileTooLarge);
        assert_eq!(refused.primary.span, Span::new(FileId(0), 0, 0));
        assert_eq!(MAX_FILE_BYTES, u32::MAX as usize);
    }

    #[test]
    fn byte_order_mark_is_ignored() {
        let fs = fs(&[("bom.perf", "\u{FEFF}单位 1 \"a\"\n")]);
        let loaded = load(Path::new("bom.perf"), &fs).expect("root reads");
        assert!(codes(&loaded).is_empty());
        assert_eq!(loaded.order.len(), 1);
    }

    #[test]
    fn a_large_file_with_a_byte_order_mark_loads_without_it() {
        let text = "单位 1 \"a\"\n".repeat(100_000);
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("large.perf");
        std::fs::write(&path, format!("\u{FEFF}{text}")).expect("write");
        let loaded = load(&path, &RealFs).expect("root reads");
        assert!(codes(&loaded).is_empty(), "{:?}", codes(&loaded));
        assert_eq!(loaded.sources.get(FileId(0)).text, text);
    }

    #[test]
    fn includes_outside_the_roots_directory_are_refused_unless_allowed() {
        let fs = fs(&[
            (
                "doc/main.perf",
                "包含 \"../secret.perf\"\n包含 \"../shared/u.perf\"\n",
            ),
            ("secret.perf", "单位 1 \"a\"\n"),
            ("shared/u.perf", "单位 2 \"b\"\n"),
        ]);
        let root = Path::new("doc/main.perf");
        let loaded = load(root, &fs).expect("root reads");
        assert_eq!(codes(&loaded), ["E0008", "E0008"]);
        assert_eq!(
            loaded.sources.files().count(),
            1,
            "nothing outside was read"
        );
        let loaded = load_with(root, &fs, &[PathBuf::from("shared")]).expect("root reads");
        assert_eq!(codes(&loaded), ["E0008"]);
        assert_eq!(loaded.order.len(), 1);
    }

    #[test]
    fn includes_nest_to_a_limit() {
        let names: Vec<String> = (0..=MAX_INCLUDE_DEPTH + 5)
            .map(|i| format!("{i}.perf"))
            .collect();
        let texts: Vec<&'static str> = (0..names.len())
            .map(|i| &*format!("包含 \"{}.perf\"\n", i + 1).leak())
            .collect();
        let files: Vec<(&str, &'static str)> =
            names.iter().map(String::as_str).zip(texts).collect();
        let loaded = load(Path::new("0.perf"), &fs(&files)).expect("root reads");
        assert_eq!(codes(&loaded), ["E0002"]);
        assert_eq!(loaded.sources.files().count(), MAX_INCLUDE_DEPTH + 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_or_a_device_is_not_read() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let root = dir.path().join("doc.perf");
        std::fs::write(&root, "包含 \"pipe.perf\"\n包含 \"zero.perf\"\n").expect("write");
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join("pipe.perf"))
            .status()
            .expect("mkfifo");
        assert!(made.success());
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.perf")).expect("symlink");
        let loaded = load(&root, &RealFs).expect("root reads");
        // The pipe is in the tree but not a regular file; the link leads out of the tree.
        assert_eq!(codes(&loaded), ["E0002", "E0008"]);
        let allowed = load_with(&root, &RealFs, &[PathBuf::from("/dev")]).expect("root reads");
        assert_eq!(codes(&allowed), ["E0002", "E0002"]);
    }
}
