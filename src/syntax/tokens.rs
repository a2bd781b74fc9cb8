//! The tokens an editor colours by meaning (the language server's semantic tokens), read by the
//! grammar: keywords, strings, numbers and dates, categories, codes, comparators, units, levels
//! and comments. A top-level item with blocks not closed yet is read as if they were closed
//! after it, as while a block is typed; one that does not parse even so has none, and the
//! editor's own grammar still colours it.

use pest::Parser as _;
use pest::iterators::Pair;

use super::keywords::Keyword;
use super::{MAX_NESTING, PerfParser, Rule, comments, item_ranges, open_blocks, parts};
use crate::source::FileId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Keyword,
    String,
    /// A number, a date or a month (`12月底前`, `6月底`), a template blank (`**`).
    Number,
    /// A first-level category opening a group (`产出指标 {`).
    Group,
    /// A second-level category on a row (`数量指标`).
    Category,
    /// A project, unit or rule code.
    Code,
    Comparator,
    Unit,
    /// A qualitative level or a not-applicable word (`巩固提升`, `不涉及`).
    Level,
    Comment,
}

/// A token: its byte range and kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// The tokens of `text` in order; none in a top-level item that does not parse.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    for (start, end) in parts(text) {
        if !part_tokens(text, start, end, &mut out) {
            for (start, end) in item_ranges(text, start, end, false) {
                item_tokens(text, start, end, &mut out);
            }
        }
    }
    out.sort_by_key(|t| t.start);
    out
}

/// The keyword at byte `offset` of `text`, where the grammar reads one (not a word of a string
/// or a comment), or one beginning a line the grammar could not read (`bad_line`), as while it
/// is typed. Only the part holding it is parsed, or when that part does not, the top-level item
/// holding it (a mistake in another item leaves this one readable; its blocks not closed yet
/// read as closed); when that does not parse either, the first word of the offset's line.
pub fn keyword_at(text: &str, offset: usize) -> Option<Keyword> {
    let holds = |&(start, end): &(usize, usize)| start <= offset && offset <= end;
    let (start, end) = parts(text).into_iter().find(holds)?;
    let mut out = Vec::new();
    if !part_tokens(text, start, end, &mut out) {
        let (start, end) = item_ranges(text, start, end, false)
            .into_iter()
            .find(holds)?;
        if !item_tokens(text, start, end, &mut out) {
            out.extend(first_word_keyword(text, offset));
        }
    }
    let token = out
        .into_iter()
        .find(|t| t.kind == TokenKind::Keyword && t.start <= offset && offset <= t.end)?;
    let word = &text[token.start..token.end];
    Keyword::ALL.iter().copied().find(|k| k.is(word))
}

/// The keyword token at the start of `line` (which begins at `start` in its file), if any.
fn leading_keyword(line: &str, start: usize) -> Option<Token> {
    let rest = Keyword::ALL.iter().find_map(|k| k.strip(line))?;
    Some(Token {
        start,
        end: start + line.len() - rest.len(),
        kind: TokenKind::Keyword,
    })
}

/// The keyword token that is the first word of the line of `text` holding `offset`.
fn first_word_keyword(text: &str, offset: usize) -> Option<Token> {
    // Bytes: an offset inside a character still finds its line.
    let before = text.as_bytes().get(..offset)?;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    let line = &text[line_start..];
    let word = line.trim_start_matches(super::keywords::is_blank);
    leading_keyword(word, line_start + line.len() - word.len())
}

/// Adds the tokens of the part `start..end` of `text`, unsorted; `false` when it does not parse.
fn part_tokens(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> bool {
    source_tokens(&text[start..end], start, out)
}

/// Adds the tokens of the top-level item `start..end` of `text`, unsorted, its blocks not closed
/// yet read as closed after it (a `}` adds no token); `false` when even so it does not parse.
fn item_tokens(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> bool {
    if part_tokens(text, start, end, out) {
        return true;
    }
    let item = &text[start..end];
    let (open, _) = open_blocks(item);
    if open.is_empty() {
        return false;
    }
    let closed = format!("{item}\n{}", "}\n".repeat(open.len()));
    source_tokens(&closed, start, out)
}

/// Adds the tokens of `source`, which begins at `base` in its file, unsorted; `false` when it
/// does not parse.
fn source_tokens(source: &str, base: usize, out: &mut Vec<Token>) -> bool {
    let scan = comments::scan(FileId(0), source, 0, source.len(), MAX_NESTING);
    if scan.too_deep.is_some() {
        return false;
    }
    let Ok(pairs) = PerfParser::parse(Rule::file, source) else {
        return false;
    };
    for pair in pairs {
        walk(pair, None, base, out);
    }
    out.extend(scan.comments.iter().map(|c| Token {
        start: base + c.span.start(),
        end: base + c.span.end(),
        kind: TokenKind::Comment,
    }));
    true
}

/// A pair that is a token is taken whole; another is looked into.
fn walk(pair: Pair<Rule>, parent: Option<Rule>, base: usize, out: &mut Vec<Token>) {
    let rule = pair.as_rule();
    if rule == Rule::bad_line {
        // A line the block could not read: the keyword it begins with is the one being written.
        out.extend(leading_keyword(
            pair.as_str(),
            base + pair.as_span().start(),
        ));
        return;
    }
    if let Some(kind) = kind_of(rule, parent) {
        let span = pair.as_span();
        // A quantity without a unit ends in the blanks pest skipped looking for one.
        let trimmed = span.as_str().trim_end().len();
        out.push(Token {
            start: base + span.start(),
            end: base + span.start() + trimmed,
            kind,
        });
        return;
    }
    for inner in pair.into_inner() {
        walk(inner, Some(rule), base, out);
    }
}

fn kind_of(rule: Rule, parent: Option<Rule>) -> Option<TokenKind> {
    Some(match rule {
        Rule::string => TokenKind::String,
        Rule::number | Rule::deadline | Rule::month_end | Rule::placeholder | Rule::percent => {
            TokenKind::Number
        }
        Rule::category if parent == Some(Rule::indicator_group) => TokenKind::Group,
        Rule::category => TokenKind::Category,
        Rule::code => TokenKind::Code,
        Rule::comparator => TokenKind::Comparator,
        Rule::value_unit | Rule::money_unit => TokenKind::Unit,
        Rule::level => TokenKind::Level,
        _ if Keyword::of_rule_name(&format!("{rule:?}")).is_some() => TokenKind::Keyword,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokens(text)
            .into_iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect()
    }

    #[test]
    fn the_keyword_at_an_offset_is_one_the_grammar_reads_there() {
        let text = "项目 P01 \"预算\" {\n  budget 15 { 财政资金 15 }  # 预算\n}\n";
        let at = |needle: &str, nth: usize| {
            let offset = text.match_indices(needle).nth(nth).expect("needle").0;
            keyword_at(text, offset + 1)
        };
        assert_eq!(at("项目", 0), Some(Keyword::Project));
        assert_eq!(at("budget", 0), Some(Keyword::Budget));
        assert_eq!(at("财政资金", 0), Some(Keyword::Fiscal));
        assert_eq!(at("预算", 0), None, "in a string");
        assert_eq!(at("预算", 1), None, "in a comment");
        assert_eq!(at("P01", 0), None, "a code");
        // A mistake in another item leaves this one's keywords readable.
        let text = format!("{text}项目 P02 \"坏\" {{\n  预算 15 {{\n}}\n");
        let offset = text.find("budget").expect("budget");
        assert_eq!(keyword_at(&text, offset), Some(Keyword::Budget));
    }

    #[test]
    fn a_keyword_beginning_a_line_with_a_mistake_is_read_as_it_is_typed() {
        let text = "项目 P01 \"名\" {\n  单位 ！！\n  预算 15 { 财政资金 15 }\n  用途 \"预算\"\n  目标 \n}\n";
        let at = |text: &str, needle: &str, nth: usize| {
            let offset = text.match_indices(needle).nth(nth).expect("needle").0;
            keyword_at(text, offset + 1)
        };
        // Lines the project cannot read (bad_line): the keyword they begin with.
        assert_eq!(at(text, "单位", 0), Some(Keyword::Unit));
        assert_eq!(at(text, "目标", 0), Some(Keyword::Goal));
        assert_eq!(at(text, "！！", 0), None);
        assert_eq!(at(text, "预算", 0), Some(Keyword::Budget));
        assert_eq!(at(text, "预算", 1), None, "in a string");
        // Blocks not closed yet read as closed.
        let open = "项目 P01 \"名\" {\n  预算 15 { 财政资金 15 }\n  产出指标 {\n    数量指标 \"x\" ≥1 次  依据 计划\n";
        assert_eq!(at(open, "预算", 0), Some(Keyword::Budget));
        assert_eq!(at(open, "依据", 0), Some(Keyword::Basis));
        // Not parsing even so: the first word of the line.
        let broken = "项目 P01 \"名\" {\n  预算 15 { 财政资金 15 }}\n  用途 \"x\" }\n  目标 {\n";
        assert_eq!(at(broken, "用途", 0), Some(Keyword::Use));
        assert_eq!(at(broken, "财政资金", 0), None, "not first on its line");
        let open = "项目 P01 \"名\" {\n  \"预算 \n";
        assert_eq!(at(open, "预算", 0), None, "in a string");
    }

    #[test]
    fn a_row_is_categories_strings_comparators_numbers_units() {
        let text = "# 注\n项目 P01 \"名\" {\n  产出指标 {\n    数量指标 \"次数\" ≥1 次  依据 计划\n  }\n}\n";
        use TokenKind::*;
        assert_eq!(
            kinds(text),
            [
                ("# 注", Comment),
                ("项目", Keyword),
                ("P01", Code),
                ("\"名\"", String),
                ("产出指标", Group),
                ("数量指标", Category),
                ("\"次数\"", String),
                ("≥", Comparator),
                ("1", Number),
                ("次", Unit),
                ("依据", Keyword),
            ]
        );
        assert_eq!(
            kinds("项目 \"P\" {"),
            [("项目", Keyword), ("\"P\"", String)],
            "read as closed"
        );
        assert!(tokens("项目 \"P\" }}").is_empty(), "does not parse");
        // A brace not closed yet in the next item: it reads as closed, the rest is unchanged.
        let typing = format!("{text}项目 P2 \"新\" {{\n  预算 \n");
        let mut expected = kinds(text);
        expected.extend([
            ("项目", Keyword),
            ("P2", Code),
            ("\"新\"", String),
            ("预算", Keyword),
        ]);
        assert_eq!(kinds(&typing), expected);
        // Not parsing even so: that item alone has no tokens.
        let broken = format!("{text}项目 P2 \"新\" {{\n  预算 15 }}}}\n  目标 {{\n");
        assert_eq!(kinds(&broken), kinds(text));
    }
}
