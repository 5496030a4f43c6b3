//! The public session: one live interpreter whose globals persist across calls.

use std::sync::Arc;
use std::time::Instant;

use crate::bindings::Identity;
use crate::error::Error;
use crate::instance::{Call, GuestInstance, Returned};
use crate::interrupt::{CallWatch, InterruptHandle};
use crate::output::Output;
use crate::policy::Policy;
use crate::run::RunState;
use crate::runtime::Runtime;
use crate::snapshot::{self, Snapshot};

/// A persistent interpreter: `exec("x = 1")` then `eval("x")` gives `"1"`.
///
/// After a trap or a limit hit the instance may be mid-way through anything,
/// so the session refuses further calls ([`Error::Poisoned`]) until
/// [`Session::reset`] replaces it with a fresh interpreter.
pub struct Session {
    runtime: Runtime,
    pub(crate) policy: Arc<Policy>,
    pub(crate) instance: GuestInstance,
    interrupt: InterruptHandle,
    /// The pausable run under way (paused, between parts), if any.
    pub(crate) run: Option<RunState>,
    /// Restored from a snapshot and not yet asked whether a run is paused.
    pub(crate) restored_unchecked: bool,
}

impl Session {
    pub(crate) fn new(runtime: Runtime, policy: Arc<Policy>) -> Result<Session, Error> {
        let instance = GuestInstance::new(&runtime, &policy)?;
        Ok(Session::around(runtime, policy, instance, false))
    }

    pub(crate) fn restored(runtime: Runtime, policy: Arc<Policy>, snapshot: &Snapshot) -> Result<Session, Error> {
        let instance = snapshot::restore(&runtime, &policy, snapshot)?;
        Ok(Session::around(runtime, policy, instance, true))
    }

    fn around(runtime: Runtime, policy: Arc<Policy>, instance: GuestInstance, restored: bool) -> Session {
        let interrupt = InterruptHandle::default();
        Session { runtime, policy, instance, interrupt, run: None, restored_unchecked: restored }
    }

    /// Captures the interpreter's state: globals, imported modules, the heap.
    /// [`crate::Sandbox::restore`] (of this sandbox or another) continues from it
    /// in a new session; this one goes on unchanged.
    ///
    /// Open files and directory listings do not carry over (they read as
    /// closed after a restore); granted directories are those of the sandbox
    /// that restores, matched by guest path, so the working directory stays
    /// where it was when that path is granted there too.
    pub fn snapshot(&mut self) -> Result<Snapshot, Error> {
        snapshot::capture(&self.runtime, &mut self.instance)
    }

    /// Replaces the interpreter with one restored from `snapshot`, as
    /// [`crate::Sandbox::restore`] would make it. On failure the session keeps its
    /// current interpreter.
    pub fn restore(&mut self, snapshot: &Snapshot) -> Result<(), Error> {
        self.instance = snapshot::restore(&self.runtime, &self.policy, snapshot)?;
        self.run = None;
        self.restored_unchecked = true;
        Ok(())
    }

    /// Executes `source` as a module body; tracebacks name it `<stdin>`.
    ///
    /// In a sandbox with [`crate::SandboxBuilder::function_awaitable`]
    /// functions the run takes the pausable path, so that their calls can
    /// run concurrently; a call that pauses for the embedder then fails it
    /// (use [`Session::start`]).
    pub fn exec(&mut self, source: &str) -> Result<Output, Error> {
        if self.policy.functions.has_awaitable() {
            return self.exec_pausable(source);
        }
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
        self.instance = GuestInstance::new(&self.runtime, &self.policy)?;
        self.run = None;
        self.restored_unchecked = false;
        Ok(())
    }

    /// A `runtime` call, refused while a run is paused.
    fn call(&mut self, call: Call<'_>) -> Result<(Returned, Output), Error> {
        if !matches!(call, Call::IsIncomplete(_) | Call::Describe) {
            self.refuse_if_paused()?;
        }
        let limits = self.policy.limits;
        self.call_with(call, limits.timeout, limits.fuel)
    }

    /// A call under the sandbox's per-call limits.
    pub(crate) fn plain_call(&mut self, call: Call<'_>) -> Result<Returned, Error> {
        let limits = self.policy.limits;
        self.call_with(call, limits.timeout, limits.fuel).map(|(r, _)| r)
    }

    pub(crate) fn call_with(
        &mut self,
        call: Call<'_>,
        timeout: Option<std::time::Duration>,
        fuel: Option<u64>,
    ) -> Result<(Returned, Output), Error> {
        let started = Instant::now();
        // An interrupt raised while no call ran is stale: drop it.
        self.interrupt.clear();
        let watch = CallWatch {
            deadline: timeout.filter(|t| !t.is_zero()).map(|t| started + t),
            interrupt: self.interrupt.clone(),
        };
        let _ticking = self.instance.variant.ticking();
        self.instance.call(call, watch, fuel, started)
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("policy", &self.policy).field("poisoned", &self.instance.poisoned).finish()
    }
}
