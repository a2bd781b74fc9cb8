//! `perfc watch`: `perfc build`, and again whenever a file it read changes (a `.perf` file, the
//! template or a file the template reads), or a `.perf` file is added to or removed from a
//! directory it was given. Ends with the process (Ctrl-C).

use std::path::Path;
use std::time::Instant;

use super::build::{BuildArgs, Builder};
use super::{Reporting, stderr};
use crate::diag::render::visible;
use crate::msg;
use crate::watch::Watch;

/// Builds, then rebuilds on every change; returns only when the files cannot be watched.
pub(super) fn run(args: &BuildArgs, jobs: usize, reporting: &Reporting) -> Result<bool, String> {
    let builder = Builder::new(args, reporting)?;
    let lang = reporting.render.lang;
    let mut watch = Watch::new()?;
    watch.watch(args.files().iter().cloned())?;
    loop {
        let started = Instant::now();
        let mut read = Vec::new();
        let outcome = builder.build(jobs, &mut read);
        // Watched before anything is said: a change made once the build is reported is seen.
        watch.watch(read.into_iter().chain(args.files().iter().cloned()))?;
        let millis = started.elapsed().as_millis();
        let status = match outcome {
            Ok(false) => msg!(
                "已生成（{millis} ms），等待修改……",
                "built ({millis} ms); waiting for changes…"
            ),
            Ok(true) => msg!(
                "已生成（{millis} ms），仍有问题；等待修改……",
                "built ({millis} ms) with findings; waiting for changes…"
            ),
            Err(message) => msg!(
                "perfc: {message}\n未能生成；等待修改……",
                "perfc: {message}\nnot built; waiting for changes…"
            ),
        };
        stderr(&format!("[perfc watch] {}\n", status.get(lang)));
        // Typst's memory of the last few builds makes the next one fast; older layouts go.
        typst::comemo::evict(10);
        let changed = watch
            .changed()
            .ok_or_else(|| "watching the files stopped".to_string())?;
        let names = changed
            .iter()
            .map(|p| shown(p))
            .collect::<Vec<_>>()
            .join(", ");
        let status = msg!("改动：{names}", "changed: {names}");
        stderr(&format!("[perfc watch] {}\n", status.get(lang)));
    }
}

/// A changed file's name, as a terminal may print it.
fn shown(path: &Path) -> String {
    let name = path
        .file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy();
    visible(&name).into_owned()
}
