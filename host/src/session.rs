//! One live interpreter instance whose globals persist across calls.

use std::time::Instant;

use wasmtime::component::ResourceTable;
use wasmtime::{Store, Trap, UpdateDeadline};
use wasmtime_wasi::runtime::in_tokio;
use wasmtime_wasi::{FsPerms, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

use crate::bindings::{ExceptionInfo, GuestError, Identity, Interpreter, SyntaxErrorInfo};
use crate::error::{setup, Error, LimitKind, Output, PythonException, PythonSyntaxError, Stats};
use crate::host_fn::HostCalls;
use crate::interrupt::{CallWatch, InterruptHandle, Stopped};
use crate::limits::MemoryLimiter;
use crate::output::Outputs;
use crate::sandbox::{instantiate_error, DirAccess, Sandbox};
use crate::snapshot::{restore_error, Snapshot};

pub(crate) struct HostState {
    ctx: WasiCtx,
    table: ResourceTable,
    limiter: MemoryLimiter,
    watch: CallWatch,
    pub(crate) host: HostCalls,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

/// A persistent interpreter: `exec("x = 1")` then `eval("x")` gives `"1"`.
///
/// After a trap or a limit hit the instance may be mid-way through anything,
/// so the session refuses further calls ([`Error::Poisoned`]) until
/// [`Session::reset`] replaces it with a fresh interpreter.
pub struct Session {
    sandbox: Sandbox,
    instance: Instance,
    interrupt: InterruptHandle,
}

struct Instance {
    store: Store<HostState>,
    guest: Interpreter,
    outputs: Outputs,
    poisoned: bool,
}

/// One request to the guest's `runtime` interface.
enum Call<'a> {
    Exec(&'a str),
    ExecFile { filename: &'a str, source: &'a str },
    Eval(&'a str),
    Interactive(&'a str),
    IsIncomplete(&'a str),
    Describe,
}

/// What a call returned when the guest finished it.
enum Returned {
    Done,
    Value(String),
    Incomplete(bool),
    Identity(Identity),
}

impl Session {
    pub(crate) fn new(sandbox: Sandbox) -> Result<Session, Error> {
        let instance = Instance::new(&sandbox)?;
        Ok(Session { sandbox, instance, interrupt: InterruptHandle::default() })
    }

    pub(crate) fn restored(sandbox: Sandbox, snapshot: &Snapshot) -> Result<Session, Error> {
        let instance = Instance::restored(&sandbox, snapshot)?;
        Ok(Session { sandbox, instance, interrupt: InterruptHandle::default() })
    }

    /// Captures the interpreter's state: globals, imported modules, the heap.
    /// [`Sandbox::restore`] (of this sandbox or another) continues from it
    /// in a new session; this one goes on unchanged.
    ///
    /// Open files and directory listings do not carry over (they read as
    /// closed after a restore); granted directories are those of the sandbox
    /// that restores, matched by guest path, so the working directory stays
    /// where it was when that path is granted there too.
    pub fn snapshot(&mut self) -> Result<Snapshot, Error> {
        self.instance.capture()
    }

    /// Replaces the interpreter with one restored from `snapshot`, as
    /// [`Sandbox::restore`] would make it. On failure the session keeps its
    /// current interpreter.
    pub fn restore(&mut self, snapshot: &Snapshot) -> Result<(), Error> {
        self.instance = Instance::restored(&self.sandbox, snapshot)?;
        Ok(())
    }

    /// Executes `source` as a module body; tracebacks name it `<stdin>`.
    pub fn exec(&mut self, source: &str) -> Result<Output, Error> {
        self.call(Call::Exec(source)).map(|(_, out)| out)
    }

    /// Executes `source` as the file `filename` (used in tracebacks).
    pub fn exec_file(&mut self, filename: &str, source: &str) -> Result<Output, Error> {
        self.call(Call::ExecFile { filename, source }).map(|(_, out)| out)
    }

    /// Evaluates one expression; `Output::value` holds its `repr()`.
    pub fn eval(&mut self, expression: &str) -> Result<Output, Error> {
        let (returned, mut out) = self.call(Call::Eval(expression))?;
        if let Returned::Value(v) = returned {
            out.value = Some(v);
        }
        Ok(out)
    }

    /// Runs one REPL entry: like [`Session::exec`], but the `repr()` of each
    /// expression statement's value is printed unless it is `None`.
    pub fn exec_interactive(&mut self, source: &str) -> Result<Output, Error> {
        self.call(Call::Interactive(source)).map(|(_, out)| out)
    }

    /// Whether a REPL entry needs more lines (open block, bracket or string).
    pub fn is_incomplete(&mut self, source: &str) -> Result<bool, Error> {
        match self.call(Call::IsIncomplete(source))? {
            (Returned::Incomplete(more), _) => Ok(more),
            _ => unreachable!("is-incomplete returns a bool"),
        }
    }

    /// The interpreter's identity (implementation, version, modules).
    pub fn identity(&mut self) -> Result<Identity, Error> {
        match self.call(Call::Describe)? {
            (Returned::Identity(id), _) => Ok(id),
            _ => unreachable!("describe returns an identity"),
        }
    }

    /// A handle that stops this session's running call from another thread
    /// (e.g. on Ctrl-C). It stays valid across [`Session::reset`].
    pub fn interrupt_handle(&self) -> InterruptHandle {
        self.interrupt.clone()
    }

    /// True after a trap or limit hit; only [`Session::reset`] helps then.
    pub fn is_poisoned(&self) -> bool {
        self.instance.poisoned
    }

    /// Replaces the interpreter with a fresh one (no recompilation).
    pub fn reset(&mut self) -> Result<(), Error> {
        self.instance = Instance::new(&self.sandbox)?;
        Ok(())
    }

    fn call(&mut self, call: Call<'_>) -> Result<(Returned, Output), Error> {
        let limits = self.sandbox.policy().limits;
        let started = Instant::now();
        // An interrupt raised while no call ran is stale: drop it.
        self.interrupt.clear();
        let watch = CallWatch { deadline: limits.timeout.map(|t| started + t), interrupt: self.interrupt.clone() };
        let _ticking = self.sandbox.ticker().running();
        self.instance.call(call, watch, limits.fuel, started)
    }
}

impl Instance {
    fn new(sandbox: &Sandbox) -> Result<Instance, Error> {
        let policy = sandbox.policy();
        let outputs = Outputs::new(policy.output_mode, policy.limits.output);
        let mut ctx = WasiCtxBuilder::new();
        ctx.stdout(outputs.stdout()).stderr(outputs.stderr());
        for d in &policy.dirs {
            let perms = match d.access {
                DirAccess::ReadOnly => FsPerms::ReadOnly,
                DirAccess::ReadWrite => FsPerms::ReadWrite,
            };
            ctx.preopened_dir(&d.host_path, &d.guest_path, perms).map_err(|e| {
                setup(format!("cannot grant '{}': {e:#}", d.host_path.display()))
            })?;
        }
        let state = HostState {
            ctx: ctx.build(),
            table: ResourceTable::new(),
            limiter: MemoryLimiter::new(policy.limits.memory),
            watch: CallWatch::default(),
            host: HostCalls::new(policy.functions.clone(), policy.limits.host_calls, policy.limits.host_value),
        };
        let mut store = Store::new(sandbox.engine(), state);
        store.limiter(|s| &mut s.limiter);
        store.epoch_deadline_callback(|ctx| {
            ctx.data().watch.check().map_err(wasmtime::Error::new)?;
            Ok(UpdateDeadline::Continue(1))
        });
        store.set_epoch_deadline(1);
        store.set_fuel(u64::MAX).map_err(setup)?;
        let guest = in_tokio(sandbox.pre().instantiate_async(&mut store)).map_err(instantiate_error)?;
        Ok(Instance { store, guest, outputs, poisoned: false })
    }

    fn restored(sandbox: &Sandbox, snapshot: &Snapshot) -> Result<Instance, Error> {
        let mut instance = Instance::new(sandbox)?;
        let image = snapshot.image();
        let chunks = snapshot.chunks();
        let size = u32::try_from(image.len()).map_err(|_| setup("the snapshot is larger than 4 GiB"))?;
        instance.unmetered()?;
        let guest = instance.guest.sandbox_interpreter_snapshot();
        let store = &mut instance.store;
        let result = in_tokio(async move {
            if let Err(e) = guest.call_restore_begin(&mut *store, size).await? {
                return Ok(Err(e));
            }
            for chunk in chunks {
                let (offset, len) = (chunk.start as u32, chunk.len() as u32);
                if let Err(e) = guest.call_restore_seek(&mut *store, offset, len).await? {
                    return Ok(Err(e));
                }
                if let Err(e) = guest.call_restore_chunk(&mut *store, &image[chunk.clone()]).await? {
                    return Ok(Err(e));
                }
            }
            guest.call_restore_end(&mut *store).await
        });
        match result {
            Ok(Ok(())) => Ok(instance),
            Ok(Err(e)) => Err(restore_error(e)),
            Err(trap) => Err(Error::Internal {
                message: format!("the interpreter trapped while restoring a snapshot: {trap:#}"),
                output: Output::default(),
            }),
        }
    }

    fn capture(&mut self) -> Result<Snapshot, Error> {
        if self.poisoned {
            return Err(Error::Poisoned);
        }
        self.unmetered()?;
        let guest = self.guest.sandbox_interpreter_snapshot();
        match in_tokio(guest.call_capture(&mut self.store)) {
            Ok(image) => Ok(Snapshot::from_image(image)),
            Err(trap) => {
                self.poisoned = true;
                Err(Error::Internal { message: format!("the interpreter trapped while capturing: {trap:#}"), output: Output::default() })
            }
        }
    }

    /// Capturing and restoring run no Python code: only the memory cap
    /// applies to them, not a call's fuel, timeout or interrupt.
    fn unmetered(&mut self) -> Result<(), Error> {
        self.store.set_fuel(u64::MAX).map_err(setup)?;
        self.store.data_mut().watch = CallWatch::default();
        Ok(())
    }

    fn call(&mut self, call: Call<'_>, watch: CallWatch, fuel: Option<u64>, started: Instant) -> Result<(Returned, Output), Error> {
        if self.poisoned {
            return Err(Error::Poisoned);
        }
        let fuel_given = fuel.unwrap_or(u64::MAX);
        self.store.set_fuel(fuel_given).map_err(setup)?;
        self.store.set_epoch_deadline(1);
        self.store.data_mut().limiter.begin_call();
        self.store.data_mut().host.begin_call();
        self.store.data_mut().watch = watch.clone();
        let runtime = self.guest.sandbox_interpreter_runtime();
        let store = &mut self.store;
        let result = in_tokio(async move {
            let guest_call = async move {
                Ok(match call {
                    Call::Exec(source) => runtime.call_exec(store, source).await?.map(|()| Returned::Done),
                    Call::ExecFile { filename, source } => {
                        runtime.call_exec_file(store, filename, source).await?.map(|()| Returned::Done)
                    }
                    Call::Eval(expr) => runtime.call_eval(store, expr).await?.map(Returned::Value),
                    Call::Interactive(source) => {
                        runtime.call_exec_interactive(store, source).await?.map(|()| Returned::Done)
                    }
                    Call::IsIncomplete(source) => Ok(Returned::Incomplete(runtime.call_is_incomplete(store, source).await?)),
                    Call::Describe => Ok(Returned::Identity(runtime.call_describe(store).await?)),
                })
            };
            tokio::select! {
                biased;
                r = guest_call => r,
                stopped = watch.stopped() => Err(wasmtime::Error::new(stopped)),
            }
        });
        let duration = started.elapsed();
        let fuel_used = fuel_given.saturating_sub(self.store.get_fuel().unwrap_or(0));
        let limiter = &self.store.data().limiter;
        let stats = Stats { duration, fuel: fuel_used, peak_memory: limiter.peak as u64 };
        let (stdout, stderr, output_exceeded) = self.outputs.take();
        let output = Output { stdout, stderr, value: None, stats };
        match result {
            Ok(Ok(returned)) => Ok((returned, output)),
            Ok(Err(guest_error)) => Err(from_guest(guest_error, output)),
            Err(trap) => {
                self.poisoned = true;
                Err(classify_trap(&trap, output_exceeded, limiter.refused, output))
            }
        }
    }
}

/// Names the reason a call stopped without returning. Limits are checked
/// first: a trap right after a refused memory growth, say, is the limit's
/// consequence, not a bug.
fn classify_trap(trap: &wasmtime::Error, output_exceeded: bool, memory_refused: bool, output: Output) -> Error {
    let limit = |kind, detail: &str| Error::Limit { kind, detail: detail.into(), output: output.clone() };
    if let Some(stopped) = trap.downcast_ref::<Stopped>() {
        return match stopped {
            Stopped::Timeout => limit(LimitKind::Timeout, "the call ran past its time limit"),
            Stopped::Interrupted => Error::Interrupted { output },
        };
    }
    if output_exceeded {
        return limit(LimitKind::Output, "stdout and stderr exceeded the per-call cap");
    }
    match trap.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => return limit(LimitKind::Fuel, "the call used up its fuel"),
        Some(Trap::StackOverflow) => return limit(LimitKind::Stack, "the interpreter's native stack overflowed"),
        Some(Trap::MemoryOutOfBounds) if shadow_stack_overflow(trap) => {
            return limit(LimitKind::Stack, "the interpreter's shadow stack overflowed")
        }
        _ => {}
    }
    if memory_refused {
        return limit(LimitKind::Memory, "linear memory reached its cap");
    }
    Error::Internal { message: format!("the interpreter trapped: {trap:#}"), output }
}

/// The guest's shadow stack sits first in linear memory and grows down to
/// address 0, so C recursion that outruns MicroPython's own check moves the
/// stack pointer below 0: the fault lands just under 4 GiB, far above any
/// memory the limiter lets an instance have. wasmtime reports the address
/// only in the fault's message.
fn shadow_stack_overflow(trap: &wasmtime::Error) -> bool {
    const WRAPPED: u64 = (1 << 32) - (16 << 20);
    trap.chain().any(|e| {
        let text = e.to_string();
        text.split("memory fault at wasm address 0x")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| !c.is_ascii_hexdigit()).next())
            .and_then(|hex| u64::from_str_radix(hex, 16).ok())
            .is_some_and(|address| address >= WRAPPED)
    })
}

fn from_guest(e: GuestError, output: Output) -> Error {
    match e {
        GuestError::Exception(ExceptionInfo { type_name, message, traceback }) => {
            Error::Exception { exception: PythonException { type_name, message, traceback }, output }
        }
        GuestError::Syntax(SyntaxErrorInfo { type_name, message, filename, line, column, traceback }) => {
            Error::Syntax {
                error: PythonSyntaxError { type_name, message, filename, line, column, traceback },
                output,
            }
        }
        GuestError::Internal(message) => Error::Internal { message, output },
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("sandbox", &self.sandbox).field("poisoned", &self.instance.poisoned).finish()
    }
}
