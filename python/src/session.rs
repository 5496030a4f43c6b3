//! `Session`: one live interpreter whose globals persist across calls, and
//! `Snapshot`: its state as bytes.

use std::sync::{Mutex, MutexGuard};

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple};

use mpsandbox::{Error, InterruptHandle, Output};

use crate::ctrl_c;
use crate::errors;
use crate::results::RunResult;

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
    pub fn new(session: mpsandbox::Session) -> Session {
        let interrupt = session.interrupt_handle();
        Session { inner: Mutex::new(Some(session)), interrupt }
    }

    fn lock(&self) -> MutexGuard<'_, Option<mpsandbox::Session>> {
        // A panic while locked cannot leave the session half-changed in a
        // way the library does not already guard (it poisons itself).
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the live session with the GIL released; Ctrl-C stops it.
    fn with<T: Send>(
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

    /// Replaces the interpreter with a fresh one (no recompilation).
    fn reset(&self, py: Python<'_>) -> PyResult<()> {
        self.with(py, |s| s.reset())
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
        self.with(py, |s| s.restore(&snapshot))
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

    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
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
