//! `Sandbox(tools=...)`: other MCP servers' tools as the Python modules
//! `tools.<server>` inside the sandbox. The servers are connected once, when
//! the sandbox is built, and every session of that sandbox shares the
//! connections.

use std::time::Duration;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use mpsandbox::{ConfigError, Error, McpTools};

use crate::errors;

/// Where an MCP server is: a command speaking MCP on stdio, or a
/// streamable-HTTP URL (with an optional bearer token), and how long to
/// wait for it.
#[pyclass(frozen, module = "mpsandbox")]
#[derive(Clone)]
pub struct McpServer {
    inner: mpsandbox::McpServer,
    connect_timeout: Option<f64>,
    call_timeout: Option<f64>,
}

#[pymethods]
impl McpServer {
    /// Exactly one of `command` (an argv list, or a str split at spaces) and
    /// `url` (`http://` or `https://`). `bearer_token` is sent as
    /// `Authorization: Bearer ...` to a URL server; it never pickles.
    /// `connect_timeout` (default 10 s) bounds the start, handshake and
    /// tool listing; `call_timeout` (default 30 s) one tool call, within the
    /// sandbox call's own timeout.
    #[new]
    #[pyo3(signature = (*, command=None, url=None, bearer_token=None, connect_timeout=None, call_timeout=None))]
    fn py_new(
        py: Python<'_>,
        command: Option<Bound<'_, PyAny>>,
        url: Option<String>,
        bearer_token: Option<String>,
        connect_timeout: Option<f64>,
        call_timeout: Option<f64>,
    ) -> PyResult<McpServer> {
        let bad = |why: &str| errors::config(py, format!("McpServer: {why}"));
        let inner = match (command, url) {
            (Some(command), None) => {
                if bearer_token.is_some() {
                    return Err(bad(
                        "bearer_token is for URL servers; a command server gets its secrets from its environment",
                    ));
                }
                command_of(&command).ok_or_else(|| bad("command must be a non-empty list of str, or a str"))?
            }
            (None, Some(url)) => {
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    return Err(bad(&format!("url {url:?} is not an http:// or https:// URL")));
                }
                let server = mpsandbox::McpServer::url(url);
                match bearer_token {
                    Some(token) => server.bearer_token(token),
                    None => server,
                }
            }
            _ => return Err(bad("give exactly one of command and url")),
        };
        for (what, secs) in [("connect_timeout", connect_timeout), ("call_timeout", call_timeout)] {
            if secs.is_some_and(|s| !Duration::try_from_secs_f64(s).is_ok_and(|d| !d.is_zero())) {
                return Err(bad(&format!("{what} must be a positive number of seconds")));
            }
        }
        Ok(McpServer { inner, connect_timeout, call_timeout })
    }

    /// The argv of a command server, else `None`.
    #[getter]
    fn command(&self) -> Option<Vec<String>> {
        match &self.inner {
            mpsandbox::McpServer::Command { program, args } => {
                Some(std::iter::once(program.clone()).chain(args.iter().cloned()).collect())
            }
            _ => None,
        }
    }

    /// The URL of a URL server, else `None`.
    #[getter]
    fn url(&self) -> Option<String> {
        match &self.inner {
            mpsandbox::McpServer::Url { url, .. } => Some(url.clone()),
            _ => None,
        }
    }

    #[getter]
    fn has_bearer_token(&self) -> bool {
        matches!(&self.inner, mpsandbox::McpServer::Url { bearer: Some(_), .. })
    }

    #[getter]
    fn connect_timeout(&self) -> Option<f64> {
        self.connect_timeout
    }

    #[getter]
    fn call_timeout(&self) -> Option<f64> {
        self.call_timeout
    }

    fn __repr__(&self) -> String {
        let mut parts = match (self.command(), self.url()) {
            (Some(argv), _) => vec![format!("command={argv:?}")],
            (_, url) => vec![format!("url={:?}", url.unwrap_or_default())],
        };
        if self.has_bearer_token() {
            parts.push("bearer_token='[secret]'".into());
        }
        for (what, secs) in [("connect_timeout", self.connect_timeout), ("call_timeout", self.call_timeout)] {
            if let Some(secs) = secs {
                parts.push(format!("{what}={secs}"));
            }
        }
        format!("McpServer({})", parts.join(", "))
    }
}

impl McpServer {
    /// Its settings as `McpServer(...)` keyword arguments that pickle: the
    /// bearer token is left out (the loader supplies it again).
    fn plain<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let plain = PyDict::new(py);
        match (self.command(), self.url()) {
            (Some(argv), _) => plain.set_item("command", argv)?,
            (_, url) => plain.set_item("url", url)?,
        }
        for (what, secs) in [("connect_timeout", self.connect_timeout), ("call_timeout", self.call_timeout)] {
            if secs.is_some() {
                plain.set_item(what, secs)?;
            }
        }
        Ok(plain)
    }
}

/// A command as an argv list, or a str split at whitespace.
fn command_of(value: &Bound<'_, PyAny>) -> Option<mpsandbox::McpServer> {
    let argv: Vec<String> = if value.is_instance_of::<PyString>() {
        value.extract::<String>().ok()?.split_whitespace().map(str::to_string).collect()
    } else {
        value.extract().ok()?
    };
    let (program, args) = argv.split_first()?;
    (!program.is_empty()).then(|| mpsandbox::McpServer::command(program.clone(), args.iter().cloned()))
}

/// The servers of `Sandbox(tools=...)`, checked but not yet connected.
pub struct ToolServers {
    servers: Vec<(String, McpServer)>,
}

/// What a pickled `Pending` keeps of the tool servers: each server's plain
/// settings, and the names of those whose bearer token was withheld.
pub struct ToolsRecipe {
    pub servers: Py<PyDict>,
    pub withheld_tokens: Vec<String>,
}

impl ToolServers {
    /// `{"name": ["cmd", "arg"] | "cmd arg" | "https://..." | McpServer}`.
    pub fn parse(py: Python<'_>, tools: &Bound<'_, PyAny>) -> PyResult<ToolServers> {
        let shape = "expected a dict of server name -> command (a list of str, or a str split at spaces), \
                     http(s):// URL or mpsandbox.McpServer";
        let tools = tools.cast::<PyDict>().map_err(|_| errors::config(py, format!("tools: {shape}")))?;
        let mut servers = Vec::new();
        for (name, value) in tools.iter() {
            let name: String =
                name.extract().map_err(|_| errors::config(py, "tools: server names must be strings".into()))?;
            let server = if let Ok(given) = value.cast::<McpServer>() {
                given.get().clone()
            } else if let Ok(text) = value.extract::<String>() {
                let inner = mpsandbox::McpServer::parse(&text)
                    .ok_or_else(|| errors::config(py, format!("tools: '{name}': the command is empty")))?;
                McpServer { inner, connect_timeout: None, call_timeout: None }
            } else if value.is_instance_of::<PyList>() || value.is_instance_of::<pyo3::types::PyTuple>() {
                let inner = command_of(&value).ok_or_else(|| {
                    errors::config(py, format!("tools: '{name}': a command must be a non-empty list of str"))
                })?;
                McpServer { inner, connect_timeout: None, call_timeout: None }
            } else {
                return Err(errors::config(py, format!("tools: '{name}': {shape}")));
            };
            servers.push((name, server));
        }
        Ok(ToolServers { servers })
    }

    pub fn recipe(&self, py: Python<'_>) -> PyResult<ToolsRecipe> {
        let servers = PyDict::new(py);
        let mut withheld_tokens = Vec::new();
        for (name, server) in &self.servers {
            servers.set_item(name, server.plain(py)?)?;
            if server.has_bearer_token() {
                withheld_tokens.push(name.clone());
            }
        }
        Ok(ToolsRecipe { servers: servers.unbind(), withheld_tokens })
    }

    /// Connects every server at once, without the GIL (a server takes a
    /// while to start and list its tools); the first failure, in the order
    /// given, is a `ConfigurationError` naming its server.
    pub fn connect(self, py: Python<'_>, max_calls: Option<u32>) -> PyResult<Vec<McpTools>> {
        let connected: Vec<Result<McpTools, Error>> = py.detach(|| {
            std::thread::scope(|scope| {
                let connecting: Vec<_> = self
                    .servers
                    .iter()
                    .map(|(name, server)| (name, scope.spawn(move || connect(name, server, max_calls))))
                    .collect();
                connecting
                    .into_iter()
                    .map(|(name, thread)| {
                        thread.join().unwrap_or_else(|_| {
                            let reason = "the connecting thread panicked".to_string();
                            Err(Error::Config(ConfigError::ToolServer { server: name.clone(), reason }))
                        })
                    })
                    .collect()
            })
        });
        connected.into_iter().map(|c| c.map_err(|e| errors::to_py(py, e))).collect()
    }
}

fn connect(name: &str, server: &McpServer, max_calls: Option<u32>) -> Result<McpTools, Error> {
    let mut builder = McpTools::builder(name, server.inner.clone());
    if let Some(secs) = server.connect_timeout {
        builder = builder.connect_timeout(Duration::from_secs_f64(secs));
    }
    if let Some(secs) = server.call_timeout {
        builder = builder.call_timeout(Duration::from_secs_f64(secs));
    }
    if let Some(cap) = max_calls {
        builder = builder.max_calls(cap);
    }
    builder.connect()
}

/// Every server's stub text, in the order the sandbox's own
/// `tools.describe()` gives it (by server name).
pub fn describe(tools: &[McpTools]) -> String {
    let mut sorted: Vec<&McpTools> = tools.iter().collect();
    sorted.sort_by(|a, b| a.name().cmp(b.name()));
    sorted.iter().map(|t| t.describe()).collect::<Vec<_>>().join("\n")
}
