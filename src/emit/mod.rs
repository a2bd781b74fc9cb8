//! Generators: the checked document as JSON (with its JSON Schema).

pub mod json;
pub mod schema;
