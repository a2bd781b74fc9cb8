//! `perfc completions SHELL` and `perfc man`: shell completion scripts and manual pages, both
//! generated from the command-line definition so they never fall behind it.

use std::path::Path;

use clap::CommandFactory;

use super::write::write_if_changed;
use super::{Cli, stdout};

/// Prints the completion script for `shell`.
pub(super) fn completions(shell: clap_complete::Shell) -> Result<(), String> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "perfc", &mut script);
    stdout(&String::from_utf8_lossy(&script))
}

/// Prints perfc(1), or writes it and a page per command (`perfc-build.1` …) into `dir`.
pub(super) fn man(dir: Option<&Path>) -> Result<(), String> {
    let command = Cli::command();
    let Some(dir) = dir else {
        return stdout(&String::from_utf8_lossy(&page(&command)?));
    };
    write_if_changed(&dir.join("perfc.1"), &page(&command)?)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        // The page's name is what `man` is asked for, so `perfc build` is documented as
        // perfc-build(1), the convention of git and cargo.
        let name = format!("perfc-{}", sub.get_name());
        let sub = sub
            .clone()
            .name(name.clone())
            .bin_name(name.replace('-', " "))
            .version(env!("CARGO_PKG_VERSION"));
        write_if_changed(&dir.join(format!("{name}.1")), &page(&sub)?)?;
    }
    Ok(())
}

fn page(command: &clap::Command) -> Result<Vec<u8>, String> {
    let mut roff = Vec::new();
    clap_mangen::Man::new(command.clone())
        .date("")
        .render(&mut roff)
        .map_err(|e| format!("cannot render the manual page: {e}"))?;
    Ok(roff)
}
