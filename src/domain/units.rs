//! Measurement units of target values and of breakdown arithmetic.

use std::sync::LazyLock;

use ecow::EcoString;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

/// What kind of quantity a unit measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitClass {
    Percent,
    /// Money; the number of 元 in one of this unit.
    Money(Decimal),
    /// Things counted: 个, 次, 人 …
    Count,
    /// A length of time: 小时, 天, 年 …
    Duration,
    /// Area, length, volume, mass, energy …
    Physical,
    /// A rate such as 元/亩 or 元/人·月.
    Compound,
    /// A unit the document added with `补充单位`.
    Custom,
}

const PERCENT: &[&str] = &["%", "％", "百分点"];
const MONEY: &[(&str, i64)] = &[
    ("元", 1),
    ("千元", 1_000),
    ("万元", 10_000),
    ("亿元", 100_000_000),
];
const COUNT: &[&str] = &[
    "个",
    "次",
    "人",
    "人次",
    "户次",
    "件",
    "份",
    "套",
    "台",
    "条",
    "张",
    "批",
    "批次",
    "项",
    "家",
    "户",
    "宗",
    "册",
    "卷",
    "本",
    "座",
    "处",
    "所",
    "场",
    "场次",
    "期",
    "篇",
    "名",
    "辆",
    "块",
    "棵",
    "株",
    "只",
    "头",
    "部",
    "间",
    "把",
    "组",
    "类",
    "页",
    "幅",
    "口",
    "眼",
    "孔",
    "根",
    "节",
    "段",
    "道",
    "票",
    "单",
    "笔",
    "封",
    "课时",
    "学时",
    "分",
    "倍",
    "万人",
    "万人次",
    "万户",
    "万册",
    "万份",
    "万张",
    "万条",
    "万件",
    "人日",
    "人天",
    "次/年",
];
const DURATION: &[&str] = &[
    "秒",
    "分钟",
    "小时",
    "天",
    "日",
    "工作日",
    "个工作日",
    "周",
    "月",
    "个月",
    "季度",
    "年",
];
const PHYSICAL: &[&str] = &[
    "亩",
    "万亩",
    "公顷",
    "平方公里",
    "平方千米",
    "平方米",
    "万平方米",
    "公里",
    "千米",
    "米",
    "厘米",
    "毫米",
    "立方米",
    "万立方米",
    "吨",
    "万吨",
    "千克",
    "公斤",
    "克",
    "千瓦",
    "兆瓦",
    "千瓦时",
    "万千瓦时",
    "度",
    "升",
    "毫升",
    "GB",
    "TB",
    "M",
    "Mbps",
];

/// Unit words with a standard spelling: (written, standard).
const WORDS: &[(&str, &str)] = &[("百分比", "%"), ("百分之", "%"), ("万", "万元")];

/// How a unit as written reads.
#[derive(Clone, Debug, PartialEq, Eq)]
// Units and levels are short words, held inline by `EcoString`: a document reads one per row.
pub enum UnitReading {
    Known {
        canonical: EcoString,
        class: UnitClass,
    },
    /// A word for a unit (`百分比`, `万`), with the standard unit it stands for.
    Word {
        canonical: EcoString,
        class: UnitClass,
    },
    /// A qualitative level where the unit should be (`100 良好`), or after it (`100%巩固提升`).
    WithLevel {
        unit: Option<(EcoString, UnitClass)>,
        level: EcoString,
    },
    Unknown,
}

impl UnitReading {
    /// The standard unit and its class, when the reading has one.
    pub fn unit(&self) -> Option<(&str, UnitClass)> {
        match self {
            UnitReading::Known { canonical, class } | UnitReading::Word { canonical, class } => {
                Some((canonical, *class))
            }
            UnitReading::WithLevel { unit, .. } => unit.as_ref().map(|(u, c)| (u.as_str(), *c)),
            UnitReading::Unknown => None,
        }
    }
}

/// Every built-in simple unit and its class.
static CLASSES: LazyLock<FxHashMap<&'static str, UnitClass>> = LazyLock::new(|| {
    let mut classes = FxHashMap::default();
    let lists: [(&[&str], UnitClass); 4] = [
        (PERCENT, UnitClass::Percent),
        (COUNT, UnitClass::Count),
        (DURATION, UnitClass::Duration),
        (PHYSICAL, UnitClass::Physical),
    ];
    for (units, class) in lists {
        classes.extend(units.iter().map(|u| (*u, class)));
    }
    classes.extend(
        MONEY
            .iter()
            .map(|&(u, yuan)| (u, UnitClass::Money(Decimal::from(yuan)))),
    );
    classes
});

/// Every built-in simple unit, in list order (for completion).
pub fn names() -> impl Iterator<Item = &'static str> {
    let money = MONEY.iter().map(|&(unit, _)| unit);
    let lists = [COUNT, DURATION, PHYSICAL].into_iter().flatten().copied();
    PERCENT.iter().copied().chain(money).chain(lists)
}

/// The class of a simple (non-compound) unit.
pub fn simple_class(unit: &str, extra: &[String]) -> Option<UnitClass> {
    CLASSES
        .get(unit)
        .copied()
        .or_else(|| extra.iter().any(|e| e == unit).then_some(UnitClass::Custom))
}

/// The number of 元 in one `unit` of money (`元`, `千元`, `万元`, `亿元`).
pub fn yuan_per(unit: &str) -> Option<Decimal> {
    match simple_class(unit, &[])? {
        UnitClass::Money(yuan) => Some(yuan),
        _ => None,
    }
}

/// Is this the name of a unit (simple or compound)?
pub fn is_unit(unit: &str, extra: &[String]) -> bool {
    class(unit, extra).is_some()
}

fn class(unit: &str, extra: &[String]) -> Option<UnitClass> {
    let unit = if unit == "％" { "%" } else { unit };
    if let Some(class) = simple_class(unit, extra) {
        return Some(class);
    }
    let parts: Vec<&str> = unit.split(['/', '·']).collect();
    (parts.len() > 1
        && parts
            .iter()
            .all(|p| !p.is_empty() && simple_class(p, extra).is_some()))
    .then_some(UnitClass::Compound)
}

/// Reads a unit as written after a target number. `is_level` says whether a word is a
/// qualitative level, to recognise `100 良好`.
pub fn read(written: &str, extra: &[String], is_level: impl Fn(&str) -> bool) -> UnitReading {
    let compact: std::borrow::Cow<str> = if written.contains(char::is_whitespace) {
        written
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .into()
    } else {
        written.into()
    };
    let compact = compact.as_ref();
    if let Some(class) = class(compact, extra) {
        let canonical = if compact == "％" { "%" } else { compact };
        return UnitReading::Known {
            canonical: canonical.into(),
            class,
        };
    }
    if let Some((_, standard)) = WORDS.iter().find(|(w, _)| *w == compact) {
        let class = class(standard, extra).unwrap_or(UnitClass::Custom);
        return UnitReading::Word {
            canonical: (*standard).into(),
            class,
        };
    }
    if is_level(compact) {
        return UnitReading::WithLevel {
            unit: None,
            level: compact.into(),
        };
    }
    // A unit followed by a level: `%巩固提升`.
    for (i, _) in compact.char_indices().skip(1) {
        let (head, tail) = compact.split_at(i);
        if let Some(class) = class(head, extra)
            && is_level(tail)
        {
            return UnitReading::WithLevel {
                unit: Some((head.replace('％', "%").into(), class)),
                level: tail.into(),
            };
        }
    }
    UnitReading::Unknown
}

/// Names of quantities that have no unit: a coefficient, an index, a multiple.
pub fn is_dimensionless(name: &str) -> bool {
    ["系数", "指数", "倍数", "比值"]
        .iter()
        .any(|w| name.contains(w))
}

/// The unit an indicator's name suggests, for a value written without one.
pub fn likely_unit(name: &str, is_cost: bool) -> &'static str {
    const BY_NAME: &[(&[&str], &str)] = &[
        (&["率", "满意度", "比例", "占比"], "%"),
        (
            &[
                "成本", "费用", "资金", "金额", "投入", "经费", "补助", "补贴", "价格",
            ],
            "万元",
        ),
        (&["面积"], "亩"),
        (&["长度", "里程"], "公里"),
        (&["人次"], "人次"),
        (&["人数", "人口"], "人"),
        (&["时间", "时长", "周期", "天数"], "天"),
        (&["次数"], "次"),
    ];
    if is_cost {
        return "万元";
    }
    BY_NAME
        .iter()
        .find(|(words, _)| words.iter().any(|w| name.contains(w)))
        .map_or("个", |(_, unit)| unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_unit_is_suggested_from_the_name() {
        assert_eq!(likely_unit("采购总成本", true), "万元");
        assert_eq!(likely_unit("设备购置费用", false), "万元");
        assert_eq!(likely_unit("验收合格率", false), "%");
        assert_eq!(likely_unit("新建农田面积", false), "亩");
        assert_eq!(likely_unit("培训人次", false), "人次");
        assert_eq!(likely_unit("受益人口", false), "人");
        assert_eq!(likely_unit("检查次数", false), "次");
        assert_eq!(likely_unit("购置设备", false), "个");
        assert!(is_dimensionless("灌溉水有效利用系数"));
        assert!(!is_dimensionless("灌溉面积"));
    }

    fn no_levels(_: &str) -> bool {
        false
    }

    fn levels(word: &str) -> bool {
        matches!(word, "良好" | "巩固提升")
    }

    #[test]
    fn reads_simple_and_compound_units() {
        assert!(matches!(
            read("%", &[], no_levels),
            UnitReading::Known {
                class: UnitClass::Percent,
                ..
            }
        ));
        assert!(
            matches!(read("万元", &[], no_levels), UnitReading::Known { class: UnitClass::Money(y), .. } if y == Decimal::from(10_000))
        );
        assert!(matches!(
            read("元/人·月", &[], no_levels),
            UnitReading::Known {
                class: UnitClass::Compound,
                ..
            }
        ));
        assert!(matches!(
            read("平方公里", &[], no_levels),
            UnitReading::Known {
                class: UnitClass::Physical,
                ..
            }
        ));
        assert!(matches!(
            read("小时", &[], no_levels),
            UnitReading::Known {
                class: UnitClass::Duration,
                ..
            }
        ));
    }

    #[test]
    fn unit_words_get_their_standard_spelling() {
        assert_eq!(
            read("百分 比", &[], no_levels),
            UnitReading::Word {
                canonical: "%".into(),
                class: UnitClass::Percent
            }
        );
        assert!(
            matches!(read("万", &[], no_levels), UnitReading::Word { canonical, .. } if canonical == "万元")
        );
    }

    #[test]
    fn levels_in_the_unit_position_are_seen() {
        assert_eq!(
            read("良好", &[], levels),
            UnitReading::WithLevel {
                unit: None,
                level: "良好".into()
            }
        );
        assert_eq!(
            read("%巩固提升", &[], levels),
            UnitReading::WithLevel {
                unit: Some(("%".into(), UnitClass::Percent)),
                level: "巩固提升".into()
            }
        );
    }

    #[test]
    fn extra_units_are_known() {
        assert_eq!(read("宗地", &[], no_levels), UnitReading::Unknown);
        assert!(matches!(
            read("宗地", &["宗地".to_string()], no_levels),
            UnitReading::Known {
                class: UnitClass::Custom,
                ..
            }
        ));
    }
}
