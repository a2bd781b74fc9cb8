//! What the field knows: the official forms, indicator frameworks, units, qualitative levels, bases of targets,
//! the defects of free text and the scoring of a self-evaluation. Pure tables and functions, used by the checker
//! and the emitters.

pub mod basis;
pub mod forms;
pub mod framework;
pub mod levels;
pub mod monitoring;
pub mod scoring;
pub mod text;
pub mod units;
