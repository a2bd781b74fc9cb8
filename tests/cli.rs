//! The `perfc` binary from the outside: exit codes, output formats, colour, language, build
//! outputs and the small commands.

mod support;

use std::process::Output;

use support::perfc;

const REFERENCE: &str = "examples/chengde-2023/chengde-2023.perf";
const MISTAKES: &str = "examples/teaching/mistakes.perf";
const HELLO: &str = "examples/teaching/hello.perf";

fn run(args: &[&str]) -> Output {
    perfc().args(args).output().expect("perfc runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn a_clean_document_checks_silently() {
    for file in [REFERENCE, HELLO, "examples/teaching/framework-2021.perf"] {
        let out = run(&["check", file]);
        assert_eq!(out.status.code(), Some(0), "{file}: {}", text(&out.stderr));
        assert!(
            out.stdout.is_empty() && out.stderr.is_empty(),
            "{file} printed something"
        );
    }
}

#[test]
fn findings_exit_with_1_and_name_file_line_column_code() {
    let out = run(&["check", "--diagnostic-format", "short", MISTAKES]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(out.stdout.is_empty());
    for line in stderr.lines() {
        let mut parts = line.splitn(5, ':');
        assert_eq!(parts.next(), Some(MISTAKES), "{line}");
        assert!(
            parts.next().is_some_and(|l| l.parse::<usize>().is_ok()),
            "{line}"
        );
        assert!(
            parts.next().is_some_and(|c| c.parse::<usize>().is_ok()),
            "{line}"
        );
        let kind = parts.next().unwrap_or_default();
        assert!(
            kind.starts_with(" error[E")
                || kind.starts_with(" warning[E")
                || kind.starts_with(" note[E"),
            "{line}"
        );
    }
    assert!(
        stderr.contains("mistakes.perf:32:27: error[E0507]: 满意度指标写成了上限 `≤`"),
        "{stderr}"
    );
}

#[test]
fn json_diagnostics_are_one_object_per_line_on_stdout() {
    let out = run(&[
        "check",
        "--diagnostic-format",
        "json",
        "--lang",
        "en",
        MISTAKES,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stderr.is_empty());
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object per line"))
        .collect();
    assert!(lines.len() >= 10);
    for record in &lines {
        for key in [
            "code",
            "severity",
            "message",
            "file",
            "line",
            "column",
            "end_line",
            "end_column",
            "project",
            "help",
        ] {
            assert!(record.get(key).is_some(), "{key} missing in {record}");
        }
        assert_eq!(record["project"], "13080023P000087100046");
    }
    let satisfaction = lines.iter().find(|r| r["code"] == "E0507").expect("E0507");
    assert_eq!(
        satisfaction["message"],
        "satisfaction target written as a ceiling `≤`"
    );
    assert_eq!(
        (
            satisfaction["line"].as_u64(),
            satisfaction["column"].as_u64()
        ),
        (Some(32), Some(27))
    );
    assert_eq!(
        (
            satisfaction["end_line"].as_u64(),
            satisfaction["end_column"].as_u64()
        ),
        (Some(32), Some(28))
    );
    assert_eq!(satisfaction["help"], "satisfaction is a floor: write `≥`");
}

#[test]
fn messages_are_chinese_by_default_and_english_on_request() {
    let zh = text(&run(&["check", "--diagnostic-format", "short", MISTAKES]).stderr);
    let en = text(
        &run(&[
            "check",
            "--diagnostic-format",
            "short",
            "--lang",
            "en",
            MISTAKES,
        ])
        .stderr,
    );
    assert!(zh.contains("残留模板占位符"));
    assert!(en.contains("template placeholder `目标内容 1` left in"));
    let env = perfc()
        .args(["check", "--diagnostic-format", "short", MISTAKES])
        .env("PERFC_LANG", "en")
        .output()
        .expect("runs");
    assert_eq!(text(&env.stderr), en);
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let always = run(&["check", "--color", "always", MISTAKES]);
    assert!(text(&always.stderr).contains('\u{1b}'));
    let never = run(&["check", "--color", "never", MISTAKES]);
    assert!(!text(&never.stderr).contains('\u{1b}'));
    // Not a terminal, and NO_COLOR set: no colour either way.
    let auto = perfc()
        .args(["check", MISTAKES])
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert!(!text(&auto.stderr).contains('\u{1b}'));
}

#[test]
fn human_output_underlines_under_chinese_text() {
    let out = run(&["check", "--color", "never", MISTAKES]);
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("≤95%"))
        .expect("source line shown");
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let source = lines[at];
    let mark = lines[at + 1];
    let column = width(&source[..source.find("≤95%").expect("value")]);
    let underline = width(&mark[..mark.find(['─', '┬']).expect("underline")]);
    assert_eq!(column, underline, "\n{source}\n{mark}");
    assert!(
        stderr.ends_with("共 8 个错误、2 个警告、1 个提示\n"),
        "{stderr}"
    );
}

#[test]
fn warnings_fail_only_when_denied() {
    let warn_only = "tests/cli/warning-only.perf";
    assert_eq!(run(&["check", warn_only]).status.code(), Some(0));
    assert_eq!(
        run(&["check", "--deny", "warnings", warn_only])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn severity_can_be_changed_from_the_command_line() {
    let out = run(&[
        "check",
        "--diagnostic-format",
        "short",
        "--severity",
        "E0507=off,E0408=warning",
        MISTAKES,
    ]);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("E0507"));
    assert!(stderr.contains("warning[E0408]"));
    let bad = run(&["check", "--severity", "E9999=off", MISTAKES]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown rule `E9999`"));
}

#[test]
fn acknowledged_findings_show_on_request() {
    let out = run(&[
        "check",
        "--diagnostic-format",
        "short",
        "--show-acknowledged",
        REFERENCE,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "acknowledged findings do not fail the run"
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("error[E0402]: 明细合计 61.60 万元，与预算数 61.00 万元 不符（已确认）"),
        "{stderr}"
    );
}

#[test]
fn usage_and_io_errors_exit_with_2() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let missing = run(&["check", "no/such/file.perf"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).starts_with("perfc: cannot read no/such/file.perf"));
}

#[test]
fn build_writes_outputs_silently_and_only_when_they_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out_dir = dir.path().join("out");
    let out = run(&["build", REFERENCE, "-o", out_dir.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let json = out_dir.join("chengde-2023.json");
    let first = std::fs::read(&json).expect("JSON written");
    let modified = std::fs::metadata(&json)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::thread::sleep(std::time::Duration::from_millis(20));
    run(&["build", REFERENCE, "-o", out_dir.to_str().expect("path")]);
    assert_eq!(std::fs::read(&json).expect("JSON"), first, "byte-identical");
    let again = std::fs::metadata(&json)
        .and_then(|m| m.modified())
        .expect("mtime");
    assert_eq!(modified, again, "an unchanged output is not rewritten");
    let leftovers: Vec<_> = std::fs::read_dir(&out_dir).expect("dir").collect();
    assert_eq!(
        leftovers.len(),
        3,
        "JSON, Typst and PDF; no temporary files left behind"
    );
}

#[test]
fn build_with_findings_still_writes_but_fails() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run(&["build", MISTAKES, "-o", dir.path().to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        dir.path().join("mistakes.json").exists(),
        "the document was understood, so it is written"
    );
}

#[test]
fn build_with_syntax_errors_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = run(&[
        "build",
        "tests/cli/syntax-error.perf",
        "-o",
        dir.path().to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("E0001"));
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
}

#[test]
fn build_into_a_file_is_an_io_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("occupied");
    std::fs::write(&file, "x").expect("write");
    let out = run(&["build", HELLO, "-o", file.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_rules_and_schema() {
    let explain = run(&["explain", "e0401", "--lang", "en"]);
    assert_eq!(explain.status.code(), Some(0));
    assert!(
        text(&explain.stdout)
            .starts_with("E0401 (budget-sum, error): budget is not the sum of its sources")
    );
    assert_eq!(run(&["explain", "E9999"]).status.code(), Some(2));
    let rules = text(&run(&["rules"]).stdout);
    assert_eq!(rules.lines().count(), perfc::diag::catalogue::RULES.len());
    let schema: serde_json::Value =
        serde_json::from_slice(&run(&["schema"]).stdout).expect("schema is JSON");
    assert_eq!(schema["title"], "DocumentJson");
}

#[test]
fn every_format_and_language_renders_every_finding_of_the_reference() {
    // Secondary labels in other files, zero-width spans and long lines all go through ariadne.
    for format in ["human", "short", "json"] {
        for lang in ["zh", "en"] {
            let out = run(&[
                "check",
                "--show-acknowledged",
                "--diagnostic-format",
                format,
                "--lang",
                lang,
                REFERENCE,
            ]);
            assert_eq!(
                out.status.code(),
                Some(0),
                "{format} {lang}: {}",
                text(&out.stderr)
            );
            let printed = text(if format == "json" {
                &out.stdout
            } else {
                &out.stderr
            });
            assert!(printed.contains("E0514"), "{format} {lang}");
        }
    }
}

#[test]
fn check_over_directories_checks_each_document_once_in_order() {
    let short = |jobs: &str| {
        run(&[
            "check",
            "-j",
            jobs,
            "--diagnostic-format",
            "short",
            "examples",
        ])
    };
    let one = short("1");
    assert_eq!(one.status.code(), Some(1));
    let stderr = text(&one.stderr);
    // The budget units' files are checked as part of the reference, not as documents; the
    // reference's self-evaluation leaves one row unexplained on purpose, and its monitoring
    // marks one short forecast certain.
    assert!(
        stderr.lines().all(|l| {
            l.starts_with("examples/teaching/mistakes.perf:")
                || (l.starts_with("examples/chengde-2023/self-evaluation-2023.perf:")
                    && l.contains(" warning[E0906]: "))
                || (l.starts_with("examples/chengde-2023/monitoring-2023.perf:")
                    && l.contains(" warning[E0913]: "))
        }),
        "{stderr}"
    );
    assert_eq!(
        stderr,
        text(&short("4").stderr),
        "output order depends on -j"
    );
}

#[test]
fn a_unit_file_included_after_an_ideographic_space_belongs_to_its_document() {
    // The grammar takes any blank after `包含`; so does the search for documents.
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    let (header, projects) = hello.split_once("单位 543001").expect("a unit line");
    let root = format!("{header}包含\u{3000}\"units/543001.perf\"\n");
    std::fs::write(dir.path().join("doc.perf"), root).expect("write");
    std::fs::create_dir(dir.path().join("units")).expect("mkdir");
    std::fs::write(
        dir.path().join("units/543001.perf"),
        format!("单位 543001{projects}"),
    )
    .expect("write");
    let out = perfc()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn a_document_that_cannot_be_read_does_not_stop_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(HELLO, dir.path().join("a.perf")).expect("copy");
    std::fs::copy(MISTAKES, dir.path().join("c.perf")).expect("copy");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("gone.perf"), dir.path().join("b.perf"))
        .expect("symlink");
    let out = perfc()
        .args(["check", "--diagnostic-format", "short"])
        .arg(dir.path())
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    let b = stderr.find("cannot read").expect("b.perf reported");
    let c = stderr.find("c.perf:").expect("c.perf checked after it");
    assert!(b < c, "{stderr}");
    assert!(
        stderr.contains("1 of 3 documents could not be read or written"),
        "{stderr}"
    );
}

#[test]
fn build_over_directories_mirrors_them_below_the_output() {
    let out = tempfile::tempdir().expect("tempdir");
    let run = perfc()
        .args(["build", "examples", "--emit", "json", "-j", "2", "-o"])
        .arg(out.path())
        .output()
        .expect("perfc runs");
    assert_eq!(run.status.code(), Some(1), "mistakes.perf has findings");
    for built in [
        "chengde-2023/chengde-2023.json",
        "teaching/hello.json",
        "teaching/framework-2021.json",
        "teaching/mistakes.json",
        "library/training.json",
    ] {
        assert!(out.path().join(built).is_file(), "{built}");
    }
    assert!(!out.path().join("chengde-2023/units").exists());
    assert!(
        !out.path().join("library/common.json").exists(),
        "a library is included, not a document"
    );
}

#[test]
fn build_refuses_two_documents_with_one_output_and_deps_for_several() {
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
        std::fs::copy(HELLO, dir.path().join(sub).join("x.perf")).expect("copy");
    }
    let same = perfc()
        .args(["build", "--emit", "json"])
        .arg(dir.path().join("a/x.perf"))
        .arg(dir.path().join("b/x.perf"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .output()
        .expect("perfc runs");
    assert_eq!(same.status.code(), Some(2));
    assert!(text(&same.stderr).contains("would both be written to"));
    let deps = perfc()
        .args(["build", "--emit", "json", "--deps", "x.d"])
        .arg(dir.path())
        .arg("-o")
        .arg(dir.path().join("out"))
        .output()
        .expect("perfc runs");
    assert_eq!(deps.status.code(), Some(2));
    assert!(!dir.path().join("out").exists());
}

#[test]
fn completions_are_generated_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _perfc"),
        ("zsh", "#compdef perfc"),
        ("fish", "complete -c perfc"),
        ("elvish", "edit:completion:arg-completer[perfc]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = text(&out.stdout);
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(script.contains("deps"), "{shell} lacks build --deps");
    }
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_manual_pages_come_from_the_command_line_definition() {
    let page = text(&run(&["man"]).stdout);
    assert!(page.starts_with(".ie \\n(.g .ds Aq"), "{page}");
    assert!(page.contains(".TH perfc 1"), "{page}");
    assert!(page.contains("perfc\\-build(1)"), "{page}");

    let dir = tempfile::tempdir().expect("tempdir");
    let out = perfc()
        .args(["man", "-o"])
        .arg(dir.path())
        .output()
        .expect("perfc runs");
    assert_eq!(out.status.code(), Some(0));
    let mut pages: Vec<String> = std::fs::read_dir(dir.path())
        .expect("pages written")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    pages.sort();
    assert_eq!(
        pages,
        [
            "perfc-build.1",
            "perfc-check.1",
            "perfc-completions.1",
            "perfc-diff.1",
            "perfc-explain.1",
            "perfc-fix.1",
            "perfc-fmt.1",
            "perfc-import.1",
            "perfc-lsp.1",
            "perfc-man.1",
            "perfc-preview.1",
            "perfc-rules.1",
            "perfc-schema.1",
            "perfc-watch.1",
            "perfc.1"
        ]
    );
    let build = std::fs::read_to_string(dir.path().join("perfc-build.1")).expect("read");
    assert!(
        build.contains(&format!(
            ".TH perfc-build 1  \"perfc-build {}\"",
            env!("CARGO_PKG_VERSION")
        )),
        "{build}"
    );
    assert!(build.contains("\\-\\-deps"), "{build}");
}

#[test]
fn includes_outside_the_documents_directory_need_allow_include() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    let (header, projects) = hello.split_once("单位 543001").expect("a unit line");
    std::fs::create_dir_all(dir.path().join("doc")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("shared")).expect("mkdir");
    std::fs::write(
        dir.path().join("doc/doc.perf"),
        format!("{header}包含 \"../shared/543001.perf\"\n"),
    )
    .expect("write");
    std::fs::write(
        dir.path().join("shared/543001.perf"),
        format!("单位 543001{projects}"),
    )
    .expect("write");
    let check = |extra: &[&str]| {
        perfc()
            .current_dir(dir.path())
            .args(["check", "--diagnostic-format", "short", "doc/doc.perf"])
            .args(extra)
            .output()
            .expect("perfc runs")
    };
    let refused = check(&[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).contains("error[E0008]"),
        "{}",
        text(&refused.stderr)
    );
    let allowed = check(&["--allow-include", "shared"]);
    assert_eq!(allowed.status.code(), Some(0), "{}", text(&allowed.stderr));
}

/// `repo/` (a git repository when `git` is set) holding `2024/doc.perf`, whose header adds
/// `header` and which includes `include`, and `common/543001.perf`; `secret/u.perf` lies
/// beside the repository. The short findings and exit code of checking the document.
fn check_with_header(git: bool, header: &str, include: &str) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    let (head, projects) = hello.split_once("单位 543001").expect("a unit line");
    let head = head.replacen(
        "  指标体系 2015\n",
        &format!("  指标体系 2015\n{header}"),
        1,
    );
    let repo = dir.path().join("repo");
    for sub in ["2024", "common", ".git"] {
        std::fs::create_dir_all(repo.join(sub)).expect("mkdir");
    }
    if !git {
        std::fs::remove_dir(repo.join(".git")).expect("rmdir");
    }
    std::fs::create_dir_all(dir.path().join("secret")).expect("mkdir");
    let unit = format!("单位 543001{projects}");
    std::fs::write(repo.join("common/543001.perf"), &unit).expect("write");
    std::fs::write(dir.path().join("secret/u.perf"), &unit).expect("write");
    if git {
        std::fs::write(repo.join(".git/config"), "[core]\n\ttoken = s3cr3t\n").expect("write");
    }
    let doc = format!("{head}包含 \"{include}\"\n");
    std::fs::write(repo.join("2024/doc.perf"), doc).expect("write");
    let out = perfc()
        .current_dir(&repo)
        .args(["check", "--diagnostic-format", "short", "2024/doc.perf"])
        .output()
        .expect("perfc runs");
    (out.status.code(), text(&out.stderr))
}

#[test]
fn a_header_allows_includes_from_directories_of_its_repository_only() {
    let allow = |dir: &str| format!("  允许包含 \"{dir}\"\n");
    // Within the repository: allowed.
    let (code, findings) = check_with_header(true, &allow("../common"), "../common/543001.perf");
    assert_eq!(code, Some(0), "{findings}");
    // The English spelling too.
    let english = "  allow_include \"../common\"\n";
    let (code, findings) = check_with_header(true, english, "../common/543001.perf");
    assert_eq!(code, Some(0), "{findings}");
    // Beside the repository: the header cannot allow it, and the include is refused.
    let (code, findings) = check_with_header(true, &allow("../../secret"), "../../secret/u.perf");
    assert_eq!(code, Some(1));
    assert!(
        findings.contains(
            "2024/doc.perf:6:8: error[E0008]: 文档头不能允许包含 `../../secret` 中的文件"
        ),
        "{findings}"
    );
    assert_eq!(findings.matches("error[E0008]").count(), 2, "{findings}");
    // No repository: the header can allow nothing outside the document's directory.
    let (code, findings) = check_with_header(false, &allow("../common"), "../common/543001.perf");
    assert_eq!(code, Some(1));
    assert_eq!(findings.matches("error[E0008]").count(), 2, "{findings}");
    // A directory that does not exist.
    let (_, findings) = check_with_header(true, &allow("../nowhere"), "../common/543001.perf");
    assert!(
        findings.contains("文档头不能允许包含 `../nowhere`"),
        "{findings}"
    );
}

#[test]
fn nothing_inside_a_git_directory_is_included() {
    // CI keeps a checkout's token in .git/config: a document at the repository's root must not
    // reach it, even though it lies within the document's own tree.
    let allow = "  允许包含 \"..\"\n";
    let (code, findings) = check_with_header(true, allow, "../.git/config");
    assert_eq!(code, Some(1));
    assert!(findings.contains("error[E0008]"), "{findings}");
    assert!(findings.contains("内部目录（.git）"), "{findings}");
    assert!(!findings.contains("s3cr3t"), "{findings}");
}

#[cfg(unix)]
#[test]
fn a_pipe_among_the_documents_is_reported_not_waited_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(HELLO, dir.path().join("a.perf")).expect("copy");
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("b.perf"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let mut child = perfc()
        .args(["check", "--diagnostic-format", "short"])
        .arg(dir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("perfc runs");
    let started = std::time::Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > std::time::Duration::from_secs(30) {
            let _ = child.kill();
            panic!("perfc waited on the pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("b.perf"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn terminal_escapes_and_bidi_overrides_in_a_document_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    // An unknown unit written with an escape sequence and a right-to-left override: E0301 quotes
    // it in its message, and the human report shows the line.
    let hostile = hello.replace(
        "≥1 次",
        "≥1 \u{1b}[2J\u{1b}]0;pwned\u{7}\u{202e}次\u{9b}31m",
    );
    assert_ne!(hostile, hello);
    let file = dir.path().join("doc\u{1b}[31m.perf");
    std::fs::write(&file, hostile).expect("write");
    for format in ["human", "short"] {
        let out = perfc()
            .args(["check", "--color", "never", "--diagnostic-format", format])
            .arg(&file)
            .output()
            .expect("perfc runs");
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        let shown = text(&out.stderr);
        for c in ['\u{1b}', '\u{7}', '\u{202e}', '\u{9b}'] {
            assert!(!shown.contains(c), "{format} output holds {c:?}:\n{shown}");
        }
        assert!(
            shown.contains("\\u{1b}"),
            "{format}: the escape is shown:\n{shown}"
        );
    }
}

#[test]
fn a_number_too_long_to_read_is_one_finding_not_a_zero_judged_by_other_rules() {
    let dir = tempfile::tempdir().expect("tempdir");
    let hello = std::fs::read_to_string(HELLO).expect("hello");
    let long = hello.replace(
        "服务对象满意度\" ≥90%",
        "服务对象满意度\" ≥1000000000000000000000000000000%",
    );
    assert_ne!(long, hello);
    let file = dir.path().join("doc.perf");
    std::fs::write(&file, long).expect("write");
    let out = perfc()
        .args(["check", "--diagnostic-format", "short"])
        .arg(&file)
        .output()
        .expect("perfc runs");
    let findings = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(findings.lines().count(), 1, "{findings}");
    assert!(findings.contains("error[E0006]"), "{findings}");
}

#[test]
fn a_unit_file_is_checked_as_part_of_the_document_including_it() {
    // Named from anywhere, the unit's file is checked in its document: no E0101 for a missing
    // header, and only its own findings are shown.
    let unit = "examples/chengde-2023/units/543003.perf";
    let out = run(&["check", "--diagnostic-format", "short", unit]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = run(&[
        "check",
        "--diagnostic-format",
        "short",
        "--show-acknowledged",
        unit,
    ]);
    let lines = text(&shown.stdout) + &text(&shown.stderr);
    assert!(!lines.contains("E0101"), "{lines}");
    assert!(
        lines.lines().count() > 5,
        "its acknowledged findings: {lines}"
    );
    assert!(lines.lines().all(|l| l.starts_with(unit)), "{lines}");
    // From the unit's own directory, the document is found above it.
    let here = perfc()
        .current_dir("examples/chengde-2023/units")
        .args([
            "check",
            "--diagnostic-format",
            "short",
            "--show-acknowledged",
        ])
        .arg("543003.perf")
        .output()
        .expect("perfc runs");
    let lines = text(&here.stdout) + &text(&here.stderr);
    assert!(
        lines
            .lines()
            .all(|l| l.starts_with("../units/543003.perf:")),
        "{lines}"
    );
    assert!(!lines.contains("E0101"), "{lines}");
}
