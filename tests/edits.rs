//! No document makes perfc panic, in any output: edits that reach every corner of the syntax
//! (blanks of every kind, line ends, quotes, braces, comments, escapes, keywords, comparators,
//! units, placeholders, date parts, the largest numbers) inserted into the reference's first
//! unit file at every few characters, or a character deleted there, each document checked and
//! made into JSON and a workbook, one in fifty typeset too, and its findings rendered in every
//! format.

use std::path::Path;

use perfc::diag::render::{self, Format, Options};
use perfc::diag::{Lang, SeverityConfig};
use perfc::load::{self, RealFs};
use perfc::pipeline::{self, Request, Typesetting};
use perfc::typeset::fonts::FontSet;
use perfc::typeset::template::Template;

/// Edits that reach the corners of the syntax.
const EDITS: [&str; 35] = [
    " ",
    "\t",
    "\u{3000}",
    "\u{a0}",
    "\n",
    "\r\n",
    "\r",
    "\"",
    "\\",
    "{",
    "}",
    "#",
    ";",
    "依据 ",
    "描述 ",
    "指标值 ",
    "单位",
    "预算 ",
    "≥",
    "＞＝",
    "不低于",
    "**",
    "XX",
    "1",
    ".5",
    "%",
    "万元",
    "前",
    "年",
    "月底",
    "日",
    "项目 ",
    "79228162514264337593543950335",
    "亿元",
    "\\u",
];

/// Checks `text` as the root of a document, makes its outputs (the PDF too when given a template
/// and fonts) and renders its findings; panics only if perfc does.
fn check_and_make_everything(text: &str, typesetting: Option<(&Template, &FontSet)>) {
    let loaded = load::load_bytes(Path::new("edited.perf"), text.as_bytes(), &RealFs);
    let levels = SeverityConfig::default();
    let request = Request {
        json: true,
        xlsx: true,
        pdf: typesetting.map(|(template, fonts)| Typesetting {
            template,
            fonts,
            body_font: None,
            heading_font: None,
            ident: "edited",
            limits: perfc::typeset::Limits::default(),
            output: perfc::typeset::Output::Pdf,
        }),
        ..Request::check(&levels)
    };
    let outcome = pipeline::run(loaded, &request).expect("outputs are made");
    for format in [Format::Human, Format::Short, Format::Json] {
        let options = Options {
            format,
            color: false,
            lang: Lang::Zh,
        };
        render::render(&outcome.diagnostics, &outcome.loaded.sources, &options);
    }
}

#[test]
fn no_edit_of_a_real_document_makes_perfc_panic() {
    let header = "文档 \"编辑\" {\n  年度 2023\n}\n";
    let unit = std::fs::read_to_string("examples/chengde-2023/units/543001.perf").expect("unit");
    let boundaries: Vec<usize> = unit.char_indices().map(|(i, _)| i).collect();
    let (template, fonts) = (
        Template::Official,
        FontSet::load(&[]).expect("bundled fonts"),
    );
    let (mut tried, mut typeset) = (0, 0);
    for (n, &at) in boundaries.iter().enumerate().step_by(5) {
        let next = boundaries.get(n + 1).copied().unwrap_or(unit.len());
        let edit = EDITS[n % EDITS.len()];
        for edited in [
            format!("{header}{}{edit}{}", &unit[..at], &unit[at..]),
            format!("{header}{}{}", &unit[..at], &unit[next..]),
        ] {
            let typesetting = (tried % 50 == 0).then_some((&template, &fonts));
            let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                check_and_make_everything(&edited, typesetting)
            }));
            assert!(caught.is_ok(), "perfc panicked on:\n{edited}");
            tried += 1;
            typeset += usize::from(typesetting.is_some());
        }
    }
    assert!(tried > 1_000, "{tried} edits");
    assert!(typeset > 20, "{typeset} typeset");
}
