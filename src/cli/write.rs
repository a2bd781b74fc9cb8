//! Writing outputs atomically, and only when their bytes change (so Make's timestamps mean
//! something): the new contents go to a temporary file in the same directory, which is then
//! renamed over the target.

use std::io::{self, Write};
use std::path::Path;

pub(super) fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    replace(path, |file| file.write_all(bytes))
}

/// Replaces `path` with what `fill` writes to a temporary file beside it. When anything fails
/// (a full disk), the temporary file is removed and `path` is left as it was.
fn replace(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create directory {}: {e}", dir.display()))?;
    let fail = |e: io::Error| format!("cannot write {}: {e}", path.display());
    let mut builder = tempfile::Builder::new();
    // Outputs are ordinary files, readable by all; a temporary file is private by default.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder.tempfile_in(dir).map_err(fail)?;
    fill(temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("directory")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_full_disk_leaves_the_old_output_and_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old").expect("old output");
        let result = replace(&path, |file| {
            file.write_all(b"new, but only the beginning")?;
            Err(io::Error::from(io::ErrorKind::StorageFull))
        });
        let message = result.expect_err("the failure is reported");
        assert!(message.starts_with("cannot write "), "{message}");
        assert_eq!(std::fs::read_to_string(&path).expect("output"), "old");
        assert_eq!(names_in(dir.path()), ["out.json"]);
    }

    #[test]
    fn a_new_output_replaces_the_old() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old").expect("old output");
        write_if_changed(&path, b"new").expect("written");
        assert_eq!(std::fs::read_to_string(&path).expect("output"), "new");
        assert_eq!(names_in(dir.path()), ["out.json"]);
    }
}
