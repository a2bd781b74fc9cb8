//! Defects of free text: template placeholders, unpaired brackets, doubled punctuation and
//! repeated clauses. Each finder returns byte ranges of the text.

use std::ops::Range;

/// What one pass over a text found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Defects {
    /// Template blanks: `目标内容 1`, `目标内容：`, `指标1`, `XX`, `××`, `**`, `……`, `...`, `□`;
    /// an empty or blank text is one blank covering everything.
    pub placeholders: Vec<Range<usize>>,
    /// The first bracket without a partner.
    pub unbalanced: Option<Range<usize>>,
    /// Two sentence marks in a row: `，。`, `。。`, `、，`.
    pub doubled: Vec<Range<usize>>,
    /// A clause (between commas), at least four characters long, repeated right after itself.
    pub repeated: Option<Range<usize>>,
}

const PAIRS: &[(char, char)] = &[
    ('《', '》'),
    ('（', '）'),
    ('(', ')'),
    ('“', '”'),
    ('【', '】'),
    ('「', '」'),
    ('〔', '〕'),
];

const SENTENCE_PUNCTUATION: &[char] = &['，', '。', '、', '；', '：'];

/// Characters that make up template blanks, with the shortest run that counts.
fn blank_run(c: char) -> Option<(char, usize)> {
    match c {
        'X' | 'x' => Some(('X', 2)),
        '×' => Some(('×', 2)),
        '*' | '＊' => Some(('*', 2)),
        '…' => Some(('…', 2)),
        '.' => Some(('.', 3)),
        '□' => Some(('□', 1)),
        _ => None,
    }
}

/// A character that prints as nothing or reorders the text around it: a control character
/// (a line break and a tab aside, which are text) or a mark of text direction. A terminal acts on
/// these (escape sequences start with one), and a printed form does not show them.
pub fn is_invisible(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Scans a text once for all its defects.
pub fn defects(text: &str) -> Defects {
    let mut found = Defects::default();
    if text.trim().is_empty() {
        found.placeholders.push(0..text.len());
        return found;
    }
    found.placeholders.extend(template_label(text));
    let mut run: Option<(char, usize, usize)> = None; // (kind, start, length)
    let mut open: Vec<(usize, char)> = Vec::new();
    let mut previous_mark: Option<usize> = None;
    let mut clause_ends = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if is_ideograph_at(text.as_bytes(), i) {
            // Ideographs, most of every text, are never part of a defect: skipped undecoded.
            if run.is_some() {
                close_run(text, run.take(), i, &mut found.placeholders);
            }
            previous_mark = None;
            i += 3;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let at = i;
        i += c.len_utf8();
        let kind = blank_run(c).map(|(k, _)| k);
        if run.is_some_and(|(k, _, _)| Some(k) != kind) {
            close_run(text, run.take(), at, &mut found.placeholders);
        }
        if let Some(k) = kind {
            let (_, _, length) = run.get_or_insert((k, at, 0));
            *length += 1;
        }
        if let Some(&(_, close)) = PAIRS.iter().find(|(o, _)| *o == c) {
            open.push((at, close));
        } else if PAIRS.iter().any(|(_, cl)| *cl == c) {
            match open.last() {
                Some(&(_, expected)) if expected == c => {
                    open.pop();
                }
                _ => {
                    found.unbalanced.get_or_insert(at..at + c.len_utf8());
                }
            }
        }
        if SENTENCE_PUNCTUATION.contains(&c) {
            match previous_mark.take() {
                Some(start) => found.doubled.push(start..at + c.len_utf8()),
                None => previous_mark = Some(at),
            }
        } else {
            previous_mark = None;
        }
        if matches!(c, '，' | ',' | '；' | '。') {
            clause_ends.push((at, c.len_utf8()));
        }
    }
    close_run(text, run, text.len(), &mut found.placeholders);
    if found.unbalanced.is_none() {
        found.unbalanced = open.first().map(|&(i, _)| {
            let len = text[i..].chars().next().map_or(1, char::len_utf8);
            i..i + len
        });
    }
    found.repeated = repeated_clause(text, &clause_ends);
    found.placeholders.sort_by_key(|r| r.start);
    found
}

/// Whether a CJK unified ideograph (U+4E00–U+9FFF, three bytes in UTF-8) starts at byte `i`.
fn is_ideograph_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0xE5..=0xE9 => true,
        0xE4 => bytes.get(i + 1).is_some_and(|&b| b >= 0xB8),
        _ => false,
    }
}

/// Records a finished run of blank characters if it is long enough (and, for letters, not part
/// of a longer Latin word).
fn close_run(
    text: &str,
    run: Option<(char, usize, usize)>,
    end: usize,
    out: &mut Vec<Range<usize>>,
) {
    let Some((kind, start, length)) = run else {
        return;
    };
    let minimum = blank_run(kind).map_or(usize::MAX, |(_, m)| m);
    if length < minimum {
        return;
    }
    if kind == 'X' {
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(|c| c.is_ascii_alphanumeric())
            || after.is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return;
        }
    }
    out.push(start..end);
}

/// `目标内容 1` / `目标内容：` at the start, or the whole text being `指标1`/`指标 1`.
fn template_label(text: &str) -> Option<Range<usize>> {
    let trimmed = text.trim_start();
    let offset = text.len() - trimmed.len();
    if let Some(rest) = trimmed.strip_prefix("目标内容") {
        let tail = rest
            .find(|c: char| !(c.is_ascii_digit() || c.is_whitespace() || c == '：' || c == ':'))
            .unwrap_or(rest.len());
        let label = &rest[..tail];
        return Some(offset..offset + "目标内容".len() + label.trim_end().len());
    }
    let rest = trimmed.strip_prefix("指标")?;
    let numbered = !rest.trim().is_empty() && rest.trim().chars().all(|c| c.is_ascii_digit());
    numbered.then_some(offset..text.len())
}

/// A clause repeated right after itself, given where the clauses end (mark offset and length).
fn repeated_clause(text: &str, ends: &[(usize, usize)]) -> Option<Range<usize>> {
    let starts = std::iter::once(0).chain(ends.iter().map(|(i, len)| i + len));
    let stops = ends
        .iter()
        .map(|(i, _)| *i)
        .chain(std::iter::once(text.len()));
    let mut clauses = starts
        .zip(stops)
        .map(|(start, stop)| start..stop)
        .filter(|r| r.start <= r.end);
    let mut previous = clauses.next()?;
    for clause in clauses {
        let (a, b) = (&text[previous.clone()], &text[clause.clone()]);
        if a == b && a.chars().count() >= 4 {
            return Some(clause);
        }
        previous = clause;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideographs_are_told_by_their_first_two_bytes() {
        for c in ('\u{3000}'..='\u{a000}').chain(['a', '，', '\u{10000}']) {
            let mut bytes = [0; 4];
            let encoded = c.encode_utf8(&mut bytes).as_bytes();
            let ideograph = ('\u{4e00}'..='\u{9fff}').contains(&c);
            assert_eq!(is_ideograph_at(encoded, 0), ideograph, "{c:?}");
        }
    }

    fn found<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    fn placeholders(text: &str) -> Vec<Range<usize>> {
        defects(text).placeholders
    }

    fn unbalanced_bracket(text: &str) -> Option<Range<usize>> {
        defects(text).unbalanced
    }

    fn doubled_punctuation(text: &str) -> Vec<Range<usize>> {
        defects(text).doubled
    }

    fn repeated_clause(text: &str) -> Option<Range<usize>> {
        defects(text).repeated
    }

    #[test]
    fn finds_template_placeholders() {
        let t = "目标内容 1";
        assert_eq!(found(t, &placeholders(t)), ["目标内容 1"]);
        let t = "目标内容：完成任务";
        assert_eq!(found(t, &placeholders(t)), ["目标内容："]);
        let t = "目标内容 1 我局委托物业公司";
        assert_eq!(found(t, &placeholders(t)), ["目标内容 1"]);
        let t = "故障发生 XX 时间内处理";
        assert_eq!(found(t, &placeholders(t)), ["XX"]);
        let t = "≥**人，××单位……";
        assert_eq!(found(t, &placeholders(t)), ["**", "××", "……"]);
        let blank = placeholders("  ");
        assert_eq!((blank.len(), blank[0].clone()), (1, 0..2));
        assert_eq!(found("指标1", &placeholders("指标1")), ["指标1"]);
    }

    #[test]
    fn near_misses_are_not_placeholders() {
        assert!(placeholders("做好 OA 等信息系统的维护").is_empty());
        assert!(placeholders("XXL 码服装").is_empty());
        assert!(placeholders("指标值确定依据").is_empty());
        assert!(placeholders("6*150*250=22.50 万元").is_empty());
        assert!(placeholders("目标明确").is_empty());
    }

    #[test]
    fn finds_unpaired_brackets() {
        let t = "《关于修改《不动产登记数据库标准的函》";
        assert_eq!(unbalanced_bracket(t), Some(0..3));
        assert_eq!(unbalanced_bracket("《条例》（2023）“三区三线”"), None);
        assert_eq!(unbalanced_bracket("完成）"), Some(6..9));
    }

    #[test]
    fn finds_doubled_punctuation() {
        let t = "管理水平得以提升，。";
        assert_eq!(found(t, &doubled_punctuation(t)), ["，。"]);
        assert!(doubled_punctuation("一、二，三。").is_empty());
    }

    #[test]
    fn finds_repeated_clauses() {
        let t = "有效提升水平，为城市建设提供规划引领，为城市建设提供规划引领，合理规划";
        let r = repeated_clause(t).expect("repeat");
        assert_eq!(&t[r], "为城市建设提供规划引领");
        assert_eq!(repeated_clause("好，好，好"), None);
    }
}
