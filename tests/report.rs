//! `perfc check --report FILE.html`: the bureau's overview page. Its numbers against the JSON
//! (`perfc build --emit json`, `--diagnostic-format json`), hostile names escaped, nothing
//! loaded from anywhere, the same bytes every time, links relative to where the page is written,
//! exit codes. The ignored test loads the page in Chromium (`.ci/run` installs it).

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use support::perfc;

const MISTAKES: &str = "examples/teaching/mistakes.perf";
const HELLO: &str = "examples/teaching/hello.perf";
const CSP: &str = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"#;

fn run(args: &[&str]) -> Output {
    perfc().args(args).output().expect("perfc runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// Checks `inputs` with `--report` into `report`; returns the exit code and the page.
fn report(inputs: &[&str], report: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let out = perfc()
        .arg("check")
        .args(inputs)
        .arg("--report")
        .arg(report)
        .args(extra)
        .output()
        .expect("perfc runs");
    let page = std::fs::read_to_string(report)
        .unwrap_or_else(|e| panic!("no report: {e}\n{}", text(&out.stderr)));
    (out.status.code(), page)
}

/// A table row: its `data-` attributes and its cells' `data-key` → `data-value`.
#[derive(Debug)]
struct Row {
    attributes: BTreeMap<String, String>,
    cells: BTreeMap<String, String>,
}

impl Row {
    fn cell(&self, key: &str) -> &str {
        self.cells
            .get(key)
            .unwrap_or_else(|| panic!("no {key} in {self:?}"))
    }

    fn number(&self, key: &str) -> usize {
        self.cell(key).parse().expect("a count")
    }
}

/// The rows of the table with this id (the page as written, or as Chromium serialises it).
fn rows(html: &str, id: &str) -> Vec<Row> {
    let start = html
        .find(&format!("<table id=\"{id}\""))
        .unwrap_or_else(|| panic!("no table {id}"));
    let table = &html[start..];
    let table = &table[..table.find("</table>").expect("table end")];
    table
        .split("<tr")
        .skip(1)
        .filter(|row| !row.contains("<th"))
        .map(|row| {
            let tags: Vec<&str> = row
                .split('<')
                .map(|t| t.split('>').next().unwrap_or_default())
                .collect();
            let row_attributes = attributes(tags[0]);
            let cells = tags[1..]
                .iter()
                .map(|tag| attributes(tag))
                .filter_map(|a| Some((a.get("data-key")?.clone(), a.get("data-value")?.clone())))
                .collect();
            Row {
                attributes: row_attributes,
                cells,
            }
        })
        .collect()
}

/// The `data-` attributes of a tag's text (`td class="num" data-key="x" data-value="1"`).
fn attributes(tag: &str) -> BTreeMap<String, String> {
    tag.split(" data-")
        .skip(1)
        .filter_map(|pair| {
            let (name, rest) = pair.split_once("=\"")?;
            let value = rest.split('"').next()?;
            Some((format!("data-{name}"), value.to_owned()))
        })
        .collect()
}

/// The row of a document.
fn document_row<'a>(rows: &'a [Row], file: &str) -> &'a Row {
    rows.iter()
        .find(|r| r.attributes.get("data-file").map(String::as_str) == Some(file))
        .unwrap_or_else(|| panic!("no row for {file}"))
}

/// Findings as `--diagnostic-format json` prints them, for `inputs`.
fn json_findings(inputs: &[&str]) -> Vec<serde_json::Value> {
    let out = perfc()
        .arg("check")
        .args(inputs)
        .args(["--diagnostic-format", "json"])
        .output()
        .expect("perfc runs");
    text(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON finding"))
        .collect()
}

/// Counts by severity, as the page's cells name them.
fn severity_counts(findings: &[serde_json::Value]) -> [usize; 3] {
    ["error", "warning", "note"].map(|s| findings.iter().filter(|f| f["severity"] == s).count())
}

fn page_counts(row: &Row) -> [usize; 3] {
    ["errors", "warnings", "notes"].map(|key| row.number(key))
}

/// The JSON `perfc build` writes for each of `roots` below `examples/`, by root file.
fn built_json(output: &Path, roots: &[&str]) -> BTreeMap<String, serde_json::Value> {
    let out = perfc()
        .args(["build", "examples", "--emit", "json", "-o"])
        .arg(output)
        .output()
        .expect("perfc runs");
    assert_ne!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let mut found = BTreeMap::new();
    for root in roots {
        let relative = Path::new(root)
            .strip_prefix("examples")
            .expect("below examples");
        let json = output.join(relative).with_extension("json");
        let json = std::fs::read_to_string(&json).expect("the JSON");
        found.insert(root.to_string(), serde_json::from_str(&json).expect("JSON"));
    }
    found
}

/// How many `.json` files lie below `dir`.
fn json_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .expect("directory")
        .map(|entry| entry.expect("entry").path())
        .map(|path| match path.is_dir() {
            true => json_files(&path),
            false => usize::from(path.extension().is_some_and(|e| e == "json")),
        })
        .sum()
}

/// Every table of the page holds the numbers of the JSON: documents' projects, budgets and
/// units, findings by severity per document and by rule, the totals.
fn assert_matches_json(html: &str, json_dir: &Path) {
    let departments = rows(html, "department-table");
    let roots: Vec<&str> = departments
        .iter()
        .filter_map(|r| r.attributes.get("data-file").map(String::as_str))
        .collect();
    let built = built_json(json_dir, &roots);
    assert_eq!(
        roots.len(),
        json_files(json_dir),
        "every document built is on the page"
    );
    assert_eq!(
        departments.len(),
        built.len() + 1,
        "a row per document and the total"
    );
    let mut total_budget = rust_decimal::Decimal::ZERO;
    for (root, json) in &built {
        let row = document_row(&departments, root);
        assert_eq!(
            page_counts(row),
            severity_counts(&json_findings(&[root])),
            "{root}"
        );
        if row.cells.contains_key("budget") {
            assert_eq!(row.cell("budget"), json["totals"]["budget"], "{root}");
            assert_eq!(row.number("projects"), json["totals"]["projects"], "{root}");
            assert_eq!(
                row.number("units"),
                json["units"].as_array().expect("units").len()
            );
            total_budget += row
                .cell("budget")
                .parse::<rust_decimal::Decimal>()
                .expect("amount");
        } else {
            assert!(
                json["monitorings"].is_array() || json["self_evaluations"].is_array(),
                "{root}: only a report on targets is counted elsewhere"
            );
        }
    }
    let total = departments.last().expect("the total");
    let all = json_findings(&["examples"]);
    assert_eq!(page_counts(total), severity_counts(&all));
    // Every example is in 万元.
    assert_eq!(total.cell("budget"), total_budget.to_string());

    let rules = rows(html, "rule-table");
    let mut by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for finding in &all {
        *by_code
            .entry(finding["code"].as_str().expect("code"))
            .or_default() += 1;
    }
    let on_page: BTreeMap<&str, usize> = rules
        .iter()
        .map(|r| (r.attributes["data-code"].as_str(), r.number("findings")))
        .collect();
    assert_eq!(on_page, by_code);

    let units = rows(html, "unit-table");
    let chengde = &built["examples/chengde-2023/chengde-2023.perf"];
    for unit in chengde["units"].as_array().expect("units") {
        let row = units
            .iter()
            .find(|r| {
                r.attributes.get("data-unit") == unit["code"].as_str().map(str::to_owned).as_ref()
            })
            .expect("the unit's row");
        assert_eq!(row.cell("budget"), unit["totals"]["budget"]);
        assert_eq!(row.number("projects"), unit["totals"]["projects"]);
    }
}

#[test]
fn the_tables_hold_the_numbers_of_the_json() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (code, html) = report(&["examples"], &dir.path().join("report.html"), &[]);
    assert_eq!(code, Some(1), "examples/teaching/mistakes.perf has errors");
    assert_matches_json(&html, &dir.path().join("json"));
}

#[test]
fn the_worst_projects_are_ranked_and_link_to_their_findings() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mistakes = std::fs::read_to_string(MISTAKES).expect("mistakes");
    // One error fewer (E0507) in the first document; the other two tie.
    let fewer = mistakes.replace("≤95%", "≥95%");
    assert_ne!(fewer, mistakes);
    std::fs::write(dir.path().join("a.perf"), fewer).expect("a");
    std::fs::write(dir.path().join("b.perf"), &mistakes).expect("b");
    std::fs::write(dir.path().join("c.perf"), &mistakes).expect("c");
    std::fs::copy(HELLO, dir.path().join("d.perf")).expect("d");
    let (_, html) = report(
        &[dir.path().to_str().expect("UTF-8")],
        &dir.path().join("report.html"),
        &[],
    );
    let worst = rows(&html, "worst-table");
    let files: Vec<&str> = worst
        .iter()
        .map(|r| r.attributes["data-file"].rsplit('/').next().expect("name"))
        .collect();
    assert_eq!(
        files,
        ["b.perf", "c.perf", "a.perf"],
        "errors first, then order"
    );
    assert_eq!(page_counts(&worst[0]), [8, 2, 1]);
    assert_eq!(page_counts(&worst[2]), [7, 2, 1]);
    let table = html.find("<table id=\"worst-table\"").expect("the ranking");
    let anchor = html[table..]
        .split("href=\"#")
        .nth(1)
        .expect("a link")
        .split('"')
        .next()
        .expect("anchor");
    assert_eq!(anchor, "doc-1-p-1", "b.perf's project");
    assert!(
        html.contains(&format!("<h4 id=\"{anchor}\">")),
        "{anchor} leads to its findings"
    );
}

/// A document in English keywords with English names, and findings in a project and outside:
/// the Chinese left in it is what the forms have no English for (categories, levels, 万元).
const IN_ENGLISH: &str = "document \"Example bureau 2024\" {\n  year 2024\n  department \"Example bureau\"\n  framework 2015\n}\n\nunit 100001 \"Bureau itself\"\n\nproject P0001 \"Road repair\" {\n  unit 100001\n  budget 10 { fiscal 12 }\n  use \"Repairs\"\n  goal \"Repair the roads\"\n  产出指标 {\n    数量指标 \"Roads repaired\" ≥1 次  basis 年度工作计划\n  }\n  效益指标 {\n    社会效益指标 \"Safer roads\" 巩固提升\n  }\n}\n\nproject P0002 \"Bridges\" {\n  unit 100009\n  budget 5 { fiscal 5 }\n}\n";

#[test]
fn under_lang_en_the_page_s_own_words_are_english() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let document = dir.path().join("en.perf");
    std::fs::write(&document, IN_ENGLISH).expect("document");
    let document = document.to_str().expect("UTF-8");
    let page = dir.path().join("report.html");
    let (_, html) = report(&[document], &page, &["--lang", "en"]);
    assert!(html.contains(r#"<html lang="en">"#), "{html}");
    assert!(html.contains(r#"<h2 id="findings">Findings</h2>"#));
    // Chinese on the page is the document's own text or the findings', never the page's words.
    let out = perfc()
        .args([
            "check",
            document,
            "--lang",
            "en",
            "--diagnostic-format",
            "json",
        ])
        .output()
        .expect("perfc runs");
    let known = format!("{IN_ENGLISH}{}", text(&out.stdout));
    let is_cjk = |c: char| matches!(c, '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    let stray: std::collections::BTreeSet<&str> = html
        .split(|c: char| !is_cjk(c))
        .filter(|run| !run.is_empty() && !known.contains(run))
        .collect();
    assert!(
        stray.is_empty(),
        "words of the page left in Chinese: {stray:?}"
    );
    // In Chinese, the same page has the page's words in Chinese.
    let (_, html) = report(&[document], &page, &[]);
    assert!(html.contains(r#"<h2 id="findings">问题明细</h2>"#));
}

/// A document whose names would be markup, an attribute or a reversal of the text if written raw.
const HOSTILE: &str = "文档 \"<script>alert(1)</script>\" {\n  年度 2023\n  部门 \"<script>alert('部门')</script>\"\n}\n\n单位 543001 \"\\\"onload=alert(1) x\"\n\n项目 13080023P000085100062 \"<img src=x onerror=alert(1)>\u{202e}名称\" {\n  单位 543001\n  预算 15.00 { 财政资金 15.00 }\n}\n";

#[test]
fn hostile_names_are_text() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("\"onload=x <b>.perf");
    std::fs::write(&file, HOSTILE).expect("document");
    let (code, html) = report(
        &[file.to_str().expect("UTF-8 path")],
        &dir.path().join("r.html"),
        &[],
    );
    assert_eq!(code, Some(1), "the sketch has findings");
    assert!(!html.contains("<script"), "no script at all");
    assert!(!html.contains("<img"));
    assert!(!html.contains("\"onload="), "no attribute from a name");
    assert!(!html.contains("<b>"));
    assert!(
        html.contains("&lt;script&gt;alert('部门')&lt;/script&gt;"),
        "the department as text"
    );
    assert!(html.contains("&quot;onload=alert(1) x"), "the unit as text");
    assert!(
        !html.contains('\u{202e}'),
        "no bidirectional override reaches the page"
    );
    assert!(
        html.contains("\\u{202e}名称"),
        "it is written as its escape"
    );
}

/// A value quoting markup and backticks: the finding quotes it in its message.
const QUOTING: &str = "文档 \"测试\" {\n  年度 2023\n  部门 \"测试局\"\n}\n\n单位 543001 \"本级\"\n\n项目 13080023P000085100062 \"名称\" {\n  单位 543001\n  预算 15.00 { 财政资金 15.00 }\n  效益指标 {\n    社会效益指标 \"水平\" 提升`<i>` 依据 年度工作计划\n  }\n}\n";

#[test]
fn a_message_shows_its_code_as_code_and_quoted_markup_as_text() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = dir.path().join("quoting.perf");
    std::fs::write(&file, QUOTING).expect("document");
    let (_, html) = report(
        &[file.to_str().expect("UTF-8 path")],
        &dir.path().join("r.html"),
        &[],
    );
    assert!(
        html.contains("未知的定性指标值 <code>提升</code>&lt;i&gt;<code></code>"),
        "{html}"
    );
    assert!(html.contains("项目缺少资金用途（<code>用途</code>）"));
    assert!(!html.contains("<i>"));
}

#[test]
fn the_page_loads_nothing() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (_, html) = report(&["examples"], &dir.path().join("r.html"), &[]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains(CSP),
        "a Content-Security-Policy that forbids the network"
    );
    for reference in [
        "http://",
        "https://",
        "<script",
        "<link",
        "src=",
        "url(",
        "@import",
        "@font-face",
    ] {
        assert!(!html.contains(reference), "{reference} in the page");
    }
    assert!(html.contains("<svg class=\"chart\""), "charts are inline");
    assert!(
        html.contains("Noto Sans CJK SC"),
        "the system's Chinese fonts"
    );
}

#[test]
fn the_page_is_the_same_bytes_every_time() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let (_, one) = report(&["examples"], &dir.path().join("one.html"), &["-j", "1"]);
    let (_, four) = report(&["examples"], &dir.path().join("four.html"), &["-j", "4"]);
    assert!(one == four, "the same page whatever the jobs");
}

/// `href="…"` of the findings' places.
fn place_links(html: &str) -> Vec<&str> {
    html.split("<a class=\"place\" href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[test]
fn links_lead_from_the_page_to_the_sources_wherever_it_is_written() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let sources = dir.path().join("docs");
    std::fs::create_dir_all(&sources).expect("directory");
    let mistakes = sources.join("my mistakes#1.perf");
    std::fs::copy(MISTAKES, &mistakes).expect("copy");
    let page = dir.path().join("out/deep/report.html");
    let (_, html) = report(&[sources.to_str().expect("UTF-8")], &page, &[]);
    let links = place_links(&html);
    assert!(
        links.contains(&"../../docs/my%20mistakes%231.perf"),
        "{links:?}"
    );
    assert!(
        links.contains(&"../../docs/my%20mistakes%231.perf#L13"),
        "{links:?}"
    );
    for link in links {
        let path = link
            .split('#')
            .next()
            .expect("path")
            .replace("%20", " ")
            .replace("%23", "#");
        assert!(page.parent().expect("dir").join(path).is_file(), "{link}");
    }
    // Relative to the working directory too.
    let out = perfc()
        .current_dir(dir.path())
        .args(["check", "docs", "--report", "report.html"])
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(1));
    let html = std::fs::read_to_string(dir.path().join("report.html")).expect("page");
    assert!(place_links(&html).contains(&"docs/my%20mistakes%231.perf#L13"));
}

#[test]
fn the_exit_code_is_the_checks() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let clean = dir.path().join("clean.html");
    let (code, html) = report(&[HELLO], &clean, &[]);
    assert_eq!(code, Some(0), "a clean document");
    assert_eq!(
        rows(&html, "department-table").len(),
        2,
        "one document and the total"
    );
    let (code, _) = report(&[MISTAKES], &dir.path().join("mistakes.html"), &[]);
    assert_eq!(code, Some(1), "findings");
    let (code, html) = report(
        &[MISTAKES],
        &dir.path().join("ok.html"),
        &[
            "--severity",
            "E0402=off,E0408=off,E0504=off,E0507=off,E0601=off,E0602=off,E0701=off,E0704=off",
        ],
    );
    assert_eq!(code, Some(0), "levels from the command line apply");
    assert!(!html.contains("data-code=\"E0402\""));

    let blocked = dir.path().join("file");
    std::fs::write(&blocked, "").expect("file");
    let out = run(&[
        "check",
        HELLO,
        "--report",
        &format!("{}/r.html", blocked.display()),
    ]);
    assert_eq!(out.status.code(), Some(2), "the page cannot be written");
    assert!(
        text(&out.stderr).contains("cannot"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&[
        "check",
        "no-such.perf",
        "--report",
        clean.to_str().expect("UTF-8"),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_document_not_read_completely_is_listed_with_its_findings_and_no_totals() {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        dir.path().join("broken.perf"),
        "文档 \"x\" {\n  年度 2023\n}\n项目 {{{\n",
    )
    .expect("document");
    std::fs::copy(HELLO, dir.path().join("hello.perf")).expect("hello");
    let (code, html) = report(
        &[dir.path().to_str().expect("UTF-8")],
        &dir.path().join("r.html"),
        &[],
    );
    assert_eq!(code, Some(1));
    let departments = rows(&html, "department-table");
    let broken = &departments[0];
    assert!(broken.attributes["data-file"].ends_with("broken.perf"));
    assert!(!broken.cells.contains_key("budget"), "no totals");
    assert_eq!(broken.number("errors"), 1, "its syntax error");
    assert!(html.contains("未能完整读取"));
    let total = departments.last().expect("total");
    assert_eq!(total.cell("budget"), "15.00", "hello.perf's budget alone");
}

#[test]
fn help_names_the_option() {
    let out = run(&["check", "--help"]);
    assert!(text(&out.stdout).contains("--report <FILE.html>"));
}

/// Runs Chromium headless on `page` with `args`; returns its standard error.
fn chromium(page: &Path, args: &[&str]) -> (Vec<u8>, String) {
    let out = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
        ])
        // Any request for a name fails: were the page to ask, its console would say so.
        .arg("--host-resolver-rules=MAP * ~NOTFOUND")
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("Chromium runs: .ci/run installs the chromium package");
    assert!(out.status.success(), "{}", text(&out.stderr));
    (out.stdout, text(&out.stderr))
}

#[test]
#[ignore = "needs Chromium; .ci/run installs it and runs this"]
fn chromium_shows_the_numbers_of_the_json_without_complaint() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let page = dir.path().join("report.html");
    report(&["examples"], &page, &[]);
    let (dom, log) = chromium(&page, &["--dump-dom"]);
    for line in log.lines() {
        assert!(
            !line.contains("CONSOLE") && !line.contains("Uncaught") && !line.contains("Refused to"),
            "the browser complained: {line}"
        );
    }
    let dom = text(&dom);
    assert!(dom.contains("<svg class=\"chart\""));
    assert_matches_json(&dom, &dir.path().join("json"));
    let screenshot: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report.png");
    let shot = format!("--screenshot={}", screenshot.display());
    chromium(&page, &[&shot, "--window-size=1400,2400"]);
    assert!(std::fs::metadata(&screenshot).expect("a screenshot").len() > 10_000);
    println!("screenshot: {}", screenshot.display());
}
