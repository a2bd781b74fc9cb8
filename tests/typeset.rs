//! Typesetting: the emitted Typst, the PDF's text, hostile strings, reproducibility and the
//! template sandbox. PDFs are built by the `perfc` binary, as a user builds them.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use perfc::typeset::template::Template;

const REFERENCE: &str = "examples/chengde-2023/chengde-2023.perf";
const HOSTILE: &str = "tests/typeset/hostile.perf";

fn build(file: &str, out: &Path, extra: &[&str]) -> Output {
    support::perfc()
        .args(["build", file, "-o"])
        .arg(out)
        .args(extra)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("PERFC_FONT_PATH")
        .output()
        .expect("run perfc")
}

fn stem_of(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned()
}

fn output(out: &Path, file: &str, extension: &str) -> PathBuf {
    out.join(format!("{}.{extension}", stem_of(file)))
}

/// The PDF's text in content order, with all whitespace removed: a cell's text wraps over lines
/// in the table, so words are compared without the breaks.
fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("pdf");
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("extract text");
    squeeze(&text)
}

/// The JSON `perfc build` wrote for `file` into `out`.
fn built_json(out: &Path, file: &str) -> Value {
    let bytes = std::fs::read(output(out, file, "json")).expect("json");
    serde_json::from_slice(&bytes).expect("valid json")
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_emitted_typst_is_the_official_template_reading_the_json_beside_it() {
    insta::assert_snapshot!(Template::Official.source_for("chengde-2023.json"));
}

#[test]
fn the_reference_pdf_holds_every_code_name_and_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = build(REFERENCE, dir.path(), &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_text(&output(dir.path(), REFERENCE, "pdf"));
    let json = built_json(dir.path(), REFERENCE);
    let mut missing = Vec::new();
    let projects = json["projects"].as_array().expect("projects");
    assert_eq!(projects.len(), 36);
    for project in projects {
        let mut wanted = vec![&project["code"], &project["name"], &project["budget"]];
        for indicator in project["indicators"].as_array().expect("indicators") {
            wanted.extend([&indicator["name"], &indicator["value"]["text"]]);
        }
        for value in wanted {
            let value = squeeze(value.as_str().expect("a string"));
            if !text.contains(&value) {
                missing.push(value);
            }
        }
    }
    assert!(missing.is_empty(), "not in the PDF: {missing:?}");
    for heading in [
        "目录",
        "第一部分部门整体绩效目标",
        "第二部分预算项目绩效目标",
    ] {
        assert!(text.contains(heading), "{heading}");
    }
}

#[test]
fn strings_holding_typst_syntax_print_literally() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = build(HOSTILE, dir.path(), &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_text(&output(dir.path(), HOSTILE, "pdf"));
    for literal in [
        r#"#read("/etc/passwd")局"#,
        "$x^2$单位<label>@ref",
        "名称]*加粗*[#emph[斜体]$1+1$",
        r"//不是注释/*也不是*/\反斜杠`raw`#{1+1}",
        r#"#include"/etc/hostname"=标题-列表+编号"#,
        "<b>完成率</b>",
        r#"])#panic("x")[("#,
    ] {
        assert!(
            text.contains(literal),
            "{literal} is not in the PDF text:\n{text}"
        );
    }
    assert!(!text.contains("root:"), "a file was read into the PDF");
}

#[test]
fn two_builds_are_byte_identical() {
    let (first, second) = (
        tempfile::tempdir().expect("tempdir"),
        tempfile::tempdir().expect("tempdir"),
    );
    for dir in [&first, &second] {
        assert!(build(REFERENCE, dir.path(), &[]).status.success());
    }
    for extension in ["json", "typ", "pdf"] {
        let read = |dir: &tempfile::TempDir| {
            std::fs::read(output(dir.path(), REFERENCE, extension)).expect("output")
        };
        assert!(read(&first) == read(&second), "{extension} differs");
    }
    let pdf = std::fs::read(output(first.path(), REFERENCE, "pdf")).expect("pdf");
    assert!(
        !contains(&pdf, b"CreationDate"),
        "no wall-clock date without SOURCE_DATE_EPOCH"
    );
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = support::perfc()
        .args(["build", HOSTILE, "--emit", "pdf", "-o"])
        .arg(dir.path())
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("run perfc");
    assert!(run.status.success());
    let pdf = std::fs::read(output(dir.path(), HOSTILE, "pdf")).expect("pdf");
    assert!(contains(&pdf, b"/CreationDate(D:20231114221320"));
}

#[test]
fn unchanged_outputs_are_not_rewritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(build(HOSTILE, dir.path(), &[]).status.success());
    let modified = |extension| {
        std::fs::metadata(output(dir.path(), HOSTILE, extension))
            .and_then(|m| m.modified())
            .expect("mtime")
    };
    let before: Vec<_> = ["json", "typ", "pdf"].map(modified).into();
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert!(build(HOSTILE, dir.path(), &[]).status.success());
    let after: Vec<_> = ["json", "typ", "pdf"].map(modified).into();
    assert_eq!(before, after);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 3, "temporary files left: {leftovers:?}");
}

#[test]
fn emit_chooses_the_outputs() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(
        build(HOSTILE, dir.path(), &["--emit", "typst"])
            .status
            .success()
    );
    assert!(output(dir.path(), HOSTILE, "typ").exists());
    assert!(!output(dir.path(), HOSTILE, "json").exists());
    assert!(!output(dir.path(), HOSTILE, "pdf").exists());
}

/// A template directory holding `template.typ` with `body`, a file outside it, and a symlink
/// inside pointing out.
fn sandboxed_template(body: &str) -> (tempfile::TempDir, PathBuf) {
    let root = tempfile::tempdir().expect("tempdir");
    let inside = root.path().join("templates");
    std::fs::create_dir(&inside).expect("mkdir");
    std::fs::write(root.path().join("secret.txt"), "SECRET-OUTSIDE").expect("write");
    std::fs::write(inside.join("note.txt"), "NOTE-INSIDE").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.path().join("secret.txt"), inside.join("link.txt"))
        .expect("symlink");
    let template = inside.join("template.typ");
    std::fs::write(&template, body).expect("write");
    (root, template)
}

fn build_with_template(template: &Path) -> (tempfile::TempDir, Output) {
    let out = tempfile::tempdir().expect("tempdir");
    let run = support::perfc()
        .args([
            "build",
            HOSTILE,
            "--diagnostic-format",
            "short",
            "--template",
        ])
        .arg(template)
        .arg("-o")
        .arg(out.path())
        .output()
        .expect("run perfc");
    (out, run)
}

#[test]
fn a_user_template_gets_the_data_and_files_beside_it() {
    let (_root, template) = sandboxed_template(
        "#let data = json(sys.inputs.data)\n#set text(font: \"Noto Serif SC\")\n\
         #data.projects.first().code #read(\"note.txt\")\n",
    );
    let (out, run) = build_with_template(&template);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = pdf_text(&output(out.path(), HOSTILE, "pdf"));
    assert_eq!(text, "13080023P000085100062NOTE-INSIDE");
}

#[test]
fn a_user_template_cannot_read_outside_its_directory() {
    for path in ["../secret.txt", "/../secret.txt", "link.txt", "/etc/passwd"] {
        let (_root, template) = sandboxed_template(&format!("#read(\"{path}\")\n"));
        let (out, run) = build_with_template(&template);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{path}: {stderr}");
        assert!(stderr.contains("error[E0802]"), "{path}: {stderr}");
        assert!(stderr.contains("template.typ:1:"), "{path}: {stderr}");
        assert!(!output(out.path(), HOSTILE, "pdf").exists(), "{path}");
    }
}

#[test]
fn an_unknown_font_family_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = build(HOSTILE, dir.path(), &["--body-font", "FangSong_GB2312"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("FangSong_GB2312"));
}

#[test]
fn a_font_path_is_loaded_and_what_is_not_a_font_refused() {
    let fonts = tempfile::tempdir().expect("tempdir");
    std::fs::copy(
        "fonts/NotoSansHans-Bold.otf",
        fonts.path().join("Office.otf"),
    )
    .expect("copy font");
    let dir = tempfile::tempdir().expect("tempdir");
    let font_path = fonts.path().to_string_lossy().into_owned();
    let with = [
        "--font-path",
        font_path.as_str(),
        "--body-font",
        "noto sans s chinese",
    ];
    assert!(build(HOSTILE, dir.path(), &with).status.success());

    std::fs::write(fonts.path().join("broken.ttf"), "not a font").expect("write");
    let run = build(HOSTILE, dir.path(), &["--font-path", font_path.as_str()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("broken.ttf"));
}

#[test]
fn a_table_running_past_a_page_repeats_its_header_row() {
    const LONG: &str = "tests/typeset/long-table.perf";
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(build(LONG, dir.path(), &["--emit", "pdf"]).status.success());
    let text = pdf_text(&output(dir.path(), LONG, "pdf"));
    let headers = text
        .matches("一级指标二级指标三级指标绩效指标描述指标值指标值确定依据")
        .count();
    assert!(headers >= 2, "header row printed {headers} times");
}

/// The page number a 目录 entry gives for `entry`: the digits after its leader dots, up to where
/// `next` (the following entry's start, e.g. `2.`) begins. Whitespace is gone from the text, so
/// a page 4 followed by entry 2 reads `42.`.
fn contents_page(contents: &str, entry: &str, next: &str) -> Option<u32> {
    let after = contents[contents.find(entry)? + entry.len()..].trim_start_matches('.');
    let digits = after.chars().take_while(char::is_ascii_digit).count();
    (1..=digits)
        .find(|&n| {
            after[n..].starts_with(next) || !after[n..].starts_with(|c: char| c.is_ascii_digit())
        })
        .and_then(|n| after[..n].parse().ok())
}

#[test]
fn the_contents_page_numbers_match_the_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    assert!(
        build(REFERENCE, dir.path(), &["--emit", "json,pdf"])
            .status
            .success()
    );
    let bytes = std::fs::read(output(dir.path(), REFERENCE, "pdf")).expect("pdf");
    let pages: Vec<String> = pdf_extract::extract_text_from_mem_by_pages(&bytes)
        .expect("extract text")
        .iter()
        .map(|p| squeeze(p))
        .collect();
    let first_body = pages
        .iter()
        .position(|p| p.starts_with("第一部分部门整体绩效目标"))
        .expect("Part 1 starts a page");
    let contents = pages[..first_body].concat();
    let json = built_json(dir.path(), REFERENCE);
    for project in json["projects"].as_array().expect("projects") {
        let entry = squeeze(&format!(
            "{}.{}",
            project["number"],
            project["title"].as_str().expect("title")
        ));
        let next = format!("{}.", project["number"].as_u64().expect("number") + 1);
        let claimed = contents_page(&contents, &entry, &next)
            .unwrap_or_else(|| panic!("{entry} not in 目录"));
        let page = pages[first_body..]
            .iter()
            .find(|p| p.contains(&entry))
            .unwrap_or_else(|| panic!("{entry} has no page"));
        let footer = format!("—{claimed}—");
        assert!(
            page.contains(&footer),
            "{entry}: 目录 says page {claimed}, its page has no footer {footer}"
        );
    }
}

/// A copy of E0803's trigger (a template naming a font that is not loaded) with `header` added
/// to its document header, built with its template: what `perfc build` printed.
fn build_template_warning(header: &str, extra: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("temp dir");
    let trigger = std::fs::read_to_string("tests/rules/E0803/trigger.perf").expect("trigger");
    let document = trigger.replacen("  状态 草案\n", &format!("  状态 草案\n  {header}\n"), 1);
    assert_ne!(document, trigger);
    let file = dir.path().join("doc.perf");
    std::fs::write(&file, document).expect("write");
    let mut args = vec!["--template", "tests/rules/E0803/trigger.typ"];
    args.extend(extra);
    build(file.to_str().expect("path"), &dir.path().join("out"), &args)
}

#[test]
fn the_documents_levels_and_acknowledgements_apply_to_typsts_findings() {
    let plain = build_template_warning("", &["--deny", "warnings"]);
    assert_eq!(plain.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&plain.stderr).contains("E0803"));

    let off = build_template_warning("规则 { E0803 关闭 }", &["--deny", "warnings"]);
    assert_eq!(
        off.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&off.stderr)
    );
    assert!(off.stderr.is_empty());

    let acknowledged = build_template_warning(
        "确认 E0803 \"印刷时换用本局字体\"",
        &[
            "--deny",
            "warnings",
            "--diagnostic-format",
            "json",
            "--show-acknowledged",
        ],
    );
    assert_eq!(acknowledged.status.code(), Some(0));
    let finding: Value = serde_json::from_slice(&acknowledged.stdout).expect("one JSON finding");
    assert_eq!(finding["code"], "E0803");
    assert_eq!(finding["acknowledged"], "印刷时换用本局字体");
}

#[cfg(unix)]
#[test]
fn a_pipe_beside_a_template_is_refused_not_waited_on() {
    let (root, template) = sandboxed_template("#read(\"pipe.txt\")\n");
    let made = std::process::Command::new("mkfifo")
        .arg(root.path().join("templates/pipe.txt"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let (out, run) = build_with_template(&template);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error[E0802]"), "{stderr}");
    assert!(!output(out.path(), HOSTILE, "pdf").exists());
}

#[cfg(unix)]
#[test]
fn a_pipe_or_a_looping_link_among_fonts_is_refused_not_waited_on() {
    let fonts = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(fonts.path(), fonts.path().join("loop")).expect("symlink");
    let font_path = fonts.path().to_string_lossy().into_owned();
    let dir = tempfile::tempdir().expect("tempdir");
    let looped = build(HOSTILE, dir.path(), &["--font-path", font_path.as_str()]);
    assert!(
        looped.status.success(),
        "{}",
        String::from_utf8_lossy(&looped.stderr)
    );
    let made = std::process::Command::new("mkfifo")
        .arg(fonts.path().join("pipe.ttf"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let run = build(HOSTILE, dir.path(), &["--font-path", font_path.as_str()]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("pipe.ttf") && stderr.contains("not a regular file"),
        "{stderr}"
    );
}
