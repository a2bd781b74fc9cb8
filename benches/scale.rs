//! `cargo bench --bench scale`: `perfc check` and `perfc build` on generated documents of 36, 360
//! and 3,600 projects, each run a separate `perfc` process as a user runs it, reporting the
//! median wall time and the peak resident memory (read from the kernel through Python's
//! `resource.getrusage`, so the figure is the whole process's high-water mark).
//!
//! A second table checks hello.perf with 7,500, 15,000 and 30,000 flat includes added (each of a
//! file of one comment line): the time per include stays flat when loading is linear in their
//! number (`cargo bench --bench scale -- includes` runs it alone).
//!
//! The documents are written to `target/bench-scale/` (copies of the reference's projects with
//! their own codes; see `generate.rs`) and kept there for reuse. `PERFC_BENCH_BIN` names another
//! `perfc` to measure instead (an earlier commit's, for a ratio in one run).

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "generate.rs"]
mod generate;

/// Copies of the reference's 36 projects.
const SIZES: [usize; 3] = [1, 10, 100];

/// Runs `perfc ARGS…` once; returns the wall time in seconds and the peak memory in bytes.
const MEASURE: &str = "
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024, code)
";

struct Measured {
    seconds: f64,
    peak_bytes: u64,
}

fn measure(perfc: &Path, args: &[&str]) -> Measured {
    let out = Command::new("python3")
        .arg("-c")
        .arg(MEASURE)
        .arg(perfc)
        .args(args)
        .output()
        .expect("python3 is needed to read the peak memory");
    let text = String::from_utf8_lossy(&out.stdout);
    let fields: Vec<&str> = text.split_whitespace().collect();
    assert_eq!(fields.len(), 3, "measuring {args:?}: {text}");
    assert!(fields[2] == "0", "perfc {args:?} exited with {}", fields[2]);
    Measured {
        seconds: fields[0].parse().expect("seconds"),
        peak_bytes: fields[1].parse().expect("bytes"),
    }
}

/// Median time and largest peak of `runs` runs.
fn repeat(perfc: &Path, args: &[&str], runs: usize) -> Measured {
    let mut all: Vec<Measured> = (0..runs).map(|_| measure(perfc, args)).collect();
    all.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    Measured {
        seconds: all[all.len() / 2].seconds,
        peak_bytes: all.iter().map(|m| m.peak_bytes).max().unwrap_or(0),
    }
}

fn main() {
    // Another build to compare with, in the same run: PERFC_BENCH_BIN.
    let perfc = std::env::var_os("PERFC_BENCH_BIN")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_perfc")), PathBuf::from);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = generate::Corpus::load(&root.join("examples/chengde-2023"));
    let dir = root.join("target/bench-scale");
    std::fs::create_dir_all(&dir).expect("create target/bench-scale");
    let out = dir.join("out");
    // `cargo bench --bench scale -- includes` runs the second table alone.
    if std::env::args().any(|a| a == "includes") {
        return flat_includes(&perfc, &dir);
    }

    println!(
        "| projects | input | command | median time | per project | throughput | peak memory | peak / input |"
    );
    println!("|---:|---:|---|---:|---:|---:|---:|---:|");
    let reference = root.join("examples/chengde-2023/chengde-2023.perf");
    let reference_bytes: u64 = std::fs::read_dir(root.join("examples/chengde-2023/units"))
        .expect("units")
        .map(|e| e.expect("entry").metadata().expect("size").len())
        .sum::<u64>()
        + std::fs::metadata(&reference).expect("root").len();
    let m = repeat(&perfc, &["check", &reference.to_string_lossy()], 21);
    println!(
        "| 36 (the reference, 8 files) | {:.2} MB | check | {:.4} s | {:.3} ms | {:.1} MB/s | {:.1} MB | {:.1}× |",
        reference_bytes as f64 / 1e6,
        m.seconds,
        m.seconds * 1e3 / 36.0,
        reference_bytes as f64 / 1e6 / m.seconds,
        m.peak_bytes as f64 / 1e6,
        m.peak_bytes as f64 / reference_bytes as f64,
    );
    for copies in SIZES {
        let projects = copies * 36;
        let file = dir.join(format!("projects-{projects}.perf"));
        let text = corpus.copies(copies);
        std::fs::write(&file, &text).expect("write the generated document");
        let input = text.len() as f64;
        let file = file.to_string_lossy().into_owned();
        let out = out.to_string_lossy().into_owned();
        // A generated document repeats the reference's acknowledged findings: all acknowledged,
        // so every command exits 0.
        let commands: [(&str, Vec<&str>, usize); 3] = [
            ("check", vec!["check", &file], 7),
            (
                "build JSON",
                vec!["build", &file, "--emit", "json", "-o", &out],
                7,
            ),
            (
                "build JSON + PDF",
                // Typst lays 3,600 projects out in about 7 GB, past the default limit (E0804).
                vec!["build", &file, "-o", &out, "--memory-limit", "16384"],
                if copies > 10 { 3 } else { 5 },
            ),
        ];
        for (name, args, runs) in commands {
            let m = repeat(&perfc, &args, runs);
            println!(
                "| {projects} | {:.2} MB | {name} | {:.3} s | {:.2} ms | {:.1} MB/s | {:.1} MB | {:.1}× |",
                input / 1e6,
                m.seconds,
                m.seconds * 1e3 / projects as f64,
                input / 1e6 / m.seconds,
                m.peak_bytes as f64 / 1e6,
                m.peak_bytes as f64 / input,
            );
        }
    }
    flat_includes(&perfc, &dir);
}

/// `perfc check` on a root including `count` files one after another.
fn flat_includes(perfc: &Path, dir: &Path) {
    println!();
    println!("| flat includes | command | median time | per include |");
    println!("|---:|---|---:|---:|");
    for count in [7_500, 15_000, 30_000] {
        let root = dir.join(format!("includes-{count}"));
        std::fs::create_dir_all(root.join("u")).expect("create the include directory");
        // hello.perf checks clean, so every run exits 0.
        let hello = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/teaching/hello.perf");
        let mut text = std::fs::read_to_string(hello).expect("hello.perf");
        for n in 0..count {
            let name = format!("u/{n}.perf");
            std::fs::write(root.join(&name), format!("# {n}\n")).expect("write an include");
            text.push_str(&format!("包含 \"{name}\"\n"));
        }
        let file = root.join("doc.perf");
        std::fs::write(&file, text).expect("write the root");
        let m = repeat(perfc, &["check", &file.to_string_lossy()], 5);
        println!(
            "| {count} | check | {:.3} s | {:.1} µs |",
            m.seconds,
            m.seconds * 1e6 / count as f64
        );
    }
}
