//! Any text the formatter accepts: the formatted text parses cleanly, formatting it again changes
//! nothing, and it means the same (the same JSON) as the original.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perfc::diag::Lang;
use perfc::fmt::{Options, format_text};

fuzz_target!(|bytes: &[u8]| {
    let Ok(source) = std::str::from_utf8(bytes) else {
        return;
    };
    // The keyword language is taken from the input so that all three are explored.
    let keywords = [None, Some(Lang::Zh), Some(Lang::En)][bytes.len() % 3];
    let options = Options { keywords };
    let Ok(once) = format_text(source, &options) else {
        return;
    };
    let twice = format_text(&once, &options)
        .unwrap_or_else(|d| panic!("formatted text does not parse: {d:#?}\n{once}"));
    assert_eq!(once, twice, "formatting is not idempotent");
    assert_eq!(
        perfc_fuzz::json_of(source.as_bytes()),
        perfc_fuzz::json_of(once.as_bytes()),
        "formatting changed the meaning:\n{once}"
    );
});
