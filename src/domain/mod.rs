//! What the field knows: the official forms, indicator frameworks, units, qualitative levels, bases of targets and
//! the defects of free text. Pure tables and functions, used by the checker and the emitters.

pub mod basis;
pub mod forms;
pub mod framework;
pub mod levels;
pub mod text;
pub mod units;
