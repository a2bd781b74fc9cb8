//! Writing outputs atomically, and only when their bytes change (so Make's timestamps mean
//! something): the new contents go to a temporary file in the same directory, which is then
//! renamed over the target.

use std::io::Write;
use std::path::Path;

pub(super) fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let fail = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    let mut builder = tempfile::Builder::new();
    // Outputs are ordinary files, readable by all; a temporary file is private by default.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder.tempfile_in(dir).map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}
