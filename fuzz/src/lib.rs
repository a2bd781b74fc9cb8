//! What the fuzz targets share: a file system holding only the fuzzed file, and the steps of
//! `perfc check` and `perfc build` up to (not including) typesetting.

use std::io;
use std::path::{Path, PathBuf};

use perfc::diag::SeverityConfig;
use perfc::diag::render::{self, Format, Options};
use perfc::load::{self, FileSystem, Loaded};

/// The name the fuzzed file is loaded under.
pub const ROOT: &str = "fuzz.perf";
/// An include of this name reads the fuzzed file again (exercising cycles and repeats); any
/// other include is missing.
const AGAIN: &str = "again.perf";

/// A disk holding the fuzzed bytes under two names.
struct OneFile<'a>(&'a [u8]);

impl FileSystem for OneFile<'_> {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        match path.to_str() {
            Some(ROOT | AGAIN) => Ok(self.0.to_vec()),
            _ => Err(io::Error::from(io::ErrorKind::NotFound)),
        }
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        Ok(path.to_path_buf())
    }
}

/// Loads the fuzzed bytes as the root of a document.
pub fn load(bytes: &[u8]) -> Loaded {
    load::load_bytes(Path::new(ROOT), bytes, &OneFile(bytes))
}

/// Renders findings in every format and language, as `perfc check` prints them.
pub fn render_all(loaded: &Loaded, diagnostics: &[perfc::diag::Diagnostic]) {
    for format in [Format::Human, Format::Short, Format::Json] {
        for lang in [perfc::diag::Lang::Zh, perfc::diag::Lang::En] {
            let options = Options {
                format,
                color: false,
                lang,
            };
            render::render(diagnostics, &loaded.sources, &options);
        }
    }
}

/// The JSON `perfc build` writes for these bytes, when the document is fully read.
pub fn json_of(bytes: &[u8]) -> Option<String> {
    let levels = SeverityConfig::default();
    let request = perfc::pipeline::Request {
        json: true,
        ..perfc::pipeline::Request::check(&levels)
    };
    perfc::pipeline::run(load(bytes), &request).ok()?.made?.json
}
