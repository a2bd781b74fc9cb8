//! UTF-8 text: wherever the hand-written fast reader reads a top-level item, it reads it exactly
//! as pest and lowering do (same tree, same spans, no diagnostic).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(text) = std::str::from_utf8(bytes)
        && let Some(difference) = perfc::syntax::fast_reader_disagreement(text)
    {
        panic!("the fast reader and the grammar differ on {difference}");
    }
});
