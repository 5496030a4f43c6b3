//! One instance of the interpreter component in its own store: how it is
//! made from a runtime and a policy, how a call runs under the limits, and
//! how a call that stopped without returning is classified.

use std::sync::Arc;
use std::time::Instant;

use wasmtime::component::{Instance, ResourceTable, WasmList};
use wasmtime::{PoolConcurrencyLimitError, Store, Trap, UpdateDeadline};
use wasmtime_wasi::runtime::in_tokio;
use wasmtime_wasi::WasiCtxBuilder;

use crate::bindings::{
    Answer, ExceptionInfo, GuestError, GuestHostCall, Identity, Interpreter, PauseOptions, Refusal, Step,
    SyntaxErrorInfo,
};
use crate::error::{internal, trapped, ConfigError, Error, LimitKind, PythonException, PythonSyntaxError};
use crate::host_fn::HostCalls;
use crate::interrupt::{CallWatch, Stopped};
use crate::limits::MemoryLimiter;
use crate::output::{Output, Outputs, Stats};
use crate::policy::Policy;
use crate::runtime::{Runtime, Variant};
use crate::state::StoreData;

/// The interpreter instance behind a session (not wasmtime's `Instance`:
/// this one owns its store and its output capture).
pub(crate) struct GuestInstance {
    pub(crate) store: Store<StoreData>,
    pub(crate) guest: Interpreter,
    /// The same instance untyped, for the export read without copying.
    instance: Instance,
    outputs: Outputs,
    /// Set once a call stopped without returning; the instance is then
    /// never entered again.
    pub(crate) poisoned: bool,
    /// The engine it runs on: metered or not, and its epoch ticker serves
    /// the instance's calls.
    pub(crate) variant: Arc<Variant>,
    /// What the instance's memory maps (a restored snapshot's image): kept
    /// until the store, declared first and so dropped first, has unmapped
    /// that memory.
    pub(crate) mapped: Option<Arc<dyn std::any::Any + Send + Sync>>,
}

/// One request to the guest's `runtime` interface.
pub(crate) enum Call<'a> {
    Exec(&'a str),
    ExecFile {
        filename: &'a str,
        source: &'a str,
    },
    Eval(&'a str),
    Interactive(&'a str),
    IsIncomplete(&'a str),
    Describe,
    /// The `pausable` interface: a run that may pause at host calls.
    Start {
        source: &'a str,
        options: &'a PauseOptions,
    },
    Resume(&'a [Answer]),
    Pending,
    Cancel,
}

/// What a call returned when the guest finished it.
pub(crate) enum Returned {
    Done,
    Value(String),
    Incomplete(bool),
    Identity(Identity),
    Step(Result<Step, Refusal>),
    Calls(Vec<GuestHostCall>),
    Cancelled,
}

impl GuestInstance {
    pub(crate) fn new(runtime: &Runtime, policy: &Policy) -> Result<GuestInstance, Error> {
        let variant = runtime.variant(policy.limits.fuel.is_some())?;
        match GuestInstance::on(variant, policy)? {
            Ok(instance) => Ok(instance),
            // The pool's live instances are all taken: this one comes from
            // the on-demand engine instead, which has no pool to fill.
            Err(_) => GuestInstance::on_demand(runtime, policy),
        }
    }

    /// An instance whose memory is its own mapping, unmapped when it ends
    /// (never a pool slot, which is reset in place for the next instance).
    pub(crate) fn on_demand(runtime: &Runtime, policy: &Policy) -> Result<GuestInstance, Error> {
        let variant = runtime.on_demand(policy.limits.fuel.is_some())?;
        Ok(GuestInstance::on(variant, policy)?.unwrap_or_else(|_| unreachable!("an on-demand engine has no pool")))
    }

    /// An instance on `variant`, or `Ok(Err(variant))` when its pool is full.
    fn on(variant: Arc<Variant>, policy: &Policy) -> Result<Result<GuestInstance, Arc<Variant>>, Error> {
        let outputs = Outputs::new(policy.output_mode, policy.limits.max_output);
        let mut wasi = WasiCtxBuilder::new();
        wasi.stdout(outputs.stdout()).stderr(outputs.stderr());
        // A directory that was there at build time but vanished since is
        // still the embedder's setting.
        crate::grants::preopen(&mut wasi, &policy.dirs).map_err(|(g, why)| ConfigError::grant(g, why))?;
        let state = StoreData {
            wasi: wasi.build(),
            table: ResourceTable::new(),
            limiter: MemoryLimiter::new(policy.limits.memory),
            watch: CallWatch::default(),
            host: HostCalls::new(policy.functions.clone(), policy.limits.max_host_calls, policy.limits.max_host_value),
        };
        let mut store = Store::new(&variant.engine, state);
        store.limiter(|s| &mut s.limiter);
        store.epoch_deadline_callback(|ctx| {
            ctx.data().watch.check().map_err(wasmtime::Error::new)?;
            Ok(UpdateDeadline::Continue(1))
        });
        store.set_epoch_deadline(1);
        if variant.metered {
            set_fuel(&mut store, u64::MAX)?;
        }
        let instantiated = in_tokio(async {
            let instance = variant.pre.instance_pre().instantiate_async(&mut store).await?;
            Ok::<_, wasmtime::Error>((Interpreter::new(&mut store, &instance)?, instance))
        });
        let (guest, instance) = match instantiated {
            Ok(made) => made,
            Err(e) if variant.pooled && e.chain().any(|c| c.is::<PoolConcurrencyLimitError>()) => {
                return Ok(Err(variant))
            }
            Err(e) => {
                let limiter = &store.data().limiter;
                return Err(match limiter.refused {
                    // The initial memory did not fit under the cap.
                    Some(needed) => Error::Config(ConfigError::MemoryTooSmall { cap: limiter.limit(), needed }),
                    None => internal("cannot instantiate the interpreter", e),
                });
            }
        };
        Ok(Ok(GuestInstance { store, guest, instance, outputs, poisoned: false, variant, mapped: None }))
    }

    /// The guest memory its `capture` export names, in place: the image
    /// while the interpreter runs, the image's destination during a restore.
    /// Its bytes are read with `as_le_slice(&store)`, valid until the store
    /// is next used.
    pub(crate) async fn memory_window(&mut self) -> wasmtime::Result<WasmList<u8>> {
        let capture = self.instance.get_typed_func::<(), (WasmList<u8>,)>(&mut self.store, &self.variant.capture)?;
        Ok(capture.call_async(&mut self.store, ()).await?.0)
    }

    /// Capturing and restoring run no Python code: only the memory cap
    /// applies to them, not a call's fuel, timeout or interrupt.
    pub(crate) fn unmetered(&mut self) -> Result<(), Error> {
        if self.variant.metered {
            set_fuel(&mut self.store, u64::MAX)?;
        }
        self.store.data_mut().watch = CallWatch::default();
        Ok(())
    }

    /// The next call continues a run that already wrote `used` bytes.
    pub(crate) fn carry_output(&self, used: usize) {
        self.outputs.carry(used);
    }

    pub(crate) fn call(
        &mut self,
        call: Call<'_>,
        watch: CallWatch,
        fuel: Option<u64>,
        started: Instant,
    ) -> Result<(Returned, Output), Error> {
        if self.poisoned {
            return Err(Error::Poisoned);
        }
        let fuel_given = fuel.unwrap_or(u64::MAX);
        if self.variant.metered {
            set_fuel(&mut self.store, fuel_given)?;
        }
        self.store.set_epoch_deadline(1);
        self.store.data_mut().limiter.begin_call();
        self.store.data_mut().host.begin_call();
        self.store.data_mut().watch = watch.clone();
        let runtime = self.guest.sandbox_interpreter_runtime();
        let pausable = self.guest.sandbox_interpreter_pausable();
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
                    Call::IsIncomplete(source) => {
                        Ok(Returned::Incomplete(runtime.call_is_incomplete(store, source).await?))
                    }
                    Call::Describe => Ok(Returned::Identity(runtime.call_describe(store).await?)),
                    Call::Start { source, options } => {
                        Ok(Returned::Step(pausable.call_start(store, source, options).await?))
                    }
                    Call::Resume(answers) => Ok(Returned::Step(pausable.call_resume(store, answers, None).await?)),
                    Call::Pending => Ok(Returned::Calls(pausable.call_pending(store).await?)),
                    Call::Cancel => {
                        pausable.call_cancel(store).await?;
                        Ok(Returned::Cancelled)
                    }
                })
            };
            tokio::select! {
                biased;
                r = guest_call => r,
                stopped = watch.stopped() => Err(wasmtime::Error::new(stopped)),
            }
        });
        let duration = started.elapsed();
        let fuel_used = self.variant.metered.then(|| fuel_given.saturating_sub(self.store.get_fuel().unwrap_or(0)));
        let limiter = &self.store.data().limiter;
        let stats = Stats { duration, fuel: fuel_used, peak_memory: limiter.peak as u64 };
        let (stdout, stderr, output_exceeded) = self.outputs.take();
        let output = Output { stdout, stderr, value: None, stats };
        match result {
            Ok(Ok(returned)) => Ok((returned, output)),
            Ok(Err(guest_error)) => Err(from_guest(guest_error, output)),
            Err(trap) => {
                self.poisoned = true;
                Err(classify_trap(&trap, output_exceeded, limiter.refused.is_some(), output))
            }
        }
    }
}

fn set_fuel(store: &mut Store<StoreData>, fuel: u64) -> Result<(), Error> {
    store.set_fuel(fuel).map_err(|e| internal("cannot set fuel", e))
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
    trapped(trap, "a call", output)
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

pub(crate) fn from_guest(e: GuestError, output: Output) -> Error {
    match e {
        GuestError::Exception(ExceptionInfo { type_name, message, traceback }) => {
            Error::Exception { exception: PythonException { type_name, message, traceback }, output }
        }
        GuestError::Syntax(SyntaxErrorInfo { type_name, message, filename, line, column, traceback }) => {
            Error::Syntax { error: PythonSyntaxError { type_name, message, filename, line, column, traceback }, output }
        }
        GuestError::Internal(message) => Error::Internal { message, backtrace: None, output },
    }
}
