//! `Sandbox`: a policy (limits, directories, host functions, tools) and the
//! factory for sessions that follow it.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::ctrl_c;
use crate::errors;
use crate::results::RunResult;
use crate::runtime::{default_runtime, Runtime};
use crate::session::{interrupted_or, Session, Snapshot};
use crate::settings::{Recipe, Settings};
use crate::tools;

/// A policy for isolated interpreters. Cheap to keep and share between
/// threads; every session it makes is a separate instance with its own
/// memory.
#[pyclass(frozen, module = "mpsandbox")]
pub struct Sandbox {
    inner: mpsandbox::Sandbox,
    /// Its settings as plain data, for pickling its sessions' paused runs.
    recipe: Arc<Recipe>,
    /// The connected tool servers, shared by every session (the library's
    /// sandbox holds them too; these are for `describe_tools`).
    tools: Vec<mpsandbox::McpTools>,
}

#[pymethods]
impl Sandbox {
    /// Every limit applies to each call of each session (to a pausable run
    /// as a whole); see the package documentation for the units and
    /// defaults. `pausing` and `awaitable` name host functions the caller
    /// answers through `Session.start` and `Pending` rather than with a
    /// callable; `max_pauses` caps the pauses of one run. `tools` maps
    /// server names to MCP servers, connected here (a server that cannot
    /// serve is a `ConfigurationError` naming it); `max_tool_calls` caps
    /// each server's tool calls per call. `inject_headers` adds
    /// `(host pattern, header name, value)` headers to `fetch` requests,
    /// the values hidden from the program; `max_http_requests` caps
    /// `fetch` calls per call.
    #[new]
    #[pyo3(signature = (*, timeout=Some(mpsandbox::DEFAULT_TIMEOUT.as_secs_f64()), memory=None, fuel=None, max_output=None, dirs=None, functions=None, allow_http=None, max_host_calls=None, max_host_value=None, pausing=None, awaitable=None, max_pauses=None, tools=None, max_tool_calls=None, inject_headers=None, max_http_requests=None, runtime=None))]
    #[allow(clippy::too_many_arguments)]
    fn new<'py>(
        py: Python<'py>,
        timeout: Option<f64>,
        memory: Option<usize>,
        fuel: Option<u64>,
        max_output: Option<usize>,
        dirs: Option<Bound<'py, PyAny>>,
        functions: Option<Bound<'py, PyAny>>,
        allow_http: Option<Vec<String>>,
        max_host_calls: Option<u32>,
        max_host_value: Option<usize>,
        pausing: Option<Vec<String>>,
        awaitable: Option<Vec<String>>,
        max_pauses: Option<u32>,
        tools: Option<Bound<'py, PyAny>>,
        max_tool_calls: Option<u32>,
        inject_headers: Option<Bound<'py, PyAny>>,
        max_http_requests: Option<u32>,
        runtime: Option<PyRef<'py, Runtime>>,
    ) -> PyResult<Sandbox> {
        let runtime = match runtime {
            Some(rt) => rt.inner.clone(),
            None => default_runtime(py)?,
        };
        let settings = Settings {
            timeout,
            memory,
            fuel,
            max_output,
            dirs,
            functions,
            allow_http,
            max_host_calls,
            max_host_value,
            pausing,
            awaitable,
            max_pauses,
            tools,
            max_tool_calls,
            inject_headers,
            max_http_requests,
        };
        let (builder, recipe, tools) = settings.apply(py, mpsandbox::Sandbox::builder().runtime(&runtime))?;
        let inner = builder.build().map_err(|e| errors::to_py(py, e))?;
        Ok(Sandbox { inner, recipe: Arc::new(recipe), tools })
    }

    /// The tools of every server in `tools`, as Python stub text: each
    /// function's signature and description, what a model reads before it
    /// writes code that calls them (the sandbox's `tools.describe()` gives
    /// the same text). Empty without tools.
    fn describe_tools(&self) -> String {
        tools::describe(&self.tools)
    }

    /// A fresh interpreter whose globals persist across its calls.
    fn session(&self, py: Python<'_>) -> PyResult<Session> {
        let made = py.detach(|| self.inner.session());
        Ok(Session::new(made.map_err(|e| errors::to_py(py, e))?, self.recipe.clone()))
    }

    /// A session continuing from `snapshot`, under this sandbox's limits,
    /// functions and directories. A snapshot of a paused run gives a session
    /// whose `pending()` continues it.
    fn restore(&self, py: Python<'_>, snapshot: PyRef<'_, Snapshot>) -> PyResult<Session> {
        let snapshot = snapshot.inner.clone();
        let made = py.detach(|| self.inner.restore(&snapshot));
        Ok(Session::new(made.map_err(|e| errors::to_py(py, e))?, self.recipe.clone()))
    }

    /// Runs `code` in a fresh interpreter and discards it.
    fn run(&self, py: Python<'_>, code: &str) -> PyResult<RunResult> {
        let mut session = py.detach(|| self.inner.session()).map_err(|e| errors::to_py(py, e))?;
        let watch = ctrl_c::watch(&session.interrupt_handle());
        let out = py.detach(|| session.exec(code));
        drop(watch);
        py.detach(move || drop(session));
        RunResult::new(py, out.map_err(|e| interrupted_or(py, e))?)
    }

    /// The limits every call runs under: memory and output in bytes,
    /// timeout in seconds (`None`: unlimited), fuel (`None`: unlimited),
    /// pauses per pausable run.
    #[getter]
    fn limits<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let l = self.inner.limits();
        let d = PyDict::new(py);
        d.set_item("memory", l.memory)?;
        d.set_item("fuel", l.fuel)?;
        d.set_item("timeout", l.timeout.map(|t| t.as_secs_f64()))?;
        d.set_item("max_output", l.max_output)?;
        d.set_item("max_host_calls", l.max_host_calls)?;
        d.set_item("max_host_value", l.max_host_value)?;
        d.set_item("max_pauses", l.max_pauses)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let l = self.inner.limits();
        format!(
            "Sandbox(timeout={:?}, memory={}, fuel={:?}, max_output={}, dirs={})",
            l.timeout.map(|t| t.as_secs_f64()),
            l.memory,
            l.fuel,
            l.max_output,
            self.inner.dirs().len()
        )
    }
}
