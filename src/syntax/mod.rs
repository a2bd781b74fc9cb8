//! Reading `.perf` text: the pest grammar (`grammar/perf.pest`), error recovery and lowering of
//! pest's pairs into the [`ast`]. This is the only module that sees pest.
//!
//! Recovery works at two depths. Inside blocks, the grammar keeps a line it cannot read as a
//! `bad_line`; lowering re-parses that line alone to say what was expected. When a whole file does
//! not parse (an unclosed brace, say), it is cut into top-level items at lines that start with a
//! top-level keyword, and each item is parsed on its own.

pub mod ast;
mod comments;
mod errors;
mod lower;

pub use lower::is_not_applicable;

use pest::Parser as _;
use pest_derive::Parser;

use crate::diag::Diagnostic;
use crate::source::FileId;

#[derive(Parser)]
#[grammar = "../grammar/perf.pest"]
pub(crate) struct PerfParser;

/// Parses one file. Always returns a tree; the diagnostics say what could not be read.
pub fn parse(file: FileId, text: &str) -> (ast::File, Vec<Diagnostic>) {
    let mut lowerer = lower::Lowerer::new(file, text);
    let mut tree = ast::File {
        comments: comments::collect(file, text),
        ..ast::File::default()
    };
    match PerfParser::parse(Rule::file, text) {
        Ok(pairs) => tree.items = lowerer.file(pairs, 0),
        Err(_) => {
            for (start, end) in top_level_chunks(text) {
                let chunk = &text[start..end];
                match PerfParser::parse(Rule::file, chunk) {
                    Ok(pairs) => tree.items.extend(lowerer.file(pairs, start)),
                    Err(error) => {
                        let attempt = errors::Attempt {
                            file,
                            full: text,
                            base: start,
                            text: chunk,
                            rule: Rule::file,
                        };
                        lowerer.push(errors::syntax_error(&attempt, &error));
                    }
                }
            }
        }
    }
    (tree, lowerer.finish())
}

/// Byte ranges of the top-level items: each starts at a line that begins (in column 0) with a
/// top-level keyword. Text before the first such line is a range of its own.
fn top_level_chunks(text: &str) -> Vec<(usize, usize)> {
    let mut starts = vec![0];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset > 0 && starts_top_level_item(line) {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts
        .iter()
        .zip(starts.iter().skip(1).chain(std::iter::once(&text.len())))
        .map(|(&s, &e)| (s, e))
        .collect()
}

fn starts_top_level_item(line: &str) -> bool {
    const KEYWORDS: [&str; 10] = [
        "项目",
        "project",
        "文档",
        "document",
        "包含",
        "include",
        "部门目标",
        "department_goals",
        "单位",
        "unit",
    ];
    KEYWORDS.iter().any(|kw| {
        line.strip_prefix(kw)
            .is_some_and(|rest| rest.starts_with([' ', '\t', '\u{3000}']))
    })
}

#[cfg(test)]
mod tests;
