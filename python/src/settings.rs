//! `Sandbox(...)` keyword arguments into the host library's builder. Each
//! setting is checked here or by the library, and a bad one raises
//! `ConfigurationError` naming it before anything runs. The settings are
//! also kept as plain data (a [`Recipe`]), so a paused run that is pickled
//! can rebuild its sandbox in another process; secrets (injected header
//! values, bearer tokens) are left out of it, by name.

use std::path::PathBuf;
use std::time::Duration;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use serde_json::Value;

use mpsandbox::{DirAccess, HostArgs, HostCallError, McpTools, SandboxBuilder};

use crate::errors;
use crate::fetch;
use crate::tools::{ToolServers, ToolsRecipe};
use crate::values::{from_python, to_python};

pub struct Settings<'py> {
    pub timeout: Option<f64>,
    pub memory: Option<usize>,
    pub fuel: Option<u64>,
    pub max_output: Option<usize>,
    pub dirs: Option<Bound<'py, PyAny>>,
    pub functions: Option<Bound<'py, PyAny>>,
    pub allow_http: Option<Vec<String>>,
    pub max_host_calls: Option<u32>,
    pub max_host_value: Option<usize>,
    pub pausing: Option<Vec<String>>,
    pub awaitable: Option<Vec<String>>,
    pub max_pauses: Option<u32>,
    pub tools: Option<Bound<'py, PyAny>>,
    pub max_tool_calls: Option<u32>,
    pub inject_headers: Option<Bound<'py, PyAny>>,
    pub max_http_requests: Option<u32>,
}

/// How to build the same sandbox again: its settings as `Sandbox(...)`
/// keyword arguments that pickle (no runtime, no callables, no secrets),
/// and what the loader must supply again: the names of the Python callables
/// it granted and the (host pattern, header name) of each injected header.
/// The tool servers' plain settings pickle (the loader connects again), but
/// not their bearer tokens.
pub struct Recipe {
    pub settings: Py<PyDict>,
    pub functions: Vec<String>,
    pub injected_headers: Vec<(String, String)>,
    pub tools: Option<ToolsRecipe>,
}

impl Settings<'_> {
    /// The builder with every setting, the recipe, and the connected tool
    /// servers (connected last, once every other setting passed).
    pub fn apply(self, py: Python<'_>, mut b: SandboxBuilder) -> PyResult<(SandboxBuilder, Recipe, Vec<McpTools>)> {
        let plain = PyDict::new(py);
        plain.set_item("timeout", self.timeout)?;
        plain.set_item("memory", self.memory)?;
        plain.set_item("fuel", self.fuel)?;
        plain.set_item("max_output", self.max_output)?;
        plain.set_item("allow_http", self.allow_http.clone())?;
        plain.set_item("max_host_calls", self.max_host_calls)?;
        plain.set_item("max_host_value", self.max_host_value)?;
        plain.set_item("pausing", self.pausing.clone())?;
        plain.set_item("awaitable", self.awaitable.clone())?;
        plain.set_item("max_pauses", self.max_pauses)?;
        plain.set_item("max_tool_calls", self.max_tool_calls)?;
        plain.set_item("max_http_requests", self.max_http_requests)?;
        // 0, as None, means no limit (the same in every host).
        b = b.timeout(match self.timeout {
            None => None,
            Some(0.0) => None,
            Some(secs) => Some(Duration::try_from_secs_f64(secs).ok().filter(|d| !d.is_zero()).ok_or_else(|| {
                errors::config(py, format!("timeout: {secs} is not a number of seconds (0 or None: no limit)"))
            })?),
        });
        if let Some(bytes) = self.memory {
            b = b.memory(bytes);
        }
        b = b.fuel(self.fuel);
        if let Some(bytes) = self.max_output {
            b = b.max_output(bytes);
        }
        if let Some(n) = self.max_host_calls {
            b = b.max_host_calls(n);
        }
        if let Some(bytes) = self.max_host_value {
            b = b.max_host_value(bytes);
        }
        if let Some(n) = self.max_pauses {
            b = b.max_pauses(n);
        }
        if let Some(dirs) = self.dirs {
            let kept = PyDict::new(py);
            for (guest, host, access) in grants(py, &dirs)? {
                let mode = if access == DirAccess::ReadWrite { "rw" } else { "ro" };
                kept.set_item(&guest, (&host, mode))?;
                b = b.dir(host, guest, access);
            }
            plain.set_item("dirs", kept)?;
        }
        let mut callables = Vec::new();
        if let Some(functions) = self.functions {
            let functions = functions
                .cast::<PyDict>()
                .map_err(|_| errors::config(py, "functions: expected a dict of name -> callable".into()))?;
            for (name, f) in functions.iter() {
                let name: String =
                    name.extract().map_err(|_| errors::config(py, "functions: names must be strings".into()))?;
                if !f.is_callable() {
                    return Err(errors::config(py, format!("functions: '{name}' is not callable")));
                }
                b = b.function_untyped(name.clone(), host_function(f.unbind()));
                callables.push(name);
            }
        }
        // A name granted twice would keep whichever came last: refuse it.
        let pausing = self.pausing.unwrap_or_default();
        let awaitable = self.awaitable.unwrap_or_default();
        for (setting, names) in [("pausing", &pausing), ("awaitable", &awaitable)] {
            for name in names {
                if callables.contains(name) {
                    return Err(errors::config(py, format!("{setting}: '{name}' is also in functions")));
                }
            }
        }
        if let Some(name) = pausing.iter().find(|n| awaitable.contains(n)) {
            return Err(errors::config(py, format!("pausing: '{name}' is also in awaitable")));
        }
        for name in pausing {
            b = b.pausing(name);
        }
        for name in awaitable {
            b = b.awaitable(name);
        }
        let injections = match &self.inject_headers {
            Some(given) => fetch::injections(py, given)?,
            None => Vec::new(),
        };
        let injected_headers = injections.iter().map(|i| (i.pattern.clone(), i.name.clone())).collect();
        if let Some(policy) = fetch::policy(py, self.allow_http.as_ref(), injections, self.max_http_requests)? {
            b = b.allow_http(policy);
        }
        let servers = self.tools.map(|t| ToolServers::parse(py, &t)).transpose()?;
        if servers.is_none() && self.max_tool_calls.is_some() {
            return Err(errors::config(py, "max_tool_calls: it caps calls to tools, so it needs tools".into()));
        }
        let tools_recipe = servers.as_ref().map(|s| s.recipe(py)).transpose()?;
        let connected = match servers {
            Some(servers) => servers.connect(py, self.max_tool_calls)?,
            None => Vec::new(),
        };
        for tools in &connected {
            b = b.mcp_tools(tools);
        }
        let recipe = Recipe { settings: plain.unbind(), functions: callables, injected_headers, tools: tools_recipe };
        Ok((b, recipe, connected))
    }
}

/// `{"/data": "./data"}` grants read-only; `{"/out": ("./out", "rw")}`
/// read-write.
fn grants(py: Python<'_>, dirs: &Bound<'_, PyAny>) -> PyResult<Vec<(String, PathBuf, DirAccess)>> {
    let bad = |why: String| errors::config(py, format!("dirs: {why}"));
    let dirs = dirs.cast::<PyDict>().map_err(|_| bad("expected a dict of guest path -> host path".into()))?;
    let mut out = Vec::new();
    for (guest, spec) in dirs.iter() {
        let guest: String = guest.extract().map_err(|_| bad("guest paths must be strings".into()))?;
        let (host, access) = match spec.cast::<PyTuple>() {
            Ok(t) if t.len() == 2 => {
                let mode: String =
                    t.get_item(1)?.extract().map_err(|_| bad(format!("{guest}: the mode must be a string")))?;
                let access = match mode.as_str() {
                    "ro" | "r" | "read-only" => DirAccess::ReadOnly,
                    "rw" | "read-write" => DirAccess::ReadWrite,
                    other => return Err(bad(format!("{guest}: mode {other:?} is neither 'ro' nor 'rw'"))),
                };
                (t.get_item(0)?, access)
            }
            _ => (spec.clone(), DirAccess::ReadOnly),
        };
        let host: PathBuf =
            host.extract().map_err(|_| bad(format!("{guest}: the host path must be a str or os.PathLike")))?;
        out.push((guest, host, access));
    }
    Ok(out)
}

/// A Python callable as a host function: JSON-shaped arguments in, a
/// JSON-shaped result out. A `TypeError` from the call becomes `TypeError`
/// in the sandbox (the arguments did not fit); any other exception
/// `host.HostError` with its type and message.
fn host_function(f: Py<PyAny>) -> impl Fn(HostArgs) -> Result<Value, HostCallError> + Send + Sync + 'static {
    move |call: HostArgs| {
        Python::attach(|py| {
            let failed = |what: &str, e: PyErr| HostCallError::failed(format!("{what}: {}", describe(py, &e)));
            let args = call
                .args
                .iter()
                .map(|v| to_python(py, v))
                .collect::<PyResult<Vec<_>>>()
                .and_then(|a| PyTuple::new(py, a))
                .map_err(|e| failed("cannot pass the arguments", e))?;
            let kwargs = PyDict::new(py);
            for (k, v) in &call.kwargs {
                to_python(py, v)
                    .and_then(|v| kwargs.set_item(k, v))
                    .map_err(|e| failed("cannot pass the arguments", e))?;
            }
            match f.bind(py).call(args, Some(&kwargs)) {
                Ok(result) => from_python(&result).map_err(|e| failed("the result cannot be returned", e)),
                Err(e) if e.is_instance_of::<PyTypeError>(py) => {
                    Err(HostCallError::InvalidArguments(e.value(py).to_string()))
                }
                Err(e) => Err(HostCallError::failed(describe(py, &e))),
            }
        })
    }
}

/// `ValueError: message`, as a traceback's last line says it.
pub fn describe(py: Python<'_>, e: &PyErr) -> String {
    let ty = e.get_type(py);
    let name = ty.name().map(|n| n.to_string()).unwrap_or_else(|_| "Exception".into());
    let message = e.value(py).str().map(|s: Bound<'_, PyString>| s.to_string()).unwrap_or_default();
    if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}
