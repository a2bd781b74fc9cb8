//! Make integration: `perfc build --deps` depfiles, and `examples/Makefile` rebuilding only what
//! changed.

mod support;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, SystemTime};

const REFERENCE: &str = "examples/chengde-2023/chengde-2023.perf";

fn build(args: &[&str], out: &Path) -> Output {
    let run = support::perfc()
        .arg("build")
        .args(args)
        .arg("-o")
        .arg(out)
        .output()
        .expect("run perfc");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    run
}

fn read_depfile(path: &Path, out: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("depfile written");
    text.replace(&*out.to_string_lossy(), "OUT")
}

#[test]
fn the_depfile_names_the_root_and_every_include() {
    let out = tempfile::tempdir().expect("tempdir");
    let deps = out.path().join("reference.d");
    let deps_arg = deps.to_string_lossy();
    build(
        &[REFERENCE, "--emit", "json,typst", "--deps", &deps_arg],
        out.path(),
    );
    insta::assert_snapshot!(read_depfile(&deps, out.path()));
}

#[test]
fn the_depfile_names_the_template_the_files_it_read_and_the_fonts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let templates = dir.path().join("templates");
    let fonts = dir.path().join("fonts");
    for made in [&templates, &fonts] {
        std::fs::create_dir(made).expect("mkdir");
    }
    let template = templates.join("layout.typ");
    std::fs::write(
        &template,
        "#set text(font: \"Noto Serif SC\")\n#read(\"note.txt\")\n",
    )
    .expect("write template");
    std::fs::write(templates.join("note.txt"), "read by the template").expect("write");
    std::fs::write(templates.join("unread.txt"), "never read").expect("write");
    std::fs::copy("fonts/NotoSansHans-Bold.otf", fonts.join("Office.otf")).expect("copy font");

    let out = dir.path().join("out");
    let deps = out.join("hello.d");
    let arg = |p: &Path| p.to_string_lossy().into_owned();
    build(
        &[
            "examples/teaching/hello.perf",
            "--emit",
            "pdf",
            "--template",
            &arg(&template),
            "--font-path",
            &arg(&fonts),
            "--deps",
            &arg(&deps),
        ],
        &out,
    );
    let real_dir = dir.path().canonicalize().expect("real path");
    let text = read_depfile(&deps, &out).replace(&*real_dir.to_string_lossy(), "DIR");
    let text = text.replace(&*dir.path().to_string_lossy(), "DIR");
    insta::assert_snapshot!(text);
}

/// A copy of the examples, so that Make writes its outputs in a temporary directory.
fn copy_examples(to: &Path) {
    let copied = Command::new("cp")
        .args(["-R", "examples/."])
        .arg(to)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("run cp");
    assert!(copied.success());
    // An earlier `make -C examples` in the repository must not count as already built.
    let _ = std::fs::remove_dir_all(to.join("out"));
}

fn make(dir: &Path) -> String {
    let run = Command::new("make")
        .arg("-C")
        .arg(dir)
        .arg("--no-print-directory")
        .arg(format!("PERFC={}", env!("CARGO_BIN_EXE_perfc")))
        .output()
        .expect("run make");
    assert!(
        run.status.success(),
        "make failed: {}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// The documents `make` built, from the commands it printed.
fn built(make_output: &str) -> Vec<&str> {
    make_output
        .lines()
        .filter_map(|line| line.split(" build ").nth(1))
        .filter_map(|rest| rest.split_whitespace().next())
        .collect()
}

fn set_modified(file: &Path, time: SystemTime) {
    std::fs::File::options()
        .append(true)
        .open(file)
        .and_then(|f| f.set_modified(time))
        .expect("set the modification time");
}

/// Every file below `dir`.
fn files_below(dir: &Path) -> Vec<String> {
    let found = Command::new("find")
        .arg(dir)
        .args(["-type", "f"])
        .output()
        .expect("run find");
    String::from_utf8_lossy(&found.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Marks `file` in `dir` as changed. Every source is first made two hours old and every output
/// one hour, as after a build long ago, so that coarse file-system timestamps cannot hide the
/// change nor make an output look older than its sources.
fn touch(dir: &Path, file: &str) {
    let ago = |hours: u64| SystemTime::now() - Duration::from_secs(3600 * hours);
    for source in files_below(dir) {
        set_modified(Path::new(&source), ago(2));
    }
    for output in files_below(&dir.join("out")) {
        set_modified(Path::new(&output), ago(1));
    }
    set_modified(&dir.join(file), SystemTime::now());
}

#[test]
fn make_rebuilds_only_what_changed() {
    if Command::new("make").arg("--version").output().is_err() {
        eprintln!("skipped: GNU Make is not installed (.ci/run installs it)");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    copy_examples(dir.path());

    let first = make(dir.path());
    assert_eq!(
        built(&first),
        [
            "chengde-2023/chengde-2023.perf",
            "chengde-2023/self-evaluation-2023.perf",
            "chengde-2023/monitoring-2023.perf",
            "teaching/hello.perf",
            "teaching/hello-2024.perf",
            "teaching/hello-self-evaluation.perf",
            "teaching/hello-monitoring.perf",
            "teaching/framework-2021.perf",
            "forms/county-water.perf",
            "forms/national-farmland.perf",
            "forms/department-water.perf",
            "forms/department-water-self-evaluation.perf",
            "library/training.perf"
        ],
        "{first}"
    );
    for pdf in ["chengde-2023/chengde-2023", "teaching/hello"] {
        assert!(dir.path().join(format!("out/{pdf}.pdf")).is_file());
        assert!(dir.path().join(format!("out/{pdf}.d")).is_file());
    }
    assert_eq!(built(&make(dir.path())), [] as [&str; 0], "nothing changed");

    touch(dir.path(), "chengde-2023/units/543004.perf");
    assert_eq!(
        built(&make(dir.path())),
        [
            "chengde-2023/chengde-2023.perf",
            "chengde-2023/self-evaluation-2023.perf",
            "chengde-2023/monitoring-2023.perf"
        ],
        "an include changed: the document and the records reading it"
    );
    touch(dir.path(), "teaching/hello.perf");
    assert_eq!(
        built(&make(dir.path())),
        [
            "teaching/hello.perf",
            "teaching/hello-2024.perf",
            "teaching/hello-self-evaluation.perf",
            "teaching/hello-monitoring.perf"
        ],
        "the records reading it, and next year's document comparing with it (上年)"
    );
    assert_eq!(built(&make(dir.path())), [] as [&str; 0]);
}

/// `perfc build FILE -o OUT --deps DEPS` with the given files in a temporary directory: its exit
/// code, its standard error, and the directory.
fn build_with_deps(files: &[(&str, &str)], deps: &str) -> (Option<i32>, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let run = support::perfc()
        .current_dir(dir.path())
        .args([
            "build", files[0].0, "--emit", "json", "-o", "out", "--deps", deps,
        ])
        .output()
        .expect("run perfc");
    let stderr = String::from_utf8_lossy(&run.stderr).into_owned();
    (run.status.code(), stderr, dir)
}

fn hello_split_at_its_unit() -> (String, String) {
    let hello = std::fs::read_to_string("examples/teaching/hello.perf").expect("hello");
    let (header, unit) = hello.split_once("单位 543001").expect("a unit line");
    (header.to_string(), format!("单位 543001{unit}"))
}

#[test]
fn an_include_whose_name_make_would_read_as_rules_is_refused_before_anything_is_written() {
    let (header, unit) = hello_split_at_its_unit();
    for name in [
        "a\nall:\n\ttouch pwned\nb.perf",
        "a;touch pwned.perf",
        "SHELL=x.perf",
    ] {
        let root = format!("{header}包含 {name:?}\n");
        let (code, stderr, dir) = build_with_deps(&[("doc.perf", &root), (name, &unit)], "doc.d");
        assert_eq!(code, Some(2), "{name:?}: {stderr}");
        assert!(stderr.contains("--deps"), "{stderr}");
        assert!(!dir.path().join("doc.d").exists(), "{name:?}");
        assert!(
            !dir.path().join("out").exists(),
            "{name:?}: outputs written"
        );
        assert_eq!(stderr.lines().count(), 1, "a raw line break in {stderr:?}");
    }
}

#[test]
fn the_depfile_may_not_overwrite_an_input_or_an_output() {
    let (header, unit) = hello_split_at_its_unit();
    let root = format!("{header}包含 \"units/u.perf\"\n");
    let files = [("doc.perf", root.as_str()), ("units/u.perf", unit.as_str())];
    for deps in ["doc.perf", "./units/../units/u.perf", "out/doc.json"] {
        let (code, stderr, dir) = build_with_deps(&files, deps);
        assert_eq!(code, Some(2), "{deps}: {stderr}");
        assert!(stderr.contains("would overwrite"), "{stderr}");
        let root_now = std::fs::read_to_string(dir.path().join("doc.perf")).expect("root");
        assert_eq!(root_now, root);
    }
    let (code, stderr, dir) = build_with_deps(&files, "out/doc.d");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(dir.path().join("out/doc.d").exists());
}
