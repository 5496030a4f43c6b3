//! The runtime: the interpreter component compiled for a wasmtime engine, the
//! linker that supplies the component's imports, and the epoch ticker that
//! lets timeouts stop running wasm. Sandboxes are built on one.
//!
//! Fuel metering changes the generated code (a counter update in every basic
//! block, ~10-20% of compute), so a runtime compiles the component twice, on
//! demand: without metering for sandboxes with no fuel limit, and with it the
//! first time a sandbox sets one. Timeouts and interrupts use epochs in both.
//!
//! Instances come from wasmtime's pooling allocator: memory, table and stack
//! slots reserved once and reset in place, which saves the mmap/munmap and
//! the page faults of a fresh instance (47 -> 19 µs for a new sandbox). A
//! pool holds a fixed number of live instances; past it, sandboxes overflow
//! to a second engine with on-demand allocation, made from the same compiled
//! code, so the number of live sessions stays unbounded.

mod code_cache;

pub use code_cache::default_dir as default_code_cache_dir;
mod epoch;
mod linker;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use wasmtime::component::{Component, ComponentExportIndex, Linker};
use wasmtime::{Config, Enabled, Engine, InstanceAllocationStrategy, PoolingAllocationConfig};

use crate::bindings::InterpreterPre;
use crate::error::{internal, ConfigError, Error};
use crate::state::StoreData;

pub(crate) use epoch::Running;

/// The interpreter component, built by `scripts/build-guest.sh` from the
/// pinned MicroPython source and checked byte-for-byte by CI.
pub const COMPONENT: &[u8] = include_bytes!("../../component/interpreter.wasm");

/// wasmtime's default 512 KiB native stack runs out long before MicroPython's
/// own recursion check (on the 2 MiB shadow stack) fires. C recursion that
/// keeps few locals in memory (the regex engine, the compiler) uses native
/// stack much faster than shadow stack, so the native limit must be several
/// times larger for the guest to raise a clean RuntimeError first. Only the
/// pages a call touches are ever committed.
pub const DEFAULT_MAX_WASM_STACK: usize = 16 << 20;

/// Below this the interpreter cannot even start its first call.
const MIN_WASM_STACK: usize = 256 << 10;
/// Each async call runs on a stack of this size plus headroom; wasmtime
/// reserves (not commits) it per running call.
const MAX_WASM_STACK: usize = 1 << 30;

/// Engine settings for a [`Runtime`].
#[derive(Clone)]
pub struct RuntimeBuilder {
    code_cache_dir: Option<PathBuf>,
    max_wasm_stack: usize,
    perf_map: bool,
    /// Another build of the interpreter component; `None` is [`COMPONENT`].
    #[allow(clippy::rc_buffer)]
    component: Option<Arc<Vec<u8>>>,
    instance_pool: u32,
    /// Key material for signing snapshots (see `snapshot_key`).
    snapshot_key: Option<Vec<u8>>,
}

/// The exported interface whose `capture` shows guest memory.
const SNAPSHOT_INTERFACE: &str = "sandbox:interpreter/snapshot@0.1.0";

/// Live instances a runtime's pool holds by default; it reserves (not
/// commits) 4 GiB of address space per slot, 4 TiB in all.
pub const DEFAULT_INSTANCE_POOL: u32 = 1000;
/// Guest memory kept mapped in a pool slot between instances and reset by
/// copying instead of unmapping: the pages a short call touches.
const KEEP_RESIDENT: usize = 64 << 10;
/// With Linux's PAGEMAP_SCAN (6.7+) a slot's reset finds the pages the last
/// instance dirtied and copies only those back, up to this much, leaving
/// them resident: the next instance takes no page faults on them (a new
/// sandbox 34 -> 19 µs). Without it, `KEEP_RESIDENT` bytes from the start of
/// memory are reset by copying and the rest is unmapped.
const KEEP_RESIDENT_SCANNED: usize = 256 << 10;

impl RuntimeBuilder {
    /// The runtime a program run by a user wants, configured from the
    /// environment: compiled code cached on disk in [`default_code_cache_dir`]
    /// (so a process start deserializes the component, ~1 ms, instead of
    /// compiling it), `$MPSANDBOX_COMPONENT` naming another build of the
    /// interpreter to run (the checked build the safety suites use), and
    /// `$MPSANDBOX_PERFMAP` set writing a perf map, and
    /// `$MPSANDBOX_SNAPSHOT_KEY_FILE` naming a file whose bytes are the
    /// [`RuntimeBuilder::snapshot_key`]. The CLI, the MCP server and
    /// the Python package start from it. [`crate::run`] and
    /// [`Runtime::shared`] do not: a library touches the disk or reads the
    /// environment only when the embedder asks for it this way.
    pub fn from_env() -> Result<RuntimeBuilder, Error> {
        let mut builder = RuntimeBuilder::default().perf_map(std::env::var_os("MPSANDBOX_PERFMAP").is_some());
        if let Some(path) = std::env::var_os("MPSANDBOX_COMPONENT") {
            let wasm = std::fs::read(&path).map_err(|e| {
                let reason = format!("MPSANDBOX_COMPONENT={}: {e}", PathBuf::from(&path).display());
                Error::Config(ConfigError::Component { reason })
            })?;
            builder = builder.component(wasm);
        }
        if let Some(dir) = default_code_cache_dir() {
            builder = builder.code_cache_dir(dir);
        }
        // A file rather than the key itself in the environment, which child
        // processes and process listings can show.
        if let Some(path) = std::env::var_os("MPSANDBOX_SNAPSHOT_KEY_FILE") {
            let key = std::fs::read(&path).map_err(|e| {
                let reason = format!("MPSANDBOX_SNAPSHOT_KEY_FILE={}: {e}", PathBuf::from(&path).display());
                Error::Config(ConfigError::Limit { limit: "snapshot key", reason })
            })?;
            builder = builder.snapshot_key(key);
        }
        Ok(builder)
    }

    /// Keeps the compiled component in `dir` (created on demand), so a later
    /// process deserializes machine code (~1 ms) instead of compiling the
    /// component (hundreds of ms). Entries are keyed by the component's and
    /// the engine settings' hashes and checked against a BLAKE3 digest before
    /// loading. Default: no disk cache.
    pub fn code_cache_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.code_cache_dir = Some(dir.into());
        self
    }

    /// Native stack available to guest code (default
    /// [`DEFAULT_MAX_WASM_STACK`]). C recursion past it is a
    /// `Limit(Stack)` error; Python recursion raises `RuntimeError` first
    /// as long as this is well above the guest's 2 MiB shadow stack.
    pub fn max_wasm_stack(mut self, bytes: usize) -> Self {
        self.max_wasm_stack = bytes;
        self
    }

    /// Writes `/tmp/perf-PID.map` so `perf record` can name JIT-compiled
    /// guest functions.
    pub fn perf_map(mut self, on: bool) -> Self {
        self.perf_map = on;
        self
    }

    /// How many live instances the pooling allocator holds (default
    /// [`DEFAULT_INSTANCE_POOL`]; 0 turns pooling off). More live sessions
    /// than that still work, on on-demand allocation; a pool that cannot be
    /// reserved (a low `ulimit -v`) is skipped the same way. A slot that has
    /// held an instance keeps the pages it dirtied resident for the next one
    /// (up to 256 KiB where Linux has `PAGEMAP_SCAN`, else 64 KiB).
    pub fn instance_pool(mut self, instances: u32) -> Self {
        self.instance_pool = instances;
        self
    }

    /// Runs another build of the interpreter component instead of the one
    /// built in ([`COMPONENT`]): a checked (sanitizer) build, a debug build.
    /// It must implement the same `sandbox:interpreter` world; one that does
    /// not fails `build` with [`ConfigError::Component`]. Snapshots record which
    /// component made them and restore only into a runtime of the same one.
    pub fn component(mut self, wasm: Vec<u8>) -> Self {
        self.component = Some(Arc::new(wasm));
        self
    }

    /// Signs the snapshots this runtime's sessions capture and accepts only
    /// snapshots signed with the same key: [`crate::Snapshot::to_bytes`]
    /// appends a keyed BLAKE3 MAC, and a restore (or
    /// [`Runtime::snapshot_from_bytes`]) refuses bytes that are unsigned,
    /// signed with another key, or altered since, with
    /// [`Error::InvalidSnapshot`] saying which. Use it when snapshot bytes
    /// are stored or sent outside the host's trust boundary (a database, a
    /// client, another service): a restored image becomes the guest's memory,
    /// so whoever can forge one chooses the program's state. `key` is secret
    /// key material (32 random bytes or more). Without a key, snapshots are
    /// unsigned and only checked for damage, and signed ones restore as well.
    pub fn snapshot_key(mut self, key: impl AsRef<[u8]>) -> Self {
        self.snapshot_key = Some(key.as_ref().to_vec());
        self
    }

    /// Creates the engine, compiles (or loads) the component and starts the
    /// ticker. Out-of-range settings are an [`Error::Config`].
    pub fn build(self) -> Result<Runtime, Error> {
        let snapshot_key = match &self.snapshot_key {
            Some(key) if key.is_empty() => {
                return Err(Error::Config(ConfigError::Limit {
                    limit: "snapshot_key",
                    reason: "the key is empty".into(),
                }))
            }
            // Any length of secret makes a full-strength key, used for
            // nothing else.
            Some(key) => Some(blake3::derive_key("mpsandbox 2026-12 snapshot signing key", key)),
            None => None,
        };
        if !(MIN_WASM_STACK..=MAX_WASM_STACK).contains(&self.max_wasm_stack) {
            return Err(Error::Config(ConfigError::Limit {
                limit: "max_wasm_stack",
                reason: format!("{} bytes is outside {MIN_WASM_STACK}..={MAX_WASM_STACK}", self.max_wasm_stack),
            }));
        }
        let component_digest = self.digest();
        let plain = Arc::new(self.preferred(false, &component_digest)?);
        let preferred = [OnceLock::from(plain), OnceLock::new()];
        Ok(Runtime {
            inner: Arc::new(Compiled {
                preferred,
                overflow: [OnceLock::new(), OnceLock::new()],
                component_digest,
                snapshot_key,
                settings: self,
            }),
        })
    }

    /// The variant sandboxes start on: pooled when a pool is configured and
    /// can be reserved, else on demand.
    fn preferred(&self, metered: bool, digest: &[u8; blake3::OUT_LEN]) -> Result<Variant, Error> {
        if self.instance_pool > 0 {
            if let Ok(engine) = Engine::new(&self.config(metered, true)) {
                return self.variant(engine, metered, true, digest, None);
            }
        }
        let engine = Engine::new(&self.config(metered, false)).map_err(|e| internal("cannot create the engine", e))?;
        self.variant(engine, metered, false, digest, None)
    }

    /// BLAKE3 of the component this runtime runs (the built-in one's comes
    /// from build.rs); computed once per runtime.
    fn digest(&self) -> [u8; blake3::OUT_LEN] {
        match &self.component {
            None => *builtin_digest(),
            Some(c) => *blake3::hash(c).as_bytes(),
        }
    }

    /// The compiled component on `engine`: deserialized from `from` (another
    /// engine's code for the same settings) when given, else loaded from the
    /// code cache (named by `digest`, the component's) or compiled.
    fn variant(
        &self,
        engine: Engine,
        metered: bool,
        pooled: bool,
        digest: &[u8; blake3::OUT_LEN],
        from: Option<&Component>,
    ) -> Result<Variant, Error> {
        // A component of the caller's that does not fit is the caller's
        // fault; the built-in one failing is ours.
        let unusable = |context: &str, e: wasmtime::Error| match self.component {
            Some(_) => Error::Config(ConfigError::Component { reason: format!("{context}: {e:#}") }),
            None => internal(context, e),
        };
        let wasm: &[u8] = self.component.as_deref().map_or(COMPONENT, |c| c.as_slice());
        // SAFETY: the bytes are what `serialize` just produced for an engine
        // whose code-affecting settings are the same (only the allocator
        // differs; `deserialize` checks that compatibility itself).
        let moved =
            from.and_then(|c| c.serialize().ok()).and_then(|b| unsafe { Component::deserialize(&engine, b) }.ok());
        let component = match moved {
            Some(c) => c,
            None => code_cache::load_or_compile(&engine, wasm, digest, self.code_cache_dir.as_deref())
                .map_err(|e| unusable("cannot compile the interpreter component", e))?,
        };
        let mut linker = Linker::new(&engine);
        linker::add_interpreter_imports(&mut linker).map_err(|e| internal("cannot link WASI", e))?;
        linker::add_host_import(&mut linker).map_err(|e| internal("cannot link the host interface", e))?;
        let pre = linker
            .instantiate_pre(&component)
            .and_then(InterpreterPre::new)
            .map_err(|e| unusable("cannot prepare the interpreter", e))?;
        let capture = component
            .get_export_index(None, SNAPSHOT_INTERFACE)
            .and_then(|snapshot| component.get_export_index(Some(&snapshot), "capture"))
            .ok_or_else(|| {
                unusable("cannot prepare the interpreter", wasmtime::format_err!("no {SNAPSHOT_INTERFACE}#capture"))
            })?;
        let ticker = epoch::Ticker::start(&engine).map_err(|e| internal("cannot start the epoch thread", e))?;
        Ok(Variant { engine, pre, ticker, component, capture, metered, pooled })
    }

    fn config(&self, metered: bool, pooled: bool) -> Config {
        let mut config = Config::new();
        config.wasm_exceptions(true);
        config.max_wasm_stack(self.max_wasm_stack);
        config.async_stack_size(self.max_wasm_stack + (1 << 20));
        // Fuel counts work for `fuel` limits; epochs let a timeout or an
        // interrupt stop running wasm with one check per loop and call.
        config.consume_fuel(metered);
        config.epoch_interruption(true);
        if self.perf_map {
            config.profiler(wasmtime::ProfilingStrategy::PerfMap);
        }
        if pooled {
            let n = self.instance_pool;
            let scan = PoolingAllocationConfig::is_pagemap_scan_available();
            let keep_resident = if scan { KEEP_RESIDENT_SCANNED } else { KEEP_RESIDENT };
            let mut pool = PoolingAllocationConfig::default();
            // A component instance is several core instances (the
            // interpreter, the WASI adapter, shims); any slot kind running
            // out sends the next sandbox to the overflow engine.
            pool.total_component_instances(n)
                .total_core_instances(n.saturating_mul(8))
                .total_memories(n.saturating_mul(2))
                .total_tables(n.saturating_mul(4))
                .total_stacks(n)
                .max_memory_size(1 << 32)
                .linear_memory_keep_resident(keep_resident)
                .table_keep_resident(keep_resident)
                .pagemap_scan(if scan { Enabled::Yes } else { Enabled::No });
            config.allocation_strategy(InstanceAllocationStrategy::Pooling(pool));
        }
        config
    }
}

impl std::fmt::Debug for RuntimeBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RuntimeBuilder")
            .field("code_cache_dir", &self.code_cache_dir)
            .field("max_wasm_stack", &self.max_wasm_stack)
            .field("perf_map", &self.perf_map)
            .field("component_bytes", &self.component.as_ref().map(|c| c.len()))
            .field("instance_pool", &self.instance_pool)
            .field("snapshot_key", &self.snapshot_key.as_ref().map(|_| "<secret>"))
            .finish()
    }
}

impl Default for RuntimeBuilder {
    fn default() -> Self {
        RuntimeBuilder {
            code_cache_dir: None,
            max_wasm_stack: DEFAULT_MAX_WASM_STACK,
            perf_map: false,
            component: None,
            instance_pool: DEFAULT_INSTANCE_POOL,
            snapshot_key: None,
        }
    }
}

struct Compiled {
    /// By `metered as usize`: the unmetered one is made with the runtime,
    /// the metered one the first time a sandbox with a fuel limit needs it.
    preferred: [OnceLock<Arc<Variant>>; 2],
    /// On-demand engines for when a pool is full, made on first need.
    overflow: [OnceLock<Arc<Variant>>; 2],
    component_digest: [u8; blake3::OUT_LEN],
    /// Derived from the builder's key material; signs and checks snapshots.
    snapshot_key: Option<[u8; blake3::OUT_LEN]>,
    settings: RuntimeBuilder,
}

/// One engine with the component compiled for it.
pub(crate) struct Variant {
    pub(crate) engine: Engine,
    pub(crate) pre: InterpreterPre<StoreData>,
    ticker: epoch::Ticker,
    component: Component,
    /// The snapshot interface's `capture`, called untyped to read guest
    /// memory in place.
    pub(crate) capture: ComponentExportIndex,
    pub(crate) metered: bool,
    pub(crate) pooled: bool,
}

impl Variant {
    /// Keeps the epoch advancing while the guard lives (one per call).
    pub(crate) fn ticking(&self) -> Running {
        self.ticker.running()
    }
}

/// The variant in `slot`, made by `make` if it is still empty. Two threads
/// may both make it; one result is kept (failures are retried next time).
fn made_once(
    slot: &OnceLock<Arc<Variant>>,
    make: impl FnOnce() -> Result<Variant, Error>,
) -> Result<Arc<Variant>, Error> {
    if let Some(v) = slot.get() {
        return Ok(v.clone());
    }
    let v = Arc::new(make()?);
    Ok(slot.get_or_init(|| v).clone())
}

/// BLAKE3 of [`COMPONENT`], computed by build.rs.
fn builtin_digest() -> &'static [u8; blake3::OUT_LEN] {
    const DIGEST: [u8; blake3::OUT_LEN] = include!(concat!(env!("OUT_DIR"), "/component_digest.rs"));
    &DIGEST
}

/// The engine and the compiled interpreter. Compiling is the expensive step
/// (hundreds of ms, or ~1 ms from a code cache); a runtime does it once and
/// every [`crate::Sandbox`] built on it instantiates from the result in
/// microseconds.
///
/// Cheap to clone (a shared handle). Runtimes are independent: one process
/// may hold several with different settings. [`crate::Sandbox::new`] and
/// [`crate::run`] use [`Runtime::shared`]; a sandbox on another runtime comes
/// from `Sandbox::builder().runtime(&runtime)`.
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<Compiled>,
}

impl Runtime {
    /// A runtime with the default settings (no disk cache).
    pub fn new() -> Result<Runtime, Error> {
        RuntimeBuilder::default().build()
    }

    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder::default()
    }

    /// The process's default runtime (default settings), created on first
    /// use and kept for the life of the process. A failed creation is
    /// retried by the next caller.
    pub fn shared() -> Result<Runtime, Error> {
        static SHARED: OnceLock<Runtime> = OnceLock::new();
        if let Some(rt) = SHARED.get() {
            return Ok(rt.clone());
        }
        let rt = Runtime::new()?;
        Ok(SHARED.get_or_init(|| rt).clone())
    }

    /// The directory compiled code is cached in, if any.
    pub fn code_cache_dir(&self) -> Option<&std::path::Path> {
        self.inner.settings.code_cache_dir.as_deref()
    }

    /// The native stack available to guest code, in bytes.
    pub fn max_wasm_stack(&self) -> usize {
        self.inner.settings.max_wasm_stack
    }

    /// BLAKE3 of the component this runtime runs; snapshots carry it.
    pub(crate) fn component_digest(&self) -> &[u8; blake3::OUT_LEN] {
        &self.inner.component_digest
    }

    /// The key this runtime signs and checks snapshots with, if it has one.
    pub(crate) fn snapshot_key(&self) -> Option<&[u8; blake3::OUT_LEN]> {
        self.inner.snapshot_key.as_ref()
    }

    /// Whether this runtime signs snapshots and accepts only signed ones
    /// ([`RuntimeBuilder::snapshot_key`]).
    pub fn signs_snapshots(&self) -> bool {
        self.inner.snapshot_key.is_some()
    }

    /// The compiled interpreter with fuel metering or without, on the
    /// engine sandboxes start on. The metered one is made on first use.
    pub(crate) fn variant(&self, metered: bool) -> Result<Arc<Variant>, Error> {
        let inner = &self.inner;
        made_once(&inner.preferred[metered as usize], || inner.settings.preferred(metered, &inner.component_digest))
    }

    /// The on-demand engine for sandboxes that find `full`'s pool full,
    /// made from its compiled code on first need.
    pub(crate) fn overflow(&self, full: &Variant) -> Result<Arc<Variant>, Error> {
        let inner = &self.inner;
        made_once(&inner.overflow[full.metered as usize], || {
            let engine = Engine::new(&inner.settings.config(full.metered, false))
                .map_err(|e| internal("cannot create the engine", e))?;
            inner.settings.variant(engine, full.metered, false, &inner.component_digest, Some(&full.component))
        })
    }

    /// An engine with on-demand allocation: the overflow one when sandboxes
    /// start on a pool, else the one they start on.
    pub(crate) fn on_demand(&self, metered: bool) -> Result<Arc<Variant>, Error> {
        let preferred = self.variant(metered)?;
        if preferred.pooled {
            self.overflow(&preferred)
        } else {
            Ok(preferred)
        }
    }

    /// Whether two handles are the same runtime.
    pub fn same(&self, other: &Runtime) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime").field("settings", &self.inner.settings).finish()
    }
}
