//! Host library errors as the package's exception classes (defined in
//! `mpsandbox/_errors.py`, so they are ordinary Python classes with typed
//! attributes): `PythonError`, `PythonSyntaxError`, `LimitExceeded`, … all
//! under `SandboxError`.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyModule};

use mpsandbox::Error;

use crate::results::Stats;

fn classes(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    static MODULE: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    MODULE.get_or_try_init(py, || Ok(PyModule::import(py, "mpsandbox._errors")?.unbind())).map(|m| m.bind(py))
}

/// An instance of the class `name` of `mpsandbox._errors`, raised.
pub fn raise(py: Python<'_>, name: &str, message: String, attrs: &Bound<'_, PyDict>) -> PyErr {
    let made = classes(py).and_then(|m| m.getattr(name)).and_then(|cls| cls.call((message,), Some(attrs)));
    match made {
        Ok(instance) => PyErr::from_value(instance),
        Err(e) => e,
    }
}

/// A session used after `close()`.
pub fn closed(py: Python<'_>) -> PyErr {
    raise(py, "SessionClosed", "the session is closed".into(), &PyDict::new(py))
}

/// A bad setting caught before the host library sees it.
pub fn config(py: Python<'_>, message: String) -> PyErr {
    raise(py, "ConfigurationError", message, &PyDict::new(py))
}

pub fn to_py(py: Python<'_>, error: Error) -> PyErr {
    match build(py, &error) {
        Ok((name, attrs)) => raise(py, name, error.to_string(), &attrs),
        Err(e) => e,
    }
}

fn build<'py>(py: Python<'py>, error: &Error) -> PyResult<(&'static str, Bound<'py, PyDict>)> {
    let attrs = PyDict::new(py);
    if let Some(out) = error.output() {
        attrs.set_item("stdout", out.stdout_text())?;
        attrs.set_item("stderr", out.stderr_text())?;
        attrs.set_item("stats", Stats::from(&out.stats))?;
    }
    let name = match error {
        Error::Exception { exception, .. } => {
            attrs.set_item("type", &exception.type_name)?;
            attrs.set_item("message", &exception.message)?;
            attrs.set_item("traceback", &exception.traceback)?;
            "PythonError"
        }
        Error::Syntax { error, .. } => {
            attrs.set_item("type", &error.type_name)?;
            attrs.set_item("message", &error.message)?;
            attrs.set_item("filename", &error.filename)?;
            attrs.set_item("line", error.line)?;
            attrs.set_item("column", error.column)?;
            attrs.set_item("traceback", &error.traceback)?;
            "PythonSyntaxError"
        }
        Error::Limit { kind, detail, .. } => {
            attrs.set_item("limit", kind.as_str())?;
            attrs.set_item("detail", detail)?;
            "LimitExceeded"
        }
        Error::Interrupted { .. } => "Interrupted",
        Error::Internal { backtrace, .. } => {
            attrs.set_item("backtrace", backtrace)?;
            "InternalError"
        }
        Error::Poisoned => "SessionPoisoned",
        Error::Config(_) => "ConfigurationError",
        Error::InvalidSnapshot(_) => "InvalidSnapshot",
        Error::Request(_) => "RequestError",
        // A kind added to the library later still reaches Python typed
        // as the base class, with its message.
        _ => "SandboxError",
    };
    Ok((name, attrs))
}
