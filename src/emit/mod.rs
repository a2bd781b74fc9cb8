//! Generators: the checked document as JSON (with its JSON Schema), and as an `.xlsx` workbook.

pub mod json;
pub mod schema;
pub mod xlsx;
