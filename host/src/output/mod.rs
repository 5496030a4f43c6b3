//! What a call produced: its output bytes, its value and what it cost.

mod capture;

pub(crate) use capture::Outputs;

use std::time::Duration;

/// Where guest output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum OutputMode {
    /// Collect into [`crate::Output`] (the default).
    #[default]
    Capture,
    /// Write to this process's stdout/stderr as it is produced.
    Inherit,
}

/// What one call wrote and what it cost.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Output {
    /// Bytes the code wrote to stdout (`print`, `sys.stdout`); may be any bytes.
    pub stdout: Vec<u8>,
    /// Bytes the code wrote to stderr.
    pub stderr: Vec<u8>,
    /// `repr()` of the value, for `eval`.
    pub value: Option<String>,
    pub stats: Stats,
}

impl Output {
    /// stdout as text; invalid UTF-8 becomes U+FFFD.
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// stderr as text; invalid UTF-8 becomes U+FFFD.
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// Measurements of one call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stats {
    /// Wall-clock time spent inside the guest call (excludes compilation).
    pub duration: Duration,
    /// Fuel the call burnt (about one unit per wasm instruction), counted
    /// only when the sandbox has a fuel limit: metering costs 10-20% of
    /// compute, so an unlimited sandbox runs without it and reports `None`
    /// (`.fuel(Some(u64::MAX))` measures without limiting).
    pub fuel: Option<u64>,
    /// Largest size the instance's linear memory has reached, in bytes.
    pub peak_memory: u64,
}
