//! Malformed input through the binary: every case gets a clear message and the right exit code
//! (0 clean, 1 findings, 2 usage or I/O failure), never a panic. Encodings, line ends, full-width
//! characters, tabs, NUL bytes, very large inputs, broken includes, unwritable outputs, a full disk
//! and a build killed while typesetting.

mod support;

#[path = "../benches/generate.rs"]
mod generate;

use std::path::Path;
use std::process::Output;
use std::time::Instant;

use support::perfc;

const HELLO: &str = "examples/teaching/hello.perf";
const MISTAKES: &str = "examples/teaching/mistakes.perf";

fn example(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A temporary directory holding `files`, where perfc runs (so messages name files relatively).
fn workspace(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("directories");
        std::fs::write(path, bytes).expect("file written");
    }
    dir
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    perfc()
        .current_dir(dir)
        .args(args)
        .args(["--color", "never"])
        .output()
        .expect("perfc runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// What `perfc check` prints for `doc.perf`, in the human format in Chinese and the short one
/// in English, after asserting its exit code.
fn check_messages(dir: &Path, code: i32) -> String {
    let human = run_in(dir, &["check", "doc.perf"]);
    assert_eq!(human.status.code(), Some(code), "{}", text(&human.stderr));
    let short = run_in(
        dir,
        &[
            "check",
            "doc.perf",
            "--lang",
            "en",
            "--diagnostic-format",
            "short",
        ],
    );
    assert_eq!(short.status.code(), Some(code));
    format!("{}\n{}", text(&human.stderr), text(&short.stderr))
}

/// What `perfc check` prints for a document of these bytes, which has findings.
fn messages_for(bytes: &[u8]) -> String {
    let dir = workspace(&[("doc.perf", bytes)]);
    check_messages(dir.path(), 1)
}

/// The exit code of `perfc check NAME` in `dir`.
fn check_exit_code(dir: &Path, name: &str) -> Option<i32> {
    run_in(dir, &["check", name]).status.code()
}

/// The short findings of `name` in `dir`, with the file name left out so files can be compared.
fn short_findings(dir: &Path, name: &str) -> String {
    let out = run_in(dir, &["check", "--diagnostic-format", "short", name]);
    text(&out.stderr).replace(name, "FILE")
}

#[test]
fn a_gb18030_file_is_refused_with_its_line_decoded_and_the_command_that_converts_it() {
    let source = example(HELLO);
    let (gb18030, _, unmappable) = encoding_rs::GB18030.encode(&source);
    assert!(!unmappable);
    insta::assert_snapshot!(messages_for(&gb18030));
}

#[test]
fn a_utf16_file_is_named_as_such() {
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(example(HELLO).encode_utf16().flat_map(u16::to_le_bytes));
    insta::assert_snapshot!(messages_for(&utf16));
}

#[test]
fn a_nul_byte_says_the_file_is_not_text() {
    let source = example(HELLO).replacen("示例局本级", "示例局\0本级", 1);
    insta::assert_snapshot!(messages_for(source.as_bytes()));
}

#[test]
fn a_byte_order_mark_is_accepted_and_moves_no_column() {
    let unit = "单位 54300 \"示例局本级\"\n";
    let dir = workspace(&[
        (
            "hello.perf",
            format!("\u{FEFF}{}", example(HELLO)).as_bytes(),
        ),
        ("unit.perf", unit.as_bytes()),
        ("bom.perf", format!("\u{FEFF}{unit}").as_bytes()),
    ]);
    assert_eq!(check_exit_code(dir.path(), "hello.perf"), Some(0));
    let findings = short_findings(dir.path(), "unit.perf");
    assert!(findings.contains("FILE:1:4: error[E0203]"), "{findings}");
    assert_eq!(short_findings(dir.path(), "bom.perf"), findings);
}

#[test]
fn crlf_line_ends_are_accepted_with_the_same_lines_and_columns() {
    let crlf = |source: String| source.replace('\n', "\r\n");
    let dir = workspace(&[
        ("hello.perf", crlf(example(HELLO)).as_bytes()),
        ("mistakes.perf", example(MISTAKES).as_bytes()),
        ("crlf.perf", crlf(example(MISTAKES)).as_bytes()),
    ]);
    assert_eq!(check_exit_code(dir.path(), "hello.perf"), Some(0));
    assert_eq!(
        short_findings(dir.path(), "crlf.perf"),
        short_findings(dir.path(), "mistakes.perf")
    );
}

#[test]
fn a_syntax_error_in_a_crlf_file_is_shown_without_the_carriage_return() {
    let source = example(HELLO)
        .replacen("预算 15.00", "预算 15.00 万", 1)
        .replace('\n', "\r\n");
    insta::assert_snapshot!(messages_for(source.as_bytes()));
}

#[test]
fn full_width_digits_are_refused_with_the_half_width_spelling() {
    let source = example(HELLO).replacen("预算 15.00", "预算 １５．００", 1);
    insta::assert_snapshot!(messages_for(source.as_bytes()));
}

#[test]
fn full_width_percent_and_comparators_are_accepted() {
    let source = example(HELLO).replacen("≥90%", "≧90％", 1);
    let dir = workspace(&[("doc.perf", source.as_bytes())]);
    assert_eq!(check_exit_code(dir.path(), "doc.perf"), Some(0));
}

#[test]
fn tabs_separate_tokens_and_count_as_one_column() {
    let tabbed = example(MISTAKES).replace("  ", "\t");
    let dir = workspace(&[
        ("mistakes.perf", example(MISTAKES).as_bytes()),
        ("tabs.perf", tabbed.as_bytes()),
    ]);
    let lines_and_codes = |findings: String| -> Vec<String> {
        findings
            .lines()
            .map(|l| {
                let parts: Vec<&str> = l.splitn(4, ':').collect();
                format!("{} {}", parts[1], parts[3])
            })
            .collect()
    };
    let tabs = short_findings(dir.path(), "tabs.perf");
    assert_eq!(
        lines_and_codes(tabs.clone()),
        lines_and_codes(short_findings(dir.path(), "mistakes.perf"))
    );
    // `\t单位 …` on line 13 of the example (its E0402): the tab is column 1.
    assert!(tabs.contains("FILE:13:2: error[E0402]"), "{tabs}");
}

#[test]
fn a_syntax_error_after_tabs_is_underlined_in_place() {
    let source = example(HELLO).replacen("  预算 15.00", "\t预算\t15.00\t万", 1);
    insta::assert_snapshot!(messages_for(source.as_bytes()));
}

#[test]
fn an_unterminated_string_at_the_end_of_the_file() {
    insta::assert_snapshot!(messages_for("单位 543001 \"示例局".as_bytes()));
}

#[test]
fn a_one_megabyte_line_is_read() {
    let long = "很长".repeat(1 << 18);
    let accepted = example(HELLO).replacen("用于购买第三方服务支出。", &long, 1);
    let unterminated = format!("单位 543001 \"{long}\n");
    let dir = workspace(&[
        ("long.perf", accepted.as_bytes()),
        ("unterminated.perf", unterminated.as_bytes()),
    ]);
    assert_eq!(check_exit_code(dir.path(), "long.perf"), Some(0));
    let findings = short_findings(dir.path(), "unterminated.perf");
    assert_eq!(
        findings.trim_end(),
        "FILE:1:11: error[E0001]: 字符串没有结束的引号"
    );
}

#[test]
fn thousands_of_repeated_projects_are_each_reported() {
    const COPIES: usize = 3000;
    let source = example(HELLO);
    let (header, project) = source.split_once("项目 ").expect("a project");
    let repeated = format!("{header}{}", format!("项目 {project}").repeat(COPIES));
    let dir = workspace(&[("doc.perf", repeated.as_bytes())]);
    let findings = short_findings(dir.path(), "doc.perf");
    assert_eq!(findings.lines().count(), COPIES - 1, "{}", &findings[..500]);
    assert!(findings.lines().all(|l| l.contains("error[E0205]")));
}

/// CI runs this in release: `cargo test --release --test malformed -- --ignored`.
#[test]
#[ignore = "checking 100 MB takes minutes in a debug build; .ci/run runs it in release"]
fn a_100_megabyte_document_is_checked() {
    let corpus = generate::Corpus::load(Path::new("examples/chengde-2023"));
    let dir = workspace(&[("doc.perf", corpus.document(100 << 20).as_bytes())]);
    let started = Instant::now();
    let out = perfc()
        .current_dir(dir.path())
        .args(["check", "--diagnostic-format", "short", "doc.perf"])
        .output()
        .expect("perfc runs");
    let elapsed = started.elapsed();
    // The generated copies share the reference's findings; what matters is a normal ending.
    assert!(matches!(out.status.code(), Some(0 | 1)), "{:?}", out.status);
    let stderr = text(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "{}",
        &stderr[..stderr.len().min(2000)]
    );
    println!("checked 100 MB in {elapsed:?}");
}

#[test]
fn include_cycles_are_reported_where_they_close() {
    let dir = workspace(&[
        ("doc.perf", "包含 \"units/a.perf\"\n".as_bytes()),
        ("units/a.perf", "包含 \"../doc.perf\"\n".as_bytes()),
    ]);
    insta::assert_snapshot!(check_messages(dir.path(), 1));
}

#[test]
fn an_include_of_a_missing_file_or_a_directory_is_reported() {
    let dir = workspace(&[
        (
            "doc.perf",
            "包含 \"missing.perf\"\n包含 \"units\"\n".as_bytes(),
        ),
        ("units/a.perf", b""),
    ]);
    insta::assert_snapshot!(check_messages(dir.path(), 1));
}

#[test]
fn a_missing_root_or_a_directory_without_documents_is_an_io_error() {
    let dir = workspace(&[("units/a.txt", b"")]);
    for (root, why) in [
        (
            "missing.perf",
            "cannot read missing.perf: No such file or directory",
        ),
        ("units", "units: no .perf documents found"),
    ] {
        let out = run_in(dir.path(), &["check", root]);
        assert_eq!(out.status.code(), Some(2));
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with(&format!("perfc: {why}")), "{stderr}");
    }
}

/// `perfc build doc.perf -o OUTPUT` (JSON and Typst only, to be quick) in `dir`.
fn build_into(dir: &Path, output: &str) -> Output {
    run_in(
        dir,
        &["build", "doc.perf", "--emit", "json,typst", "-o", output],
    )
}

#[test]
fn an_output_directory_that_is_a_file_or_under_one_is_an_io_error() {
    let dir = workspace(&[("doc.perf", example(HELLO).as_bytes()), ("file", b"kept")]);
    for (output, why) in [
        ("file", "cannot create directory file: File exists"),
        (
            "file/out",
            "cannot create directory file/out: Not a directory",
        ),
    ] {
        let out = build_into(dir.path(), output);
        assert_eq!(out.status.code(), Some(2));
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with(&format!("perfc: {why}")), "{stderr}");
    }
    assert_eq!(
        std::fs::read(dir.path().join("file")).expect("file"),
        b"kept"
    );
}

/// Whether this process may write where permissions say it cannot (root, CAP_DAC_OVERRIDE).
fn permissions_are_overridden(read_only: &Path) -> bool {
    let probe = read_only.join("probe");
    let written = std::fs::write(&probe, "").is_ok();
    let _ = std::fs::remove_file(probe);
    written
}

#[test]
fn an_output_directory_that_is_not_writable_is_an_io_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = workspace(&[("doc.perf", example(HELLO).as_bytes())]);
    let read_only = dir.path().join("read-only");
    std::fs::create_dir(&read_only).expect("directory");
    std::fs::set_permissions(&read_only, std::fs::Permissions::from_mode(0o555))
        .expect("permissions");
    if permissions_are_overridden(&read_only) {
        println!("skipped: this user writes into a read-only directory (running as root?)");
        return;
    }
    let out = build_into(dir.path(), "read-only");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("perfc: cannot write read-only/doc.json: Permission denied"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(&read_only).expect("listing").count(), 0);
}

#[test]
fn standard_output_on_a_full_disk_is_an_io_error() {
    if !Path::new("/dev/full").exists() {
        println!("skipped: no /dev/full");
        return;
    }
    for args in [
        &["schema"][..],
        &["check", "--diagnostic-format", "json", MISTAKES],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens");
        let out = perfc()
            .args(args)
            .stdout(full)
            .output()
            .expect("perfc runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            text(&out.stderr),
            "perfc: cannot write to standard output: No space left on device (os error 28)\n"
        );
    }
}

/// The files in `dir`, by name, with their contents.
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("listing")
        .map(|e| {
            let entry = e.expect("entry");
            let bytes = std::fs::read(entry.path()).expect("output");
            (entry.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    files.sort();
    files
}

/// Makes `dir` hold exactly `files`.
fn restore(dir: &Path, files: &[(String, Vec<u8>)]) {
    std::fs::remove_dir_all(dir).expect("removed");
    std::fs::create_dir(dir).expect("created");
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("restored");
    }
}

#[test]
fn a_build_killed_while_typesetting_leaves_the_previous_outputs() {
    // The same document before and after a change that alters every output.
    let dir = workspace(&[
        ("old/doc.perf", example(HELLO).as_bytes()),
        (
            "new/doc.perf",
            example(HELLO).replace("示例局", "另一局").as_bytes(),
        ),
    ]);
    let build = |source: &str, output: &str| {
        let mut command = perfc();
        command
            .current_dir(dir.path())
            .args(["build", source, "-o", output]);
        command
    };
    let out = dir.path().join("out");
    assert!(
        build("old/doc.perf", "out")
            .status()
            .expect("runs")
            .success()
    );
    let previous = listing(&out);
    assert_eq!(previous.len(), 3, "JSON, Typst and PDF");
    let started = Instant::now();
    assert!(
        build("new/doc.perf", "whole")
            .status()
            .expect("runs")
            .success()
    );
    let duration = started.elapsed();
    let changed = listing(&dir.path().join("whole"));

    // Killed at half the time of a whole build (typesetting), or sooner when the machine has
    // become faster: the outputs are all previous or all new, and no temporary file is left.
    for divisor in [2, 4, 8, 16] {
        restore(&out, &previous);
        let mut child = build("new/doc.perf", "out").spawn().expect("perfc starts");
        std::thread::sleep(duration / divisor);
        let running = child.try_wait().expect("status").is_none();
        child.kill().expect("killed");
        child.wait().expect("reaped");
        if running {
            assert_eq!(listing(&out), previous);
            return;
        }
        assert_eq!(listing(&out), changed);
    }
    panic!("every build ended before it could be killed");
}

#[test]
fn a_file_that_is_not_text_is_never_quoted_in_any_format() {
    // An environment file (NUL-separated, like /proc/self/environ) or a binary, included within
    // the document's tree: E0004 names the file and the place, and prints none of its bytes.
    let include = example(HELLO).replacen("单位 543001", "包含 \"env\"\n单位 543001", 1);
    for secret in [
        b"PATH=/bin\0API_TOKEN=s3cr3t-value\0".to_vec(),
        b"\x89PNG\r\n\x1a\nAPI_TOKEN=s3cr3t-value\xff\xfe".to_vec(),
    ] {
        let dir = workspace(&[("doc.perf", include.as_bytes()), ("env", &secret)]);
        for format in ["human", "short", "json"] {
            let out = run_in(
                dir.path(),
                &["check", "doc.perf", "--diagnostic-format", format],
            );
            let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
            assert!(
                stderr.contains("E0004") || stdout.contains("E0004"),
                "{format}: {stderr}{stdout}"
            );
            assert!(
                !stderr.contains("s3cr3t") && !stdout.contains("s3cr3t"),
                "{format} quotes the file: {stderr}{stdout}"
            );
        }
    }
}
