//! `perfc preview` and `perfc watch` as a user runs them: the page's server answers with the
//! typeset pages, the findings and where each row is written, opens places in the editor
//! command given and nothing else, and follows edits on disk. The Chromium test (ignored, run
//! by `.ci/run`) loads the page in a real browser and edits the document while it is open.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::Value;

const PERFC: &str = env!("CARGO_BIN_EXE_perfc");

/// A running `perfc` command, ended when dropped; its standard error line by line.
struct Running {
    child: Child,
    lines: Receiver<String>,
}

impl Running {
    fn start(dir: &Path, args: &[&str]) -> Running {
        let mut child = Command::new(PERFC)
            .args(args)
            .current_dir(dir)
            .env("PERFC_LANG", "zh")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("perfc starts");
        let stderr = child.stderr.take().expect("standard error");
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Running { child, lines }
    }

    /// Waits for a line of standard error containing `text`; the line.
    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(120);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(text) => return line,
                Ok(_) => {}
                Err(e) => panic!("no line with {text:?} from perfc: {e}"),
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The example document `hello.perf` copied into a fresh directory.
fn document() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/teaching/hello.perf");
    std::fs::copy(example, dir.path().join("hello.perf")).expect("copy the example");
    dir
}

/// An HTTP response: status, body.
fn request(port: u16, head: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the server listens");
    let message = format!(
        "{head}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(message.as_bytes()).expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("an answer");
    let (headers, body) = answer.split_once("\r\n\r\n").expect("headers and body");
    let status = headers.split(' ').nth(1).and_then(|s| s.parse().ok());
    (status.expect("a status"), body.to_string())
}

fn get(port: u16, path: &str) -> (u16, String) {
    request(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}"),
        "",
    )
}

fn state_after(port: u16, version: u64) -> Value {
    let (status, body) = get(port, &format!("/state?after={version}"));
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).expect("the state is JSON")
}

fn open(port: u16, origin: Option<&str>, location: &Value) -> (u16, String) {
    let origin = origin.map_or_else(String::new, |o| format!("\r\nOrigin: {o}"));
    let head = format!("POST /open HTTP/1.1\r\nHost: 127.0.0.1:{port}{origin}");
    request(port, &head, &location.to_string())
}

/// Starts `perfc preview` on `hello.perf` in `dir`; it and its port.
fn preview(dir: &Path, extra: &[&str]) -> (Running, u16) {
    let mut args = vec!["preview", "hello.perf"];
    args.extend(extra);
    let running = Running::start(dir, &args);
    let line = running.wait_for("http://127.0.0.1:");
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|port| port.parse().ok())
        .expect("the address printed");
    (running, port)
}

#[test]
fn the_preview_serves_pages_findings_and_places_and_follows_edits() {
    let dir = document();
    let opened = dir.path().join("opened");
    std::fs::create_dir(&opened).expect("directory");
    // An "editor" that leaves a trace of what it was asked to open.
    let editor = format!("mkdir {}/{{line}}-{{column}}", opened.display());
    let (_running, port) = preview(dir.path(), &["--editor", &editor]);

    let (status, page) = get(port, "/");
    assert_eq!(status, 200);
    assert!(page.contains("<script src=\"/app.js\""));
    let state = state_after(port, 0);
    assert_eq!(state["version"], 1);
    assert_eq!(state["title"], "hello.perf");
    let pages = state["pages"].as_array().expect("pages");
    assert!(!pages.is_empty(), "{state}");
    let (status, svg) = get(port, pages[0]["url"].as_str().expect("an address"));
    assert_eq!(status, 200);
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(200)]);
    // Every project and indicator row of the example links to its line.
    let links: Vec<&Value> = pages
        .iter()
        .flat_map(|p| p["links"].as_array().into_iter().flatten())
        .collect();
    let text = std::fs::read_to_string(dir.path().join("hello.perf")).expect("read");
    let row = |name: &str| {
        1 + text[..text.find(name).expect("in the example")]
            .matches('\n')
            .count()
    };
    let line = row("\"开展质量监督检查次数\"");
    let link = links
        .iter()
        .find(|l| l["line"] == line)
        .unwrap_or_else(|| panic!("no link to line {line}: {links:?}"));
    assert_eq!(link["file"], "hello.perf");

    // Only the page itself may open a place, and only one of the document's files.
    let ours = format!("http://127.0.0.1:{port}");
    assert_eq!(open(port, None, link).0, 403);
    assert_eq!(open(port, Some("http://evil.example"), link).0, 403);
    let mut elsewhere = (*link).clone();
    elsewhere["path"] = "/etc/passwd".into();
    assert_eq!(open(port, Some(&ours), &elsewhere).0, 403);
    let (status, answer) = open(port, Some(&ours), link);
    assert_eq!((status, answer.as_str()), (200, r#"{"opened":true}"#));
    let trace = opened.join(format!("{line}-{}", link["column"]));
    let waited = Instant::now();
    while !trace.exists() && waited.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        trace.exists(),
        "the editor command was not run on {}",
        trace.display()
    );
    // A name other than the server's own is refused (DNS rebinding).
    let (status, _) = request(
        port,
        "GET /state?after=0 HTTP/1.1\r\nHost: evil.example",
        "",
    );
    assert_eq!(status, 403);

    // An edit on disk is typeset anew: the page gets version 2 with the new finding.
    let findings = state["findings"].as_array().expect("findings").len();
    let edited = edit(&text);
    replace_file(&dir.path().join("hello.perf"), &edited);
    let state = state_after(port, 1);
    assert_eq!(state["version"], 2);
    let now = state["findings"].as_array().expect("findings");
    assert!(now.len() > findings, "{now:?}");
    assert!(now.iter().all(|f| {
        f["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("hello.perf"))
    }));
    // Each message comes cut into text and code, which put back together are the message.
    for finding in now {
        for (text, pieces) in [("message", "message_pieces"), ("help", "help_pieces")] {
            let Some(text) = finding[text].as_str() else {
                continue;
            };
            let joined: String = finding[pieces]
                .as_array()
                .expect("pieces")
                .iter()
                .map(|p| match p["code"].as_bool() {
                    Some(true) => format!("`{}`", p["text"].as_str().expect("code")),
                    _ => p["text"].as_str().expect("text").to_string(),
                })
                .collect();
            assert_eq!(joined, text);
        }
    }
    assert!(
        now.iter()
            .flat_map(|f| f["help_pieces"].as_array().into_iter().flatten())
            .any(|p| p["code"] == true),
        "no help with code to write: {now:?}"
    );
}

/// The example with a budget that is not the sum of its sources (E0401) and a unit written as a
/// word (E0502, whose message and help name what to write as code).
fn edit(text: &str) -> String {
    let edited = text
        .replace("预算 15.00 {", "预算 16.00 {")
        .replacen("≥90%", "≥90百分比", 1);
    assert_eq!(edited.len(), text.len() + "百分比".len() - 1, "{edited}");
    edited
}

/// Writes `text` to `path` as editors save: a new file renamed over the old.
fn replace_file(path: &Path, text: &str) {
    let temporary = path.with_extension("perf.tmp");
    std::fs::write(&temporary, text).expect("write");
    std::fs::rename(&temporary, path).expect("rename");
}

#[test]
fn watch_builds_again_when_an_included_file_changes() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/teaching");
    for name in ["hello.perf", "hello-monitoring.perf"] {
        std::fs::copy(examples.join(name), dir.path().join(name)).expect("copy");
    }
    let running = Running::start(
        dir.path(),
        &[
            "watch",
            "hello-monitoring.perf",
            "-o",
            "out",
            "--emit",
            "json",
        ],
    );
    running.wait_for("[perfc watch]");
    let json = dir.path().join("out/hello-monitoring.json");
    let before = std::fs::read_to_string(&json).expect("built");
    let hello = dir.path().join("hello.perf");
    let text = std::fs::read_to_string(&hello).expect("read");
    replace_file(
        &hello,
        &text.replace("开展质量监督检查次数", "开展质量监督抽查次数"),
    );
    running.wait_for("hello.perf");
    running.wait_for("[perfc watch]");
    let after = std::fs::read_to_string(&json).expect("built again");
    assert_ne!(before, after);
    assert!(after.contains("开展质量监督抽查次数"));
}

#[test]
fn watch_builds_a_document_added_below_its_directory() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let documents = dir.path().join("documents");
    std::fs::create_dir_all(documents.join("county")).expect("directories");
    let hello = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/teaching/hello.perf");
    std::fs::copy(&hello, documents.join("hello.perf")).expect("copy");
    let running = Running::start(
        dir.path(),
        &["watch", "documents", "-o", "out", "--emit", "json"],
    );
    running.wait_for("[perfc watch]");
    assert!(dir.path().join("out/hello.json").exists());
    std::fs::copy(&hello, documents.join("county/added.perf")).expect("add a document");
    running.wait_for("added.perf");
    running.wait_for("[perfc watch]");
    assert!(dir.path().join("out/county/added.json").exists());
}

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// messages on its file descriptors 3 and 4, each ended by a NUL), which the shell connects to
/// standard input and output: a page observed as it changes, its console heard.
struct Browser {
    child: Child,
    input: std::process::ChildStdin,
    output: BufReader<std::process::ChildStdout>,
    next_id: u64,
    /// Events received, in order (console calls, exceptions, log entries …).
    events: Vec<Value>,
    session: Option<String>,
}

impl Browser {
    fn start() -> Browser {
        let command = "exec chromium --headless --no-sandbox --disable-gpu --remote-debugging-pipe \
            --window-size=1400,1000 3<&0 4>&1 </dev/null >/dev/null 2>/dev/null";
        let mut child = Command::new("sh")
            .args(["-c", command])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("Chromium runs: .ci/run installs the chromium package");
        let input = child.stdin.take().expect("its input");
        let output = BufReader::new(child.stdout.take().expect("its output"));
        Browser {
            child,
            input,
            output,
            next_id: 0,
            events: Vec::new(),
            session: None,
        }
    }

    /// Sends a command (to the page once attached) and returns its result.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = serde_json::json!({ "id": id, "method": method, "params": params });
        if let Some(session) = &self.session {
            message["sessionId"] = session.clone().into();
        }
        let mut bytes = message.to_string().into_bytes();
        bytes.push(0);
        self.input.write_all(&bytes).expect("Chromium reads");
        loop {
            let mut raw = Vec::new();
            self.output
                .read_until(0, &mut raw)
                .expect("Chromium answers");
            assert!(raw.pop() == Some(0), "Chromium went away");
            let answer: Value = serde_json::from_slice(&raw).expect("a protocol message");
            if answer["id"] == id {
                assert!(answer.get("error").is_none(), "{method}: {answer}");
                return answer["result"].clone();
            }
            self.events.push(answer);
        }
    }

    /// Opens `url` in a new page and attaches to it, its console and log heard.
    fn open(&mut self, url: &str) {
        let target = self.call(
            "Target.createTarget",
            serde_json::json!({ "url": "about:blank" }),
        );
        let attached = self.call(
            "Target.attachToTarget",
            serde_json::json!({ "targetId": target["targetId"], "flatten": true }),
        );
        self.session = attached["sessionId"].as_str().map(str::to_string);
        self.call("Runtime.enable", serde_json::json!({}));
        self.call("Log.enable", serde_json::json!({}));
        self.call("Page.enable", serde_json::json!({}));
        self.call("Page.navigate", serde_json::json!({ "url": url }));
    }

    /// The value of a JavaScript expression in the page.
    fn evaluate(&mut self, expression: &str) -> Value {
        let params = serde_json::json!({ "expression": expression, "returnByValue": true });
        self.call("Runtime.evaluate", params)["result"]["value"].clone()
    }

    /// Waits until `expression` is true in the page.
    fn wait_until(&mut self, expression: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.evaluate(expression) != Value::Bool(true) {
            assert!(Instant::now() < deadline, "never true: {expression}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// What the page complained of: exceptions, console errors and warnings, log errors.
    fn complaints(&self) -> Vec<&Value> {
        self.events
            .iter()
            .filter(|e| match e["method"].as_str() {
                Some("Runtime.exceptionThrown") => true,
                Some("Runtime.consoleAPICalled") => {
                    matches!(
                        e["params"]["type"].as_str(),
                        Some("error" | "warning" | "assert")
                    )
                }
                Some("Log.entryAdded") => {
                    matches!(
                        e["params"]["entry"]["level"].as_str(),
                        Some("error" | "warning")
                    )
                }
                _ => false,
            })
            .collect()
    }

    fn screenshot(&mut self, path: &Path) {
        let shot = self.call(
            "Page.captureScreenshot",
            serde_json::json!({ "format": "png" }),
        );
        let data = shot["data"].as_str().expect("image data");
        let png = base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("base64");
        std::fs::write(path, png).expect("write the screenshot");
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this"]
fn chromium_shows_the_pages_and_follows_an_edit_without_complaint() {
    let dir = document();
    let (running, port) = preview(dir.path(), &[]);
    let first = state_after(port, 0);
    let mut browser = Browser::start();
    browser.open(&format!("http://127.0.0.1:{port}/"));
    browser.wait_until("document.body.dataset.version === '1'");
    running.wait_for("浏览器已连接");
    let pages = first["pages"].as_array().expect("pages").len();
    let shown = browser.evaluate("document.querySelectorAll('.page img').length");
    assert_eq!(shown, pages);
    browser.wait_until("[...document.images].every(i => i.complete && i.naturalWidth > 0)");
    assert_eq!(
        browser
            .evaluate("document.querySelectorAll('.place').length")
            .as_u64()
            .map(|n| n > 0),
        Some(true)
    );

    // Saved under the page's eyes: the page follows with the new version and its finding.
    let path = dir.path().join("hello.perf");
    let text = std::fs::read_to_string(&path).expect("read");
    replace_file(&path, &edit(&text));
    browser.wait_until("document.body.dataset.version === '2'");
    let listed = browser.evaluate("document.getElementById('list').textContent");
    assert!(
        listed.as_str().is_some_and(|t| t.contains("E0401")),
        "{listed}"
    );
    // What to write is shown as code, without its backticks.
    let code = browser.evaluate("document.querySelector('#list .help code')?.textContent ?? ''");
    assert!(code.as_str().is_some_and(|c| !c.is_empty()), "{code}");
    assert!(
        !listed.as_str().unwrap_or_default().contains('`'),
        "{listed}"
    );
    // A click on the finding shows its project's row on the page, and where it is written.
    browser.evaluate("document.querySelector('#list li').click()");
    browser.wait_until("document.querySelector('.place.found') !== null");
    browser.wait_until("document.getElementById('toast').textContent.includes('hello.perf:12')");
    browser.wait_until("[...document.images].every(i => i.complete && i.naturalWidth > 0)");

    let screenshot: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("preview.png");
    browser.screenshot(&screenshot);
    assert!(std::fs::metadata(&screenshot).expect("a screenshot").len() > 10_000);
    println!("screenshot: {}", screenshot.display());
    assert!(
        browser.complaints().is_empty(),
        "the page complained: {:?}",
        browser.complaints()
    );
}

#[test]
fn a_missing_file_is_said_at_once_with_exit_code_2() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let out = Command::new(PERFC)
        .args(["preview", "missing.perf"])
        .current_dir(dir.path())
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("missing.perf: no such file"), "{said}");
}
