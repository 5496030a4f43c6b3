//! The host side of the world's imports: exactly the WASI interfaces that
//! `wit/interpreter.wit` lists and its `host` interface, nothing else. A component that asks for
//! more (sockets, environment, stdin, exit) fails to instantiate instead of
//! receiving a capability the contract does not grant.

use wasmtime::component::{HasData, Linker, ResourceTable};
use wasmtime_wasi::cli::{WasiCli, WasiCliView as _};
use wasmtime_wasi::clocks::{WasiClocks, WasiClocksView as _};
use wasmtime_wasi::filesystem::{WasiFilesystem, WasiFilesystemView as _};
use wasmtime_wasi::p2::bindings as wasi;
use wasmtime_wasi::random::WasiRandom;
use wasmtime_wasi::WasiView;

use crate::host_fn::HostImport;
use crate::state::StoreData;

struct Io;

impl HasData for Io {
    type Data<'a> = &'a mut ResourceTable;
}

pub(crate) fn add_interpreter_imports<T: WasiView>(l: &mut Linker<T>) -> wasmtime::Result<()> {
    use wasmtime_wasi_io::bindings::wasi::io;
    io::error::add_to_linker::<T, Io>(l, |t| t.ctx().table)?;
    io::poll::add_to_linker::<T, Io>(l, |t| t.ctx().table)?;
    io::streams::add_to_linker::<T, Io>(l, |t| t.ctx().table)?;
    wasi::cli::stdout::add_to_linker::<T, WasiCli>(l, T::cli)?;
    wasi::cli::stderr::add_to_linker::<T, WasiCli>(l, T::cli)?;
    wasi::clocks::monotonic_clock::add_to_linker::<T, WasiClocks>(l, T::clocks)?;
    wasi::clocks::wall_clock::add_to_linker::<T, WasiClocks>(l, T::clocks)?;
    wasi::random::random::add_to_linker::<T, WasiRandom>(l, |t| t.ctx().ctx.random())?;
    wasi::filesystem::types::add_to_linker::<T, WasiFilesystem>(l, T::filesystem)?;
    wasi::filesystem::preopens::add_to_linker::<T, WasiFilesystem>(l, T::filesystem)?;
    Ok(())
}

/// The embedder's functions (an empty list when it grants none).
pub(crate) fn add_host_import(l: &mut Linker<StoreData>) -> wasmtime::Result<()> {
    crate::bindings::sandbox::interpreter::host::add_to_linker::<StoreData, HostImport>(l, |s| &mut s.host)
}
