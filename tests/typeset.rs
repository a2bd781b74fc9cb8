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

/// A character the PDF draws: its page (from 1) and where its baseline starts (points from the
/// page's bottom-left corner).
struct Placed {
    page: u32,
    text: String,
    x: f64,
    y: f64,
}

/// Collects every drawn character with its place.
#[derive(Default)]
struct Placing {
    page: u32,
    chars: Vec<Placed>,
}

impl pdf_extract::OutputDev for Placing {
    fn begin_page(
        &mut self,
        page: u32,
        _: &pdf_extract::MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.page = page;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        _: f64,
        _: f64,
        _: f64,
        text: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        self.chars.push(Placed {
            page: self.page,
            // A glyph's text carries the zero-width spaces that let a long word break.
            text: text.replace('\u{200B}', ""),
            x: trm.m31,
            y: trm.m32,
        });
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

fn placed_chars(pdf: &Path) -> Vec<Placed> {
    let bytes = std::fs::read(pdf).expect("pdf");
    let document = pdf_extract::Document::load_mem(&bytes).expect("a PDF");
    let mut placing = Placing::default();
    pdf_extract::output_doc(&document, &mut placing).expect("read the PDF");
    placing.chars
}

/// The lines of text on `page`, top to bottom: characters on one baseline, left to right.
fn lines_on(chars: &[Placed], page: u32) -> Vec<Vec<&Placed>> {
    let mut on_page: Vec<&Placed> = chars.iter().filter(|c| c.page == page).collect();
    on_page.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<&Placed>> = Vec::new();
    for c in on_page {
        match lines.last_mut() {
            Some(line) if (line[0].y - c.y).abs() < 1.0 => line.push(c),
            _ => lines.push(vec![c]),
        }
    }
    lines
}

fn line_text(line: &[&Placed]) -> String {
    line.iter().map(|c| c.text.as_str()).collect()
}

/// A document of `titles.len()` projects with these names, each otherwise like hello.perf's.
fn document_with_titles(titles: &[String]) -> String {
    let hello = std::fs::read_to_string("examples/teaching/hello.perf").expect("hello.perf");
    let start = hello.find("项目 ").expect("a project");
    let (header, project) = hello.split_at(start);
    let mut text = header.to_string();
    for (n, title) in titles.iter().enumerate() {
        let code = format!("13080023P0000851{n:05}");
        let named = project
            .replacen("13080023P000085100062", &code, 1)
            .replacen("2023 年测绘地理信息资质单位质量监督检查", title, 1);
        text.push_str(&named);
        text.push('\n');
    }
    text
}

#[test]
fn contents_entries_keep_their_page_number_on_the_titles_last_line() {
    // Titles of every length from one line to three, so that every place a line can end is
    // met: each entry's last line holds the end of its title, a leader and the page number,
    // right-aligned with every other entry's.
    let titles: Vec<String> = (12..=90)
        .step_by(2)
        .map(|n| "绩效目标表名称很长".chars().cycle().take(n).collect())
        .collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let source = dir.path().join("long-titles.perf");
    std::fs::write(&source, document_with_titles(&titles)).expect("write");
    let source = source.to_str().expect("utf-8 path");
    let run = build(source, dir.path(), &["--emit", "pdf"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let chars = placed_chars(&output(dir.path(), source, "pdf"));
    let starts_part_two = |page: u32| {
        lines_on(&chars, page)
            .first()
            .is_some_and(|line| line_text(line).starts_with("第二部分"))
    };
    let body = (2..).find(|&page| starts_part_two(page)).expect("Part 2");
    let (mut leader_ends, mut numbers) = (Vec::new(), Vec::new());
    for page in 2..body {
        for line in lines_on(&chars, page) {
            let text = line_text(&line);
            let Some(before_number) = text
                .strip_suffix(|c: char| c.is_ascii_digit())
                .map(|t| t.trim_end_matches(|c: char| c.is_ascii_digit()))
            else {
                continue;
            };
            let title = before_number.trim_end_matches('.');
            assert!(
                before_number.len() - title.len() >= 3,
                "no leader before the page number: {text:?}"
            );
            assert!(
                title.ends_with(|c: char| !c.is_ascii()),
                "the page number is not on a line with its title: {text:?}"
            );
            let digits = text.len() - before_number.len();
            let (leader, number) = line.split_at(line.len() - digits);
            leader_ends.push(leader.last().expect("a dot").x);
            numbers.push((number[0].x, text));
        }
    }
    assert_eq!(numbers.len(), titles.len(), "entries with a page number");
    // The leaders end together, where the column of right-aligned page numbers begins.
    let (first, last) = leader_ends
        .iter()
        .fold((f64::MAX, f64::MIN), |(l, m), &x| (l.min(x), m.max(x)));
    assert!(last - first < 0.5, "leaders end at {first}..{last}");
    for (x, text) in numbers {
        assert!(x > last, "a page number left of the leaders' end: {text:?}");
    }
}

#[test]
fn words_too_long_for_their_cell_or_line_break_inside_it() {
    const LONG: &str = "tests/typeset/long-words.perf";
    let dir = tempfile::tempdir().expect("tempdir");
    let run = build(LONG, dir.path(), &["--emit", "pdf"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let chars = placed_chars(&output(dir.path(), LONG, "pdf"));
    let of = |letters: &str| -> Vec<&Placed> {
        chars
            .iter()
            .filter(|c| letters.contains(c.text.as_str()))
            .collect()
    };
    // A4 less its 2 cm margin, in points; a letter's right edge is at least 2.5 points
    // (the narrowest Latin letter at 10 points) right of where it starts.
    let right_margin = (21.0 - 2.0) / 2.54 * 72.0;
    let right = |c: &Placed| c.x + 2.5;
    for (letters, count, place) in [
        ("klmnop", 6 * 20, "绩效目标"),
        ("qrstuvwxyz", 10 * 10, "资金用途"),
        ("hij", 3 * 30 * 3, "the project's name (目录, heading)"),
    ] {
        let placed = of(letters);
        assert_eq!(placed.len(), count, "{place}: letters printed");
        let beyond: Vec<_> = placed.iter().filter(|c| right(c) > right_margin).collect();
        assert!(
            beyond.is_empty(),
            "{place}: {} letters past the right margin",
            beyond.len()
        );
    }
    // 三级指标: the word stays left of the next column's head.
    let name = of("abcdefg");
    assert_eq!(name.len(), 7 * 6, "三级指标: letters printed");
    let page = name[0].page;
    let next_column = chars
        .iter()
        .find(|c| c.page == page && c.text == "描")
        .expect("the head 绩效指标描述");
    let widest = name.iter().map(|c| right(c)).fold(f64::MIN, f64::max);
    assert!(
        widest < next_column.x,
        "三级指标 runs to {widest}, past the next column at {}",
        next_column.x
    );
}

/// A category spelt in English (the keyword), spelt another Chinese way (short or older names),
/// and its official name.
type Spellings = (&'static str, &'static str, &'static str);

/// Every 一级指标 with its 二级指标, in both spellings and by the official names a printed form
/// must show.
const CATEGORIES: [(&str, &str, &str, &[Spellings]); 4] = [
    (
        "cost",
        "成本",
        "成本指标",
        &[
            ("economic_cost", "经济成本", "经济成本指标"),
            ("social_cost", "社会成本", "社会成本指标"),
            ("ecological_cost", "环境成本指标", "生态环境成本指标"),
        ],
    ),
    (
        "output",
        "产出",
        "产出指标",
        &[
            ("quantity", "数量", "数量指标"),
            ("quality", "质量", "质量指标"),
            ("timeliness", "时效", "时效指标"),
        ],
    ),
    (
        "outcome",
        "效益",
        "效益指标",
        &[
            ("economic", "经济效益", "经济效益指标"),
            ("social", "社会效益", "社会效益指标"),
            ("environmental", "环境效益指标", "生态效益指标"),
            ("sustainability", "可持续影响", "可持续影响指标"),
        ],
    ),
    (
        "satisfaction",
        "满意度",
        "满意度指标",
        &[(
            "beneficiary_satisfaction",
            "社会公众或服务对象满意度指标",
            "服务对象满意度指标",
        )],
    ),
];

/// A 2021-framework document with one project whose categories are spelt in English and one
/// whose categories are spelt in other Chinese ways.
fn document_with_category_aliases() -> String {
    let hello = std::fs::read_to_string("examples/teaching/hello.perf").expect("hello.perf");
    let start = hello.find("项目 ").expect("a project");
    let (header, project) = hello.split_at(start);
    let header = header.replace("指标体系 2015", "指标体系 2021");
    let groups = project.find("  产出指标 {").expect("the indicator groups");
    let head = &project[..groups];
    let mut text = header;
    for (n, english) in [(1, true), (2, false)] {
        text.push_str(&head.replace("000085100062", &format!("0000851000{n:02}")));
        let mut row = 0;
        for (level1_en, level1_zh, _, level2s) in CATEGORIES {
            text.push_str(&format!(
                "  {} {{\n",
                if english { level1_en } else { level1_zh }
            ));
            for (level2_en, level2_zh, _) in level2s {
                row += 1;
                let (category, value) = (if english { level2_en } else { level2_zh }, "≥1 次");
                text.push_str(&format!(
                    "    {category} \"第{row}项\" {value}  依据 年度工作计划\n"
                ));
            }
            text.push_str("  }\n");
        }
        text.push_str("}\n\n");
    }
    text
}

#[test]
fn categories_print_by_their_official_names_whatever_their_spelling() {
    let dir = tempfile::tempdir().expect("tempdir");
    let source = dir.path().join("aliases.perf");
    std::fs::write(&source, document_with_category_aliases()).expect("write");
    let source = source.to_str().expect("utf-8 path");
    build(source, dir.path(), &["--emit", "pdf,xlsx"]);
    let official: Vec<&str> = CATEGORIES
        .iter()
        .flat_map(|(_, _, level1, level2s)| {
            std::iter::once(*level1).chain(level2s.iter().map(|(_, _, name)| *name))
        })
        .collect();
    let bytes = std::fs::read(output(dir.path(), source, "pdf")).expect("a PDF");
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes).expect("text");
    let tables: Vec<String> = pages
        .iter()
        .map(|p| squeeze(p))
        .filter(|p| p.contains("一级指标"))
        .collect();
    assert_eq!(tables.len(), 2, "one page per project");
    for (table, english) in tables.iter().zip([true, false]) {
        for name in &official {
            assert!(table.contains(name), "{name} is not printed:\n{table}");
        }
        if english {
            assert!(
                !table.contains(|c: char| c.is_ascii_lowercase()),
                "an English category printed as written:\n{table}"
            );
        } else {
            assert!(
                !table.contains("社会公众或") && !table.contains("环境效益"),
                "a category printed as written:\n{table}"
            );
            assert_eq!(
                table.matches("环境成本指标").count(),
                table.matches("生态环境成本指标").count(),
                "环境成本指标 printed as written"
            );
        }
    }
    let bytes = std::fs::read(output(dir.path(), source, "xlsx")).expect("a workbook");
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook");
    use calamine::Reader;
    for name in workbook.sheet_names().into_iter().take(2) {
        let sheet = workbook.worksheet_range(&name).expect("a sheet");
        let printed: Vec<String> = (9..sheet.height() as u32)
            .flat_map(|row| [(row, 0), (row, 1)])
            .filter_map(|cell| sheet.get_value(cell).map(ToString::to_string))
            .filter(|text| !text.is_empty())
            .collect();
        for text in &printed {
            assert!(
                official.contains(&text.as_str()),
                "{name}: {text} is not an official name"
            );
        }
        for wanted in &official {
            assert!(printed.iter().any(|t| t == wanted), "{name}: no {wanted}");
        }
    }
}

/// `perfc build` of hello.perf with a 300,000-character indicator name (which typesets for
/// minutes) into a new directory, with `limits`: its exit code, its short findings, and whether
/// it wrote the JSON and the PDF.
fn build_a_300_000_character_name(limits: &[&str]) -> (Option<i32>, String, bool, bool) {
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = std::fs::read_to_string("examples/teaching/hello.perf").expect("hello.perf");
    let long = "长".repeat(300_000);
    let source = dir.path().join("slow.perf");
    std::fs::write(&source, hello.replacen("开展质量监督检查次数", &long, 1)).expect("write");
    let run = support::perfc()
        .arg("build")
        .arg(&source)
        .arg("-o")
        .arg(dir.path())
        .args(limits)
        .args(["--diagnostic-format", "short"])
        .output()
        .expect("run perfc");
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    let written = |name: &str| dir.path().join(name).exists();
    (
        run.status.code(),
        stderr,
        written("slow.json"),
        written("slow.pdf"),
    )
}

#[test]
fn typesetting_past_its_time_limit_is_reported_at_the_longest_text() {
    // The build gives up at the limit, writes the JSON, says where the longest text is, and
    // writes no PDF.
    let started = std::time::Instant::now();
    let (code, stderr, json, pdf) = build_a_300_000_character_name(&["--timeout", "1"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("slow.perf:17:11: error[E0804]: 排版超过了 1 秒的时限，未生成 PDF"),
        "{stderr}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
    assert!(json && !pdf);
}

#[cfg(target_os = "linux")]
#[test]
fn typesetting_past_its_memory_limit_is_reported_at_the_longest_text() {
    // The name holds about 100 MiB within a fifth of a second and grows from there (hello.perf
    // builds within 60 MiB); the build gives up at the limit.
    let limits = ["--memory-limit", "80", "--timeout", "120"];
    let (code, stderr, json, pdf) = build_a_300_000_character_name(&limits);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("slow.perf:17:11: error[E0804]: 排版占用的内存超过了 80 MiB，未生成 PDF"),
        "{stderr}"
    );
    assert!(json && !pdf);
}

/// A failure of perfc's own template is reported as perfc's bug (E0805), a user template's as
/// the user's (E0802). No checked document fails the official template (`tests/forms.rs`), so
/// the failure is provoked with data `perfc build` never writes: a project without its fields.
#[test]
fn a_failure_of_the_official_template_is_reported_as_perfcs() {
    let fonts = perfc::typeset::fonts::FontSet::load(&[]).expect("bundled fonts");
    let json = r#"{"title": "x", "year": 2024, "form": "county", "money_unit": "万元",
        "department_goals": null, "projects": [{"number": 1}], "units": []}"#;
    let (_dir, user) = sandboxed_template("#let data = json(sys.inputs.data)\n#data.nothing.field");
    let user = Template::user(&user).expect("template");
    for (template, code) in [(&Template::Official, "E0805"), (&user, "E0802")] {
        let job = perfc::typeset::Job {
            json,
            template,
            fonts: fonts.fonts(),
            body_font: None,
            heading_font: None,
            ident: "x",
            timestamp: None,
            output: perfc::typeset::Output::Pdf,
        };
        let typeset = perfc::typeset::typeset(&job, perfc::source::FileId(1)).expect("typeset");
        assert!(typeset.pdf.is_none());
        let codes: Vec<&str> = typeset.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, [code]);
    }
}
