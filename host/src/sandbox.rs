//! Sandboxes: a policy (limits, grants, host functions) on a runtime, and
//! the factory for sessions that follow it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::error::{ConfigError, Error};
use crate::grants::{DirAccess, DirGrant};
#[cfg(feature = "http")]
use crate::host_fn::fetch::{FetchArgs, Fetcher, HttpPolicy};
use crate::host_fn::{self, HostArgs, HostCallError, PauseStyle};
use crate::limits::{Limits, MAX_HOST_VALUE};
use crate::output::{Output, OutputMode};
use crate::policy::Policy;
use crate::runtime::Runtime;
use crate::session::Session;
use crate::snapshot::Snapshot;

/// Configures a [`Sandbox`].
#[derive(Debug, Clone)]
pub struct SandboxBuilder {
    policy: Policy,
    runtime: Option<Runtime>,
    #[cfg(feature = "http")]
    http: Option<HttpPolicy>,
}

impl SandboxBuilder {
    /// Builds on `runtime` instead of the process's shared default
    /// ([`Runtime::shared`]).
    pub fn runtime(mut self, runtime: &Runtime) -> Self {
        self.runtime = Some(runtime.clone());
        self
    }

    /// Capture output into each call's [`Output`] (default), or pass it
    /// through to this process's stdout/stderr as it is produced.
    pub fn output_mode(mut self, mode: OutputMode) -> Self {
        self.policy.output_mode = mode;
        self
    }

    /// Cap on stdout+stderr bytes per call (default 1 MiB). Past it the call
    /// stops with a `Limit(Output)` error, keeping what came before the cap.
    pub fn max_output(mut self, bytes: usize) -> Self {
        self.policy.limits.max_output = bytes;
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
    /// and including time blocked in host calls; `None` (or zero, as in
    /// every host) is unlimited. Compilation and instantiation never count.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.policy.limits.timeout = timeout.filter(|t| !t.is_zero());
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
    #[cfg(feature = "http")]
    pub fn allow_http(mut self, policy: HttpPolicy) -> Self {
        self.http = Some(policy);
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

    /// Grants `name` as a function whose calls pause a pausable run
    /// ([`crate::Session::start`]) until the embedder answers through
    /// [`crate::Pending`]. Outside a pausable run a call raises
    /// `host.HostError` saying so.
    pub fn pausing(mut self, name: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.policy.functions).insert_paused(name.into(), PauseStyle::Pausing);
        self
    }

    /// Grants `name` as an awaitable function the embedder answers: in a
    /// pausable run `await name(...)` waits on an `asyncio` future, and when
    /// no task can run the run pauses with every unanswered call.
    pub fn awaitable(mut self, name: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.policy.functions).insert_paused(name.into(), PauseStyle::Awaitable);
        self
    }

    /// Grants an async function that Python awaits (`await name(...)`), which
    /// the host runs itself: the calls a program gathers
    /// (`asyncio.gather(f(1), f(2))`) run concurrently. Runs of a sandbox
    /// with such a function take the pausable path.
    pub fn function_awaitable<A, R, E, F, Fut>(mut self, name: impl Into<String>, f: F) -> Self
    where
        A: DeserializeOwned + Send + 'static,
        R: Serialize,
        E: std::fmt::Display + 'static,
        F: Fn(A) -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = Result<R, E>> + Send + 'static,
    {
        Arc::make_mut(&mut self.policy.functions).insert_awaitable(name.into(), host_fn::nonblocking(f));
        self
    }

    /// Grants the tools of a connected MCP server as the Python module
    /// `tools.<name>`: `from tools.github import search_issues`, a function
    /// per tool whose arguments the host checks against the tool's input
    /// schema. `tools.describe()` in Python, like [`McpTools::describe`],
    /// gives their signatures for a model to read.
    #[cfg(feature = "mcp")]
    pub fn mcp_tools(mut self, tools: &crate::McpTools) -> Self {
        tools.grant(Arc::make_mut(&mut self.policy.functions));
        self
    }

    /// Pauses one pausable run may make (default 1,000).
    pub fn max_pauses(mut self, pauses: u32) -> Self {
        self.policy.limits.max_pauses = pauses;
        self
    }

    fn grant(mut self, name: String, f: Arc<host_fn::Callable>) -> Self {
        Arc::make_mut(&mut self.policy.functions).insert(name, f);
        self
    }

    /// Host-function calls allowed per call (default 1,000).
    pub fn max_host_calls(mut self, calls: u32) -> Self {
        self.policy.limits.max_host_calls = calls;
        self
    }

    /// Cap on the JSON text of one host call's arguments, and of its result
    /// (default 1 MiB; at most [`MAX_HOST_VALUE`]).
    pub fn max_host_value(mut self, bytes: usize) -> Self {
        self.policy.limits.max_host_value = bytes;
        self
    }

    /// Checks the settings and binds them to the runtime. Fails with
    /// [`Error::Config`] when a granted directory is not a directory, a host
    /// function's name is not a Python identifier (or is one of the `host`
    /// module's own names), or a limit is out of range; with
    /// [`Error::Internal`] only if the shared runtime cannot be created.
    pub fn build(self) -> Result<Sandbox, Error> {
        let mut this = self.with_fetch()?;
        this.check()?;
        let runtime = match this.runtime.take() {
            Some(rt) => rt,
            None => Runtime::shared()?,
        };
        Ok(Sandbox { runtime, policy: Arc::new(this.policy) })
    }

    /// `fetch` is an ordinary host function once its policy is set.
    #[cfg(feature = "http")]
    fn with_fetch(mut self) -> Result<Self, Error> {
        let Some(policy) = self.http.take() else { return Ok(self) };
        let max_requests = policy.max_requests;
        let fetcher = Fetcher::new(policy)?;
        let mut this = self.function_async("fetch", move |args: FetchArgs| {
            let fetcher = fetcher.clone();
            async move { fetcher.fetch(args).await }
        });
        if let Some(cap) = max_requests {
            Arc::make_mut(&mut this.policy.functions).set_budget("fetch", "fetch requests".into(), cap);
        }
        Ok(this)
    }

    #[cfg(not(feature = "http"))]
    fn with_fetch(self) -> Result<Self, Error> {
        Ok(self)
    }

    fn check(&self) -> Result<(), Error> {
        for name in self.policy.functions.names() {
            host_fn::check_name(&name).map_err(|reason| ConfigError::FunctionName { name: name.clone(), reason })?;
        }
        if self.policy.limits.max_host_value > MAX_HOST_VALUE {
            return Err(Error::Config(ConfigError::Limit {
                limit: "max_host_value",
                reason: format!(
                    "{} bytes is over the {MAX_HOST_VALUE}-byte maximum",
                    self.policy.limits.max_host_value
                ),
            }));
        }
        for d in &self.policy.dirs {
            d.check().map_err(|why| ConfigError::grant(d, why))?;
        }
        Ok(())
    }
}

/// A factory for isolated interpreters. Cheap to clone; every [`Session`] it
/// makes is a separate instance with its own memory.
#[derive(Clone)]
pub struct Sandbox {
    runtime: Runtime,
    policy: Arc<Policy>,
}

impl Sandbox {
    /// A sandbox with the default policy on the shared runtime.
    pub fn new() -> Result<Sandbox, Error> {
        Sandbox::builder().build()
    }

    pub fn builder() -> SandboxBuilder {
        SandboxBuilder {
            policy: Policy::default(),
            runtime: None,
            #[cfg(feature = "http")]
            http: None,
        }
    }

    /// A fresh interpreter whose globals persist across its calls.
    pub fn session(&self) -> Result<Session, Error> {
        Session::new(self.runtime.clone(), self.policy.clone())
    }

    /// A session continuing from `snapshot`, under this sandbox's policy:
    /// its limits, host functions and granted directories (matched to the
    /// snapshot's by guest path). Fails with `Limit(Memory)` when the
    /// snapshot's memory exceeds this sandbox's cap.
    pub fn restore(&self, snapshot: &Snapshot) -> Result<Session, Error> {
        Session::restored(self.runtime.clone(), self.policy.clone(), snapshot)
    }

    /// Runs `code` in a fresh interpreter and discards it.
    pub fn run(&self, code: &str) -> Result<Output, Error> {
        self.session()?.exec(code)
    }

    /// The runtime this sandbox's sessions are instances of.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// The limits every call of this sandbox's sessions runs under.
    pub fn limits(&self) -> Limits {
        self.policy.limits
    }

    /// The directories this sandbox grants, in order.
    pub fn dirs(&self) -> &[DirGrant] {
        &self.policy.dirs
    }
}

/// Runs `code` in a fresh interpreter with the default policy, on the
/// shared runtime (a sandbox on it costs a clone).
pub fn run(code: &str) -> Result<Output, Error> {
    Sandbox::new()?.run(code)
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox").field("policy", &self.policy).field("runtime", &self.runtime).finish()
    }
}
