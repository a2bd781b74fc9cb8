//! `perfc build --deps FILE`: a Make depfile naming every file the build read, in the form of
//! `gcc -MD -MP`: one rule making the outputs depend on the inputs, then an empty rule for each
//! input but the first, so that deleting an include does not break the build.

use std::path::{Path, PathBuf};

/// The depfile text for `targets` built from `inputs` (the root `.perf` first). Inputs named
/// twice are listed once.
pub(super) fn depfile(targets: &[PathBuf], inputs: &[PathBuf]) -> String {
    let mut unique: Vec<&Path> = Vec::with_capacity(inputs.len());
    for input in inputs {
        if !unique.contains(&input.as_path()) {
            unique.push(input);
        }
    }
    let mut out = targets
        .iter()
        .map(|t| escape(t))
        .collect::<Vec<_>>()
        .join(" ");
    out.push(':');
    for input in &unique {
        out.push_str(" \\\n  ");
        out.push_str(&escape(input));
    }
    out.push('\n');
    for input in unique.iter().skip(1) {
        out.push('\n');
        out.push_str(&escape(input));
        out.push_str(":\n");
    }
    out
}

/// A path as Make reads it: blanks and `#` escaped with a backslash, `$` doubled.
fn escape(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ' ' | '\t' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '$' => out.push_str("$$"),
            _ => out.push(c),
        }
    }
    out
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
        );
        assert_eq!(
            text,
            "out/a.json out/a.pdf: \\\n  a.perf \\\n  units/1.perf \\\n  fonts/x.ttf\n\
             \nunits/1.perf:\n\nfonts/x.ttf:\n"
        );
    }

    #[test]
    fn blanks_hashes_and_dollars_are_escaped() {
        let text = depfile(&paths(&["out/年 度.pdf"]), &paths(&["a #1 $x.perf"]));
        assert_eq!(text, "out/年\\ 度.pdf: \\\n  a\\ \\#1\\ $$x.perf\n");
    }
}
