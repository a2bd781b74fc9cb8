//! `perfc lsp` from the outside: the built binary driven over stdio with JSON-RPC, as an editor
//! drives it.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use serde_json::{Value, json};

mod support;

/// A running server and the messages it sent that no test has read yet.
struct Server {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    pending: Vec<Value>,
    next_id: i64,
    /// What the server answered to `initialize`.
    capabilities: Value,
}

impl Server {
    fn start() -> Server {
        Server::start_with(json!({}))
    }

    /// A server initialized by a client with these capabilities.
    fn start_with(client_capabilities: Value) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_perfc"))
            .args(["lsp", "--lang", "zh"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("perfc lsp starts");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let (sender, messages) = mpsc::channel();
        std::thread::spawn(move || read_messages(stdout, sender));
        let mut server = Server {
            child,
            stdin,
            messages,
            pending: Vec::new(),
            next_id: 0,
            capabilities: Value::Null,
        };
        let result = server.request("initialize", json!({ "capabilities": client_capabilities }));
        assert_eq!(result["capabilities"]["hoverProvider"], json!(true));
        server.capabilities = result["capabilities"].clone();
        server.notify("initialized", json!({}));
        server
    }

    fn capabilities(&self) -> &Value {
        &self.capabilities
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("server reads");
        self.stdin.flush().expect("server reads");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns its result (panics on an error response).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let response = self.wait_for(|m| m["id"] == json!(id));
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    /// The next message (sent earlier or arriving within the timeout) that `wanted` accepts.
    fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.pending.iter().position(&wanted) {
            return self.pending.remove(i);
        }
        loop {
            let message = self
                .messages
                .recv_timeout(Duration::from_secs(60))
                .expect("the server answers");
            if wanted(&message) {
                return message;
            }
            self.pending.push(message);
        }
    }

    /// The diagnostics published for `uri` next.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        message["params"]["diagnostics"]
            .as_array()
            .expect("a list")
            .clone()
    }

    /// The diagnostics published for `uri` since the last call (or `None`), once the server has
    /// answered a request sent now: it publishes a change's findings before answering the next.
    fn published_since(&mut self, uri: &str) -> Option<Vec<Value>> {
        self.request("workspace/symbol", json!({ "query": "" }));
        let published = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        };
        let last = self.pending.iter().rposition(published)?;
        let message = self.pending.remove(last);
        self.pending.retain(|m| !published(m));
        Some(
            message["params"]["diagnostics"]
                .as_array()
                .expect("a list")
                .clone(),
        )
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        let document = json!({ "uri": uri, "languageId": "perf", "version": 1, "text": text });
        self.notify("textDocument/didOpen", json!({ "textDocument": document }));
        self.diagnostics(uri)
    }

    fn change(&mut self, uri: &str, version: i32, text: &str) -> Vec<Value> {
        let params = json!({
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "text": text }],
        });
        self.notify("textDocument/didChange", params);
        self.diagnostics(uri)
    }

    fn close(&mut self, uri: &str) -> Vec<Value> {
        let params = json!({ "textDocument": { "uri": uri } });
        self.notify("textDocument/didClose", params);
        self.diagnostics(uri)
    }

    fn at(&mut self, method: &str, uri: &str, line: u32, character: u32) -> Value {
        let params = json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": character },
        });
        self.request(method, params)
    }

    /// Shuts the server down as an editor does; it must exit with 0.
    fn stop(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let status = self.child.wait().expect("server exits");
        assert!(status.success(), "{status}");
    }
}

fn read_messages(mut stdout: impl BufRead, sender: mpsc::Sender<Value>) {
    loop {
        let mut length = None;
        loop {
            let mut line = String::new();
            if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length: ") {
                length = value.parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.expect("Content-Length header")];
        stdout.read_exact(&mut body).expect("a whole message");
        let message = serde_json::from_slice(&body).expect("JSON");
        if sender.send(message).is_err() {
            return;
        }
    }
}

fn example(relative: &str) -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).expect("example reads");
    (file_uri(&path), text)
}

fn file_uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().expect("a code"))
        .collect()
}

/// The (line, UTF-16 column) of the first `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (u32, u32) {
    let offset = text.find(needle).expect("needle in text");
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..offset].matches('\n').count();
    let column = text[line_start..offset].encode_utf16().count();
    (line as u32, column as u32)
}

fn range_start(diagnostic: &Value) -> (u32, u32) {
    let start = &diagnostic["range"]["start"];
    let number = |v: &Value| v.as_u64().expect("a number") as u32;
    (number(&start["line"]), number(&start["character"]))
}

#[test]
fn diagnostics_on_open_carry_codes_and_related_spans() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/mistakes.perf");
    let found = server.open(&uri, &text);
    let codes = codes(&found);
    for code in ["E0402", "E0601", "E0408", "E0704"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
    let cost = found.iter().find(|d| d["code"] == "E0408").expect("E0408");
    assert_eq!(range_start(cost), position_of(&text, "≥61"));
    assert_eq!(cost["severity"], 1);
    let breakdown = found.iter().find(|d| d["code"] == "E0402").expect("E0402");
    let related = &breakdown["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], uri.as_str());
    assert_eq!(related["message"], "预算数");
    server.stop();
}

#[test]
fn columns_are_utf16_units_after_chinese_and_astral_characters() {
    let mut server = Server::start();
    // 𠀀 is outside the Basic Multilingual Plane: two UTF-16 units, four bytes.
    let text = "文档 \"𠀀测试\" { 年度 2023; 状态 未知 }\n";
    let uri = "file:///tmp/perfc-lsp-test/astral.perf";
    let found = server.open(uri, text);
    let status = found
        .iter()
        .find(|d| d["code"] == "E0102")
        .unwrap_or_else(|| panic!("E0102 in {found:?}"));
    // 23 characters before 未知, 24 UTF-16 units.
    assert_eq!(range_start(status), (0, 24));
    assert_eq!(range_start(status), position_of(text, "未知"));
    server.stop();
}

#[test]
fn changes_recheck_and_fixes_clear_findings() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/mistakes.perf");
    assert!(codes(&server.open(&uri, &text)).contains(&"E0408"));
    let fixed = text.replace("≥61 万元", "≤61 万元");
    assert!(!codes(&server.change(&uri, 2, &fixed)).contains(&"E0408"));
    assert!(server.close(&uri).is_empty());
    server.stop();
}

#[test]
fn last_year_s_revision_is_read_again_when_its_tag_moves() {
    use support::{committed_as_last_year, git};
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = dir.path().join("hello.perf");
    let last_year = std::fs::read_to_string("examples/teaching/hello.perf").expect("example");
    std::fs::write(&doc, &last_year).expect("write");
    if !committed_as_last_year(dir.path()) {
        return;
    }
    // This year loosens the satisfaction target: E0525 against the tagged year.
    let this_year = last_year
        .replace("年度 2023", "年度 2024\n  上年 版本 \"v2023\"")
        .replace("≥90%  依据 行业规范", "≥85%  依据 行业规范");
    let mut server = Server::start();
    let uri = file_uri(&doc);
    assert_eq!(codes(&server.open(&uri, &this_year)), ["E0525"]);
    // The tag moves to a year whose target was already 85%: the next check reads that one.
    let loosened = last_year.replace("≥90%  依据 行业规范", "≥85%  依据 行业规范");
    std::fs::write(&doc, loosened).expect("write");
    git(dir.path(), &["commit", "-q", "-am", "2023, corrected"]).expect("commit");
    git(dir.path(), &["tag", "-f", "v2023"]).expect("tag");
    // Nothing loosened now; every indicator is that year's (E0526).
    let edited = format!("{this_year}\n");
    assert_eq!(codes(&server.change(&uri, 2, &edited)), ["E0526"]);
    server.stop();
}

#[test]
fn hover_shows_the_typed_value_and_rule_explanations() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/mistakes.perf");
    server.open(&uri, &text);
    let (line, column) = position_of(&text, "≥61 万元");
    let hover = server.at("textDocument/hover", &uri, line, column);
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    // In words, not JSON: the target as read, with the bound spelled out.
    assert!(
        shown.contains("指标值：`≥61 万元` —— 不少于 61 万元"),
        "{shown}"
    );
    assert!(!shown.contains("\"kind\""), "{shown}");
    assert!(shown.contains("**E0408**"), "{shown}");
    // On a project's unit code: the unit's name.
    let (line, column) = position_of(&text, "  单位 543001");
    let hover = server.at("textDocument/hover", &uri, line, column + 5);
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    assert!(shown.contains("**543001** 预算单位："), "{shown}");

    let (uri, text) = example("examples/chengde-2023/chengde-2023.perf");
    server.open(&uri, &text);
    let (line, column) = position_of(&text, "E0502");
    let hover = server.at("textDocument/hover", &uri, line, column + 2);
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    let rule = perfc::diag::catalogue::find("E0502").expect("E0502 exists");
    assert!(shown.contains(rule.explanation.0), "{shown}");
    server.stop();
}

#[test]
fn hover_on_a_keyword_says_what_it_means_and_on_a_project_code_which_project() {
    use perfc::syntax::keywords::Keyword;
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/hello.perf");
    server.open(&uri, &text);
    let mut hover_at = |needle: &str, into: u32| {
        let (line, column) = position_of(&text, needle);
        let hover = server.at("textDocument/hover", &uri, line, column + into);
        hover["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let shown = hover_at("预算 15.00", 1);
    assert!(shown.contains("**预算**（`budget`）："), "{shown}");
    assert!(shown.contains(Keyword::Budget.meanings().0), "{shown}");
    // The same word in a comment or a string is not the keyword.
    assert!(!hover_at("预算单位、", 1).contains("**预算**"));
    assert!(!hover_at("预算绩效文本", 1).contains("**预算**"));
    let shown = hover_at("项目 1308", 8);
    assert!(
        shown.contains("**13080023P000085100062** 2023 年测绘地理信息资质单位质量监督检查"),
        "{shown}"
    );
    assert!(shown.contains("预算单位：543001 示例局本级"), "{shown}");
    assert!(shown.contains("预算：15.00 万元"), "{shown}");
    server.stop();
}

#[test]
fn hover_explains_a_keyword_while_its_line_is_being_written() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/hello.perf");
    let typing = text.replace("  用途 \"用于购买第三方服务支出。\"", "  用途 ");
    // And blocks not closed yet, in the next item.
    let typing = format!(
        "{typing}项目 P2 \"新\" {{\n  预算 \n  产出指标 {{\n    数量指标 \"x\" ≥1 次  依据 计划\n"
    );
    server.open(&uri, &typing);
    for (needle, spelling) in [
        ("用途 \n", "**用途**"),
        ("预算 \n", "**预算**"),
        ("依据 计划", "**依据**"),
    ] {
        let (line, column) = position_of(&typing, needle);
        let hover = server.at("textDocument/hover", &uri, line, column + 1);
        let shown = hover["contents"]["value"].as_str().unwrap_or_default();
        assert!(shown.contains(spelling), "{needle}: {shown}");
    }
    server.stop();
}

#[test]
fn hover_on_a_record_row_says_how_it_was_scored_or_judged() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/hello-self-evaluation.perf");
    server.open(&uri, &text);
    let (line, column) = position_of(&text, "\"服务对象满意度\"");
    let hover = server.at("textDocument/hover", &uri, line, column + 2);
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    assert!(shown.contains("目标 ≥90% · 实际 88%"), "{shown}");
    assert!(shown.contains("× 88 ÷ 90 ="), "{shown}");

    let (uri, text) = example("examples/teaching/hello-monitoring.perf");
    server.open(&uri, &text);
    let (line, column) = position_of(&text, "\"服务对象满意度\"");
    let hover = server.at("textDocument/hover", &uri, line, column + 2);
    let shown = hover["contents"]["value"].as_str().expect("markdown");
    assert!(shown.contains("监控（截至 7月底）"), "{shown}");
    assert!(
        shown.contains("预计 90%（达到指标值） · 可能性 有可能"),
        "{shown}"
    );
    assert!(shown.contains("监控：黄灯"), "{shown}");
    server.stop();
}

#[test]
fn formatting_is_perfc_fmt_and_blocks_fold() {
    let mut server = Server::start();
    let uri = "untitled:layout.perf";
    let messy = "# 示例\n# 两行注释\n项目   \"P\"  {\n预算 10 {财政资金 10}\n  产出指标 {\n    数量指标 \"a\" ≥1 个\n  }\n}\n";
    server.open(uri, messy);
    let options = json!({ "tabSize": 2, "insertSpaces": true });
    let params = json!({ "textDocument": { "uri": uri }, "options": options });
    let edits = server.request("textDocument/formatting", params.clone());
    let expected =
        perfc::fmt::format_text(messy, &perfc::fmt::Options { keywords: None }).expect("it parses");
    assert_ne!(expected, messy);
    assert_eq!(edits[0]["newText"], json!(expected), "{edits}");
    assert_eq!(
        edits[0]["range"]["start"],
        json!({ "line": 0, "character": 0 })
    );
    assert_eq!(
        edits[0]["range"]["end"],
        json!({ "line": 8, "character": 0 })
    );
    // Formatted already: no edit. Broken: nothing (the findings say why).
    server.change(uri, 2, &expected);
    assert_eq!(
        server.request("textDocument/formatting", params.clone()),
        json!([])
    );
    server.change(uri, 3, "项目 \"P\" {\n  预算 \n");
    assert_eq!(
        server.request("textDocument/formatting", params),
        Value::Null
    );

    // A range formats the top-level items it touches, and leaves the others as written.
    let two = format!("单位   1 \"a\"\n{messy}");
    server.change(uri, 4, &two);
    let range =
        json!({ "start": { "line": 4, "character": 0 }, "end": { "line": 4, "character": 3 } });
    let edits = server.request(
        "textDocument/rangeFormatting",
        json!({ "textDocument": { "uri": uri }, "range": range, "options": options }),
    );
    let project = &expected[expected.find("项目").expect("the project")..];
    assert_eq!(edits[0]["newText"], json!(project.trim_end()), "{edits}");
    assert_eq!(
        edits[0]["range"]["start"],
        json!({ "line": 3, "character": 0 })
    );

    server.change(uri, 5, &expected);
    let folds = server.request(
        "textDocument/foldingRange",
        json!({ "textDocument": { "uri": uri } }),
    );
    let lines: Vec<(u64, u64, String)> = folds
        .as_array()
        .expect("ranges")
        .iter()
        .map(|f| {
            let line = |key: &str| f[key].as_u64().unwrap_or_default();
            let kind = f["kind"].as_str().unwrap_or("block").to_string();
            (line("startLine"), line("endLine"), kind)
        })
        .collect();
    // The comments; the project down to its last field; the group; `预算 { … }` is one line.
    assert_eq!(
        lines,
        [
            (0, 1, "comment".into()),
            (2, 6, "block".into()),
            (4, 5, "block".into())
        ],
        "{expected}"
    );
    server.stop();
}

#[test]
fn completion_offers_rule_codes_levels_statuses_in_the_file_s_language() {
    let mut server = Server::start();
    let uri = "untitled:header.perf";
    let text = "文档 \"t\" {\n  年度 2024\n  状态 \n  确认 \n  规则 {\n    E0501 \n  }\n}\n";
    server.open(uri, text);
    let at = |server: &mut Server, line: u32, character: u32| {
        labels(&server.at("textDocument/completion", uri, line, character))
    };
    assert_eq!(at(&mut server, 2, 5), ["草案", "定稿"]);
    let codes = at(&mut server, 3, 5);
    assert_eq!(codes.len(), perfc::diag::catalogue::RULES.len());
    assert!(codes.contains(&"E0913".to_string()), "{codes:?}");
    assert_eq!(at(&mut server, 5, 4).len(), codes.len(), "a line of 规则");
    assert_eq!(at(&mut server, 5, 10), ["错误", "警告", "提示", "关闭"]);
    // Header fields in the file's own keywords: Chinese here, English in an English file.
    let fields = at(&mut server, 1, 2);
    assert!(fields.contains(&"年度".to_string()), "{fields:?}");
    assert!(!fields.contains(&"year".to_string()), "{fields:?}");
    let english = "untitled:english.perf";
    server.open(english, "document \"t\" {\n  year 2024\n  status \n}\n");
    let fields = labels(&server.at("textDocument/completion", english, 1, 2));
    assert!(fields.contains(&"year".to_string()), "{fields:?}");
    assert!(!fields.contains(&"年度".to_string()), "{fields:?}");
    let statuses = labels(&server.at("textDocument/completion", english, 2, 9));
    assert_eq!(statuses, ["draft", "final"]);
    server.stop();
}

#[test]
fn unit_and_project_codes_have_references_and_rename_across_files() {
    let mut server = Server::start();
    let (uri, text) = example("examples/chengde-2023/self-evaluation-2023.perf");
    server.open(&uri, &text);
    // The record's project code: its declaration in the unit file and the record itself.
    let (line, column) = position_of(&text, "13080023P00007010008M");
    let params = |line: u32, column: u32| {
        json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": column + 3 },
            "context": { "includeDeclaration": true },
        })
    };
    let found = server.request("textDocument/references", params(line, column));
    let files: Vec<String> = found
        .as_array()
        .expect("locations")
        .iter()
        .map(|l| {
            l["uri"]
                .as_str()
                .unwrap_or_default()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        files,
        ["543001.perf", "self-evaluation-2023.perf"],
        "{found}"
    );

    let mut rename = params(line, column);
    rename["newName"] = json!("13080023P00007010009X");
    let edit = server.request("textDocument/rename", rename.clone());
    let changes = edit["changes"].as_object().expect("changes");
    assert_eq!(changes.len(), 2, "{edit}");
    for edits in changes.values() {
        assert_eq!(edits[0]["newText"], "13080023P00007010009X");
    }
    // A name that cannot be a code is refused with the reason.
    rename["newName"] = json!("有 空格");
    server.next_id += 1;
    let id = server.next_id;
    server.send(
        json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/rename", "params": rename }),
    );
    let refused = server.wait_for(|m| m["id"] == json!(id));
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("不能作编码"),
        "{refused}"
    );

    // A unit's code: declared in its file, named by each of its projects.
    let (unit, text) = example("examples/chengde-2023/units/543003.perf");
    server.open(&unit, &text);
    let (line, column) = position_of(&text, "单位 543003 \"");
    let found = server.request(
        "textDocument/references",
        json!({
            "textDocument": { "uri": unit },
            "position": { "line": line, "character": column + 4 },
            "context": { "includeDeclaration": true },
        }),
    );
    assert_eq!(
        found.as_array().map(Vec::len),
        Some(2),
        "the declaration and its one project"
    );
    server.stop();
}

#[test]
fn inlay_hints_show_scores_and_lights_after_record_rows() {
    let mut server = Server::start();
    let shown = |server: &mut Server, path: &str| -> Vec<String> {
        let (uri, text) = example(path);
        server.open(&uri, &text);
        let range = json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 999, "character": 0 } });
        let hints = server.request(
            "textDocument/inlayHint",
            json!({ "textDocument": { "uri": uri }, "range": range }),
        );
        hints
            .as_array()
            .expect("hints")
            .iter()
            .map(|h| h["label"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    // hello-self-evaluation.perf: four rows met (12.50 each), 部分达成 written 20, 满意度 9.78.
    assert_eq!(
        shown(&mut server, "examples/teaching/hello-self-evaluation.perf"),
        [
            "= 12.50 分",
            "= 12.50 分",
            "= 12.50 分",
            "= 12.50 分",
            "= 20.00 分",
            "= 9.78 分"
        ]
    );
    assert_eq!(
        shown(&mut server, "examples/teaching/hello-monitoring.perf"),
        ["绿灯", "绿灯", "绿灯", "绿灯", "绿灯", "黄灯"]
    );
    // A breakdown's computed total, and what a schedule leaves unplanned.
    assert_eq!(
        shown(&mut server, "examples/teaching/mistakes.perf"),
        ["合计 61.60 万元", "尚有 10% 未计划"]
    );
    server.stop();
}

fn labels(completion: &Value) -> Vec<String> {
    completion
        .as_array()
        .expect("a list of items")
        .iter()
        .map(|item| item["label"].as_str().expect("a label").to_string())
        .collect()
}

#[test]
fn completion_follows_the_place_and_the_framework() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/framework-2021.perf");
    let mut edited = text.clone();
    let marker = "  成本指标 {\n";
    let at = edited.find(marker).expect("a cost group") + marker.len();
    edited.insert_str(at, "    \n");
    server.open(&uri, &edited);
    let complete = |server: &mut Server, needle: &str, extra: u32| {
        let (line, column) = position_of(&edited, needle);
        labels(&server.at("textDocument/completion", &uri, line, column + extra))
    };

    // A blank line in a 2021 cost group: the cost categories, not the 2015 ones.
    let in_cost = complete(&mut server, "    \n", 4);
    assert!(in_cost.contains(&"经济成本指标".to_string()), "{in_cost:?}");
    assert!(!in_cost.contains(&"数量指标".to_string()), "{in_cost:?}");
    assert!(in_cost.contains(&"依据".to_string()), "{in_cost:?}");
    // …and a row to fill in, its category one of the group's.
    let (line, column) = position_of(&edited, "    \n");
    let items = server.at("textDocument/completion", &uri, line, column + 4);
    let row = items
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["label"] == "指标行")
        .expect("a row snippet");
    assert_eq!(row["insertTextFormat"], 2, "{row}");
    let text = row["insertText"].as_str().expect("text");
    assert!(
        text.starts_with("${1|经济成本指标,社会成本指标,生态环境成本指标|} \"${2:指标名称}\""),
        "{text}"
    );
    // At the top level: a whole project.
    let end = edited.matches('\n').count() as u32;
    let items = server.at("textDocument/completion", &uri, end, 0);
    let project = items
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["kind"] == 15 && i["label"] == "项目")
        .expect("a project snippet");
    let text = project["insertText"].as_str().expect("text");
    assert!(
        text.starts_with("项目 ${1:项目编码} \"${2:项目名称}\" {\n  单位 ${3:单位编码}"),
        "{text}"
    );
    assert!(text.contains("  满意度指标 {\n    ${"), "{text}");

    // The start of a project line: project keywords and 2021's first-level categories.
    let in_project = complete(&mut server, "  目标 \"完成 18", 2);
    for label in ["预算", "支出计划", "成本指标", "产出指标", "output"] {
        assert!(
            in_project.contains(&label.to_string()),
            "{label}: {in_project:?}"
        );
    }

    // After 单位 in a project: the unit codes the document declares.
    let codes = complete(
        &mut server,
        "单位 601001\n  预算",
        "单位 ".chars().count() as u32,
    );
    assert_eq!(codes, ["601001", "601002"]);

    // After a number: units; after 依据: the bases in use.
    let units = complete(&mut server, "≥18 处", 4);
    assert!(units.contains(&"次".to_string()) && units.contains(&"处".to_string()));
    let bases = complete(&mut server, "依据 年度工作计划  分值 10", 3);
    assert_eq!(
        bases[..4],
        ["计划标准", "行业标准", "历史标准", "财政部门标准"]
    );
    assert!(bases.contains(&"年度工作计划".to_string()), "{bases:?}");
    server.stop();
}

#[test]
fn completion_in_a_self_evaluation_offers_the_rows_not_yet_written() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/hello-self-evaluation.perf");
    let marker = "  \"采购总成本控制率\"";
    let at = text.find(marker).expect("a row");
    let mut edited = text.clone();
    edited.replace_range(
        at..at + text[at..].find('\n').expect("line end") + 1,
        "  \n",
    );
    server.open(&uri, &edited);
    let (line, column) = position_of(&edited, "  \n  \"提升");
    let items = server.at("textDocument/completion", &uri, line, column + 2);
    let offered = labels(&items);
    // The removed row is offered, with what to write after it; the rows written are not.
    assert!(
        offered.contains(&"\"采购总成本控制率\"".to_string()),
        "{offered:?}"
    );
    assert!(
        !offered.contains(&"\"服务对象满意度\"".to_string()),
        "{offered:?}"
    );
    assert!(offered.contains(&"完成情况".to_string()), "{offered:?}");
    let item = items
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["label"] == "\"采购总成本控制率\"")
        .expect("the row");
    assert_eq!(item["insertText"], "\"采购总成本控制率\" 实际 ");
    assert_eq!(item["detail"], "目标 ≤100%");
    // Further along a row: its fields.
    let (line, column) = position_of(&edited, "实际 2 次");
    let fields = labels(&server.at("textDocument/completion", &uri, line, column + 6));
    for label in ["得分", "偏差", "分值"] {
        assert!(fields.contains(&label.to_string()), "{label}: {fields:?}");
    }
    server.stop();
}

#[test]
fn a_finding_s_repair_is_a_quick_fix() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/mistakes.perf");
    server.open(&uri, &text);
    let (line, column) = position_of(&text, "百分比");
    let at = json!({ "line": line, "character": column });
    let actions = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": { "start": at, "end": at },
            "context": { "diagnostics": [] }
        }),
    );
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix", "{actions}");
    assert_eq!(action["title"], "改为 `%`（E0502）");
    assert_eq!(action["diagnostics"][0]["code"], "E0502");
    let edits = &action["edit"]["changes"][uri.as_str()];
    assert_eq!(edits[0]["newText"], "%");
    assert_eq!(
        edits[0]["range"]["end"],
        json!({ "line": line, "character": column + 3 })
    );
    // Elsewhere, nothing to repair.
    let first = json!({ "line": 0, "character": 0 });
    let none = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": { "start": first, "end": first },
            "context": { "diagnostics": [] }
        }),
    );
    assert_eq!(none, json!([]));
    // The second action acknowledges the finding in its project, the reason left to write.
    let acknowledge = &actions[1];
    assert_eq!(
        acknowledge["title"],
        "确认这个问题：写 `确认 E0502` 和理由（E0502）"
    );
    assert_eq!(acknowledge["isPreferred"], false);
    let edit = &acknowledge["edit"]["changes"][uri.as_str()][0];
    assert_eq!(edit["newText"], "  确认 E0502 \"（在此写明理由）\"\n");
    let project_line = text[..=text.find("\n项目 ").expect("a project")]
        .matches('\n')
        .count();
    assert_eq!(
        edit["range"]["start"],
        json!({ "line": project_line + 1, "character": 0 })
    );
    server.stop();
}

#[test]
fn semantic_tokens_follow_the_grammar() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/hello.perf");
    server.open(&uri, &text);
    let capabilities = &server.capabilities()["semanticTokensProvider"]["legend"]["tokenTypes"];
    let types: Vec<String> = serde_json::from_value(capabilities.clone()).expect("a legend");
    let result = server.request(
        "textDocument/semanticTokens/full",
        json!({ "textDocument": { "uri": uri } }),
    );
    let data: Vec<u32> = serde_json::from_value(result["data"].clone()).expect("data");
    // Absolute (line, column, length, type) from the deltas.
    let (mut line, mut column) = (0, 0);
    let tokens: Vec<(u32, u32, u32, &str)> = data
        .chunks(5)
        .map(|t| {
            if t[0] > 0 {
                column = 0;
            }
            line += t[0];
            column += t[1];
            (line, column, t[2], types[t[3] as usize].as_str())
        })
        .collect();
    let (row, _) = position_of(&text, "    数量指标 \"开展质量监督检查次数\"");
    let on_row: Vec<(u32, u32, &str)> = tokens
        .iter()
        .filter(|t| t.0 == row)
        .map(|t| (t.1, t.2, t.3))
        .collect();
    assert_eq!(
        on_row,
        [
            (4, 4, "class"),
            (9, 12, "string"),
            (26, 1, "operator"),
            (27, 1, "number"),
            (29, 1, "type"),
            (35, 2, "keyword"),
        ],
        "{tokens:?}"
    );
    assert_eq!(tokens[0], (0, 0, 24, "comment"));
    assert!(tokens.contains(&(1, 0, 2, "keyword")), "文档");
    server.stop();
}

#[test]
fn completion_offers_the_library_s_templates() {
    let mut server = Server::start();
    let (uri, text) = example("examples/library/training.perf");
    server.open(&uri, &text);
    // After `模板` in a group: each template's name, with what the row will take from it.
    let (line, column) = position_of(&text, "模板 \"参训人员满意度\"");
    let items = server.at("textDocument/completion", &uri, line, column + 3);
    let item = items
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["label"] == "\"服务对象满意度\"")
        .expect("a template of common.perf");
    assert_eq!(item["insertText"], "\"服务对象满意度\" ");
    assert_eq!(
        item["detail"],
        "服务对象满意度指标 · 计量单位 % · 参考值 ≥90%"
    );
    // At the start of a row: the templates with the keyword before them.
    let (line, _) = position_of(&text, "    模板 \"参训人员满意度\"");
    let offered = labels(&server.at("textDocument/completion", &uri, line, 4));
    assert!(
        offered.contains(&"模板 \"验收合格率\"".to_string()),
        "{offered:?}"
    );
    assert!(offered.contains(&"服务对象满意度指标".to_string()));
    server.stop();
}

#[test]
fn completion_offers_the_forms_and_the_department_tables_words() {
    let mut server = Server::start();
    let (uri, text) = example("examples/forms/department-water.perf");
    server.open(&uri, &text);
    let complete = |server: &mut Server, needle: &str, extra: u32| {
        let (line, column) = position_of(&text, needle);
        labels(&server.at("textDocument/completion", &uri, line, column + extra))
    };
    let forms = complete(&mut server, "表样 申报表", 3);
    assert_eq!(forms, ["河北", "88号", "申报表"]);
    let frameworks = complete(&mut server, "指标体系 2021", 5);
    assert_eq!(frameworks, ["2015", "2021"]);
    // In 部门目标: its fields and the first-level categories; in its 预算, the two parts.
    let goals = complete(&mut server, "  部门编码", 2);
    for label in ["履职目标", "单位职能", "产出指标", "满意度指标"] {
        assert!(goals.contains(&label.to_string()), "{label}: {goals:?}");
    }
    let funds = complete(&mut server, "基本支出 566.80", 0);
    assert!(funds.contains(&"项目支出".to_string()), "{funds:?}");
    let rows = complete(&mut server, "    数量指标 \"集中", 4);
    assert!(rows.contains(&"质量指标".to_string()), "{rows:?}");
    server.stop();
}

#[test]
fn definition_of_a_unit_reference_is_its_declaration() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/framework-2021.perf");
    server.open(&uri, &text);
    let (line, column) = position_of(&text, "unit 601002");
    let found = server.at("textDocument/definition", &uri, line, column + 6);
    assert_eq!(found["uri"], uri.as_str());
    let declaration = position_of(&text, "单位 601002 \"示例县水土保持站\"");
    assert_eq!(range_start(&found), declaration);

    // An include leads to the included file.
    let (root, text) = example("examples/chengde-2023/chengde-2023.perf");
    server.open(&root, &text);
    let (line, column) = position_of(&text, "units/543008.perf");
    let found = server.at("textDocument/definition", &root, line, column + 3);
    let target =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/chengde-2023/units/543008.perf");
    assert_eq!(found["uri"], file_uri(&target).as_str());
    server.stop();
}

#[test]
fn symbols_list_projects_with_their_indicators() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/hello.perf");
    server.open(&uri, &text);
    let symbols = server.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let names: Vec<&str> = symbols
        .as_array()
        .expect("symbols")
        .iter()
        .map(|s| s["name"].as_str().expect("a name"))
        .collect();
    assert_eq!(
        names,
        [
            "示例局 2023 年部门预算绩效文本",
            "示例局本级",
            "2023 年测绘地理信息资质单位质量监督检查"
        ]
    );
    let indicators = symbols[2]["children"].as_array().expect("indicators");
    assert_eq!(indicators.len(), 6);
    assert_eq!(indicators[0]["name"], "开展质量监督检查次数");
    assert_eq!(indicators[0]["detail"], "数量指标");

    // The reference's root: its header, Part 1 and each unit file with its projects counted.
    let (root, text) = example("examples/chengde-2023/chengde-2023.perf");
    server.open(&root, &text);
    let outline = server.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": root } }),
    );
    let entries: Vec<String> = outline
        .as_array()
        .expect("symbols")
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s["name"].as_str().unwrap_or_default(),
                s["detail"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert!(entries.contains(&"部门目标 ".to_string()), "{entries:?}");
    assert!(
        entries.contains(&"units/543001.perf 18 个项目".to_string()),
        "{entries:?}"
    );

    // Every open document's projects by code or name.
    let found = server.request("workspace/symbol", json!({ "query": "测绘" }));
    let names: Vec<&str> = found
        .as_array()
        .expect("symbols")
        .iter()
        .map(|s| s["name"].as_str().unwrap_or_default())
        .collect();
    assert!(
        names.contains(&"2023 年测绘地理信息资质单位质量监督检查"),
        "{names:?}"
    );
    let by_code = server.request("workspace/symbol", json!({ "query": "P00007010008M" }));
    assert_eq!(by_code.as_array().map(Vec::len), Some(1), "{by_code}");
    assert_eq!(by_code[0]["containerName"], "13080023P00007010008M");
    server.stop();
}

/// Typing a document character by character: every prefix is checked, and the server still
/// answers afterwards.
#[test]
fn half_typed_documents_keep_the_server_serving() {
    let mut server = Server::start();
    let (_, text) = example("examples/teaching/framework-2021.perf");
    let uri = "file:///tmp/perfc-lsp-test/typing.perf";
    server.open(uri, "");
    let ends: Vec<usize> = text.char_indices().map(|(i, _)| i).skip(1).collect();
    for (version, &end) in ends.iter().enumerate() {
        server.change(uri, version as i32 + 2, &text[..end]);
        if version % 50 == 0 {
            let line = text[..end].matches('\n').count() as u32;
            server.at("textDocument/completion", uri, line, 0);
            server.at("textDocument/hover", uri, line, 1);
        }
    }
    assert!(server.change(uri, 0, &text).is_empty());
    server.stop();
}

/// A unit file of the reference opened on its own is checked as part of the document that
/// includes it: no "no header", and the reference is clean.
#[test]
fn an_included_file_opened_alone_is_checked_with_its_document() {
    let mut server = Server::start();
    let (uri, text) = example("examples/chengde-2023/units/543003.perf");
    let found = server.open(&uri, &text);
    assert!(found.is_empty(), "{found:?}");
    // Its project names its unit: the declaration is found through the document.
    let (line, column) = position_of(&text, "  单位 543003");
    let declaration = server.at("textDocument/definition", &uri, line, column + 5);
    assert_eq!(declaration["uri"], uri.as_str());
    server.stop();
}

const HEADER: &str = "文档 \"示例局 2023 年部门预算绩效文本\" {\n  年度 2023\n  部门 \"示例局\"\n  指标体系 2015\n}\n";

/// hello.perf's unit and project, with a cost ceiling written as a floor (E0408) or not.
fn unit_file(cost: &str) -> String {
    let (_, hello) = example("examples/teaching/hello.perf");
    let body = &hello[hello.find("单位 543001").expect("a unit")..];
    body.replace("≤100%", cost)
}

/// A document directory: `main.perf` includes `units/u.perf` (through `include`), whose text
/// on disk is `unit`.
fn document_directory(include: &str, unit: &str) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let main = dir.path().join("main.perf");
    std::fs::write(&main, format!("{HEADER}\ninclude \"{include}\"\n")).expect("writes");
    std::fs::create_dir(dir.path().join("units")).expect("mkdir");
    let unit_path = dir.path().join("units/u.perf");
    std::fs::write(&unit_path, unit).expect("writes");
    (dir, file_uri(&main), file_uri(&unit_path))
}

#[test]
fn findings_in_an_included_file_arrive_for_its_uri() {
    let mut server = Server::start();
    let mistake = unit_file("≥15 万元");
    let (_dir, main, unit) = document_directory("units/u.perf", &mistake);
    let found = server.open(&unit, &mistake);
    assert_eq!(codes(&found), ["E0408"]);
    assert_eq!(range_start(&found[0]), position_of(&mistake, "≥15 万元"));
    assert!(server.diagnostics(&main).is_empty());

    // Fixing the unit file clears its finding; closing it clears what was published.
    assert!(server.change(&unit, 2, &unit_file("≤100%")).is_empty());
    server.change(&unit, 3, &mistake);
    assert!(server.close(&unit).is_empty());
    server.stop();
}

/// The root reads the unit's open buffer even when its include spells the path with `..`.
#[test]
fn open_buffers_shadow_includes_written_with_dot_dot() {
    let mut server = Server::start();
    let (_dir, main, unit) = document_directory("./units/../units/u.perf", &unit_file("≤100%"));
    let mistake = unit_file("≥15 万元");
    assert_eq!(codes(&server.open(&unit, &mistake)), ["E0408"]);
    let main_text =
        std::fs::read_to_string(main.strip_prefix("file://").expect("a path")).expect("reads");
    server.published_since(&unit);
    assert!(server.open(&main, &main_text).is_empty());
    // Had the root read the unit from disk (≤100%), its finding would have gone: published.
    assert_eq!(server.published_since(&unit), None);
    server.stop();
}

/// An edit republishes the edited file; another file of its document only when its findings
/// changed.
#[test]
fn only_the_edited_file_and_changed_findings_are_published_again() {
    let mut server = Server::start();
    let mistake = unit_file("≥15 万元");
    let (_dir, main, unit) = document_directory("units/u.perf", &mistake);
    assert_eq!(codes(&server.open(&unit, &mistake)), ["E0408"]);
    server.published_since(&main);
    let commented = format!("# 注释\n{mistake}");
    assert_eq!(codes(&server.change(&unit, 2, &commented)), ["E0408"]);
    assert_eq!(server.published_since(&main), None);
    server.stop();
}

/// A burst of edits queued before the server reads them is checked once, at its last text:
/// the opening's findings and then one publication, not one per edit.
#[test]
fn a_burst_of_edits_is_checked_once_at_its_last_text() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/teaching/hello.perf");
    let uri = format!("file://{}", file.display());
    let text = std::fs::read_to_string(&file).expect("hello.perf");
    let mut session = vec![json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": { "textDocument": { "uri": uri, "languageId": "perf", "version": 1, "text": text } } })];
    for version in 2..8 {
        let edited = text.replace("15.00 {", &format!("15.0{version} {{"));
        session.push(
            json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "text": edited }] } }),
        );
    }
    let lines: Vec<String> = session.iter().map(Value::to_string).collect();
    assert_eq!(perfc::lsp::serve_lines(lines.join("\n").as_bytes()), 2);
}

/// A client that watches files for the server is asked to watch `.perf` files; an included file
/// changed on disk is then checked again, and its findings published.
#[test]
fn an_include_changed_on_disk_is_checked_again_when_the_client_tells() {
    let watching =
        json!({ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } });
    let mut server = Server::start_with(watching);
    let registration = server.wait_for(|m| m["method"] == "client/registerCapability");
    let options = &registration["params"]["registrations"][0];
    assert_eq!(options["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        options["registerOptions"]["watchers"][0]["globPattern"],
        "**/*.perf"
    );
    let (dir, main, unit) = document_directory("units/u.perf", &unit_file("≤100%"));
    let main_text = std::fs::read_to_string(dir.path().join("main.perf")).expect("reads");
    assert!(server.open(&main, &main_text).is_empty());
    assert_eq!(server.published_since(&unit), Some(Vec::new()));
    std::fs::write(dir.path().join("units/u.perf"), unit_file("≥15 万元")).expect("writes");
    let change = json!({ "changes": [{ "uri": unit, "type": 2 }] });
    server.notify("workspace/didChangeWatchedFiles", change);
    assert_eq!(codes(&server.diagnostics(&unit)), ["E0408"]);
    server.stop();
}

/// The server asks for incremental changes: ranges in UTF-16 columns, applied in order, each
/// to the text the one before it left.
#[test]
fn ranged_changes_are_applied_in_order() {
    let mut server = Server::start();
    let sync = server.capabilities()["textDocumentSync"].clone();
    assert_eq!(sync, 2, "incremental synchronisation");
    let (uri, text) = example("examples/teaching/hello.perf");
    assert_eq!(codes(&server.open(&uri, &text)), [] as [&str; 0]);
    // Line 12 (11 from 0) is `  预算 15.00 { … }`: 预算 is two UTF-16 units, 15.00 columns 5–10.
    let at = |line: u32, character: u32| json!({ "line": line, "character": character });
    let changes = json!([
        { "range": { "start": at(11, 9), "end": at(11, 10) }, "text": "1" },
        { "range": { "start": at(0, 0), "end": at(0, 0) }, "text": "# 新的第一行\n" },
    ]);
    server.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": changes }),
    );
    let found = server.diagnostics(&uri);
    assert_eq!(codes(&found), ["E0401"]);
    assert_eq!(found[0]["range"]["start"], at(12, 5), "on the moved line");
    // A whole text still replaces everything.
    let whole = json!([{ "text": text }]);
    server.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": whole }),
    );
    assert_eq!(codes(&server.diagnostics(&uri)), [] as [&str; 0]);
    server.stop();
}

/// Ranges no editor should send (reversed, past the end, inside a character) are clamped to
/// the text: the server neither panics nor stops.
#[test]
fn ranges_out_of_the_text_are_clamped() {
    let mut server = Server::start();
    let (uri, text) = example("examples/teaching/hello.perf");
    server.open(&uri, &text);
    let at = |line: u32, character: u32| json!({ "line": line, "character": character });
    for (start, end, typed) in [
        (at(11, 10), at(11, 9), "x"),
        (at(9999, 0), at(99999, 7), "x"),
        (at(0, 0), at(0, 0), "😀"),
        // Between the two UTF-16 units of 😀.
        (at(0, 1), at(0, 1), "x"),
        (at(11, 3), at(11, 4), "x"),
        (at(0, 4_000_000_000), at(1, 0), "x"),
    ] {
        let change = json!([{ "range": { "start": start, "end": end }, "text": typed }]);
        server.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": change }),
        );
        server.diagnostics(&uri);
    }
    let whole = json!([{ "text": text }]);
    server.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": whole }),
    );
    assert_eq!(
        codes(&server.diagnostics(&uri)),
        [] as [&str; 0],
        "serves on"
    );
    server.stop();
}

/// Last year's document (`上年`) changed on disk: this year's is checked against it again.
#[test]
fn last_year_s_document_changed_on_disk_is_compared_again() {
    let mut server = Server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = std::fs::read_to_string("examples/teaching/hello.perf").expect("hello.perf");
    let last_year = dir.path().join("2023.perf");
    std::fs::write(&last_year, &hello).expect("writes");
    let this_year = hello
        .replace("年度 2023", "年度 2024\n  上年 \"2023.perf\"")
        .replace("≥90%  依据 行业规范", "≥85%  依据 行业规范");
    let uri = format!("file://{}", dir.path().join("2024.perf").display());
    assert_eq!(codes(&server.open(&uri, &this_year)), ["E0525"]);
    let loosened_last_year = hello.replace("≥90%  依据 行业规范", "≥80%  依据 行业规范");
    std::fs::write(&last_year, loosened_last_year).expect("writes");
    let change =
        json!({ "changes": [{ "uri": format!("file://{}", last_year.display()), "type": 2 }] });
    server.notify("workspace/didChangeWatchedFiles", change);
    assert_eq!(codes(&server.diagnostics(&uri)), [] as [&str; 0]);
    server.stop();
}

#[test]
fn malformed_notifications_are_ignored_and_the_server_serves_on() {
    let mut server = Server::start();
    let uri = "file:///tmp/perfc-lsp-test/after.perf";
    let never = "file:///tmp/perfc-lsp-test/never-opened.perf";
    for (method, params) in [
        ("textDocument/didOpen", json!(null)),
        (
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": "not a uri" } }),
        ),
        (
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri } }),
        ),
        (
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": 1 }, "contentChanges": 7 }),
        ),
        ("textDocument/didClose", json!([1, 2])),
        (
            "textDocument/didChange",
            json!({ "textDocument": { "uri": never, "version": 1 }, "contentChanges": [] }),
        ),
    ] {
        server.notify(method, params);
    }
    assert_eq!(
        server.published_since(never),
        None,
        "no change opens nothing"
    );
    let (_, text) = example("examples/teaching/hello.perf");
    assert!(server.open(uri, &text).is_empty());
    server.stop();
}

#[test]
fn exit_without_shutdown_ends_with_code_1() {
    let mut server = Server::start();
    server.notify("exit", Value::Null);
    let status = server.child.wait().expect("server exits");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn messages_that_are_not_json_rpc_are_answered_or_ignored() {
    let mut server = Server::start();
    server.send(json!([]));
    server.send(json!({ "jsonrpc": "2.0", "id": 99, "method": 3 }));
    let answer = server.wait_for(|m| m["id"] == json!(99));
    assert_eq!(answer["error"]["code"], json!(-32600), "{answer}");
    let body = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\"\\ud800\"}";
    write!(server.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
    write!(server.stdin, "not a header\r\n\r\n").expect("write");
    let uri = "file:///tmp/perfc-lsp-test/alive.perf";
    let (_, text) = example("examples/teaching/hello.perf");
    assert!(server.open(uri, &text).is_empty());
    server.stop();
}

#[test]
fn a_message_claiming_more_than_any_document_needs_is_skipped() {
    let mut server = Server::start();
    write!(server.stdin, "Content-Length: 99999999999999\r\n\r\n{{}}").expect("write");
    drop(server.stdin);
    let status = server.child.wait().expect("server exits");
    // The client went away without `shutdown`: 1, not an abort on allocation.
    assert_eq!(status.code(), Some(1));
}

/// The in-memory entry the `lsp_messages` fuzz target drives: a session of every message kind
/// on the teaching example, with lines that are not messages among them, is served to the end.
#[test]
fn the_fuzz_targets_in_memory_server_serves_a_whole_session() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/teaching/hello.perf");
    let uri = format!("file://{}", file.display());
    let text = std::fs::read_to_string(&file).expect("hello.perf");
    let doc = json!({ "uri": uri });
    let at = |line: u32, character: u32| json!({ "textDocument": doc, "position": { "line": line, "character": character } });
    let session = [
        json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": { "textDocument":
            { "uri": uri, "languageId": "perf", "version": 1, "text": text } } }),
        json!({ "jsonrpc": "2.0", "id": 1, "method": "textDocument/hover", "params": at(12, 6) }),
        json!({ "jsonrpc": "2.0", "id": 2, "method": "textDocument/completion", "params": at(15, 4) }),
        json!({ "jsonrpc": "2.0", "id": 3, "method": "textDocument/definition", "params": at(10, 5) }),
        json!({ "jsonrpc": "2.0", "id": 4, "method": "textDocument/documentSymbol",
            "params": { "textDocument": doc } }),
        json!({ "jsonrpc": "2.0", "id": 5, "method": "textDocument/hover", "params": {} }),
        json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": "项目 {" }] } }),
        json!({ "jsonrpc": "2.0", "method": "textDocument/didClose", "params": { "textDocument": doc } }),
    ];
    let mut lines: String = session
        .iter()
        .map(|m| format!("{m}\nnot a message\n"))
        .collect();
    lines.push_str("{\"jsonrpc\": \"2.0\", \"id\": 6, \"method\": \"shutdown\"}\n");
    // Five answers, a publication for open and for close, and shutdown's answer: the change,
    // closed before it was checked, is not checked at all.
    assert_eq!(perfc::lsp::serve_lines(lines.as_bytes()), 8);
}
