//! The resource limits a sandbox enforces, and the store-level accounting
//! behind the memory limit.

use std::time::Duration;

/// Per-call and per-instance limits. Every one is enforced by the host; guest
/// code cannot catch or lift them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Cap on the instance's linear memory in bytes (interpreter heap, C
    /// stack and data together). MicroPython grows its heap inside it and
    /// raises `MemoryError` when a growth is refused.
    pub memory: usize,
    /// Fuel (roughly, wasm instructions) one call may burn; `None` = unlimited.
    pub fuel: Option<u64>,
    /// Wall-clock time one call may take, including time blocked in host
    /// calls such as `time.sleep`; `None` (or zero, as in every host) =
    /// unlimited.
    pub timeout: Option<Duration>,
    /// Cap on stdout+stderr bytes one call may write.
    pub max_output: usize,
    /// Host-function calls one call may make (Python sees `HostLimitError`
    /// past it).
    pub max_host_calls: u32,
    /// Cap on the JSON text of one host call's arguments and of its result,
    /// in bytes; at most [`MAX_HOST_VALUE`].
    pub max_host_value: usize,
    /// Pauses one pausable run may make ([`crate::Session::start`]); past
    /// it, the calls that would pause raise `host.HostLimitError`.
    pub max_pauses: u32,
}

/// 256 MiB: room for real work, small enough that a few hundred sandboxes
/// cannot take a host down.
pub const DEFAULT_MEMORY: usize = 256 << 20;
/// 1 MiB of stdout+stderr per call.
pub const DEFAULT_MAX_OUTPUT: usize = 1 << 20;
/// 1,000 host-function calls per call.
pub const DEFAULT_HOST_CALLS: u32 = 1000;
/// 1 MiB of JSON per host-call argument list or result.
pub const DEFAULT_HOST_VALUE: usize = 1 << 20;
/// 1,000 pauses per pausable run.
pub const DEFAULT_PAUSES: u32 = 1000;
/// The guest refuses values above 16 MiB whatever the host allows (the bound
/// the WIT `host` interface documents).
pub const MAX_HOST_VALUE: usize = 16 << 20;
/// 30 s per call: long enough for real scripts, short enough to notice a hang.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

impl Default for Limits {
    fn default() -> Self {
        Limits {
            memory: DEFAULT_MEMORY,
            fuel: None,
            timeout: Some(DEFAULT_TIMEOUT),
            max_output: DEFAULT_MAX_OUTPUT,
            max_host_calls: DEFAULT_HOST_CALLS,
            max_host_value: DEFAULT_HOST_VALUE,
            max_pauses: DEFAULT_PAUSES,
        }
    }
}

/// Tables only hold the interpreter's function pointers; they never need to
/// grow far, so a fixed cap keeps a bug from growing them without bound.
const MAX_TABLE_ELEMENTS: usize = 1 << 16;

/// wasmtime's view of the memory limit: refuses growth past the cap (the
/// guest sees `memory.grow` fail, so `malloc` returns NULL and MicroPython
/// raises `MemoryError`) and remembers what happened for the call's report.
#[derive(Debug)]
pub(crate) struct MemoryLimiter {
    limit: usize,
    /// Largest linear memory size the instance has had.
    pub(crate) peak: usize,
    /// The size a refused growth asked for, since the last
    /// [`MemoryLimiter::begin_call`].
    pub(crate) refused: Option<usize>,
}

impl MemoryLimiter {
    pub(crate) fn new(limit: usize) -> Self {
        MemoryLimiter { limit, peak: 0, refused: None }
    }

    pub(crate) fn begin_call(&mut self) {
        self.refused = None;
    }

    pub(crate) fn limit(&self) -> usize {
        self.limit
    }
}

impl wasmtime::ResourceLimiter for MemoryLimiter {
    fn memory_growing(&mut self, current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        let allowed = desired <= self.limit && maximum.is_none_or(|m| desired <= m);
        if allowed {
            self.peak = self.peak.max(desired);
        } else {
            self.peak = self.peak.max(current);
            self.refused = Some(desired);
        }
        Ok(allowed)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, maximum: Option<usize>) -> wasmtime::Result<bool> {
        Ok(desired <= MAX_TABLE_ELEMENTS && maximum.is_none_or(|m| desired <= m))
    }
}
