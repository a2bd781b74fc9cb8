//! 指标值确定依据: the four official categories of a target's basis, read from free text.

use rustc_hash::FxHashMap as HashMap;

use serde::Serialize;

/// 计划标准 · 行业标准 · 历史标准 · 财政部门标准 (财预〔2015〕88号, 财预〔2021〕101号).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BasisCategory {
    /// 计划标准: plans, programmes, contracts, approved project documents.
    Plan,
    /// 行业标准: national, industry or local technical standards and rules.
    Industry,
    /// 历史标准: the unit's own past figures.
    History,
    /// 财政部门标准: budget approvals and expenditure standards.
    Finance,
    /// 不涉及: the row does not apply.
    NotApplicable,
}

impl BasisCategory {
    /// The category's official name.
    pub fn name(self) -> &'static str {
        match self {
            BasisCategory::Plan => "计划标准",
            BasisCategory::Industry => "行业标准",
            BasisCategory::History => "历史标准",
            BasisCategory::Finance => "财政部门标准",
            BasisCategory::NotApplicable => "不涉及",
        }
    }
}

/// Keywords per category, tried in this order (finance first: 预算批复 also contains 批复).
const KEYWORDS: &[(BasisCategory, &[&str])] = &[
    (
        BasisCategory::Finance,
        &["预算", "财政", "支出标准", "资金管理", "支出进度"],
    ),
    (
        BasisCategory::History,
        &["历史", "往年", "上年", "以前年度", "同期", "经验"],
    ),
    (
        BasisCategory::Industry,
        &[
            "规范",
            "标准",
            "规程",
            "条例",
            "法",
            "规定",
            "技术",
            "国家",
            "行业",
            "环境要求",
            "质量要求",
            // Standard numbers: GB/T 24356-2009, DB13/T …, HJ, JGJ, CJJ.
            "GB",
            "DB",
            "HJ",
            "JGJ",
            "CJJ",
        ],
    ),
    (
        BasisCategory::Plan,
        &[
            "计划", "方案", "规划", "任务", "合同", "协议", "约定", "批复", "立项", "要求", "职责",
            "意见", "文件", "通知",
        ],
    ),
];

/// Classifies bases, remembering texts it has seen (a document repeats a handful of them).
#[derive(Default)]
pub struct Classifier<'a> {
    seen: HashMap<&'a str, Option<BasisCategory>>,
}

impl<'a> Classifier<'a> {
    pub fn classify(&mut self, text: &'a str) -> Option<BasisCategory> {
        *self.seen.entry(text).or_insert_with(|| classify(text))
    }
}

/// The category a basis text falls in, if it can be told.
pub fn classify(text: &str) -> Option<BasisCategory> {
    if super::levels::is_not_applicable(text) {
        return Some(BasisCategory::NotApplicable);
    }
    KEYWORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| text.contains(w)))
        .map(|(category, _)| *category)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_bases_classify() {
        assert_eq!(classify("财政预算批复文件"), Some(BasisCategory::Finance));
        assert_eq!(classify("年度工作计划"), Some(BasisCategory::Plan));
        assert_eq!(classify("行业规范"), Some(BasisCategory::Industry));
        assert_eq!(classify("历史同期水平"), Some(BasisCategory::History));
        assert_eq!(
            classify("《测量标志保护条例》"),
            Some(BasisCategory::Industry)
        );
        assert_eq!(classify("不涉及"), Some(BasisCategory::NotApplicable));
        assert_eq!(classify("设备部署使用"), None);
        assert_eq!(classify("GB/T 24356-2009"), Some(BasisCategory::Industry));
    }
}
