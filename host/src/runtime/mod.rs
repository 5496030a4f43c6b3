//! The runtime: the interpreter component compiled for a wasmtime engine, the
//! linker that supplies the component's imports, and the epoch ticker that
//! lets timeouts stop running wasm. Sandboxes are built on one.
//!
//! Fuel metering changes the generated code (a counter update in every basic
//! block, ~10-20% of compute), so a runtime compiles the component twice, on
//! demand: without metering for sandboxes with no fuel limit, and with it the
//! first time a sandbox sets one. Timeouts and interrupts use epochs in both.

mod code_cache;
mod epoch;
mod linker;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use wasmtime::component::Linker;
use wasmtime::{Config, Engine};

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
}

impl RuntimeBuilder {
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

    /// Runs another build of the interpreter component instead of the one
    /// built in ([`COMPONENT`]): a checked (sanitizer) build, a debug build.
    /// It must implement the same `sandbox:interpreter` world; one that does
    /// not fails `build` with [`ConfigError::Component`]. Snapshots record which
    /// component made them and restore only into a runtime of the same one.
    pub fn component(mut self, wasm: Vec<u8>) -> Self {
        self.component = Some(Arc::new(wasm));
        self
    }

    /// Creates the engine, compiles (or loads) the component and starts the
    /// ticker. Out-of-range settings are an [`Error::Config`].
    pub fn build(self) -> Result<Runtime, Error> {
        if !(MIN_WASM_STACK..=MAX_WASM_STACK).contains(&self.max_wasm_stack) {
            return Err(Error::Config(ConfigError::Limit {
                limit: "max_wasm_stack",
                reason: format!("{} bytes is outside {MIN_WASM_STACK}..={MAX_WASM_STACK}", self.max_wasm_stack),
            }));
        }
        let component_digest = self.digest();
        let plain = self.variant(false)?;
        Ok(Runtime {
            inner: Arc::new(Compiled { plain, metered: OnceLock::new(), component_digest, settings: self }),
        })
    }

    /// BLAKE3 of the component this runtime runs (the built-in one's is
    /// computed once per process).
    fn digest(&self) -> [u8; blake3::OUT_LEN] {
        match &self.component {
            None => *builtin_digest(),
            Some(c) => *blake3::hash(c).as_bytes(),
        }
    }

    /// The engine and compiled component for one setting of fuel metering.
    fn variant(&self, metered: bool) -> Result<Variant, Error> {
        let engine = Engine::new(&self.config(metered)).map_err(|e| internal("cannot create the engine", e))?;
        // A component of the caller's that does not fit is the caller's
        // fault; the built-in one failing is ours.
        let unusable = |context: &str, e: wasmtime::Error| match self.component {
            Some(_) => Error::Config(ConfigError::Component { reason: format!("{context}: {e:#}") }),
            None => internal(context, e),
        };
        let wasm: &[u8] = self.component.as_deref().map_or(COMPONENT, |c| c.as_slice());
        let component = code_cache::load_or_compile(&engine, wasm, &self.digest(), self.code_cache_dir.as_deref())
            .map_err(|e| unusable("cannot compile the interpreter component", e))?;
        let mut linker = Linker::new(&engine);
        linker::add_interpreter_imports(&mut linker).map_err(|e| internal("cannot link WASI", e))?;
        linker::add_host_import(&mut linker).map_err(|e| internal("cannot link the host interface", e))?;
        let pre = linker
            .instantiate_pre(&component)
            .and_then(InterpreterPre::new)
            .map_err(|e| unusable("cannot prepare the interpreter", e))?;
        let ticker = epoch::Ticker::start(&engine).map_err(|e| internal("cannot start the epoch thread", e))?;
        Ok(Variant { engine, pre, ticker })
    }

    fn config(&self, metered: bool) -> Config {
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
            .finish()
    }
}

impl Default for RuntimeBuilder {
    fn default() -> Self {
        RuntimeBuilder { code_cache_dir: None, max_wasm_stack: DEFAULT_MAX_WASM_STACK, perf_map: false, component: None }
    }
}

struct Compiled {
    plain: Variant,
    /// Compiled the first time a sandbox with a fuel limit needs it.
    metered: OnceLock<Variant>,
    component_digest: [u8; blake3::OUT_LEN],
    settings: RuntimeBuilder,
}

/// One engine with the component compiled for it.
pub(crate) struct Variant {
    pub(crate) engine: Engine,
    pub(crate) pre: InterpreterPre<StoreData>,
    ticker: epoch::Ticker,
}

impl Variant {
    /// Keeps the epoch advancing while the guard lives (one per call).
    pub(crate) fn ticking(&self) -> Running {
        self.ticker.running()
    }
}

/// BLAKE3 of [`COMPONENT`], computed once.
fn builtin_digest() -> &'static [u8; blake3::OUT_LEN] {
    static DIGEST: OnceLock<[u8; blake3::OUT_LEN]> = OnceLock::new();
    DIGEST.get_or_init(|| *blake3::hash(COMPONENT).as_bytes())
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

    /// The compiled interpreter with fuel metering or without. The metered
    /// one is compiled (or loaded from the code cache) on first use.
    pub(crate) fn variant(&self, metered: bool) -> Result<&Variant, Error> {
        if !metered {
            return Ok(&self.inner.plain);
        }
        if let Some(v) = self.inner.metered.get() {
            return Ok(v);
        }
        let v = self.inner.settings.variant(true)?;
        Ok(self.inner.metered.get_or_init(|| v))
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
