//! One live interpreter instance whose globals persist across calls.

use std::time::Instant;

use wasmtime::component::ResourceTable;
use wasmtime::Store;
use wasmtime_wasi::runtime::in_tokio;
use wasmtime_wasi::{FsPerms, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

use crate::bindings::{ExceptionInfo, GuestError, Identity, Interpreter, SyntaxErrorInfo};
use crate::error::{setup, Error, LimitKind, Output, PythonException, PythonSyntaxError, Stats};
use crate::output::Outputs;
use crate::sandbox::{instantiate_error, DirAccess, Sandbox};

pub(crate) struct HostState {
    ctx: WasiCtx,
    table: ResourceTable,
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
}

impl Session {
    pub(crate) fn new(sandbox: Sandbox) -> Result<Session, Error> {
        let instance = Instance::new(&sandbox)?;
        Ok(Session { sandbox, instance })
    }

    /// Executes `source` as a module body; tracebacks name it `<stdin>`.
    pub fn exec(&mut self, source: &str) -> Result<Output, Error> {
        self.instance.call(Call::Exec(source))
    }

    /// Executes `source` as the file `filename` (used in tracebacks).
    pub fn exec_file(&mut self, filename: &str, source: &str) -> Result<Output, Error> {
        self.instance.call(Call::ExecFile { filename, source })
    }

    /// Evaluates one expression; `Output::value` holds its `repr()`.
    pub fn eval(&mut self, expression: &str) -> Result<Output, Error> {
        self.instance.call(Call::Eval(expression))
    }

    /// The interpreter's identity (implementation, version, modules).
    pub fn identity(&mut self) -> Result<Identity, Error> {
        let inst = &mut self.instance;
        if inst.poisoned {
            return Err(Error::Poisoned);
        }
        let runtime = inst.guest.sandbox_interpreter_runtime();
        let r = in_tokio(runtime.call_describe(&mut inst.store));
        r.map_err(|e| {
            inst.poisoned = true;
            Error::Internal { message: format!("{e:#}"), output: Output::default() }
        })
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
}

impl Instance {
    fn new(sandbox: &Sandbox) -> Result<Instance, Error> {
        let policy = sandbox.policy();
        let outputs = Outputs::new(policy.output_mode, policy.max_output);
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
        let ctx = ctx.build();
        let mut store = Store::new(sandbox.engine(), HostState { ctx, table: ResourceTable::new() });
        let guest = in_tokio(sandbox.pre().instantiate_async(&mut store)).map_err(instantiate_error)?;
        Ok(Instance { store, guest, outputs, poisoned: false })
    }

    fn call(&mut self, call: Call<'_>) -> Result<Output, Error> {
        if self.poisoned {
            return Err(Error::Poisoned);
        }
        let started = Instant::now();
        let runtime = self.guest.sandbox_interpreter_runtime();
        let store = &mut self.store;
        let result = in_tokio(async move {
            match call {
                Call::Exec(source) => runtime.call_exec(store, source).await.map(|r| r.map(|()| None)),
                Call::ExecFile { filename, source } => {
                    runtime.call_exec_file(store, filename, source).await.map(|r| r.map(|()| None))
                }
                Call::Eval(expr) => runtime.call_eval(store, expr).await.map(|r| r.map(Some)),
            }
        });
        let duration = started.elapsed();
        let (stdout, stderr, output_exceeded) = self.outputs.take();
        let mut output = Output { stdout, stderr, value: None, stats: Stats { duration } };
        match result {
            Ok(Ok(value)) => {
                output.value = value;
                Ok(output)
            }
            Ok(Err(guest_error)) => Err(from_guest(guest_error, output)),
            Err(trap) => {
                self.poisoned = true;
                if output_exceeded {
                    return Err(Error::Limit {
                        kind: LimitKind::Output,
                        detail: "stdout and stderr exceeded the per-call cap".into(),
                        output,
                    });
                }
                Err(Error::Internal { message: format!("the interpreter trapped: {trap:#}"), output })
            }
        }
    }
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
