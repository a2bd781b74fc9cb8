//! `file:` URIs to paths and back, through the `url` crate (percent-encoding, hosts, queries and
//! fragments, Windows drive letters, paths that are not UTF-8).

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::Uri;
use url::Url;

/// The path of a `file:` URI; other schemes (`untitled:`) and other hosts have none.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let url = Url::parse(uri.as_str()).ok()?;
    if url.scheme() != "file" {
        return None;
    }
    url.to_file_path().ok()
}

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let url = Url::from_file_path(path).ok()?;
    Uri::from_str(url.as_str()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(text: &str) -> Uri {
        Uri::from_str(text).expect("valid URI")
    }

    #[test]
    fn chinese_paths_round_trip() {
        let path = Path::new("/work/承德 2023/单位.perf");
        let encoded = from_path(path).expect("encodes");
        assert_eq!(
            encoded.as_str(),
            "file:///work/%E6%89%BF%E5%BE%B7%202023/%E5%8D%95%E4%BD%8D.perf"
        );
        assert_eq!(to_path(&encoded).as_deref(), Some(path));
    }

    #[test]
    fn other_schemes_have_no_path() {
        assert_eq!(to_path(&uri("untitled:Untitled-1")), None);
    }

    #[test]
    fn a_query_or_fragment_is_not_part_of_the_path() {
        assert_eq!(
            to_path(&uri("file:///work/a.perf?x=1#top")).as_deref(),
            Some(Path::new("/work/a.perf"))
        );
    }

    #[cfg(unix)]
    #[test]
    fn paths_that_are_not_utf8_round_trip() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"/work/\xff\xfe.perf"));
        let encoded = from_path(path).expect("encodes");
        assert_eq!(encoded.as_str(), "file:///work/%FF%FE.perf");
        assert_eq!(to_path(&encoded).as_deref(), Some(path));
    }

    #[cfg(unix)]
    #[test]
    fn a_file_on_another_host_has_no_local_path() {
        assert_eq!(to_path(&uri("file://server/share/a.perf")), None);
        assert_eq!(
            to_path(&uri("file://localhost/work/a.perf")).as_deref(),
            Some(Path::new("/work/a.perf"))
        );
    }
}
