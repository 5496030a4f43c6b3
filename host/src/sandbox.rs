//! The compiled interpreter and the policy every session made from it follows.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use wasmtime::component::Linker;
use wasmtime::{Config, Engine};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::bindings::InterpreterPre;
use crate::error::{setup, Error, Output};
use crate::fetch::{FetchArgs, Fetcher, HttpPolicy};
use crate::host_fn::{self, HostArgs, HostCallError, HostFunctions};
use crate::interrupt::Ticker;
use crate::limits::{Limits, MAX_HOST_VALUE};
use crate::output::OutputMode;
use crate::session::{HostState, Session};

/// The interpreter component, built by `scripts/build-guest.sh` from the
/// pinned MicroPython source and checked byte-for-byte by CI.
pub const COMPONENT: &[u8] = include_bytes!("../component/interpreter.wasm");

/// wasmtime's default 512 KiB native stack runs out long before MicroPython's
/// own recursion check (on the 2 MiB shadow stack) fires. C recursion that
/// keeps few locals in memory (the regex engine, the compiler) uses native
/// stack much faster than shadow stack, so the native limit must be several
/// times larger for the guest to raise a clean RuntimeError first. Only the
/// pages a call touches are ever committed.
const MAX_WASM_STACK: usize = 16 << 20;

/// Engine and compiled component, shared by every sandbox in the process:
/// compilation is the expensive step (hundreds of ms) and happens once.
struct Compiled {
    engine: Engine,
    pre: InterpreterPre<HostState>,
    ticker: &'static Ticker,
}

fn compiled() -> Result<&'static Compiled, Error> {
    static COMPILED: OnceLock<Result<Compiled, String>> = OnceLock::new();
    COMPILED
        .get_or_init(|| compile().map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|e| Error::Setup(e.clone()))
}

fn compile() -> wasmtime::Result<Compiled> {
    let mut config = Config::new();
    config.wasm_exceptions(true);
    config.max_wasm_stack(MAX_WASM_STACK);
    config.async_stack_size(MAX_WASM_STACK + (1 << 20));
    // Fuel counts work for `fuel` limits; epochs let a timeout or an
    // interrupt stop running wasm without instrumenting every instruction.
    config.consume_fuel(true);
    config.epoch_interruption(true);
    // For profiling the guest with `perf record`: symbols of JIT code.
    if std::env::var_os("MPSANDBOX_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    let engine = Engine::new(&config)?;
    let component = crate::code_cache::load_or_compile(&engine, COMPONENT)?;
    let mut linker = Linker::new(&engine);
    crate::linker::add_interpreter_imports(&mut linker)?;
    crate::linker::add_host_import(&mut linker)?;
    let pre = InterpreterPre::new(linker.instantiate_pre(&component)?)?;
    let ticker = Ticker::start(&engine);
    Ok(Compiled { engine, pre, ticker })
}

/// Settings every session of a [`Sandbox`] gets.
#[derive(Debug, Clone)]
pub(crate) struct Policy {
    pub(crate) output_mode: OutputMode,
    pub(crate) limits: Limits,
    pub(crate) dirs: Vec<DirGrant>,
    pub(crate) functions: Arc<HostFunctions>,
    pub(crate) http: Option<HttpPolicy>,
}

/// What guest code may do inside a granted directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirAccess {
    /// Read files and list directories; every write fails with `OSError`.
    ReadOnly,
    /// Also create, write, rename and remove.
    ReadWrite,
}

/// A host directory visible to the guest at `guest_path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirGrant {
    pub host_path: PathBuf,
    pub guest_path: String,
    pub access: DirAccess,
}

/// Configures a [`Sandbox`].
#[derive(Debug, Clone)]
pub struct SandboxBuilder {
    policy: Policy,
}

impl SandboxBuilder {
    /// Capture output into each call's [`Output`] (default), or pass it
    /// through to this process's stdout/stderr as it is produced.
    pub fn output_mode(mut self, mode: OutputMode) -> Self {
        self.policy.output_mode = mode;
        self
    }

    /// Cap on stdout+stderr bytes per call (default 1 MiB). Past it the call
    /// stops with a `Limit(Output)` error, keeping what came before the cap.
    pub fn max_output(mut self, bytes: usize) -> Self {
        self.policy.limits.output = bytes;
        self
    }

    /// Cap on each instance's linear memory (default 256 MiB). The guest
    /// sees `MemoryError` when its heap cannot grow; a failure it cannot
    /// recover from is a `Limit(Memory)` error.
    pub fn memory(mut self, bytes: usize) -> Self {
        self.policy.limits.memory = bytes;
        self
    }

    /// Fuel per call (about one unit per wasm instruction); `None` (the
    /// default) is unlimited. Running out is a `Limit(Fuel)` error.
    pub fn fuel(mut self, fuel: Option<u64>) -> Self {
        self.policy.limits.fuel = fuel;
        self
    }

    /// Wall-clock time per call (default 30 s), counted from the call's start
    /// and including time blocked in host calls; `None` is unlimited.
    /// Compilation and instantiation never count.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.policy.limits.timeout = timeout;
        self
    }

    /// Replaces all limits at once.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.policy.limits = limits;
        self
    }

    /// Makes the host directory `host_path` visible at `guest_path` (e.g.
    /// `/data`). The host enforces `access` and keeps paths inside the
    /// directory: `..` and symlinks cannot leave it. The first grant is the
    /// guest's initial working directory.
    pub fn dir(mut self, host_path: impl Into<PathBuf>, guest_path: impl Into<String>, access: DirAccess) -> Self {
        self.policy.dirs.push(DirGrant { host_path: host_path.into(), guest_path: guest_path.into(), access });
        self
    }

    /// Grants Python the function `name`: `from host import name` then gives
    /// an ordinary callable. `f` takes one serde parameter that the call's
    /// arguments fill: a struct takes positional arguments in field order
    /// and keyword arguments by field name, a tuple takes positional ones,
    /// a map keyword ones, an `Option` one positional argument or none, any
    /// other type exactly one positional argument.
    /// Arguments that do not fit raise `TypeError` in Python; an `Err` from
    /// `f` raises `host.HostError` with its message.
    ///
    /// `f` runs on a blocking thread: a function that blocks still lets the
    /// call's timeout or an interrupt end the call (the thread then finishes
    /// on its own, its result discarded). Its time counts against the
    /// timeout.
    pub fn function<A, R, E, F>(self, name: impl Into<String>, f: F) -> Self
    where
        A: DeserializeOwned + Send + 'static,
        R: Serialize,
        E: std::fmt::Display + 'static,
        F: Fn(A) -> Result<R, E> + Send + Sync + 'static,
    {
        self.grant(name.into(), host_fn::blocking(f))
    }

    /// Like [`SandboxBuilder::function`] for an async function, polled on the
    /// call's own task (no thread); dropping it at a timeout cancels it.
    pub fn function_async<A, R, E, F, Fut>(self, name: impl Into<String>, f: F) -> Self
    where
        A: DeserializeOwned + Send + 'static,
        R: Serialize,
        E: std::fmt::Display + 'static,
        F: Fn(A) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = Result<R, E>> + Send + 'static,
    {
        self.grant(name.into(), host_fn::nonblocking(f))
    }

    /// Grants `fetch(url, method="GET", headers=None, body=None)`: HTTP(S)
    /// requests to the hosts `policy` allows, returning a dict with
    /// `status`, `url`, `headers` and `body` (text). A refused host,
    /// redirect or address raises `host.HostError`.
    pub fn allow_http(mut self, policy: HttpPolicy) -> Self {
        self.policy.http = Some(policy);
        self
    }

    /// Like [`SandboxBuilder::function`] with the arguments as they came,
    /// untyped; the function chooses which Python exception a failure raises.
    pub fn function_untyped<F>(self, name: impl Into<String>, f: F) -> Self
    where
        F: Fn(HostArgs) -> Result<Value, HostCallError> + Send + Sync + 'static,
    {
        self.grant(name.into(), host_fn::untyped(f))
    }

    fn grant(mut self, name: String, f: Arc<host_fn::Callable>) -> Self {
        Arc::make_mut(&mut self.policy.functions).insert(name, f);
        self
    }

    /// Host-function calls allowed per call (default 1,000).
    pub fn max_host_calls(mut self, calls: u32) -> Self {
        self.policy.limits.host_calls = calls;
        self
    }

    /// Cap on the JSON text of one host call's arguments, and of its result
    /// (default 1 MiB; at most [`MAX_HOST_VALUE`]).
    pub fn max_host_value(mut self, bytes: usize) -> Self {
        self.policy.limits.host_value = bytes;
        self
    }

    /// Fails with `Error::Setup` when a granted directory cannot be opened,
    /// a host function's name is not a Python identifier (or is one of the
    /// `host` module's own names), or a limit is out of range.
    pub fn build(mut self) -> Result<Sandbox, Error> {
        if let Some(policy) = self.policy.http.clone() {
            let fetcher = Fetcher::new(policy)?;
            self = self.function_async("fetch", move |args: FetchArgs| {
                let fetcher = fetcher.clone();
                async move { fetcher.fetch(args).await }
            });
        }
        for name in self.policy.functions.names() {
            host_fn::check_name(&name).map_err(Error::Setup)?;
        }
        if self.policy.limits.host_value > MAX_HOST_VALUE {
            return Err(Error::Setup(format!("the host value cap cannot exceed {MAX_HOST_VALUE} bytes")));
        }
        for d in &self.policy.dirs {
            if !d.host_path.is_dir() {
                return Err(Error::Setup(format!("cannot grant '{}': not a directory", d.host_path.display())));
            }
        }
        let compiled = compiled()?;
        Ok(Sandbox { inner: Arc::new(Shared { compiled, policy: self.policy }) })
    }
}

struct Shared {
    compiled: &'static Compiled,
    policy: Policy,
}

/// A factory for isolated interpreters. Cheap to clone; every [`Session`] it
/// makes is a separate instance with its own memory.
#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<Shared>,
}

impl Sandbox {
    /// A sandbox with the default policy.
    pub fn new() -> Result<Sandbox, Error> {
        Sandbox::builder().build()
    }

    pub fn builder() -> SandboxBuilder {
        SandboxBuilder {
            policy: Policy {
                output_mode: OutputMode::Capture,
                limits: Limits::default(),
                dirs: Vec::new(),
                functions: Arc::default(),
                http: None,
            },
        }
    }

    /// A fresh interpreter whose globals persist across its calls.
    pub fn session(&self) -> Result<Session, Error> {
        Session::new(self.clone())
    }

    /// A session continuing from `snapshot`, under this sandbox's policy:
    /// its limits, host functions and granted directories (matched to the
    /// snapshot's by guest path). Fails with `Limit(Memory)` when the
    /// snapshot's memory exceeds this sandbox's cap.
    pub fn restore(&self, snapshot: &crate::Snapshot) -> Result<Session, Error> {
        Session::restored(self.clone(), snapshot)
    }

    /// Runs `code` in a fresh interpreter and discards it.
    pub fn run(&self, code: &str) -> Result<Output, Error> {
        self.session()?.exec(code)
    }

    pub(crate) fn engine(&self) -> &Engine {
        &self.inner.compiled.engine
    }

    pub(crate) fn pre(&self) -> &InterpreterPre<HostState> {
        &self.inner.compiled.pre
    }

    pub(crate) fn ticker(&self) -> &'static Ticker {
        self.inner.compiled.ticker
    }

    /// The limits every call of this sandbox's sessions runs under.
    pub fn limits(&self) -> Limits {
        self.inner.policy.limits
    }

    pub(crate) fn policy(&self) -> &Policy {
        &self.inner.policy
    }
}

/// Runs `code` in a fresh interpreter with the default policy.
pub fn run(code: &str) -> Result<Output, Error> {
    static DEFAULT: OnceLock<Sandbox> = OnceLock::new();
    let sandbox = match DEFAULT.get() {
        Some(s) => s,
        None => {
            let s = Sandbox::new()?;
            DEFAULT.get_or_init(|| s)
        }
    };
    sandbox.run(code)
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox").field("policy", &self.inner.policy).finish()
    }
}

pub(crate) fn instantiate_error(e: wasmtime::Error) -> Error {
    setup(format!("cannot instantiate the interpreter: {e:#}"))
}
