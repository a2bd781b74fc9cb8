//! Monitoring a year in progress (绩效运行监控, "双监控"): the words of the form (完成目标可能性,
//! 偏差原因) and the lights a row gets. The lights are perfc's rule, as the budget systems colour
//! their 序时进度 and goal columns:
//!
//! - **Money** — green when the share spent by the cut-off is at least the share planned by then
//!   (the project's 支出计划, else 序时进度: the months elapsed of twelve); yellow when it is
//!   behind by less than 10 percentage points; red from 10 points behind.
//! - **An indicator** — red when its ceiling is already passed, the forecast misses the target, or
//!   the likelihood is 完全不可能; yellow when the likelihood is 有可能 or not given; else green.

use rust_decimal::Decimal;
use serde::Serialize;

/// 完成目标可能性.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Likelihood {
    /// 确定能.
    Certain,
    /// 有可能.
    Possible,
    /// 完全不可能.
    Impossible,
}

impl Likelihood {
    /// The words of the form, in its order.
    pub const WORDS: [&'static str; 3] = ["确定能", "有可能", "完全不可能"];

    pub fn from_word(word: &str) -> Option<Likelihood> {
        match word {
            "确定能" => Some(Likelihood::Certain),
            "有可能" => Some(Likelihood::Possible),
            "完全不可能" => Some(Likelihood::Impossible),
            _ => None,
        }
    }
}

/// The kinds of 偏差原因 the monitoring forms offer.
pub const CAUSE_KINDS: [&str; 5] = ["经费保障", "制度保障", "人员保障", "硬件保障", "其他"];

/// A row's light.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    Green,
    Yellow,
    Red,
}

impl Light {
    /// 绿灯, 黄灯, 红灯.
    pub fn chinese(self) -> &'static str {
        match self {
            Light::Green => "绿灯",
            Light::Yellow => "黄灯",
            Light::Red => "红灯",
        }
    }
}

/// How far behind its plan spending may fall and stay yellow, in percentage points.
const YELLOW_BAND: Decimal = Decimal::TEN;

/// The money's light: the percent spent against the percent planned by the cut-off.
pub fn funds_light(spent: Decimal, planned: Decimal) -> Light {
    if spent >= planned {
        Light::Green
    } else if planned - spent < YELLOW_BAND {
        Light::Yellow
    } else {
        Light::Red
    }
}

/// 序时进度: the percent of the year elapsed at the end of `month` (2 places).
pub fn elapsed_percent(month: u8) -> Decimal {
    (Decimal::from(month.min(12)) * Decimal::ONE_HUNDRED / Decimal::from(12)).round_dp(2)
}

/// An indicator's light from what the row says and what the model judged.
pub fn row_light(
    likelihood: Option<Likelihood>,
    forecast_misses: bool,
    ceiling_passed: bool,
) -> Light {
    match likelihood {
        _ if ceiling_passed || forecast_misses => Light::Red,
        Some(Likelihood::Impossible) => Light::Red,
        Some(Likelihood::Possible) | None => Light::Yellow,
        Some(Likelihood::Certain) => Light::Green,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().expect("a decimal")
    }

    #[test]
    fn money_is_green_on_plan_yellow_within_ten_points_red_beyond() {
        assert_eq!(funds_light(d("40"), d("40")), Light::Green);
        assert_eq!(funds_light(d("45.5"), d("40")), Light::Green);
        assert_eq!(funds_light(d("30.01"), d("40")), Light::Yellow);
        assert_eq!(funds_light(d("30"), d("40")), Light::Red);
        assert_eq!(funds_light(d("0"), d("0")), Light::Green);
    }

    #[test]
    fn the_elapsed_share_is_months_of_twelve() {
        assert_eq!(elapsed_percent(6), d("50"));
        assert_eq!(elapsed_percent(7), d("58.33"));
        assert_eq!(elapsed_percent(8), d("66.67"));
        assert_eq!(elapsed_percent(12), d("100"));
    }

    #[test]
    fn a_row_is_red_when_lost_yellow_when_uncertain_green_when_certain() {
        let all = [
            None,
            Some(Likelihood::Certain),
            Some(Likelihood::Possible),
            Some(Likelihood::Impossible),
        ];
        for likelihood in all {
            assert_eq!(row_light(likelihood, true, false), Light::Red);
            assert_eq!(row_light(likelihood, false, true), Light::Red);
        }
        assert_eq!(
            row_light(Some(Likelihood::Certain), false, false),
            Light::Green
        );
        assert_eq!(
            row_light(Some(Likelihood::Possible), false, false),
            Light::Yellow
        );
        assert_eq!(row_light(None, false, false), Light::Yellow);
        assert_eq!(
            row_light(Some(Likelihood::Impossible), false, false),
            Light::Red
        );
    }

    #[test]
    fn the_words_are_read_back() {
        for word in Likelihood::WORDS {
            assert!(Likelihood::from_word(word).is_some());
        }
        assert_eq!(Likelihood::from_word("可能"), None);
    }
}
