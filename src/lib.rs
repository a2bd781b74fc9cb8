//! perfc: a compiler for `.perf` budget-performance target documents (预算绩效目标).
//!
//! Stages: [`syntax`] (pest grammar → AST) → [`load`] (files and includes) → [`model`] (the
//! document assembled and classified) → [`check`] (rules → diagnostics) → [`emit`] (JSON,
//! workbook) → [`typeset`] (Typst template over the JSON → PDF). [`pipeline::run`] runs them for
//! the command line, the language server and the tests alike.
//! [`domain`] holds the field's knowledge (frameworks, units, levels); [`diag`] the diagnostics
//! and their rendering; [`cli`] is the command line and the only place that prints or exits.

// pest is built without `std` (its native-stack probe per rule call cost a fifth of parsing time);
// its generated parser then names `alloc` from the crate root. Nesting depth is bounded before
// parsing instead (`syntax::MAX_NESTING`, measured by the comment scan in `syntax/comments.rs`).
extern crate alloc;

pub mod check;
pub mod cli;
pub mod diag;
pub mod diff;
pub mod domain;
pub mod emit;
pub mod fmt;
pub(crate) mod git;
pub mod import;
pub mod load;
pub mod lsp;
pub mod model;
mod parallel;
pub mod pipeline;
pub mod preview;
pub mod source;
pub mod syntax;
pub mod typeset;
mod watch;
