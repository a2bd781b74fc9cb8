//! Arbitrary bytes as the language server's input: reading them never panics, never takes more
//! memory than the bytes and one bounded message, and always ends.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    perfc::lsp::transport::count_incoming(bytes);
});
