//! Arbitrary sequences of JSON-RPC messages (one a line) served by the language server in
//! memory: opening, changing and closing documents of any text at any URI, and every request at
//! any position. No sequence makes the server panic, hang or stop answering.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    perfc::lsp::serve_lines(bytes);
});
