//! `cargo bench --bench check`: throughput of `perfc check` (parse + model + rules + findings)
//! on a generated 10 MB document built from the reference, in process, median of 5 runs.
//!
//! Prints MB/s for the whole check and for parsing alone; the target is ≥ 40 MB/s.

use std::path::Path;
use std::time::{Duration, Instant};

use perfc::diag::SeverityConfig;
use perfc::load::{self, FileSystem};

#[path = "generate.rs"]
mod generate;

/// Only the generated document exists.
struct NoIncludes;

impl FileSystem for NoIncludes {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            path.display().to_string(),
        ))
    }
    fn canonicalize(&self, path: &Path) -> std::io::Result<std::path::PathBuf> {
        Ok(path.to_path_buf())
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let corpus = generate::Corpus::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/chengde-2023"),
    );
    let document = corpus.document(10 * 1024 * 1024);
    let megabytes = document.len() as f64 / (1024.0 * 1024.0);
    let path = Path::new("generated.perf");

    let mut findings = 0;
    let mut load_runs = Vec::new();
    let mut rule_runs = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let loaded = load::load_bytes(path, document.as_bytes(), &NoIncludes);
        let parsed = Instant::now();
        let checked = perfc::check::check(&loaded, &SeverityConfig::default());
        rule_runs.push(parsed.elapsed());
        load_runs.push(parsed - start);
        findings = checked.diagnostics.len();
        std::hint::black_box(&checked);
    }
    let (load, rules) = (median(load_runs), median(rule_runs));
    let total = load + rules;
    let rate = |d: Duration| megabytes / d.as_secs_f64();
    println!(
        "document: {megabytes:.1} MB, {} projects, {findings} findings",
        document.matches("\n项目 ").count()
    );
    println!(
        "read + parse:    {:>7.1} ms  {:>6.1} MB/s",
        load.as_secs_f64() * 1e3,
        rate(load)
    );
    println!(
        "model + rules:   {:>7.1} ms  {:>6.1} MB/s",
        rules.as_secs_f64() * 1e3,
        rate(rules)
    );
    println!(
        "perfc check:     {:>7.1} ms  {:>6.1} MB/s",
        total.as_secs_f64() * 1e3,
        rate(total)
    );
}
