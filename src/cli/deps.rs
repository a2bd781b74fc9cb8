//! `perfc build --deps FILE`: a Make depfile naming every file the build read, in the form of
//! `gcc -MD -MP`: one rule making the outputs depend on the inputs, then an empty rule for each
//! input but the first, so that deleting an include does not break the build.

use std::path::{Path, PathBuf};

/// The depfile text for `targets` built from `inputs` (the root `.perf` first). Inputs named
/// twice are listed once. A path Make cannot name exactly is refused: the file names come from
/// the document's includes, and a depfile is read by Make as rules.
pub(super) fn depfile(targets: &[PathBuf], inputs: &[PathBuf]) -> Result<String, String> {
    let mut unique: Vec<&Path> = Vec::with_capacity(inputs.len());
    for input in inputs {
        if !unique.contains(&input.as_path()) {
            unique.push(input);
        }
    }
    let targets: Vec<String> = targets
        .iter()
        .map(|t| escape(t))
        .collect::<Result<_, _>>()?;
    let inputs: Vec<String> = unique.iter().map(|i| escape(i)).collect::<Result<_, _>>()?;
    let mut out = targets.join(" ");
    out.push(':');
    for input in &inputs {
        out.push_str(" \\\n  ");
        out.push_str(input);
    }
    out.push('\n');
    for input in inputs.iter().skip(1) {
        out.push('\n');
        out.push_str(input);
        out.push_str(":\n");
    }
    Ok(out)
}

/// A path as Make reads it: blanks and `#` escaped with a backslash, `$` doubled. Characters
/// that Make gives a meaning no escape takes away in a rule are refused: line breaks and other
/// control characters (a new rule), `;` (a recipe), `=` (a variable), `%` (a pattern), `:`,
/// `|`, wildcards, parentheses (archive members), backslashes, and a leading `~` (a home
/// directory).
fn escape(path: &Path) -> Result<String, String> {
    let text = path.to_string_lossy();
    let refused = text
        .chars()
        .find(|&c| c.is_control() || ";=%:|*?[]()\\".contains(c))
        .or_else(|| text.starts_with('~').then_some('~'));
    if let Some(c) = refused {
        return Err(format!(
            "--deps: Make cannot name {:?} exactly (it holds {c:?}); rename the file or build without --deps",
            path
        ));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ' ' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '$' => out.push_str("$$"),
            _ => out.push(c),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::depfile;

    fn paths(names: &[&str]) -> Vec<PathBuf> {
        names.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn outputs_depend_on_every_input_and_each_include_gets_an_empty_rule() {
        let text = depfile(
            &paths(&["out/a.json", "out/a.pdf"]),
            &paths(&["a.perf", "units/1.perf", "units/1.perf", "fonts/x.ttf"]),
        )
        .expect("plain paths");
        assert_eq!(
            text,
            "out/a.json out/a.pdf: \\\n  a.perf \\\n  units/1.perf \\\n  fonts/x.ttf\n\
             \nunits/1.perf:\n\nfonts/x.ttf:\n"
        );
    }

    #[test]
    fn blanks_hashes_and_dollars_are_escaped() {
        let text = depfile(&paths(&["out/年 度.pdf"]), &paths(&["a #1 $x.perf"]));
        assert_eq!(
            text.as_deref(),
            Ok("out/年\\ 度.pdf: \\\n  a\\ \\#1\\ $$x.perf\n")
        );
    }

    #[test]
    fn paths_make_would_read_as_syntax_are_refused() {
        for name in [
            "a\nall:\n\ttouch pwned\n.perf",
            "a\r.perf",
            "a\t.perf",
            "a;touch pwned.perf",
            "SHELL=/tmp/x",
            "units/%.perf",
            "c:d.perf",
            "a|b.perf",
            "*.perf",
            "a?.perf",
            "[ab].perf",
            "lib(member).perf",
            "a\\b.perf",
            "~/x.perf",
            "a\u{1b}[31m.perf",
        ] {
            let made = depfile(&paths(&["out/a.json"]), &paths(&["a.perf", name]));
            let message = made.expect_err(name);
            assert!(message.contains("--deps"), "{message}");
            assert!(
                !message.contains('\n') && !message.contains('\u{1b}'),
                "{message}"
            );
            let made = depfile(&paths(&[name]), &paths(&["a.perf"]));
            assert!(made.is_err(), "{name} as a target");
        }
        let chinese = depfile(
            &paths(&["out/承德（2023）.json"]),
            &paths(&["单位/甲~乙.perf"]),
        );
        assert!(chinese.is_ok());
    }
}
