//! Any bytes: loading, every rule and the rendering of every finding never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use perfc::diag::SeverityConfig;

fuzz_target!(|bytes: &[u8]| {
    let loaded = perfc_fuzz::load(bytes);
    let checked = perfc::check::check(&loaded, &SeverityConfig::default());
    perfc_fuzz::render_all(&loaded, &checked.diagnostics);
});
