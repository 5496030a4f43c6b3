//! What each wasmtime store holds for one guest instance: its WASI context
//! and resources, the memory limiter, the running call's watch and the
//! host-function accounting.

use wasmtime::component::ResourceTable;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use crate::host_fn::HostCalls;
use crate::interrupt::CallWatch;
use crate::limits::MemoryLimiter;

pub(crate) struct StoreData {
    pub(crate) wasi: WasiCtx,
    pub(crate) table: ResourceTable,
    pub(crate) limiter: MemoryLimiter,
    pub(crate) watch: CallWatch,
    pub(crate) host: HostCalls,
}

impl WasiView for StoreData {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}
