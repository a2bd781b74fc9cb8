//! `cargo bench --bench preview`: how soon `perfc preview` shows an edit, on the reference.
//!
//! Starts `perfc preview` on a copy of the reference, takes its first (cold) build, then saves
//! 25 one-line edits of a unit file (an indicator's target, a new value each time), each timed
//! from the file renamed into place until the page's long poll returns the new version. Prints
//! the build times the server measured (check, JSON, Typst, SVG pages) for the cold build and
//! the edits, and the edit → new version latency as the page sees it. The first five edits warm
//! up and are not counted.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const EDITS: usize = 25;
const WARM_UP: usize = 5;

fn state_after(port: u16, version: u64) -> serde_json::Value {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the server listens");
    let request = format!(
        "GET /state?after={version} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("an answer");
    let (_, body) = answer.split_once("\r\n\r\n").expect("headers and body");
    serde_json::from_str(body).expect("the state is JSON")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("directory");
    for entry in std::fs::read_dir(from).expect("read directory") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = root.join("target/bench-preview");
    let _ = std::fs::remove_dir_all(&work);
    copy_tree(&root.join("examples/chengde-2023"), &work);
    let mut child = Command::new(env!("CARGO_BIN_EXE_perfc"))
        .args(["preview", "chengde-2023.perf", "--lang", "en"])
        .current_dir(&work)
        .stderr(Stdio::piped())
        .spawn()
        .expect("perfc preview starts");
    let stderr = BufReader::new(child.stderr.take().expect("standard error"));
    let mut lines = stderr.lines().map_while(Result::ok);
    let port: u16 = lines
        .find_map(|line| {
            let rest = line.split("http://127.0.0.1:").nth(1)?.to_string();
            rest.split('/').next()?.parse().ok()
        })
        .expect("the address printed");
    // Standard error must keep being read, or perfc would block writing to it.
    std::thread::spawn(move || lines.for_each(drop));

    let cold = state_after(port, 0);
    let pages = cold["pages"].as_array().map_or(0, Vec::len);
    println!("reference (36 projects, {pages} pages), perfc preview:");
    println!(
        "  cold build (check, JSON, Typst, SVG):          {:>7} ms",
        cold["millis"]
    );

    let unit = work.join("units/543001.perf");
    let text = std::fs::read_to_string(&unit).expect("read the unit file");
    let from = "≥95%";
    assert!(text.contains(from), "the unit file has a target {from}");
    let mut version = cold["version"].as_u64().expect("a version");
    let (mut builds, mut latencies) = (Vec::new(), Vec::new());
    for edit in 0..EDITS + WARM_UP {
        // A value not typeset before: Typst has remembered none of this edit's work.
        let value = format!("≥{}.{}%", 90 + edit / 10, edit % 10);
        let edited = text.replacen(from, &value, 1);
        let temporary = work.join("units/.543001.perf.tmp");
        std::fs::write(&temporary, edited).expect("write");
        let saved = Instant::now();
        std::fs::rename(&temporary, &unit).expect("save");
        let state = state_after(port, version);
        let latency = saved.elapsed();
        version = state["version"].as_u64().expect("a version");
        if edit >= WARM_UP {
            builds.push(state["millis"].as_f64().expect("a time"));
            latencies.push(latency.as_secs_f64() * 1e3);
        }
        // Let the watch settle, as between a user's saves.
        std::thread::sleep(Duration::from_millis(100));
    }
    let slowest = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    println!(
        "  one-line edit, build (median / slowest of {EDITS}): {:>7.0} ms / {:.0} ms",
        median(builds.clone()),
        slowest(&builds)
    );
    println!(
        "  one-line edit, save → new version on the page:  {:>7.0} ms / {:.0} ms",
        median(latencies.clone()),
        slowest(&latencies)
    );
    let _ = child.kill();
    let _ = child.wait();
}
