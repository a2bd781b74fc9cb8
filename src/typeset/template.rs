//! The templates a document is typeset with: perfc's own official layout, or a user's file given
//! with `--template`.
//!
//! A user template may read files in its own directory (images, imports) and nothing else: every
//! path is resolved to its real location, symlinks followed, and refused unless it stays inside
//! that directory. Packages (`@preview/…`) are not available.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use typst::diag::{FileError, FileResult};
use typst::foundations::Bytes;
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst_as_lib::file_resolver::FileResolver;

/// The official layout: cover, 目录, Part 1, one 绩效目标表 per project.
const OFFICIAL: &str = include_str!("official.typ");
/// The line of [`OFFICIAL`] naming the data file the standalone compiler reads by default.
const OFFICIAL_DATA_LINE: &str =
    r#"#let data = json(sys.inputs.at("data", default: "document.json"))"#;

#[derive(Clone)]
pub enum Template {
    Official,
    User {
        /// The template file as given.
        path: PathBuf,
        /// Its directory, resolved: the only place it may read from.
        root: PathBuf,
        /// Its file name, the path Typst knows it by inside `root`.
        name: String,
        text: String,
    },
}

impl Template {
    /// Reads a user template.
    pub fn user(path: &Path) -> Result<Template, String> {
        let fail = |e: std::io::Error| format!("cannot read template {}: {e}", path.display());
        let real = path.canonicalize().map_err(fail)?;
        let text = std::fs::read_to_string(&real).map_err(fail)?;
        let root = real
            .parent()
            .ok_or_else(|| format!("template {} has no directory", path.display()))?
            .to_path_buf();
        let name = real
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| format!("template {} has no file name", path.display()))?;
        Ok(Template::User {
            path: path.to_path_buf(),
            root,
            name,
            text,
        })
    }

    /// The Typst source to write beside the JSON as `NAME.typ`: for the official layout, with
    /// `data_file` as the data it reads when compiled by hand (`typst compile NAME.typ`).
    pub fn source_for(&self, data_file: &str) -> String {
        match self {
            Template::Official => OFFICIAL.replacen(
                OFFICIAL_DATA_LINE,
                &format!(
                    r#"#let data = json(sys.inputs.at("data", default: {}))"#,
                    string_literal(data_file)
                ),
                1,
            ),
            Template::User { text, .. } => text.clone(),
        }
    }

    /// The main file as Typst sees it.
    pub(super) fn main_source(&self) -> Result<Source, String> {
        let (name, text) = match self {
            Template::Official => ("official.typ", OFFICIAL),
            Template::User { name, text, .. } => (name.as_str(), text.as_str()),
        };
        Ok(Source::new(project_file_id(name)?, text.to_owned()))
    }

    /// The directory a user template may read from; the files it reads are added to `read`.
    pub(super) fn sandbox(&self, read: FilesRead) -> Option<Sandbox> {
        match self {
            Template::Official => None,
            Template::User { root, .. } => Some(Sandbox {
                root: root.clone(),
                read,
            }),
        }
    }

    /// The template's own file, when it is a file (for dependency lists).
    pub fn path(&self) -> Option<&Path> {
        match self {
            Template::Official => None,
            Template::User { path, .. } => Some(path),
        }
    }

    /// The real file behind a Typst file of this template, and how to name it to the user.
    pub(super) fn locate(&self, id: FileId) -> Option<(PathBuf, String)> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return None;
        }
        let inside = id.vpath().get_without_slash();
        match self {
            Template::Official => Some((
                PathBuf::from("official.typ"),
                "<perfc>/official.typ".to_owned(),
            )),
            Template::User {
                path, root, name, ..
            } if inside == name => Some((path.clone(), path.display().to_string())),
            Template::User { root, .. } => {
                let real = root.join(inside);
                Some((real.clone(), real.display().to_string()))
            }
        }
    }
}

/// The id of `name` at the root of the template's directory.
fn project_file_id(name: &str) -> Result<FileId, String> {
    let vpath =
        VirtualPath::new(format!("/{name}")).map_err(|e| format!("template name {name}: {e:?}"))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// A Typst string literal holding `text` (only `\` and `"` and line breaks need escapes).
fn string_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The real paths of the files a template read, shared with the typesetter that asks for them.
pub(super) type FilesRead = Arc<Mutex<BTreeSet<PathBuf>>>;

/// Serves the files of a user template's directory, and no others.
pub(super) struct Sandbox {
    root: PathBuf,
    read: FilesRead,
}

impl Sandbox {
    fn read(&self, id: FileId) -> FileResult<Vec<u8>> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::Other(Some(
                "packages are not available to perfc templates".into(),
            )));
        }
        let path = id
            .vpath()
            .realize(&self.root)
            .map_err(|_| FileError::AccessDenied)?;
        let io = |e| FileError::from_io(e, &path);
        // A pipe or a device would be waited on or read without end.
        if !std::fs::metadata(&path).map_err(io)?.is_file() {
            return Err(FileError::Other(Some("not a regular file".into())));
        }
        // Opened first, then checked: the file opened must be the one whose real path lies in
        // the template's directory. (Checked first and opened after, it could be swapped for a
        // link to another file in between.)
        let mut file = std::fs::File::open(&path).map_err(io)?;
        let real = path.canonicalize().map_err(io)?;
        let opened = file.metadata().map_err(io)?;
        if !real.starts_with(&self.root)
            || !same_file(&opened, &std::fs::metadata(&real).map_err(io)?)
        {
            return Err(FileError::AccessDenied);
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes).map_err(io)?;
        if let Ok(mut read) = self.read.lock() {
            read.insert(real);
        }
        Ok(bytes)
    }
}

/// Whether two metadata describe one file (device and inode; elsewhere than Unix, the real path
/// check stands alone).
#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    true
}

impl FileResolver for Sandbox {
    fn resolve_binary(&self, id: FileId) -> FileResult<Cow<'_, Bytes>> {
        Ok(Cow::Owned(Bytes::new(self.read(id)?)))
    }

    fn resolve_source(&self, id: FileId) -> FileResult<Cow<'_, Source>> {
        let bytes = self.read(id)?;
        let text = String::from_utf8(bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Cow::Owned(Source::new(id, text)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literal_escapes_what_typst_would_read_as_syntax() {
        assert_eq!(string_literal(r#"a"b\c.json"#), r#""a\"b\\c.json""#);
        assert_eq!(string_literal("报告.json"), r#""报告.json""#);
    }

    #[test]
    fn the_emitted_official_template_names_its_data_file() {
        let source = Template::Official.source_for("chengde-2023.json");
        assert!(source.contains(r#"default: "chengde-2023.json""#));
        assert!(!source.contains("document.json"));
    }
}
