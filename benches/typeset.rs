//! `cargo bench --bench typeset`: `perfc build` end to end (read, parse, check, JSON, Typst, PDF)
//! as a user runs it, one cold process per run, median of 5.
//!
//! 1. The reference document against the standalone Typst compiler compiling perfc's own emitted
//!    `.typ` + `.json` to PDF, in the same run. The anchor is the PyPI `typst` package (0.15.2,
//!    embedding Typst 0.15.1 like perfc), started as its own process too; point
//!    `PERFC_BENCH_PYTHON` at a Python that has it (`benches/typeset.sh` sets one up).
//! 2. Generated documents of 36, 360 and 1,080 projects (copies of the reference), to show time
//!    growing linearly with size.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "generate.rs"]
mod generate;

const RUNS: usize = 5;

/// The anchor: compile NAME.typ beside NAME.json with only the bundled fonts, like perfc.
const ANCHOR: &str = r#"
import sys, typst
typ, fonts, pdf = sys.argv[1:4]
typst.compile(typ, output=pdf, font_paths=[fonts], ignore_system_fonts=True)
"#;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time_runs(mut command: impl FnMut() -> Command) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                let status = command().status().expect("start process");
                assert!(status.success(), "benchmark command failed");
                start.elapsed()
            })
            .collect(),
    )
}

fn perfc_build(file: &Path, out: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_perfc"));
    command
        .args(["build", "--diagnostic-format", "short"])
        .arg(file)
        .arg("-o")
        .arg(out)
        .env_remove("SOURCE_DATE_EPOCH")
        .stderr(std::process::Stdio::null());
    command
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target/bench-typeset");
    std::fs::create_dir_all(&work).expect("work directory");
    let reference = root.join("examples/chengde-2023/chengde-2023.perf");

    let perfc = time_runs(|| perfc_build(&reference, &work));
    println!("reference (36 projects, 277 indicators), median of {RUNS} processes:");
    println!(
        "  perfc build (parse, check, JSON, Typst, PDF): {:>7.1} ms",
        ms(perfc)
    );
    compare_with_anchor(root, &work, perfc);

    println!("generated documents:");
    let corpus = generate::Corpus::load(&root.join("examples/chengde-2023"));
    for copies in [1, 10, 30] {
        let file = work.join(format!("generated-{copies}.perf"));
        std::fs::write(&file, corpus.copies(copies)).expect("write document");
        let time = time_runs(|| perfc_build(&file, &work));
        let projects = copies * 36;
        println!(
            "  {projects:>5} projects: {:>8.1} ms  {:>5.2} ms/project",
            ms(time),
            ms(time) / projects as f64
        );
    }
}

fn compare_with_anchor(root: &Path, work: &Path, perfc: Duration) {
    let python = std::env::var_os("PERFC_BENCH_PYTHON").map(PathBuf::from);
    let Some(python) = python.filter(|p| {
        Command::new(p)
            .args(["-c", "import typst"])
            .status()
            .is_ok_and(|s| s.success())
    }) else {
        println!(
            "  standalone Typst: skipped (set PERFC_BENCH_PYTHON to a Python with `typst` 0.15.x; see benches/typeset.sh)"
        );
        return;
    };
    let typ = work.join("chengde-2023.typ");
    let pdf = work.join("chengde-2023.anchor.pdf");
    let fonts = root.join("fonts");
    let anchor = time_runs(|| {
        let mut command = Command::new(&python);
        command.args(["-c", ANCHOR]).arg(&typ).arg(&fonts).arg(&pdf);
        command
    });
    println!(
        "  standalone Typst 0.15 (PyPI typst) on perfc's .typ + .json: {:>7.1} ms",
        ms(anchor)
    );
    println!(
        "  ratio perfc / standalone: {:.2}×",
        perfc.as_secs_f64() / anchor.as_secs_f64()
    );
}
