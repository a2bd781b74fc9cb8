//! `perfc preview`: the typeset document in a web browser, typeset again on every save
//! (`crate::preview`).

use std::path::PathBuf;

use clap::Args;

use super::build::LayoutArgs;
use super::{Reporting, stderr};
use crate::diag::render::visible;
use crate::msg;
use crate::preview::{Options, Preview, Server};

#[derive(Args, Debug)]
pub(super) struct PreviewArgs {
    /// Root `.perf` file of the document.
    file: PathBuf,
    /// Port on 127.0.0.1 to serve the page at (default: any free one; the address is printed).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The command that opens a file at a line when a row or a finding is clicked: words, with
    /// {file}, {line} and {column} filled in, run without a shell. For example
    /// `code --goto {file}:{line}:{column}` or `gvim --remote-silent +{line} {file}`. Without
    /// it the page shows where the place is.
    #[arg(long, value_name = "COMMAND", env = "PERFC_EDITOR")]
    editor: Option<String>,
    #[command(flatten)]
    layout: LayoutArgs,
}

/// Serves the preview until the process is ended (Ctrl-C).
pub(super) fn run(args: PreviewArgs, reporting: Reporting) -> Result<bool, String> {
    let lang = reporting.render.lang;
    // A name mistyped is said at once, not as a page that waits for the file to appear.
    if !args.file.is_file() {
        return Err(format!("{}: no such file", args.file.display()));
    }
    let server = Server::bind(args.port)?;
    let url = server.url();
    let preview = Preview::new(Options {
        fonts: args.layout.load_fonts()?,
        root: args.file,
        levels: reporting.levels,
        lang,
        allowed_includes: reporting.allowed_includes,
        template: args.layout.template,
        body_font: args.layout.body_font,
        heading_font: args.layout.heading_font,
        editor: args.editor,
    });
    stderr(&format!(
        "{}\n",
        msg!(
            "[perfc preview] 在浏览器中打开 {url}",
            "[perfc preview] open {url} in a browser"
        )
        .get(lang)
    ));
    let serving = std::sync::Arc::clone(&preview);
    std::thread::Builder::new()
        .name("preview server".into())
        .spawn(move || {
            let served = server.serve(serving, move || {
                let connected = msg!(
                    "[perfc preview] 浏览器已连接",
                    "[perfc preview] a browser is showing the preview"
                );
                stderr(&format!("{}\n", connected.get(lang)));
            });
            if let Err(message) = served {
                stderr(&format!("perfc: {message}\n"));
            }
        })
        .map_err(|e| format!("cannot start the server: {e}"))?;
    preview
        .run(|snapshot| {
            let (version, millis, errors, warnings) =
                (snapshot.version, snapshot.millis, snapshot.errors, snapshot.warnings);
            let status = match &snapshot.error {
                Some(error) => msg!(
                    "[perfc preview] 第 {version} 版未能读取：{error}",
                    "[perfc preview] version {version} could not be read: {error}"
                ),
                None => msg!(
                    "[perfc preview] 第 {version} 版（{millis} ms）：{errors} 个错误、{warnings} 个警告",
                    "[perfc preview] version {version} ({millis} ms): {errors} errors, {warnings} warnings"
                ),
            };
            stderr(&format!("{}\n", visible(status.get(lang))));
        })
        .map(|()| false)
}
