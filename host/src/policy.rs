//! What every session of one sandbox follows: limits, output handling,
//! directory grants and the granted host functions.

use std::sync::Arc;

use crate::grants::DirGrant;
use crate::host_fn::HostFunctions;
use crate::limits::Limits;
use crate::output::OutputMode;

#[derive(Debug, Clone, Default)]
pub(crate) struct Policy {
    pub(crate) output_mode: OutputMode,
    pub(crate) limits: Limits,
    pub(crate) dirs: Vec<DirGrant>,
    pub(crate) functions: Arc<HostFunctions>,
}
