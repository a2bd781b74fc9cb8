//! The fonts perfc typesets with: the bundled Noto CJK faces, embedded in the binary so a machine
//! without fonts still prints correct Chinese, plus any fonts the user adds with `--font-path`.
//! Every file is read once into memory; nothing is searched for or fetched at run time.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use typst::foundations::Bytes;
use typst::text::Font;

/// Family of the bundled 宋体-like face: body text and table cells.
pub const BODY_FAMILY: &str = "Noto Serif SC";
/// Family of the bundled 黑体-like faces: titles and table labels.
pub const HEADING_FAMILY: &str = "Noto Sans S Chinese";

static BUNDLED: [&[u8]; 3] = [
    include_bytes!("../../fonts/NotoSerifSC-Regular.otf"),
    include_bytes!("../../fonts/NotoSansHans-Regular.otf"),
    include_bytes!("../../fonts/NotoSansHans-Bold.otf"),
];

/// Font file extensions read from a `--font-path` directory.
const FONT_EXTENSIONS: [&str; 4] = ["ttf", "otf", "ttc", "otc"];

/// The loaded fonts, with a memo of which characters they cover.
pub struct FontSet {
    fonts: Vec<Font>,
    /// Files read, in the order read (for dependency lists).
    files: Vec<PathBuf>,
    covered: std::sync::Mutex<FxHashMap<char, bool>>,
}

impl FontSet {
    /// The bundled fonts, then every font file in `dirs` (searched recursively, in path order so
    /// that the same directories always give the same fonts).
    pub fn load(dirs: &[PathBuf]) -> Result<FontSet, String> {
        let mut fonts: Vec<Font> = BUNDLED
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let mut files = Vec::new();
        for dir in dirs {
            collect_font_files(dir, &mut files)?;
        }
        for file in &files {
            // Read as the loader reads documents: regular files only, size bounded.
            let data = crate::load::FileSystem::read(&crate::load::RealFs, file)
                .map_err(|e| format!("cannot read font {}: {e}", file.display()))?;
            let before = fonts.len();
            fonts.extend(Font::iter(Bytes::new(data)));
            if fonts.len() == before {
                return Err(format!("{} is not a font Typst can read", file.display()));
            }
        }
        Ok(FontSet {
            fonts,
            files,
            covered: Default::default(),
        })
    }

    pub fn fonts(&self) -> &[Font] {
        &self.fonts
    }

    /// Font files read from `--font-path` directories.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    pub fn has_family(&self, family: &str) -> bool {
        self.fonts
            .iter()
            .any(|f| f.info().family.eq_ignore_ascii_case(family))
    }

    /// Whether some loaded font draws this character (Typst falls back across all of them).
    pub fn covers(&self, c: char) -> bool {
        let mut memo = self.covered.lock().unwrap_or_else(|e| e.into_inner());
        *memo.entry(c).or_insert_with(|| {
            self.fonts
                .iter()
                .any(|f| f.info().coverage.contains(c as u32))
        })
    }
}

/// Font files under `dir`, sorted by path.
fn collect_font_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read font directory {}: {e}", dir.display()))?;
    // A linked directory is not followed: a link to a directory above would never end.
    let mut paths: Vec<(PathBuf, bool)> = entries
        .map(|entry| entry.and_then(|e| Ok((e.path(), e.file_type()?.is_dir()))))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("cannot read font directory {}: {e}", dir.display()))?;
    paths.sort();
    for (path, is_dir) in paths {
        if is_dir {
            collect_font_files(&path, out)?;
        } else if is_font_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn is_font_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| FONT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}
