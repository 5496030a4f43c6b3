//! Durable runs: `Session.start` gives a `Pending` when the run stops at a
//! host call the caller answers (`pausing` and `awaitable` functions), and
//! the `Pending` answers it, snapshots the paused session, or pickles it so
//! another process continues the run.
//!
//! A `Pending` does not hold the library's `Pending` (which borrows the
//! session); it holds the Python `Session` and the move count it was made
//! at, and takes the library's paused run again for each request.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use pyo3::exceptions::{PyBaseException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};
use serde_json::{Map, Value};

use mpsandbox::{HostCallError, Output, Progress};

use crate::results::{RunResult, Stats};
use crate::session::{Session, Snapshot};
use crate::settings::describe;
use crate::values::{from_python, to_python};

/// Where a run stands after a part, owned (the library's `Progress`
/// borrows the session, which stays behind its lock).
pub enum Step {
    Done(Output),
    Paused(Vec<mpsandbox::HostCall>, Output),
}

impl From<Progress<'_>> for Step {
    fn from(progress: Progress<'_>) -> Step {
        match progress {
            Progress::Done(out) => Step::Done(out),
            Progress::Paused(p) => Step::Paused(p.calls().to_vec(), p.output().clone()),
        }
    }
}

impl Step {
    /// A `RunResult` when the run ended, else a `Pending` on `session` at
    /// move `moves`.
    pub fn into_python(self, session: &Bound<'_, Session>, moves: u64) -> PyResult<Py<PyAny>> {
        let py = session.py();
        Ok(match self {
            Step::Done(out) => Py::new(py, RunResult::new(py, out)?)?.into_any(),
            Step::Paused(calls, out) => Py::new(py, Pending::new(session, moves, calls, out)?)?.into_any(),
        })
    }
}

/// One call a paused run waits on: `approve(100, reason="refund")` gives
/// `name="approve"`, `args=[100]`, `kwargs={"reason": "refund"}`.
/// `awaited` is true for a call to an `awaitable` function (an `asyncio`
/// future waits on it). `id` names it in `Pending.resume`.
#[pyclass(frozen, module = "mpsandbox")]
pub struct HostCall {
    #[pyo3(get)]
    id: u32,
    #[pyo3(get)]
    name: String,
    args: Vec<Value>,
    kwargs: Map<String, Value>,
    #[pyo3(get)]
    awaited: bool,
}

impl From<mpsandbox::HostCall> for HostCall {
    fn from(c: mpsandbox::HostCall) -> HostCall {
        HostCall { id: c.id, name: c.name, args: c.args.args, kwargs: c.args.kwargs, awaited: c.awaited }
    }
}

#[pymethods]
impl HostCall {
    #[new]
    #[pyo3(signature = (id, name, args=None, kwargs=None, awaited=false))]
    fn py_new(
        id: u32,
        name: String,
        args: Option<&Bound<'_, PyAny>>,
        kwargs: Option<&Bound<'_, PyAny>>,
        awaited: bool,
    ) -> PyResult<HostCall> {
        let args = match args.map(from_python).transpose()? {
            None => Vec::new(),
            Some(Value::Array(items)) => items,
            Some(_) => return Err(PyTypeError::new_err("args: expected a list")),
        };
        let kwargs = match kwargs.map(from_python).transpose()? {
            None => Map::new(),
            Some(Value::Object(map)) => map,
            Some(_) => return Err(PyTypeError::new_err("kwargs: expected a dict")),
        };
        Ok(HostCall { id, name, args, kwargs, awaited })
    }

    /// The positional arguments (a new list each time).
    #[getter]
    fn args<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &Value::Array(self.args.clone()))
    }

    /// The keyword arguments (a new dict each time).
    #[getter]
    fn kwargs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &Value::Object(self.kwargs.clone()))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let c = slf.get();
        let py = slf.py();
        let args = (c.id, &c.name, c.args(py)?, c.kwargs(py)?, c.awaited).into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __eq__(&self, other: &HostCall) -> bool {
        (self.id, &self.name, &self.args, &self.kwargs, self.awaited)
            == (other.id, &other.name, &other.args, &other.kwargs, other.awaited)
    }

    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        (self.id, &self.name).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let name = self.name.clone().into_pyobject(py)?.repr()?;
        let args = self.args(py)?.repr()?;
        let kwargs = self.kwargs(py)?.repr()?;
        let awaited = if self.awaited { "True" } else { "False" };
        Ok(format!("HostCall(id={}, name={name}, args={args}, kwargs={kwargs}, awaited={awaited})", self.id))
    }
}

/// A run paused at host calls (`calls`), and what it printed since it last
/// ran (`stdout`, `stderr`, `stats`).
///
/// Answer with `resume`, `resume_error` or `resume_all`, each giving the
/// `RunResult` of the finished run or the next `Pending`; a `Pending` is
/// used once (an earlier one raises `RequestError`). `snapshot()` captures
/// the paused session (restore it, even twice, to continue from here);
/// `cancel()` abandons the run.
///
/// A `Pending` pickles: the paused session's snapshot and the sandbox's
/// plain settings (limits, directories, `allow_http`, `pausing`,
/// `awaitable`, `max_pauses`, the tool servers' commands and URLs). Python
/// callables granted with `functions`, secrets (injected header values,
/// bearer tokens) and the runtime do not pickle: `pickle.loads` builds the
/// sandbox on the default runtime, connecting its tool servers again, with
/// what `mpsandbox.unpickling(runtime=..., functions=..., inject_headers=...,
/// tools=...)` gives. A runtime with a `snapshot_key` signs the snapshot,
/// and a loading runtime with the key refuses one it did not sign.
#[pyclass(frozen, module = "mpsandbox")]
pub struct Pending {
    session: Py<Session>,
    /// The session's move count when this pause began.
    moves: u64,
    calls: Vec<Py<HostCall>>,
    #[pyo3(get)]
    stdout: String,
    #[pyo3(get)]
    stderr: String,
    #[pyo3(get)]
    stats: Py<Stats>,
}

impl Pending {
    pub fn new(
        session: &Bound<'_, Session>,
        moves: u64,
        calls: Vec<mpsandbox::HostCall>,
        out: Output,
    ) -> PyResult<Pending> {
        let py = session.py();
        Ok(Pending {
            session: session.clone().unbind(),
            moves,
            calls: calls.into_iter().map(|c| Py::new(py, HostCall::from(c))).collect::<PyResult<_>>()?,
            stdout: out.stdout_text(),
            stderr: out.stderr_text(),
            stats: Py::new(py, Stats::from(&out.stats))?,
        })
    }

    /// Sends `answers` and gives what the run did next.
    fn answer(&self, py: Python<'_>, answers: Vec<(u32, Result<Value, HostCallError>)>) -> PyResult<Py<PyAny>> {
        let session = self.session.bind(py);
        let (step, moves) =
            session.get().on_pending(py, self.moves, true, |p| p.resume_all(answers).map(Step::from))?;
        step.into_python(session, moves)
    }
}

/// The id of `call`: a `HostCall` or the id itself.
fn call_id(call: &Bound<'_, PyAny>) -> PyResult<u32> {
    if let Ok(c) = call.cast::<HostCall>() {
        return Ok(c.get().id);
    }
    call.extract::<u32>().map_err(|_| PyTypeError::new_err("expected a HostCall or its id (an int)"))
}

/// `value` as an answer to call `id`: an exception instance is an error
/// raised at the call site, as a host function's would be (`TypeError`
/// stays `TypeError`, any other is `host.HostError("Type: message")`);
/// anything else must be JSON-shaped.
fn answer_of(id: u32, value: &Bound<'_, PyAny>) -> PyResult<Result<Value, HostCallError>> {
    let py = value.py();
    if value.is_instance_of::<PyBaseException>() {
        let error = PyErr::from_value(value.clone());
        if error.is_instance_of::<PyTypeError>(py) {
            return Ok(Err(HostCallError::InvalidArguments(value.str()?.to_string())));
        }
        return Ok(Err(HostCallError::failed(describe(py, &error))));
    }
    from_python(value)
        .map(Ok)
        .map_err(|e| PyTypeError::new_err(format!("the answer to call {id} cannot be sent: {}", e.value(py))))
}

#[pymethods]
impl Pending {
    /// The calls the run waits on, oldest first: one for a `pausing`
    /// function, every unanswered one for `awaitable` functions.
    #[getter]
    fn calls<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.calls.iter().map(|c| c.clone_ref(py)))
    }

    /// The session the run is paused in.
    #[getter]
    fn session(&self, py: Python<'_>) -> Py<Session> {
        self.session.clone_ref(py)
    }

    /// Answers `call` (a `HostCall` or its id) with `value`, which must be
    /// JSON-shaped (a `TypeError` here otherwise, and the run stays paused);
    /// an exception instance is raised at the call site instead. Gives the
    /// `RunResult` of the finished run or the next `Pending`.
    fn resume(&self, py: Python<'_>, call: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let id = call_id(call)?;
        let answer = answer_of(id, value)?;
        self.answer(py, vec![(id, answer)])
    }

    /// Answers `call` with an error raised at the call site: `kind`
    /// `"failed"` raises `host.HostError(message)`, `"limit"`
    /// `host.HostLimitError`, `"invalid_arguments"` `TypeError`.
    #[pyo3(signature = (call, message, kind="failed"))]
    fn resume_error(
        &self,
        py: Python<'_>,
        call: &Bound<'_, PyAny>,
        message: String,
        kind: &str,
    ) -> PyResult<Py<PyAny>> {
        let id = call_id(call)?;
        let error = match kind {
            "failed" => HostCallError::Failed(message),
            "limit" => HostCallError::Limit(message),
            "invalid_arguments" => HostCallError::InvalidArguments(message),
            other => {
                return Err(PyValueError::new_err(format!(
                    "kind {other:?} is none of 'failed', 'limit', 'invalid_arguments'"
                )))
            }
        };
        self.answer(py, vec![(id, Err(error))])
    }

    /// Answers several calls at once, `{call or id: value}` (values as for
    /// `resume`, exception instances included), e.g. the awaited calls of
    /// one `asyncio.gather`. The run continues once the call it stands at
    /// has its answer; the other answers wait for the event loop.
    fn resume_all(&self, py: Python<'_>, answers: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let items = answers
            .call_method0("items")
            .map_err(|_| PyTypeError::new_err("expected a mapping of HostCall or id -> value"))?;
        let mut converted = Vec::new();
        for item in items.try_iter()? {
            let (call, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
            let id = call_id(&call)?;
            converted.push((id, answer_of(id, &value)?));
        }
        self.answer(py, converted)
    }

    /// The paused session's state: `sandbox.restore(snapshot).pending()`
    /// continues the run from this pause, in this process or another, as
    /// many times as it is restored.
    fn snapshot(&self, py: Python<'_>) -> PyResult<Snapshot> {
        let session = self.session.get();
        let (inner, _) = session.on_pending(py, self.moves, false, |mut p| p.snapshot())?;
        Ok(Snapshot { inner })
    }

    /// Abandons the run; the session stays usable, its globals as the run
    /// left them.
    fn cancel(&self, py: Python<'_>) -> PyResult<()> {
        self.session.get().on_pending(py, self.moves, true, |p| p.cancel()).map(|_| ())
    }

    /// Pickles as the paused session's snapshot bytes and the sandbox's
    /// plain settings, naming (never holding) what the loader must supply;
    /// `mpsandbox._durable.load_pending` rebuilds it.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyDict>,))> {
        let snapshot = self.snapshot(py)?;
        let recipe = &self.session.get().recipe;
        let state = PyDict::new(py);
        state.set_item("format", 2)?;
        state.set_item("snapshot", snapshot.to_bytes(py))?;
        state.set_item("settings", recipe.settings.bind(py).copy()?)?;
        state.set_item("functions", recipe.functions.clone())?;
        state.set_item("inject_headers", recipe.injected_headers.clone())?;
        if let Some(tools) = &recipe.tools {
            state.set_item("tools", tools.servers.bind(py).copy()?)?;
            state.set_item("tool_tokens", tools.withheld_tokens.clone())?;
        }
        let load = py.import("mpsandbox._durable")?.getattr("load_pending")?;
        Ok((load, (state,)))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let calls = self.calls.iter().map(|c| c.get().__repr__(py)).collect::<PyResult<Vec<_>>>()?;
        Ok(format!("<mpsandbox.Pending calls=[{}]>", calls.join(", ")))
    }
}
