//! `cargo bench --bench check`: throughput of `perfc check` (read, parse, model, rules, findings)
//! on a generated 10 MB document built from the reference, in process, median of 7 runs.
//!
//! For comparison it also times pest alone parsing 10 MB with the trivial grammar of the stack
//! notes (`benches/calibration.pest`), and pest alone parsing the generated document with
//! perfc's grammar, each on one thread, on the same machine in the same run.

// pest is built without `std`; its generated parsers name `alloc`.
extern crate alloc;

use std::path::Path;
use std::time::{Duration, Instant};

use perfc::diag::SeverityConfig;
use perfc::load::{self, FileSystem};
use perfc::pipeline::{self, Request};
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../benches/calibration.pest"]
struct Calibration;

/// perfc's own grammar, for pest alone on the generated document (no lowering, no rules).
mod perf_grammar {
    #[derive(pest_derive::Parser)]
    #[grammar = "../grammar/perf.pest"]
    pub struct PerfGrammar;
}

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

const RUNS: usize = 7;

/// The stack notes' synthetic input: projects of eight indicator lines, 33% non-ASCII.
fn calibration_document(bytes: usize) -> String {
    let project = "project \"2023 年测绘地理信息资质单位质量监督检查\" {\n  code \"13080023P000085100062\"\n  budget 15.00 万元\n";
    let line =
        "  indicator 产出指标/数量指标 \"开展质量监督检查次数\" >= 1 次 basis \"年度工作计划\"\n";
    let mut out = String::new();
    while out.len() < bytes {
        out.push_str(project);
        for _ in 0..8 {
            out.push_str(line);
        }
        out.push_str("}\n");
    }
    out
}

/// Pest alone with perfc's grammar on one thread, over parts of about 64 KB cut before `项目`
/// lines, as perfc parses a large file.
fn pest_with_perfc_grammar(document: &str) -> Duration {
    use perf_grammar::{PerfGrammar, Rule};
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in document.match_indices("\n项目 ") {
        if at + 1 - start >= 64 * 1024 {
            parts.push(&document[start..at + 1]);
            start = at + 1;
        }
    }
    parts.push(&document[start..]);
    let begin = Instant::now();
    for part in parts {
        let pairs = PerfGrammar::parse(Rule::file, part).expect("the generated document parses");
        std::hint::black_box(pairs);
    }
    begin.elapsed()
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let corpus = generate::Corpus::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/chengde-2023"),
    );
    let document = corpus.document(10_000_000);
    let megabytes = document.len() as f64 / 1e6;
    let path = Path::new("generated.perf");

    let mut findings = 0;
    let mut load_runs = Vec::new();
    let mut rule_runs = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let loaded = load::load_bytes(path, document.as_bytes(), &NoIncludes);
        let parsed = Instant::now();
        let levels = SeverityConfig::default();
        let outcome = pipeline::run(loaded, &Request::check(&levels)).expect("checked");
        rule_runs.push(parsed.elapsed());
        load_runs.push(parsed - start);
        findings = outcome.diagnostics.len();
        std::hint::black_box(&outcome.diagnostics);
    }
    let (load, rules) = (median(load_runs), median(rule_runs));
    let calibration = calibration_document(document.len());
    let pest_runs = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let pairs = Calibration::parse(Rule::file, &calibration).expect("calibration parses");
            std::hint::black_box(pairs);
            start.elapsed()
        })
        .collect();
    let pest_alone = median(pest_runs);
    let perfc_grammar = median(
        (0..RUNS)
            .map(|_| pest_with_perfc_grammar(&document))
            .collect(),
    );
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
    let calibration_mb = calibration.len() as f64 / 1e6;
    println!(
        "pest alone:      {:>7.1} ms  {:>6.1} MB/s  (calibration grammar, one thread)",
        pest_alone.as_secs_f64() * 1e3,
        calibration_mb / pest_alone.as_secs_f64()
    );
    println!(
        "pest alone:      {:>7.1} ms  {:>6.1} MB/s  (perfc's grammar, one thread)",
        perfc_grammar.as_secs_f64() * 1e3,
        rate(perfc_grammar)
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("cores:           {cores}");
}
