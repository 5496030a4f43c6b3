pub mod args;
pub mod report;
