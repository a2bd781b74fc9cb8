//! Horizontal bar charts as inline SVG: drawn here, so the page loads nothing.

use maud::{Markup, html};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// One bar: its label, its length and the number written after it.
pub(super) struct Bar {
    pub label: String,
    /// Shown when the label is cut short.
    pub full_label: String,
    pub value: Decimal,
    pub shown: String,
    /// The CSS class that colours it.
    pub class: &'static str,
}

/// Characters of a label drawn before it is cut short.
const LABEL_CHARS: usize = 18;
const WIDTH: f64 = 900.0;
const LABEL_WIDTH: f64 = 300.0;
/// Room after the longest bar for its number.
const VALUE_WIDTH: f64 = 110.0;
const ROW: f64 = 24.0;

/// A bar chart, the longest bar the largest value.
pub(super) fn bar_chart(title: &str, bars: &[Bar]) -> Markup {
    let max = bars.iter().map(|b| b.value).max().unwrap_or_default();
    let height = ROW * bars.len() as f64 + 8.0;
    let room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    html! {
        svg.chart role="img" aria-label=(title) width=(WIDTH) height=(height)
            viewBox=(format!("0 0 {WIDTH} {height}")) {
            @for (row, bar) in bars.iter().enumerate() {
                @let y = ROW * row as f64 + 4.0;
                @let length = share(bar.value, max) * room;
                g {
                    title { (bar.full_label) }
                    text.label x=(LABEL_WIDTH - 8.0) y=(y + 16.0) { (cut(&bar.label)) }
                    rect class=(bar.class) x=(LABEL_WIDTH) y=(y + 3.0)
                        width=(format!("{length:.1}")) height=(ROW - 6.0) {}
                    text.value x=(format!("{:.1}", LABEL_WIDTH + length + 6.0)) y=(y + 16.0) {
                        (bar.shown)
                    }
                }
            }
        }
    }
}

/// `value / max` between 0 and 1 (0 when nothing is positive).
fn share(value: Decimal, max: Decimal) -> f64 {
    if max <= Decimal::ZERO || value <= Decimal::ZERO {
        return 0.0;
    }
    value
        .checked_div(max)
        .and_then(|share| share.to_f64())
        .map_or(0.0, |share| share.clamp(0.0, 1.0))
}

fn cut(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_owned();
    }
    let mut cut: String = label.chars().take(LABEL_CHARS - 1).collect();
    cut.push('…');
    cut
}
