//! The one way from a loaded document to its findings and outputs, used by `perfc check` and
//! `perfc build`, the language server and the tests: the rules run over the model; when the
//! document was read completely, the JSON, the workbook and the typeset PDF are made from it, and
//! the review opinions (审核意见) from its findings, settled; and the findings of all of them
//! (Typst's included) are settled once, in `check`: levels, projects, acknowledgements, order.

use std::path::PathBuf;

use crate::check;
use crate::diag::{Diagnostic, RuleId, SeverityConfig};
use crate::emit;
use crate::load::Loaded;
use crate::model::{self, Document};
use crate::msg;
use crate::source::{FileId, SourceFile, Span};
use crate::typeset::{
    self, GaveUp, Job, Output, coverage, fonts::FontSet, pages::Page, template::Template,
};

/// What to make of a document besides its findings.
pub struct Request<'a> {
    /// Rule levels given on the command line (`--severity`); the document's own come on top.
    pub levels: &'a SeverityConfig,
    /// The checked document as JSON.
    pub json: bool,
    /// The tables as a workbook.
    pub xlsx: bool,
    /// The typeset PDF; its fonts also decide which characters are reported as undrawable.
    pub pdf: Option<Typesetting<'a>>,
    /// The review opinions (审核意见) as Markdown, a workbook and a PDF typeset with these
    /// (`perfc build` gives the official template: the review has no user layout).
    pub review: Option<Typesetting<'a>>,
    /// Seconds since 1970 that the workbook and the PDF record (`SOURCE_DATE_EPOCH`).
    pub timestamp: Option<i64>,
    /// The findings of projects kept from earlier checks of the same document (the language
    /// server's): only projects changed since are checked again.
    pub memo: Option<&'a check::ProjectMemo>,
}

/// How to typeset.
pub struct Typesetting<'a> {
    pub template: &'a Template,
    pub fonts: &'a FontSet,
    /// Families for body text and headings; the template's defaults when `None`.
    pub body_font: Option<&'a str>,
    pub heading_font: Option<&'a str>,
    /// A stable identifier of the document (the PDF's `/ID` derives from it).
    pub ident: &'a str,
    /// The time and memory typesetting may take (E0804 past them).
    pub limits: typeset::Limits,
    /// A PDF, or pages for `perfc preview` (whose data then gives each row's place).
    pub output: Output,
}

impl<'a> Request<'a> {
    /// Findings only.
    pub fn check(levels: &'a SeverityConfig) -> Self {
        Request {
            levels,
            json: false,
            xlsx: false,
            pdf: None,
            review: None,
            timestamp: None,
            memo: None,
        }
    }
}

/// A document checked, and what was made of it.
pub struct Outcome {
    /// The files read, the template's files among its sources when typesetting reported in them.
    pub loaded: Loaded,
    /// Every finding, settled and in source order.
    pub diagnostics: Vec<Diagnostic>,
    /// The outputs; `None` when the document was not read completely (syntax or include errors)
    /// or holds a number out of range (E0006).
    pub made: Option<Made>,
    /// Files a user template read besides itself, in order (for dependency lists).
    pub template_files_read: Vec<PathBuf>,
}

/// The outputs asked for.
#[derive(Default)]
pub struct Made {
    pub json: Option<String>,
    pub xlsx: Option<Vec<u8>>,
    /// `None` when Typst failed (its errors are among the findings) or no PDF was asked for.
    pub pdf: Option<Vec<u8>>,
    /// The pages, when asked for instead of the PDF (`None` when Typst failed).
    pub pages: Option<Vec<Page>>,
    pub review: Option<ReviewMade>,
}

/// The review opinions in their three formats.
pub struct ReviewMade {
    pub markdown: String,
    pub xlsx: Vec<u8>,
    /// `None` when typesetting failed or gave up (the findings say why).
    pub pdf: Option<Vec<u8>>,
}

/// Checks `loaded` and makes what `request` asks for. An error is a failure to make an output
/// (a template that cannot be read, a workbook that cannot be written), not a finding.
pub fn run(mut loaded: Loaded, request: &Request) -> Result<Outcome, String> {
    let complete = loaded.is_complete();
    let first_template_file = loaded.sources.next_id();
    let mut made = Ok(None);
    let mut template_files = TemplateFiles::default();
    let diagnostics = check::check_with(
        &loaded,
        request.levels,
        request.memo,
        &mut |document, found| {
            if let Some(typesetting) = request.pdf.as_ref().or(request.review.as_ref()) {
                coverage::check(document, typesetting.fonts, found);
            }
            // A number out of range (E0006) has no exact value to print.
            let exact = !found.iter().any(|d| d.rule == RuleId::NumberRange);
            if complete && exact {
                made = make(document, request, first_template_file, found).and_then(
                    |(mut outputs, mut files)| {
                        if let Some(typesetting) = &request.review {
                            let first =
                                FileId(first_template_file.0 + files.reported_in.len() as u32);
                            let (review, sources) =
                                make_review(&loaded, document, request, typesetting, first, found)?;
                            outputs.review = Some(review);
                            files.reported_in.extend(sources);
                        }
                        template_files = files;
                        Ok(Some(outputs))
                    },
                );
            }
        },
    )
    .diagnostics;
    let made = made?;
    for source in template_files.reported_in {
        loaded.sources.add(source);
    }
    Ok(Outcome {
        loaded,
        diagnostics,
        made,
        template_files_read: template_files.read,
    })
}

/// The template's files that typesetting met: those its findings point into (to be added to the
/// document's sources), and those it read.
#[derive(Default)]
struct TemplateFiles {
    reported_in: Vec<SourceFile>,
    read: Vec<PathBuf>,
}

/// E0804, at the document's longest text: the likeliest reason typesetting is slow or large.
fn typesetting_gave_up(
    document: &Document,
    gave_up: GaveUp,
    limits: typeset::Limits,
) -> Diagnostic {
    let longest = model::printed::all(document)
        .into_iter()
        .max_by_key(|piece| piece.value().len());
    let (message, help) = match gave_up {
        GaveUp::Time => {
            let seconds = limits.time.as_secs_f64();
            (
                msg!(
                    "排版超过了 {seconds} 秒的时限，未生成 PDF",
                    "typesetting took longer than {seconds} seconds; no PDF was written"
                ),
                msg!(
                    "极长的文字会让排版很慢：缩短它，或用 `--timeout 秒数` 放宽时限",
                    "a very long text makes typesetting slow: shorten it, or allow more time with `--timeout SECONDS`"
                ),
            )
        }
        GaveUp::Memory => {
            let mebibytes = limits.memory_bytes >> 20;
            (
                msg!(
                    "排版占用的内存超过了 {mebibytes} MiB，未生成 PDF",
                    "typesetting took more than {mebibytes} MiB of memory; no PDF was written"
                ),
                msg!(
                    "极长的文字会让排版占用大量内存：缩短它，或用 `--memory-limit MiB` 放宽上限",
                    "a very long text makes typesetting take much memory: shorten it, or allow more with `--memory-limit MIB`"
                ),
            )
        }
    };
    match longest {
        Some(piece) => {
            let characters = piece.value().chars().count();
            Diagnostic::new(
                RuleId::TypesettingLimit,
                piece.span_of(0..piece.value().len()),
                message,
            )
            .with_label(msg!(
                "文档中最长的文字（{characters} 字）",
                "the document's longest text ({characters} characters)"
            ))
            .with_help(help)
        }
        None => Diagnostic::new(
            RuleId::TypesettingLimit,
            Span::new(FileId(0), 0, 0),
            message,
        )
        .with_help(help),
    }
}

/// The review opinions of a completely read document, made of its findings as they will be
/// settled; Typst's findings (perfc's own template failing, E0805, or giving up, E0804) added
/// to `found`, and the template files they point into, numbered from `first`.
fn make_review(
    loaded: &Loaded,
    document: &Document,
    request: &Request,
    typesetting: &Typesetting,
    first: FileId,
    found: &mut Vec<Diagnostic>,
) -> Result<(ReviewMade, Vec<SourceFile>), String> {
    let settled = check::settle(loaded, document, request.levels, found.clone());
    let review = emit::review::review(document, &settled, &loaded.sources);
    let json = emit::review::to_json(&review);
    let ident = format!("{}-review", typesetting.ident);
    let job = Job {
        json: &json,
        template: typesetting.template,
        fonts: typesetting.fonts.fonts(),
        body_font: typesetting.body_font,
        heading_font: typesetting.heading_font,
        ident: &ident,
        timestamp: request.timestamp,
        output: Output::Pdf,
    };
    let (pdf, sources) = match typeset::typeset_within(&job, first, typesetting.limits)? {
        Ok(typeset) => {
            found.extend(typeset.diagnostics);
            (typeset.pdf, typeset.sources)
        }
        Err(gave_up) => {
            found.push(typesetting_gave_up(document, gave_up, typesetting.limits));
            (None, Vec::new())
        }
    };
    let made = ReviewMade {
        markdown: emit::review::markdown(&review),
        xlsx: emit::xlsx::review_bytes(&review, request.timestamp)?,
        pdf,
    };
    Ok((made, sources))
}

/// The outputs of a completely read document, Typst's findings added to `found`.
fn make(
    document: &Document,
    request: &Request,
    first_template_file: FileId,
    found: &mut Vec<Diagnostic>,
) -> Result<(Made, TemplateFiles), String> {
    let output = request.pdf.as_ref().map(|typesetting| typesetting.output);
    let json =
        (request.json || output == Some(Output::Pdf)).then(|| emit::json::to_string(document));
    // The preview's data: each row with its place, for the template to link its cells there.
    let places =
        (output == Some(Output::Pages)).then(|| emit::json::to_string_with_places(document));
    let xlsx = request
        .xlsx
        .then(|| emit::xlsx::to_bytes(document, request.timestamp))
        .transpose()?;
    let (Some(typesetting), Some(data)) = (&request.pdf, places.as_ref().or(json.as_ref())) else {
        return Ok((
            Made {
                json,
                xlsx,
                ..Made::default()
            },
            Default::default(),
        ));
    };
    let job = Job {
        json: data,
        template: typesetting.template,
        fonts: typesetting.fonts.fonts(),
        body_font: typesetting.body_font,
        heading_font: typesetting.heading_font,
        ident: typesetting.ident,
        timestamp: request.timestamp,
        output: typesetting.output,
    };
    let typeset = match typeset::typeset_within(&job, first_template_file, typesetting.limits)? {
        Ok(typeset) => typeset,
        Err(gave_up) => {
            found.push(typesetting_gave_up(document, gave_up, typesetting.limits));
            return Ok((
                Made {
                    json: json.filter(|_| request.json),
                    xlsx,
                    ..Made::default()
                },
                Default::default(),
            ));
        }
    };
    found.extend(typeset.diagnostics);
    let json = json.filter(|_| request.json);
    let made = Made {
        json,
        xlsx,
        pdf: typeset.pdf,
        pages: typeset.pages,
        review: None,
    };
    let files = TemplateFiles {
        reported_in: typeset.sources,
        read: typeset.files_read,
    };
    Ok((made, files))
}
