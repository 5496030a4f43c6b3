//! Typed bindings for the `sandbox:interpreter` world, generated from `wit/`.
//!
//! WASI imports reuse wasmtime-wasi's host types; the exported `runtime`
//! interface and the imported `host` interface are generated here.

wasmtime::component::bindgen!({
    path: "../wit",
    world: "interpreter",
    exports: { default: async },
    imports: { "sandbox:interpreter/host.call": async },
    with: {
        "wasi": wasmtime_wasi::p2::bindings,
    },
});

pub use exports::sandbox::interpreter::pausable::{
    Answer, HostCall as GuestHostCall, Options as PauseOptions, Progress as GuestProgress, Refusal, Step,
};
pub use exports::sandbox::interpreter::runtime::{Error as GuestError, ExceptionInfo, Identity, SyntaxErrorInfo};
pub use exports::sandbox::interpreter::snapshot::RestoreError;
pub use sandbox::interpreter::host::CallError;
