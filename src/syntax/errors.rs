//! Turns pest's parse errors into E0001 diagnostics that name what was expected.

use pest::Parser as _;
use pest::error::{Error, ErrorVariant, InputLocation};

use super::keywords::{Keyword, TOP_LEVEL};
use super::{PerfParser, Rule};
use crate::diag::{Diagnostic, Msg, RuleId};
use crate::msg;
use crate::source::{FileId, Span};

/// What failed to parse: `text`, the part of file `file` (whose whole text is `full`) that
/// starts at byte `base`, parsed with `rule`.
pub(super) struct Attempt<'a> {
    pub file: FileId,
    pub full: &'a str,
    pub base: usize,
    pub text: &'a str,
    pub rule: Rule,
}

/// The E0001 diagnostic for a failed [`Attempt`].
pub(super) fn syntax_error(attempt: &Attempt, error: &Error<Rule>) -> Diagnostic {
    let position = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let rest = &attempt.full[attempt.base + position..];
    let start = attempt.base + position;
    if let Some(unterminated) = unterminated_string(attempt.file, start, rest) {
        return unterminated;
    }
    let span = Span::new(attempt.file, start, start + found_token(rest).len());
    if let Some(unclosed) = unclosed_block(attempt, start, span) {
        return unclosed;
    }
    let mut names = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => rule_names(positives),
        ErrorVariant::CustomError { .. } => Vec::new(),
    };
    names.extend(expected_punctuation(attempt));
    let expected = join_names(&names);
    let found = describe_found(rest);
    let message = match &expected {
        Some(e) => Msg::new(
            format!("此处应为 {}，却是 {}", e.zh, found.zh),
            format!("expected {}, found {}", e.en, found.en),
        ),
        None => Msg::new(
            format!("无法识别 {}", found.zh),
            format!("unexpected {}", found.en),
        ),
    };
    let label = match expected {
        Some(e) => Msg::new(format!("应为 {}", e.zh), format!("expected {}", e.en)),
        None => msg!("无法识别", "not understood"),
    };
    let diagnostic = Diagnostic::new(RuleId::Syntax, span, message).with_label(label);
    let before = &attempt.full[..start];
    match help_for(before, found_token(rest)) {
        Some(advice) => advice.given(diagnostic, span),
        None => diagnostic,
    }
}

/// What to write instead of a token: the help, and the token's replacement when that is the
/// whole repair (`perfc fix` and the editor's quick fix apply it).
pub(super) struct Advice {
    help: Msg,
    replacement: Option<String>,
}

impl Advice {
    /// `diagnostic` with this advice about the token at `span`.
    pub(super) fn given(self, diagnostic: Diagnostic, span: Span) -> Diagnostic {
        let diagnostic = diagnostic.with_help(self.help);
        match self.replacement {
            Some(replacement) => diagnostic.with_fix(span, replacement),
            None => diagnostic,
        }
    }
}

/// What to write instead of `token`, when its mistake is a common one: a colon after a keyword
/// (`年度：2023`), a thousands separator (`150,000`), 万 for 万元 (`15万`), full-width characters.
pub(super) fn help_for(before: &str, token: &str) -> Option<Advice> {
    if let Some(fixed) = colon_after_keyword(token) {
        return Some(Advice {
            help: Msg::new(
                format!("关键字后用空格隔开，不用冒号：`{fixed}`"),
                format!("a keyword is followed by a blank, not a colon: `{fixed}`"),
            ),
            replacement: Some(fixed),
        });
    }
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let number = &before[before.len() - digits..];
    if digits > 0 && token.starts_with([',', '，']) {
        let whole: String = number
            .chars()
            .chain(token.chars())
            .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '，' | '.'))
            .filter(|c| !matches!(c, ',' | '，'))
            .collect();
        // The repair reaches back into the number before the token: left to the help.
        return Some(Advice {
            help: Msg::new(
                format!("数字不写千位分隔符：`{whole}`"),
                format!("numbers have no thousands separators: `{whole}`"),
            ),
            replacement: None,
        });
    }
    if digits > 0
        && let Some(unit) = ["万", "千", "亿"].into_iter().find(|u| token == *u)
    {
        return Some(Advice {
            help: Msg::new(
                format!("金额单位写全：`{number} {unit}元`"),
                format!("write the money unit in full: `{number} {unit}元`"),
            ),
            replacement: Some(format!(" {unit}元")),
        });
    }
    half_width(token).map(|fixed| Advice {
        help: Msg::new(
            format!("全角字符应写成半角：`{fixed}`"),
            format!("full-width characters: write `{fixed}`"),
        ),
        // Shown shortened, a long token is left to the help.
        replacement: (fixed.chars().count() == token.chars().count()).then_some(fixed),
    })
}

/// What to write instead of a bare word in the value column that is a mistyped field or number:
/// a keyword with a colon (`依据：行业规范`) or full-width digits (`＞＝９０％`).
pub(super) fn misread_value_help(word: &str) -> Option<Advice> {
    let digits = word.contains(|c: char| ('０'..='９').contains(&c));
    (digits || colon_after_keyword(word).is_some())
        .then(|| help_for("", word))
        .flatten()
}

/// `年度：2023` → `年度 2023`: a keyword written with a colon after it, as forms print labels.
fn colon_after_keyword(token: &str) -> Option<String> {
    Keyword::ALL.iter().find_map(|k| {
        let (zh, en) = k.spellings();
        [zh, en].into_iter().find_map(|spelling| {
            let rest = token.strip_prefix(spelling)?;
            let value = rest.strip_prefix(['：', ':'])?.trim_start();
            Some(format!("{spelling} {value}"))
        })
    })
}

/// The token with full-width ASCII forms (`１５．００`, typed with a Chinese input method) made
/// half-width, when it has any the grammar does not accept (it accepts `％`, `＞`, `（` …).
fn half_width(token: &str) -> Option<String> {
    const ACCEPTED: &str = "％（）＊＋－＜＝＞";
    let narrow = |c: char| match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    token
        .chars()
        .any(|c| narrow(c) != c && !ACCEPTED.contains(c))
        .then(|| token.chars().take(20).map(narrow).collect())
}

/// A top-level item (`项目`, `文档` …) met inside a block: the block before it lacks its `}`.
/// Point at the innermost block left open, where the `}` belongs, rather than at the next item.
fn unclosed_block(attempt: &Attempt, start: usize, next: Span) -> Option<Diagnostic> {
    let token = found_token(&attempt.full[start..]);
    TOP_LEVEL.iter().find(|k| k.strip(token).is_some())?;
    let (open, _) = super::open_blocks(&attempt.full[attempt.base..start]);
    let missing = open.len();
    let &(statement, brace) = open.last()?;
    let text = &attempt.full[attempt.base + statement..attempt.base + brace];
    let head_start = attempt.base + brace - text.trim_start().len();
    let head_span = Span::new(attempt.file, head_start, attempt.base + brace + 1);
    let head = text.trim();
    Some(
        Diagnostic::new(
            RuleId::Syntax,
            head_span,
            msg!(
                "`{head} {{` 的块没有闭合的 `}}`",
                "the block `{head} {{` has no closing `}}`"
            ),
        )
        .with_label(msg!("这个块缺少 `}}`", "this block lacks its `}}`"))
        .with_secondary(next, msg!("下一项从这里开始", "the next item starts here"))
        .with_help(msg!(
            "在块的末尾、下一项之前补上 `}}`（共缺 {missing} 个）",
            "close it with `}}` at its end, before the next item ({missing} missing)"
        )),
    )
}

/// A string that runs to the end of its line: say so, rather than what was expected.
fn unterminated_string(file: FileId, start: usize, rest: &str) -> Option<Diagnostic> {
    let line = rest.split(['\n', '\r']).next().unwrap_or(rest);
    let body = line.strip_prefix('"')?;
    let mut escaped = false;
    for c in body.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return None,
            _ => {}
        }
    }
    let span = Span::new(file, start, start + line.len());
    Some(
        Diagnostic::new(
            RuleId::Syntax,
            span,
            msg!("字符串没有结束的引号", "unterminated string"),
        )
        .with_label(msg!(
            "从这里开始的字符串到行尾仍未结束",
            "this string runs to the end of the line"
        ))
        .with_help(msg!(
            "在行尾加上 `\"`；较长的文字可在下一行用新的字符串接续",
            "close it with `\"`; long text continues with another string on the next line"
        )),
    )
}

/// The token at the error position, for the underline: up to the next blank or line end.
fn found_token(rest: &str) -> &str {
    let end = rest
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || c == '\u{3000}')
        .map_or(rest.len(), |(i, _)| i);
    let token = &rest[..end];
    if token.is_empty() {
        rest.chars().next().map_or("", |c| &rest[..c.len_utf8()])
    } else {
        token
    }
}

fn describe_found(rest: &str) -> Msg {
    let token = found_token(rest);
    match token {
        "" => msg!("文件结尾", "the end of the file"),
        "\n" | "\r" => msg!("行尾", "the end of the line"),
        _ => {
            let shown: String = token.chars().take(20).collect();
            Msg::new(format!("`{shown}`"), format!("`{shown}`"))
        }
    }
}

type Name = (String, String);

/// Names of the rules pest expected, without repeats.
fn rule_names(positives: &[Rule]) -> Vec<Name> {
    // `模板` may stand before an indicator's name: where the name is wanted too, it is the name
    // that was left out.
    let name_wanted = positives.contains(&Rule::string);
    let mut names: Vec<Name> = Vec::new();
    for rule in positives {
        if *rule == Rule::kw_template && name_wanted {
            continue;
        }
        if let Some(name) = describe(*rule)
            && !names.contains(&name)
        {
            names.push(name);
        }
    }
    names
}

/// Punctuation pest expected (`}`, `%` …): literals are not rules, so pest only reports them
/// when asked for details. Errors are rare, so the failed parse is simply run again.
fn expected_punctuation(attempt: &Attempt) -> Vec<Name> {
    pest::set_error_detail(true);
    let detailed = PerfParser::parse(attempt.rule, attempt.text);
    pest::set_error_detail(false);
    let Some(attempts) = detailed.err().and_then(|e| e.parse_attempts()) else {
        return Vec::new();
    };
    attempts
        .expected_tokens()
        .into_iter()
        .map(|token| token.to_string())
        .filter(|token| is_punctuation(token))
        .map(|token| (format!("`{token}`"), format!("`{token}`")))
        .collect()
}

/// Punctuation worth naming: not quotes (strings are named as such), not the comment and
/// statement marks that may end any line.
fn is_punctuation(token: &str) -> bool {
    !token.is_empty()
        && !matches!(token, "\"" | "#" | ";")
        && token
            .chars()
            .all(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// "A、B 或 C" / "A, B or C".
fn join_names(names: &[Name]) -> Option<Msg> {
    match names {
        [] => None,
        [one] => Some(Msg::new(one.0.clone(), one.1.clone())),
        [init @ .., last] => {
            let zh: Vec<&str> = init.iter().map(|n| n.0.as_str()).collect();
            let en: Vec<&str> = init.iter().map(|n| n.1.as_str()).collect();
            Some(Msg::new(
                format!("{} 或 {}", zh.join("、"), last.0),
                format!("{} or {}", en.join(", "), last.1),
            ))
        }
    }
}

/// What a rule is called in a message: (中文, English). `None` for rules not worth naming.
fn describe(rule: Rule) -> Option<Name> {
    if let Some(keyword) = Keyword::of_rule_name(&format!("{rule:?}")) {
        let (zh, en) = keyword.spellings();
        return Some((format!("`{zh}`"), format!("`{zh}` ({en})")));
    }
    let (zh, en) = match rule {
        Rule::EOI => ("行尾", "end of line"),
        Rule::string | Rule::text | Rule::text_value => ("字符串 \"…\"", "a string \"…\""),
        Rule::number => ("数字", "a number"),
        Rule::money => ("金额", "an amount of money"),
        Rule::money_unit => ("金额单位（元、万元）", "a money unit (元, 万元)"),
        Rule::code => ("编码", "a code"),
        Rule::word => ("词", "a word"),
        Rule::category => (
            "指标类别（如 产出指标、数量指标）",
            "a category (e.g. 产出指标, 数量指标)",
        ),
        Rule::value | Rule::target | Rule::quantity | Rule::level | Rule::deadline => {
            ("指标值", "a target value")
        }
        Rule::record_value | Rule::record_quantity => ("完成值", "a value"),
        Rule::comparator => ("比较符（≥、≤ …）", "a comparator (≥, ≤ …)"),
        Rule::value_unit | Rule::expr_unit => ("单位", "a unit"),
        Rule::placeholder => ("数字", "a number"),
        Rule::month_end => ("时点（如 3月底）", "a month end (e.g. 3月底)"),
        Rule::schedule_entry => (
            "时点和百分比（如 3月底 25%）",
            "a month end and percent (e.g. 3月底 25%)",
        ),
        Rule::fund => (
            "资金来源（财政资金、其他资金）",
            "a source of funds (财政资金, 其他资金)",
        ),
        Rule::expr | Rule::quantity_literal | Rule::paren => ("算式", "arithmetic"),
        Rule::add_op | Rule::mul_op => ("运算符（+ − × ÷）", "an operator (+ − × ÷)"),
        Rule::rule_setting => ("规则代码和级别", "a rule code and level"),
        Rule::indicator => ("指标", "an indicator"),
        _ => return None,
    };
    Some((zh.to_string(), en.to_string()))
}
