//! Generators: the checked document as JSON (with its JSON Schema), and as an `.xlsx` workbook;
//! the review opinions (审核意见) made of its findings; many checked documents as one web page
//! (`report`).

pub mod json;
pub mod report;
pub mod review;
pub mod schema;
pub mod xlsx;
