//! `file:` URIs to paths and back. Editors percent-encode non-ASCII path characters, so a Chinese
//! file name arrives as `%E6%89%BF…`.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use lsp_types::Uri;

/// The path of a `file:` URI; other schemes (`untitled:`) have none.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // Skip the authority (usually empty: `file:///home/…`).
    let path = &rest[rest.find('/')?..];
    let decoded = percent_decode(path)?;
    // `/C:/dir` on Windows.
    let decoded = match decoded.as_bytes() {
        [b'/', drive, b':', ..] if cfg!(windows) && drive.is_ascii_alphabetic() => &decoded[1..],
        _ => &decoded,
    };
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let path = path.to_string_lossy().replace('\\', "/");
    let path = if path.starts_with('/') {
        path
    } else {
        format!("/{path}")
    };
    Uri::from_str(&format!("file://{}", percent_encode(&path))).ok()
}

fn percent_decode(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~:".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
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
    fn other_schemes_and_bad_escapes_have_no_path() {
        assert_eq!(to_path(&uri("untitled:Untitled-1")), None);
        assert_eq!(to_path(&uri("file:///a%E6")), None);
    }
}
