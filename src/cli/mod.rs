//! The command line: argument parsing, reading files, printing and exit codes. Nothing below
//! this module prints or exits.
//!
//! Exit codes: 0 clean (acknowledged findings do not count), 1 findings at or above the failing
//! severity (errors; warnings too with `--deny warnings`), 2 usage or I/O failure.

mod build;
mod check;
mod deps;
mod diff;
mod documents;
mod explain;
mod fix;
mod fmt;
mod import;
mod manual;
mod preview;
mod watch;
mod write;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::diag::render::{self, Format};
use crate::diag::{Diagnostic, Lang, Severity, SeverityConfig};
use crate::source::SourceMap;

#[derive(Parser, Debug)]
#[command(
    name = "perfc",
    version,
    about = "Compiler for .perf budget-performance target documents (预算绩效目标)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check documents and report every finding; prints nothing when all is well.
    Check {
        /// Root `.perf` file of each document to check, or directories holding documents (every
        /// `.perf` file below that no other includes).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also write one self-contained web page of all the documents: totals per department
        /// (document) and unit, findings by rule and by department, the projects with the most
        /// findings, charts, and every finding linked to its place. For a bureau's overview.
        #[arg(long, value_name = "FILE.html")]
        report: Option<PathBuf>,
        #[command(flatten)]
        jobs: JobsArg,
        #[command(flatten)]
        diagnostics: DiagnosticArgs,
    },
    /// Check documents and write their outputs (`NAME.json`, `NAME.typ`, `NAME.pdf`) into a
    /// directory.
    Build(BuildCommand),
    /// Build, then build again whenever a file the build read changes (a `.perf` file, the
    /// template or a file it reads): `perfc build` kept running, for a PDF viewer that reloads.
    /// Typst's work on the pages that did not change is kept between builds.
    Watch(BuildCommand),
    /// Show the typeset document in a web browser, typeset again on every save: the pages, the
    /// findings beside them, and a click on a row or a finding opens its place in the editor
    /// (`--editor`). Served on 127.0.0.1 only.
    Preview {
        #[command(flatten)]
        preview: preview::PreviewArgs,
        #[command(flatten)]
        diagnostics: DiagnosticArgs,
    },
    /// Apply the obvious repairs the findings carry (a unit spelled as a word, a budget that is
    /// not the sum of its sources …) to the files they are in; findings acknowledged with `确认`
    /// are left as written.
    Fix {
        /// Root `.perf` file of each document, or directories holding documents.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Change nothing; list the repairs (exit code 1 if any).
        #[arg(long)]
        dry_run: bool,
        #[command(flatten)]
        diagnostics: DiagnosticArgs,
    },
    /// Format .perf files in place: one canonical layout, comments kept. Each file is formatted
    /// on its own (includes are formatted only when named too).
    Fmt {
        /// Files, or directories to search for `*.perf` (default: the current directory);
        /// `-` formats standard input to standard output.
        paths: Vec<PathBuf>,
        /// Change nothing; list the files that are not formatted (exit code 1 if any).
        #[arg(long)]
        check: bool,
        /// Change nothing; print a unified diff of the changes (exit code 1 if any).
        #[arg(long)]
        diff: bool,
        /// Write every keyword in this language (default: each item keeps its own).
        #[arg(long, value_enum)]
        keywords: Option<LangArg>,
        /// Language of the messages about files that do not parse.
        #[arg(long, value_enum, default_value_t = LangArg::Zh, env = "PERFC_LANG")]
        lang: LangArg,
        /// Colour in messages; `auto` colours a terminal unless NO_COLOR is set.
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
    },
    /// Compare two versions of documents: what changed in projects, money, goals and
    /// indicators (a target tightened or loosened). Exit code 0 the same, 1 different, 2 trouble.
    Diff {
        #[command(flatten)]
        diff: diff::DiffArgs,
    },
    /// Import the table text extracted from an official document (PDF/Word: one row per line,
    /// cells separated by tabs or by |), an .xlsx workbook or a .docx Word document of the
    /// tables, into formatted .perf files: DIR/NAME.perf and DIR/units/CODE.perf (a 申报表 or
    /// 88号 form's project in NAME.perf; a 项目支出绩效自评表's `自评` records in NAME.perf).
    Import {
        /// The extracted text, an .xlsx workbook or a .docx document (told apart by content).
        file: PathBuf,
        /// Output directory (created if missing).
        #[arg(short, long, default_value = ".")]
        output: PathBuf,
        /// The approved targets a 项目支出绩效自评表 is scored against: the imported file includes
        /// them (`包含`, relative to it), and names each project by its code from them.
        #[arg(long, value_name = "FILE.perf")]
        targets: Option<PathBuf>,
    },
    /// Explain a rule: what it checks and why.
    Explain {
        /// Rule code, e.g. E0401.
        code: String,
        #[arg(long, value_enum, default_value_t = LangArg::Zh, env = "PERFC_LANG")]
        lang: LangArg,
    },
    /// List every rule with its code, default level and title.
    Rules {
        #[arg(long, value_enum, default_value_t = LangArg::Zh, env = "PERFC_LANG")]
        lang: LangArg,
    },
    /// Print the JSON Schema of the JSON that `perfc build` writes (or, with `diff`, that
    /// `perfc diff --format json` prints).
    Schema {
        #[arg(value_enum, default_value_t = SchemaOf::Build)]
        of: SchemaOf,
    },
    /// Print the completion script for a shell (e.g. `perfc completions bash >
    /// /etc/bash_completion.d/perfc`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page perfc(1), or with `-o DIR` write it and one page per command
    /// (perfc-build(1) …) into DIR.
    Man {
        #[arg(short, long, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Serve the Language Server Protocol on stdin/stdout, for editors.
    Lsp {
        /// Message language (default: the editor's).
        #[arg(long, value_enum, env = "PERFC_LANG")]
        lang: Option<LangArg>,
    },
}

/// What `build` and `watch` take.
#[derive(Args, Debug)]
struct BuildCommand {
    #[command(flatten)]
    build: build::BuildArgs,
    #[command(flatten)]
    jobs: JobsArg,
    #[command(flatten)]
    diagnostics: DiagnosticArgs,
}

#[derive(Args, Debug)]
struct DiagnosticArgs {
    /// How to print findings: human (rich, to stderr), short (one line each, to stderr) or
    /// json (one object per line, to stdout).
    #[arg(long, value_enum, default_value_t = Format::Human, env = "PERFC_DIAGNOSTIC_FORMAT")]
    diagnostic_format: Format,
    /// Colour in human output; `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Message language.
    #[arg(long, value_enum, default_value_t = LangArg::Zh, env = "PERFC_LANG")]
    lang: LangArg,
    /// Make warnings fail the run too.
    #[arg(long, value_enum)]
    deny: Option<Deny>,
    /// Change a rule's level: CODE=error|warning|note|off (repeatable, or comma-separated).
    #[arg(long = "severity", value_name = "CODE=LEVEL", value_delimiter = ',')]
    severities: Vec<String>,
    /// Also print findings acknowledged in the source with `确认`.
    #[arg(long)]
    show_acknowledged: bool,
    /// A directory that includes may read from besides the document's own (repeatable).
    #[arg(long = "allow-include", value_name = "DIR")]
    allow_include: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

impl ColorArg {
    /// Whether messages on standard error are coloured.
    fn enabled(self) -> bool {
        self.enabled_on(std::io::stderr().is_terminal())
    }

    /// Whether output on standard output is coloured.
    fn on_stdout(self) -> bool {
        self.enabled_on(std::io::stdout().is_terminal())
    }

    fn enabled_on(self, terminal: bool) -> bool {
        match self {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && terminal,
        }
    }
}

/// Which output `perfc schema` describes.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum SchemaOf {
    Build,
    Diff,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Deny {
    Warnings,
}

/// Settings shared by `check` and `build`, read from [`DiagnosticArgs`].
struct Reporting {
    render: render::Options,
    levels: SeverityConfig,
    threshold: Severity,
    show_acknowledged: bool,
    /// Directories includes may read from besides each document's own.
    allowed_includes: Vec<PathBuf>,
}

impl DiagnosticArgs {
    fn reporting(&self) -> Result<Reporting, String> {
        let mut levels = SeverityConfig::default();
        for setting in &self.severities {
            let (rule, level) = crate::check::parse_cli_level(setting)?;
            levels.set_from_command_line(rule, level);
        }
        Ok(Reporting {
            render: render::Options {
                format: self.diagnostic_format,
                color: self.color.enabled(),
                lang: self.lang.into(),
            },
            levels,
            threshold: if self.deny.is_some() {
                Severity::Warning
            } else {
                Severity::Error
            },
            show_acknowledged: self.show_acknowledged,
            allowed_includes: self.allow_include.clone(),
        })
    }
}

impl Reporting {
    /// Whether a finding is printed (and listed in `--report`): acknowledged ones only when
    /// asked for.
    fn shows(&self, diagnostic: &Diagnostic) -> bool {
        self.show_acknowledged || diagnostic.acknowledged.is_none()
    }

    /// Renders the findings of one document, keeping acknowledged ones out unless asked for.
    fn render(&self, diagnostics: &[Diagnostic], sources: &SourceMap) -> Report {
        let shown: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| self.shows(d))
            .cloned()
            .collect();
        Report {
            text: render::render(&shown, sources, &self.render),
            to_stdout: self.render.format == Format::Json,
            failed: diagnostics.iter().any(|d| d.fails(self.threshold)),
        }
    }
}

/// What one document's check or build prints, and whether its findings fail the run.
struct Report {
    text: String,
    /// JSON findings go to standard output, text to standard error.
    to_stdout: bool,
    failed: bool,
}

impl Report {
    fn print(&self) -> Result<(), String> {
        if self.to_stdout {
            stdout(&self.text)
        } else {
            stderr(&self.text);
            Ok(())
        }
    }
}

/// `-j N`: how many documents `check` and `build` work on at once.
#[derive(Args, Debug)]
struct JobsArg {
    /// Documents worked on at once (default: one per core). Output keeps the documents' order.
    #[arg(short, long, value_name = "N")]
    jobs: Option<std::num::NonZeroUsize>,
}

impl JobsArg {
    fn threads(&self) -> usize {
        self.jobs.map_or_else(crate::parallel::threads, |n| n.get())
    }
}

/// The outcome of a run over several documents, printed as each document's turn comes. A
/// document that cannot be read or written does not stop the others; it makes the exit code 2.
struct Tally {
    documents: usize,
    failed: bool,
    broken: usize,
    /// With a single document, its I/O failure is the run's message.
    only_error: Option<String>,
    /// Standard output could not be written (a full disk): the run fails with this.
    lost_output: Option<String>,
}

impl Tally {
    fn new(documents: usize) -> Tally {
        Tally {
            documents,
            failed: false,
            broken: 0,
            only_error: None,
            lost_output: None,
        }
    }

    fn add(&mut self, outcome: Result<Report, String>) {
        match outcome {
            Ok(report) => {
                if let Err(message) = report.print() {
                    self.lost_output.get_or_insert(message);
                }
                self.failed |= report.failed;
            }
            Err(message) if self.documents == 1 => {
                self.broken += 1;
                self.only_error = Some(message);
            }
            Err(message) => {
                self.broken += 1;
                stderr(&format!("perfc: {message}\n"));
            }
        }
    }

    /// Whether findings fail the run; an error when any document could not be read or written.
    fn finish(self) -> Result<bool, String> {
        if let Some(message) = self.lost_output {
            return Err(message);
        }
        match (self.broken, self.only_error) {
            (0, _) => Ok(self.failed),
            (_, Some(message)) => Err(message),
            (broken, None) => Err(format!(
                "{broken} of {} documents could not be read or written",
                self.documents
            )),
        }
    }
}

/// Writes to standard output. A closed pipe (`perfc rules | head`) is not an error; anything
/// else that loses output (a full disk) is.
fn stdout(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write to standard output: {e}"))
        }
        _ => Ok(()),
    }
}

/// Writes to standard error, ignoring a closed pipe likewise.
fn stderr(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check {
            files,
            report,
            jobs,
            diagnostics,
        } => diagnostics
            .reporting()
            .and_then(|r| check::run(&files, jobs.threads(), &r, report.as_deref())),
        Command::Build(command) => command
            .diagnostics
            .reporting()
            .and_then(|r| build::run(&command.build, command.jobs.threads(), &r)),
        Command::Watch(command) => command
            .diagnostics
            .reporting()
            .and_then(|r| watch::run(&command.build, command.jobs.threads(), &r)),
        Command::Preview {
            preview,
            diagnostics,
        } => diagnostics
            .reporting()
            .and_then(|r| preview::run(preview, r)),
        Command::Fix {
            files,
            dry_run,
            diagnostics,
        } => diagnostics
            .reporting()
            .and_then(|r| fix::run(&files, dry_run, &r)),
        Command::Fmt {
            paths,
            check,
            diff,
            keywords,
            lang,
            color,
        } => fmt::run(&fmt::Request {
            paths,
            check,
            diff,
            options: crate::fmt::Options {
                keywords: keywords.map(Lang::from),
            },
            render: render::Options {
                format: Format::Human,
                color: color.enabled(),
                lang: lang.into(),
            },
        }),
        Command::Diff { diff } => diff::run(&diff),
        Command::Import {
            file,
            output,
            targets,
        } => import::run(&file, &output, targets.as_deref()),
        Command::Explain { code, lang } => explain::explain(&code, lang.into()),
        Command::Rules { lang } => explain::rules(lang.into()),
        Command::Schema { of } => explain::schema(matches!(of, SchemaOf::Diff)),
        Command::Completions { shell } => manual::completions(shell).map(|()| false),
        Command::Man { output } => manual::man(output.as_deref()).map(|()| false),
        Command::Lsp { lang } => crate::lsp::run(lang.map(Lang::from)),
    };
    match result {
        Ok(failed) => ExitCode::from(u8::from(failed)),
        Err(message) => {
            stderr(&format!("perfc: {message}\n"));
            ExitCode::from(2)
        }
    }
}
