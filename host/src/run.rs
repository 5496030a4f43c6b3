//! The run-wide accounting of a pausable run, which the session keeps between
//! the run's parts (`pause.rs` drives it): limits span the whole run.

use std::time::Duration;

use crate::host_fn::HostCall;

/// The run-wide accounting of a pausable run, kept between its parts
/// (`pause.rs` drives it).
#[derive(Debug, Clone)]
pub(crate) struct RunState {
    pub(crate) calls: Vec<HostCall>,
    pub(crate) fuel_left: Option<u64>,
    pub(crate) ran_for: Duration,
    pub(crate) output_used: usize,
    pub(crate) pauses: u32,
}

impl RunState {
    pub(crate) fn new(calls: Vec<HostCall>, fuel: Option<u64>) -> RunState {
        RunState { calls, fuel_left: fuel, ran_for: Duration::ZERO, output_used: 0, pauses: 0 }
    }
}
