//! `cargo bench --bench lsp`: what an editor feels, edit → published diagnostics, with `perfc lsp`
//! driven over stdio as a client drives it. The reference is opened (its root and one unit file),
//! then the unit file is edited again and again (a `9` typed into a budget and deleted again,
//! each keystroke sent as the range it changes, as the server asks); each edit is timed from the
//! `didChange` written to the server until the edited file's `publishDiagnostics` is read. The
//! same for generated documents of 360 and 3,600 projects (one file; `generate.rs`), edited in
//! their last project; at 3,600 projects, bursts of six keystrokes 20 ms apart, timed from
//! the last until its findings are published, and keystrokes in the first project, which move
//! every project after it.
//! The reference once more with last year's document named as a git revision of its files
//! (`上年 版本`), which every check reads.
//! `PERFC_BENCH_BIN` names another `perfc` to measure instead (an earlier commit's, for a ratio
//! in one run).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{ChildStdin, ChildStdout, Command, Stdio};
use std::time::Instant;

use serde_json::{Value, json};

#[path = "generate.rs"]
mod generate;

/// Edits timed per document; the first few warm the server up and are not counted.
const EDITS: usize = 60;
const WARM_UP: usize = 5;
/// Bursts of keystrokes timed.
const BURSTS: usize = 10;

struct Server {
    input: ChildStdin,
    output: BufReader<ChildStdout>,
    child: std::process::Child,
}

impl Server {
    fn start(perfc: &Path) -> Server {
        let mut child = Command::new(perfc)
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start perfc lsp");
        let input = child.stdin.take().expect("stdin");
        let output = BufReader::new(child.stdout.take().expect("stdout"));
        let mut server = Server {
            input,
            output,
            child,
        };
        server.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"processId": null, "rootUri": null, "capabilities": {}}}));
        server.until(|m| m["id"] == 1);
        server.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
        server
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.input, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        self.input.flush().expect("flush");
    }

    fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.output.read_line(&mut line).expect("read header");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length: ") {
                length = value.parse().expect("length");
            }
        }
        let mut body = vec![0; length];
        self.output.read_exact(&mut body).expect("read body");
        serde_json::from_slice(&body).expect("JSON message")
    }

    /// Reads messages until one satisfies `done`.
    fn until(&mut self, done: impl Fn(&Value) -> bool) -> Value {
        loop {
            let message = self.receive();
            if done(&message) {
                return message;
            }
        }
    }

    fn published_for(&mut self, uri: &str) {
        self.until(|m| is_publication(m, uri));
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "perf", "version": 1, "text": text}}}),
        );
        self.published_for(uri);
    }

    /// Times `EDITS` keystrokes in `uri`: a `9` typed at byte `at` of `text`, then deleted, and
    /// so on, each sent as the range it changes (the server asks for incremental changes, as
    /// every editor sends them). Milliseconds each.
    fn time_edits(&mut self, uri: &str, text: &str, at: usize) -> Vec<f64> {
        let (line, character) = position(text, at);
        let mut times = Vec::new();
        for version in 0..EDITS + WARM_UP {
            let typed = version % 2 == 0;
            let end = if typed { character } else { character + 1 };
            let start = Instant::now();
            self.send(
                json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version + 2},
                "contentChanges": [{"range": {
                    "start": {"line": line, "character": character},
                    "end": {"line": line, "character": end}},
                    "text": if typed { "9" } else { "" }}]}}),
            );
            self.published_for(uri);
            if version >= WARM_UP {
                times.push(start.elapsed().as_secs_f64() * 1e3);
            }
        }
        times
    }

    /// A burst of six keystrokes 20 ms apart, faster than a check: five typing a comment at the
    /// end, the last typing a `9` at byte `at` (a new finding). Milliseconds from the last
    /// keystroke until its finding is published, once for each of `BURSTS` bursts.
    fn time_bursts(&mut self, uri: &str, text: &str, at: usize) -> Vec<f64> {
        let found = |m: &Value| m["params"]["diagnostics"].as_array().map_or(0, Vec::len);
        self.change(uri, 1, text);
        let before = found(&self.until(|m| is_publication(m, uri)));
        let (last_line, last_column) = position(text, text.len());
        let mut times = Vec::new();
        for burst in 0..BURSTS {
            let version = 10 * (burst as i32 + 1);
            self.insert(uri, version + 1, (last_line, last_column), "\n# x");
            for key in 2..6 {
                std::thread::sleep(std::time::Duration::from_millis(20));
                self.insert(uri, version + key, (last_line + 1, key as usize + 1), "x");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
            self.insert(uri, version + 6, position(text, at), "9");
            let last = Instant::now();
            self.until(|m| is_publication(m, uri) && found(m) > before);
            times.push(last.elapsed().as_secs_f64() * 1e3);
            // Back to the start, its findings published, before the next burst.
            self.change(uri, version + 7, text);
            self.until(|m| is_publication(m, uri) && found(m) == before);
        }
        times
    }

    /// `typed` inserted at (line, UTF-16 column), sent as the range it changes.
    fn insert(&mut self, uri: &str, version: i32, (line, character): (usize, usize), typed: &str) {
        let at = json!({"line": line, "character": character});
        self.send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": at, "end": at}, "text": typed}]}}),
        );
    }

    fn change(&mut self, uri: &str, version: i32, text: &str) {
        self.send(
            json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}]}}),
        );
    }

    fn stop(mut self) {
        self.send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
        self.until(|m| m["id"] == 2);
        self.send(json!({"jsonrpc": "2.0", "method": "exit"}));
        let _ = self.child.wait();
    }
}

fn is_publication(message: &Value, uri: &str) -> bool {
    message["method"] == "textDocument/publishDiagnostics" && message["params"]["uri"] == uri
}

fn uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).expect("absolute path");
    format!("file://{}", absolute.display())
}

/// Where the first `预算 N` of `text` after `from` has its N: a `9` typed there changes the
/// document's totals.
fn budget_at(text: &str, from: usize) -> usize {
    from + text[from..].find("预算 ").expect("a budget") + "预算 ".len()
}

/// The LSP position (line, UTF-16 column) of byte `at`.
fn position(text: &str, at: usize) -> (usize, usize) {
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let line = text[..at].matches('\n').count();
    (line, text[line_start..at].encode_utf16().count())
}

fn report(name: &str, mut times: Vec<f64>) {
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "| {name} | {} | {:.1} ms | {:.1} ms | {:.1} ms |",
        times.len(),
        at(0.5),
        at(0.9),
        at(1.0)
    );
}

/// The reference copied into `dir`, committed to a new git repository and tagged `v2023`; its
/// root file.
fn committed_reference(example: &Path, dir: &Path) -> PathBuf {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("units")).expect("create the copy");
    for file in ["chengde-2023.perf"].into_iter().map(PathBuf::from).chain(
        std::fs::read_dir(example.join("units"))
            .expect("units")
            .map(|entry| Path::new("units").join(entry.expect("entry").file_name())),
    ) {
        std::fs::copy(example.join(&file), dir.join(&file)).expect("copy");
    }
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .current_dir(dir)
            .args([
                "-c",
                "user.name=bench",
                "-c",
                "user.email=bench@example.invalid",
            ])
            .args(args)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "2023"]);
    git(&["tag", "v2023"]);
    dir.join("chengde-2023.perf")
}

fn main() {
    // Another build to compare with, in the same run: PERFC_BENCH_BIN.
    let perfc = std::env::var_os("PERFC_BENCH_BIN")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_perfc")), PathBuf::from);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("examples/chengde-2023");
    println!("| document | edits | median | 90th percentile | slowest |");
    println!("|---|---:|---:|---:|---:|");

    let mut server = Server::start(&perfc);
    let document = example.join("chengde-2023.perf");
    let unit = example.join("units/543001.perf");
    let unit_text = std::fs::read_to_string(&unit).expect("unit file");
    server.open(
        &uri(&document),
        &std::fs::read_to_string(&document).expect("root"),
    );
    server.open(&uri(&unit), &unit_text);
    let times = server.time_edits(&uri(&unit), &unit_text, budget_at(&unit_text, 0));
    report("reference (36 projects), a unit file edited", times);
    server.stop();

    // Compared with last year's as a git revision of the same files (`上年 版本`).
    let dir = root.join("target/bench-lsp/previous");
    let document = committed_reference(&example, &dir);
    let this_year = std::fs::read_to_string(&document).expect("root").replacen(
        "  年度 2023",
        "  年度 2023\n  上年 版本 \"v2023\"",
        1,
    );
    let unit = dir.join("units/543001.perf");
    let mut server = Server::start(&perfc);
    server.open(&uri(&document), &this_year);
    server.open(&uri(&unit), &unit_text);
    let times = server.time_edits(&uri(&unit), &unit_text, budget_at(&unit_text, 0));
    report(
        "reference, last year a git revision (上年 版本), a unit file edited",
        times,
    );
    server.stop();

    let dir = root.join("target/bench-lsp");
    std::fs::create_dir_all(&dir).expect("create target/bench-lsp");
    let generated = dir.join("projects-360.perf");
    let text = generate::Corpus::load(&example).copies(10);
    std::fs::write(&generated, &text).expect("write the generated document");
    let mut server = Server::start(&perfc);
    server.open(&uri(&generated), &text);
    let last_project = text.rfind("\n项目 ").expect("a project");
    let times = server.time_edits(&uri(&generated), &text, budget_at(&text, last_project));
    report("360 projects in one file, its last project edited", times);
    server.stop();

    // The size of a city's whole budget: where checks are slower than keystrokes.
    let generated = dir.join("projects-3600.perf");
    let text = generate::Corpus::load(&example).copies(100);
    std::fs::write(&generated, &text).expect("write the generated document");
    let mut server = Server::start(&perfc);
    server.open(&uri(&generated), &text);
    let last_project = text.rfind("\n项目 ").expect("a project");
    let at = budget_at(&text, last_project);
    let times = server.time_edits(&uri(&generated), &text, at);
    report("3,600 projects in one file, its last project edited", times);
    let times = server.time_bursts(&uri(&generated), &text, at);
    report(
        "3,600 projects, a burst of six keystrokes: the last one's findings",
        times,
    );
    // Above every other project: each keystroke moves them all.
    let first_project = text.find("\n项目 ").expect("a project");
    let times = server.time_edits(&uri(&generated), &text, budget_at(&text, first_project));
    report(
        "3,600 projects in one file, its first project edited",
        times,
    );
    server.stop();
}
