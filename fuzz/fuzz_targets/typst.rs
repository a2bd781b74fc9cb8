//! A checked document as `perfc build` writes it, short of typesetting: the font coverage rule
//! runs, the JSON is valid JSON, and the Typst source written beside it parses for any file name.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use perfc::diag::SeverityConfig;
use perfc::typeset::coverage;
use perfc::typeset::fonts::FontSet;
use perfc::typeset::template::Template;

static FONTS: LazyLock<FontSet> =
    LazyLock::new(|| FontSet::load(&[]).expect("the bundled fonts load"));

fuzz_target!(|bytes: &[u8]| {
    let loaded = perfc_fuzz::load(bytes);
    let checked = perfc::check::check_with(&loaded, &SeverityConfig::default(), &mut |d, out| {
        coverage::check(d, &FONTS, out)
    });
    if !loaded.is_complete() {
        return;
    }
    let json = perfc::emit::json::to_string(&checked.document);
    if let Err(error) = serde_json::from_str::<serde_json::Value>(&json) {
        panic!("invalid JSON ({error}):\n{json}");
    }
    // The output's name comes from the input file's name, which may hold any character.
    let stem = String::from_utf8_lossy(bytes.split(|&b| b == b'\n').next().unwrap_or_default());
    let source = Template::Official.source_for(&format!("{stem}.json"));
    let (errors, _) = typst::syntax::parse(&source).errors_and_warnings();
    assert!(
        errors.is_empty(),
        "the Typst source does not parse: {errors:?}"
    );
});
