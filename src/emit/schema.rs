//! The JSON Schema of `perfc build`'s JSON, derived from the output types so it cannot drift.

use super::json::DocumentJson;

pub fn to_string() -> String {
    let schema = schemars::schema_for!(DocumentJson);
    // A schema is plain JSON data: serialising cannot fail.
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// The JSON Schema of `perfc diff --format json`.
pub fn diff_to_string() -> String {
    let schema = schemars::schema_for!(crate::diff::DiffJson);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}
