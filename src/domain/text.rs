//! Defects of free text: template placeholders, unpaired brackets, doubled punctuation and
//! repeated clauses. Each finder returns byte ranges of the text.

use std::ops::Range;

/// Template blanks left in a text: `目标内容 1`, `目标内容：`, `指标1`, `XX`, `××`, `**`,
/// `……`, `...`, `□`. An empty or blank text is one placeholder covering everything.
pub fn placeholders(text: &str) -> Vec<Range<usize>> {
    if text.trim().is_empty() {
        return vec![0..text.len()];
    }
    let mut found = Vec::new();
    if let Some(range) = template_label(text) {
        found.push(range);
    }
    found.extend(runs(text, |c| c == 'X' || c == 'x', 2).filter(|r| standalone_letters(text, r)));
    found.extend(runs(text, |c| c == '×', 2));
    found.extend(runs(text, |c| c == '*' || c == '＊', 2));
    found.extend(runs(text, |c| c == '…', 2));
    found.extend(runs(text, |c| c == '.', 3));
    found.extend(runs(text, |c| c == '□', 1));
    found.sort_by_key(|r| r.start);
    found
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
    numbered.then(|| offset..text.len())
}

/// Runs of at least `min` consecutive characters matching `pred`.
fn runs(text: &str, pred: impl Fn(char) -> bool, min: usize) -> impl Iterator<Item = Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut count = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
        if pred(c) && i < text.len() {
            start.get_or_insert(i);
            count += 1;
        } else {
            if let Some(s) = start.take() {
                if count >= min {
                    out.push(s..i);
                }
            }
            count = 0;
        }
    }
    out.into_iter()
}

/// `XX` counts only when it is not part of a longer Latin word.
fn standalone_letters(text: &str, range: &Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    !before.is_some_and(|c| c.is_ascii_alphanumeric()) && !after.is_some_and(|c| c.is_ascii_alphanumeric())
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

/// The first bracket without a partner.
pub fn unbalanced_bracket(text: &str) -> Option<Range<usize>> {
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, c) in text.char_indices() {
        if let Some(&(_, close)) = PAIRS.iter().find(|(o, _)| *o == c) {
            open.push((i, close));
        } else if PAIRS.iter().any(|(_, cl)| *cl == c) {
            match open.last() {
                Some(&(_, expected)) if expected == c => {
                    open.pop();
                }
                _ => return Some(i..i + c.len_utf8()),
            }
        }
    }
    open.first().map(|&(i, _)| {
        let len = text[i..].chars().next().map_or(1, char::len_utf8);
        i..i + len
    })
}

const SENTENCE_PUNCTUATION: &[char] = &['，', '。', '、', '；', '：'];

/// Two sentence marks in a row: `，。`, `。。`, `、，`.
pub fn doubled_punctuation(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut previous: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        if SENTENCE_PUNCTUATION.contains(&c) {
            if let Some((start, _)) = previous {
                found.push(start..i + c.len_utf8());
                previous = None;
                continue;
            }
            previous = Some((i, c));
        } else {
            previous = None;
        }
    }
    found
}

/// A clause (between commas) repeated right after itself, at least four characters long.
pub fn repeated_clause(text: &str) -> Option<Range<usize>> {
    let mut clauses = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '，' | ',' | '；' | '。') {
            clauses.push(start..i);
            start = i + c.len_utf8();
        }
    }
    clauses.push(start..text.len());
    clauses.windows(2).find_map(|pair| {
        let (a, b) = (&text[pair[0].clone()], &text[pair[1].clone()]);
        (a == b && a.chars().count() >= 4).then(|| pair[1].clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
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
        assert_eq!(placeholders("  "), [0..2]);
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
