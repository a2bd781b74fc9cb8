//! What the field knows: the official forms, indicator frameworks, units, qualitative levels, bases of targets,
//! the defects of free text, the scoring of a self-evaluation and the aspects and verdict of a review. Pure
//! tables and functions, used by the checker and the emitters.

pub mod basis;
pub mod forms;
pub mod framework;
pub mod levels;
pub mod monitoring;
pub mod review;
pub mod scoring;
pub mod text;
pub mod units;
