//! Qualitative target levels (定性指标值) and timeliness words.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Words that mark a row as not applicable (不涉及) rather than a level.
pub fn is_not_applicable(word: &str) -> bool {
    matches!(
        word,
        "不涉及" | "无" | "/" | "／" | "不适用" | "—" | "-" | "n/a" | "N/A"
    )
}

/// Levels accepted without a `补充定性` declaration. Sources: local templates (好/较好/一般;
/// 达标/合格/显著/有效提升/巩固提升/应保尽保) and the reference document.
const LEVELS: &[&str] = &[
    // 提升
    "提升",
    "有效提升",
    "显著提升",
    "明显提升",
    "稳步提升",
    "逐步提升",
    "持续提升",
    "巩固提升",
    "不断提升",
    "进一步提升",
    "大幅提升",
    "提高",
    "有效提高",
    "明显提高",
    "显著提高",
    // 改善
    "改善",
    "有效改善",
    "明显改善",
    "显著改善",
    "持续改善",
    "逐步改善",
    "得到改善",
    // 持续
    "可持续",
    "持续",
    "长期",
    "长期有效",
    "长期稳定",
    "长期提供",
    "长期发挥作用",
    "持续发挥作用",
    // 评价等级
    "好",
    "较好",
    "良好",
    "一般",
    "优",
    "优秀",
    "合格",
    "达标",
    "基本达标",
    "显著",
    "明显",
    "有效",
    "较高",
    "高",
    "稳定",
    "正常",
    "正常运转",
    "正常运行",
    "安全",
    "零事故",
    "无事故",
    "无重大事故",
    "满足",
    "基本满足",
    "满足需求",
    "保障",
    "有效保障",
    "应保尽保",
    "完成",
    "全部完成",
    "是",
    "否",
    "增强",
    "加强",
    "规范",
    "有序",
    "促进",
];

/// Words for a timeliness target that is not a date: these and any level starting with
/// 及时/按时/按期.
const TIMELINESS: &[&str] = &[
    "及时",
    "按时",
    "按期",
    "按月",
    "按季",
    "按季度",
    "按年",
    "按计划",
    "按进度",
    "按合同",
    "月度时序",
    "序时进度",
    "按序时进度",
];

static KNOWN: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| LEVELS.iter().chain(TIMELINESS).copied().collect());

/// Is `word` a qualitative level (built in or declared by the document)?
pub fn is_level(word: &str, extra: &[String]) -> bool {
    KNOWN.contains(word) || is_timeliness(word) || extra.iter().any(|e| e == word)
}

/// Is `word` a timeliness level (`及时`, `按期完成`, `月度时序` …)?
pub fn is_timeliness(word: &str) -> bool {
    ["及时", "按时", "按期"].iter().any(|p| word.starts_with(p)) || TIMELINESS.contains(&word)
}

/// Built-in levels, for suggestions.
pub fn known() -> impl Iterator<Item = &'static str> {
    LEVELS.iter().chain(TIMELINESS).copied()
}

/// 指标性质: whether more is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nature {
    /// 正向: more is better (a floor, ≥).
    Positive,
    /// 反向: less is better (a ceiling, ≤).
    Negative,
    /// 定性: a qualitative target.
    Qualitative,
}

/// The nature a 指标性质 cell names.
pub fn nature(word: &str) -> Option<Nature> {
    let word = word.strip_suffix("指标").unwrap_or(word);
    match word {
        "正向" | "positive" => Some(Nature::Positive),
        "反向" | "逆向" | "negative" => Some(Nature::Negative),
        "定性" | "qualitative" => Some(Nature::Qualitative),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_timeliness() {
        assert!(is_level("巩固提升", &[]));
        assert!(is_level("及时支付", &[]));
        assert!(!is_level("促进发展", &[]));
        assert!(is_level("促进发展", &["促进发展".to_string()]));
        assert!(is_timeliness("按期完成"));
        assert!(!is_timeliness("良好"));
    }
}
