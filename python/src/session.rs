//! `Session`: one live interpreter whose globals persist across calls, and
//! `Snapshot`: its state as bytes.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple};

use mpsandbox::{Error, InterruptHandle, Output};

use crate::ctrl_c;
use crate::errors;
use crate::pause::{Pending, Step};
use crate::results::RunResult;
use crate::settings::Recipe;

/// The error for `e`; an interrupt that came from Ctrl-C is Python's own
/// KeyboardInterrupt (its handler ran too), not `Interrupted`.
pub fn interrupted_or(py: Python<'_>, e: Error) -> PyErr {
    if matches!(e, Error::Interrupted { .. }) {
        if let Err(keyboard) = py.check_signals() {
            return keyboard;
        }
    }
    errors::to_py(py, e)
}

/// A persistent interpreter. Calls from several threads take turns; each
/// runs without the GIL. After a limit, a trap or an interrupt the session
/// refuses further calls (`SessionPoisoned`) until `reset()`.
#[pyclass(frozen, module = "mpsandbox")]
pub struct Session {
    inner: Mutex<Option<mpsandbox::Session>>,
    interrupt: InterruptHandle,
    /// Counts the moves of the session's paused run (a resume, cancel,
    /// reset or restore), so a `Pending` from before one is refused rather
    /// than answering calls it never listed.
    moves: AtomicU64,
    /// The sandbox's settings, for pickling a paused run.
    pub recipe: Arc<Recipe>,
}

/// Why a closure on the session gave nothing: the library's error, or the
/// session was closed.
enum Failure {
    Library(Error),
    Closed,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Library(e)
    }
}

impl Session {
    pub fn new(session: mpsandbox::Session, recipe: Arc<Recipe>) -> Session {
        let interrupt = session.interrupt_handle();
        Session { inner: Mutex::new(Some(session)), interrupt, moves: AtomicU64::new(0), recipe }
    }

    fn lock(&self) -> MutexGuard<'_, Option<mpsandbox::Session>> {
        // A panic while locked cannot leave the session half-changed in a
        // way the library does not already guard (it poisons itself).
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the live session with the GIL released; Ctrl-C stops it.
    pub fn with<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&mut mpsandbox::Session) -> Result<T, Error> + Send,
    ) -> PyResult<T> {
        let watch = ctrl_c::watch(&self.interrupt);
        let done = py.detach(|| match self.lock().as_mut() {
            Some(s) => f(s).map_err(Failure::from),
            None => Err(Failure::Closed),
        });
        drop(watch);
        done.map_err(|failure| match failure {
            Failure::Library(e) => interrupted_or(py, e),
            Failure::Closed => errors::closed(py),
        })
    }

    fn output(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&mut mpsandbox::Session) -> Result<Output, Error> + Send,
    ) -> PyResult<RunResult> {
        let out = self.with(py, f)?;
        RunResult::new(py, out)
    }

    /// Counts a move of the paused run unless `r` is a refusal (which
    /// changed nothing); the count after it. Called with the session locked.
    fn moved<T>(&self, r: &Result<T, Error>) -> u64 {
        if matches!(r, Err(Error::Request(_))) {
            self.moves.load(Ordering::SeqCst)
        } else {
            self.moves.fetch_add(1, Ordering::SeqCst) + 1
        }
    }

    /// Runs `f` on the run paused since move `seen`, with the GIL released;
    /// gives its result and the move count after it, counting a move when
    /// `moves_run` (an answer or a cancel; not a snapshot). A `Pending` from
    /// an earlier move, or a session with no paused run, is a `RequestError`.
    pub fn on_pending<T: Send>(
        &self,
        py: Python<'_>,
        seen: u64,
        moves_run: bool,
        f: impl for<'a> FnOnce(mpsandbox::Pending<'a>) -> Result<T, Error> + Send,
    ) -> PyResult<(T, u64)> {
        self.with(py, |s| {
            if self.moves.load(Ordering::SeqCst) != seen {
                return Err(Error::Request(
                    "this Pending is stale: its run was resumed, cancelled or replaced since; \
                     use the Pending the last resume returned, or session.pending()"
                        .into(),
                ));
            }
            let pending = s.pending()?.ok_or_else(|| Error::Request("no run is paused in this session".into()))?;
            let result = f(pending);
            let moves = if moves_run { self.moved(&result) } else { seen };
            result.map(|t| (t, moves))
        })
    }
}

#[pymethods]
impl Session {
    /// Executes `code` as a module body in the session's globals.
    /// `filename` names it in tracebacks (default `<stdin>`).
    #[pyo3(signature = (code, *, filename=None))]
    fn exec(&self, py: Python<'_>, code: &str, filename: Option<&str>) -> PyResult<RunResult> {
        match filename {
            Some(name) => self.output(py, |s| s.exec_file(name, code)),
            None => self.output(py, |s| s.exec(code)),
        }
    }

    /// Evaluates one expression; the result's `value` is its `repr()`.
    fn eval(&self, py: Python<'_>, expression: &str) -> PyResult<RunResult> {
        self.output(py, |s| s.eval(expression))
    }

    /// Starts `code` as a pausable run: the usual `RunResult` when it ends,
    /// or a `Pending` when it stops at a call to a `pausing` function (or
    /// awaits `awaitable` ones). Limits span the whole run; paused time is
    /// not counted. While a run is paused, `exec`, `eval` and `start` raise
    /// `RequestError`.
    fn start(slf: &Bound<'_, Self>, code: &str) -> PyResult<Py<PyAny>> {
        let this = slf.get();
        let (step, moves) = this.with(slf.py(), |s| {
            let result = s.start(code).map(Step::from);
            let moves = this.moved(&result);
            result.map(|step| (step, moves))
        })?;
        step.into_python(slf, moves)
    }

    /// The paused run, or `None`: after `start` returned a `Pending` that was
    /// dropped, or in a session restored from a snapshot of a paused one
    /// (its `stdout` and `stderr` are then empty).
    fn pending(slf: &Bound<'_, Self>) -> PyResult<Option<Pending>> {
        let this = slf.get();
        let found = this.with(slf.py(), |s| {
            let calls = s.pending()?.map(|p| p.calls().to_vec());
            Ok(calls.map(|calls| (calls, this.moves.load(Ordering::SeqCst))))
        })?;
        match found {
            Some((calls, moves)) => Ok(Some(Pending::new(slf, moves, calls, Output::default())?)),
            None => Ok(None),
        }
    }

    /// Replaces the interpreter with a fresh one (no recompilation); a
    /// paused run is dropped.
    fn reset(&self, py: Python<'_>) -> PyResult<()> {
        self.with(py, |s| {
            let result = s.reset();
            self.moved(&result);
            result
        })
    }

    /// Captures globals, imported modules and the heap; the session goes on
    /// unchanged.
    fn snapshot(&self, py: Python<'_>) -> PyResult<Snapshot> {
        self.with(py, |s| s.snapshot()).map(|inner| Snapshot { inner })
    }

    /// Replaces the interpreter with one restored from `snapshot`; on
    /// failure the current one stays.
    fn restore(&self, py: Python<'_>, snapshot: PyRef<'_, Snapshot>) -> PyResult<()> {
        let snapshot = snapshot.inner.clone();
        self.with(py, |s| {
            let result = s.restore(&snapshot);
            if result.is_ok() {
                self.moved(&result);
            }
            result
        })
    }

    /// Stops the running call, from any thread; it raises `Interrupted`.
    /// Without a running call it does nothing.
    fn interrupt(&self) {
        self.interrupt.interrupt();
    }

    /// True after a limit, trap or interrupt, until `reset()`.
    #[getter]
    fn poisoned(&self, py: Python<'_>) -> bool {
        py.detach(|| self.lock().as_ref().is_some_and(|s| s.is_poisoned()))
    }

    #[getter]
    fn closed(&self, py: Python<'_>) -> bool {
        py.detach(|| self.lock().is_none())
    }

    /// Frees the interpreter now rather than when the object is collected.
    /// Waits for a running call to end; calls after it raise `SessionClosed`.
    fn close(&self, py: Python<'_>) {
        let session = py.detach(|| self.lock().take());
        py.detach(move || drop(session));
    }

    fn __enter__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    #[pyo3(signature = (*_exc))]
    fn __exit__(&self, py: Python<'_>, _exc: &Bound<'_, PyTuple>) {
        self.close(py);
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let state = py.detach(|| match self.lock().as_ref() {
            None => "closed",
            Some(s) if s.is_poisoned() => "poisoned",
            Some(_) => "live",
        });
        format!("<mpsandbox.Session {state}>")
    }
}

/// A session's state. `bytes(snapshot)` is its serialized form (digested,
/// tied to this interpreter build); `Snapshot.from_bytes` reads it back.
/// Snapshots pickle, so they can be sent to other processes.
#[pyclass(frozen, module = "mpsandbox")]
pub struct Snapshot {
    pub inner: mpsandbox::Snapshot,
}

#[pymethods]
impl Snapshot {
    /// Fails with `InvalidSnapshot` for damaged bytes or bytes that are not
    /// a snapshot. A signed snapshot's signature is checked by the restore
    /// (or now, with `Runtime.snapshot_from_bytes`).
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Snapshot> {
        let inner = py.detach(|| mpsandbox::Snapshot::from_bytes(data)).map_err(|e| errors::to_py(py, e))?;
        Ok(Snapshot { inner })
    }

    pub fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        let inner = self.inner.clone();
        let bytes = py.detach(move || {
            inner.to_bytes();
            inner
        });
        PyBytes::new(py, bytes.to_bytes())
    }

    fn __bytes__<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        self.to_bytes(py)
    }

    /// Size of the guest memory it holds, in bytes.
    #[getter]
    fn memory_size(&self) -> usize {
        self.inner.memory_size()
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyBytes>,))> {
        let from_bytes = slf.get_type().getattr("from_bytes")?;
        Ok((from_bytes, (slf.get().to_bytes(slf.py()),)))
    }

    fn __repr__(&self) -> String {
        format!("<mpsandbox.Snapshot of {} bytes of memory>", self.inner.memory_size())
    }
}
