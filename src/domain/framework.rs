//! Indicator frameworks: the first- and second-level categories (一级/二级指标), their aliases,
//! and which pairs each framework allows.
//!
//! 2015 (财预〔2015〕88号): 产出 = 数量/质量/时效/成本; 效益 = 经济/社会/生态/可持续影响; 满意度.
//! 2021 (财预〔2021〕101号): 成本 becomes first-level (经济/社会/生态环境成本); 产出 = 数量/质量/时效.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Framework {
    F2015,
    F2021,
}

impl Framework {
    pub fn parse(word: &str) -> Option<Framework> {
        match word {
            "2015" => Some(Framework::F2015),
            "2021" => Some(Framework::F2021),
            _ => None,
        }
    }

    pub fn other(self) -> Framework {
        match self {
            Framework::F2015 => Framework::F2021,
            Framework::F2021 => Framework::F2015,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Framework::F2015 => "2015",
            Framework::F2021 => "2021",
        }
    }

    /// The circular that set the framework (completion's detail).
    pub fn title(self) -> &'static str {
        match self {
            Framework::F2015 => "财预〔2015〕88号：成本指标在产出指标下",
            Framework::F2021 => "财预〔2021〕101号：成本指标为一级指标",
        }
    }

    /// The first-level category `level2` belongs to in this framework, if it exists there.
    pub fn parent(self, level2: Level2) -> Option<Level1> {
        use Level2::*;
        Some(match (self, level2) {
            (_, Quantity | Quality | Timeliness) => Level1::Output,
            (Framework::F2015, Cost) => Level1::Output,
            (Framework::F2021, EconomicCost | SocialCost | EcologicalCost) => Level1::Cost,
            (_, Economic | Social | Ecological | Sustainability) => Level1::Outcome,
            (_, Satisfaction) => Level1::Satisfaction,
            _ => return None,
        })
    }

    /// Second-level categories of `level1` in this framework, in table order.
    pub fn children(self, level1: Level1) -> &'static [Level2] {
        use Level2::*;
        match (self, level1) {
            (Framework::F2015, Level1::Output) => &[Quantity, Quality, Timeliness, Cost],
            (Framework::F2021, Level1::Output) => &[Quantity, Quality, Timeliness],
            (Framework::F2021, Level1::Cost) => &[EconomicCost, SocialCost, EcologicalCost],
            (Framework::F2015, Level1::Cost) => &[],
            (_, Level1::Outcome) => &[Economic, Social, Ecological, Sustainability],
            (_, Level1::Satisfaction) => &[Satisfaction],
        }
    }
}

/// 一级指标.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level1 {
    Cost,
    Output,
    Outcome,
    Satisfaction,
}

/// 二级指标.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level2 {
    EconomicCost,
    SocialCost,
    EcologicalCost,
    Quantity,
    Quality,
    Timeliness,
    /// 成本指标 under 产出指标 (2015).
    Cost,
    Economic,
    Social,
    Ecological,
    Sustainability,
    Satisfaction,
}

impl Level1 {
    pub fn name(self) -> &'static str {
        match self {
            Level1::Cost => "成本指标",
            Level1::Output => "产出指标",
            Level1::Outcome => "效益指标",
            Level1::Satisfaction => "满意度指标",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Level1::Cost => "cost",
            Level1::Output => "output",
            Level1::Outcome => "outcome",
            Level1::Satisfaction => "satisfaction",
        }
    }

    /// Reads a first-level category word, aliases included.
    pub fn parse(word: &str) -> Option<Level1> {
        Some(match word {
            "产出指标" | "产出" | "output" | "outputs" => Level1::Output,
            "效益指标" | "效益" | "outcome" | "outcomes" | "benefit" | "benefits" => {
                Level1::Outcome
            }
            "满意度指标"
            | "满意度"
            | "满意度指标（服务对象）"
            | "满意度指标(服务对象)"
            | "satisfaction" => Level1::Satisfaction,
            "成本指标" | "成本" | "cost" | "costs" => Level1::Cost,
            _ => return None,
        })
    }

    pub const ALL: [Level1; 4] = [
        Level1::Cost,
        Level1::Output,
        Level1::Outcome,
        Level1::Satisfaction,
    ];
}

impl Level2 {
    pub fn name(self) -> &'static str {
        match self {
            Level2::EconomicCost => "经济成本指标",
            Level2::SocialCost => "社会成本指标",
            Level2::EcologicalCost => "生态环境成本指标",
            Level2::Quantity => "数量指标",
            Level2::Quality => "质量指标",
            Level2::Timeliness => "时效指标",
            Level2::Cost => "成本指标",
            Level2::Economic => "经济效益指标",
            Level2::Social => "社会效益指标",
            Level2::Ecological => "生态效益指标",
            Level2::Sustainability => "可持续影响指标",
            Level2::Satisfaction => "服务对象满意度指标",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            Level2::EconomicCost => "economic_cost",
            Level2::SocialCost => "social_cost",
            Level2::EcologicalCost => "ecological_cost",
            Level2::Quantity => "quantity",
            Level2::Quality => "quality",
            Level2::Timeliness => "timeliness",
            Level2::Cost => "cost",
            Level2::Economic => "economic",
            Level2::Social => "social",
            Level2::Ecological => "ecological",
            Level2::Sustainability => "sustainability",
            Level2::Satisfaction => "beneficiary_satisfaction",
        }
    }

    /// Reads a second-level category word, aliases included.
    pub fn parse(word: &str) -> Option<Level2> {
        Some(match word {
            "数量指标" | "数量" | "quantity" => Level2::Quantity,
            "质量指标" | "质量" | "quality" => Level2::Quality,
            "时效指标" | "时效" | "timeliness" => Level2::Timeliness,
            "成本指标" | "成本" | "cost" => Level2::Cost,
            "经济效益指标" | "经济效益" | "economic" => Level2::Economic,
            "社会效益指标" | "社会效益" | "social" => Level2::Social,
            "生态效益指标" | "生态效益" | "环境效益指标" | "环境效益" | "ecological"
            | "environmental" => Level2::Ecological,
            "可持续影响指标" | "可持续影响" | "sustainability" | "sustainable" => {
                Level2::Sustainability
            }
            "服务对象满意度指标"
            | "服务对象满意度"
            | "社会公众或服务对象满意度指标"
            | "社会公众或服务对象满意度"
            | "满意度指标"
            | "满意度"
            | "beneficiary_satisfaction"
            | "satisfaction" => Level2::Satisfaction,
            "经济成本指标" | "经济成本" | "economic_cost" => Level2::EconomicCost,
            "社会成本指标" | "社会成本" | "social_cost" => Level2::SocialCost,
            "生态环境成本指标"
            | "生态环境成本"
            | "环境成本指标"
            | "ecological_cost"
            | "environmental_cost" => Level2::EcologicalCost,
            _ => return None,
        })
    }

    /// Is this a cost category (成本 under 产出, or any 2021 cost category)?
    pub fn is_cost(self) -> bool {
        matches!(
            self,
            Level2::Cost | Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost
        )
    }

    pub const ALL: [Level2; 12] = [
        Level2::EconomicCost,
        Level2::SocialCost,
        Level2::EcologicalCost,
        Level2::Quantity,
        Level2::Quality,
        Level2::Timeliness,
        Level2::Cost,
        Level2::Economic,
        Level2::Social,
        Level2::Ecological,
        Level2::Sustainability,
        Level2::Satisfaction,
    ];
}

/// The closest known name to a misspelt category word, if one is close enough.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::normalized_levenshtein(word, c), c))
        .filter(|(score, _)| *score >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_normalise() {
        assert_eq!(Level2::parse("环境效益"), Some(Level2::Ecological));
        assert_eq!(
            Level2::parse("社会公众或服务对象满意度指标"),
            Some(Level2::Satisfaction)
        );
        assert_eq!(
            Level1::parse("满意度指标（服务对象）"),
            Some(Level1::Satisfaction)
        );
        assert_eq!(Level1::parse("benefit"), Some(Level1::Outcome));
    }

    #[test]
    fn cost_moves_between_frameworks() {
        assert_eq!(Framework::F2015.parent(Level2::Cost), Some(Level1::Output));
        assert_eq!(Framework::F2021.parent(Level2::Cost), None);
        assert_eq!(
            Framework::F2021.parent(Level2::EconomicCost),
            Some(Level1::Cost)
        );
        assert_eq!(Framework::F2015.parent(Level2::EconomicCost), None);
    }

    #[test]
    fn every_child_has_its_parent() {
        for fw in [Framework::F2015, Framework::F2021] {
            for l1 in Level1::ALL {
                for &l2 in fw.children(l1) {
                    assert_eq!(fw.parent(l2), Some(l1), "{fw:?} {l2:?}");
                }
            }
        }
    }

    #[test]
    fn suggests_close_names() {
        let names = Level2::ALL.map(Level2::name);
        assert_eq!(suggest("数量标", names), Some("数量指标"));
        assert_eq!(suggest("完全无关的词语", names), None);
    }
}
