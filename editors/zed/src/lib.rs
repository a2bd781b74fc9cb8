//! Starts `perfc lsp` for .perf files in Zed: the binary of the `lsp.perfc.binary` settings
//! when given (`{"lsp": {"perfc": {"binary": {"path": "/path/to/perfc"}}}}`), else `perfc` on
//! the worktree's PATH.

use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct Perf;

impl zed::Extension for Perf {
    fn new() -> Self {
        Perf
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree("perfc", worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let configured = binary.as_ref().and_then(|binary| binary.path.clone());
        let command = match configured {
            Some(path) => path,
            None => worktree.which("perfc").ok_or_else(|| {
                "perfc is not on PATH: install it (cargo install --path . in perfc's checkout) \
                 or set lsp.perfc.binary.path"
                    .to_string()
            })?,
        };
        let args = binary
            .and_then(|binary| binary.arguments)
            .unwrap_or_else(|| vec!["lsp".to_string()]);
        Ok(zed::Command {
            command,
            args,
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Perf);
