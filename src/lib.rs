//! perfc: a compiler for `.perf` budget-performance target documents (预算绩效目标).
//!
//! Pipeline: [`syntax`] (pest grammar → AST) → [`load`] (files and includes) → [`model`] (the
//! document assembled and classified) → [`check`] (rules → diagnostics) → [`emit`] (JSON).
//! [`domain`] holds the field's knowledge (frameworks, units, levels); [`diag`] the diagnostics
//! and their rendering; [`cli`] is the command line and the only place that prints or exits.

pub mod check;
pub mod cli;
pub mod diag;
pub mod domain;
pub mod emit;
pub mod load;
pub mod model;
pub mod source;
pub mod syntax;
