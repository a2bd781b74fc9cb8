//! Any bytes: decoding, parsing and the include loader never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    perfc_fuzz::load(bytes);
});
