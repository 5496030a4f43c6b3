//! Other MCP servers' tools as Python functions ("code mode"): a program
//! calls many tools and only what it prints goes back to the model.
//!
//! [`McpTools::connect`] connects to a server (a command speaking MCP on
//! stdio, or a streamable-HTTP URL) and lists its tools;
//! [`crate::SandboxBuilder::mcp_tools`] grants them. In Python each server is
//! a module: `from tools.github import search_issues`. Arguments are checked
//! against the tool's input schema in the host before anything is sent, and
//! a call is an ordinary host call: it counts against `max_host_calls`, the
//! value caps and the call's timeout.
//!
//! In the `host` interface a tool is the function `tools__<server>__<name>`;
//! `tools__<server>` answers `("describe")` with the server's stub text and
//! `("call", tool, args, kwargs)` for tools whose names Python cannot spell.
//! The guest's frozen `tools` package builds the modules from those names.

mod client;
mod line_cap;
mod signature;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use rmcp::model::{CallToolResult, ContentBlock, Tool};
use serde_json::Value;

use crate::error::{ConfigError, Error};
use crate::host_fn::{self, HostArgs, HostCallError, HostFunctions};
use client::Connection;
use signature::{is_identifier, Signature};

const PREFIX: &str = "tools__";
/// A description longer than this is cut: it becomes part of a model's context.
const MAX_DESCRIPTION: usize = 2000;

/// Where an MCP server is.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum McpServer {
    /// A program started as a child process, speaking MCP on its stdin and
    /// stdout (its stderr is discarded).
    Command { program: String, args: Vec<String> },
    /// A streamable-HTTP endpoint, with an optional `Authorization` bearer token.
    Url { url: String, bearer: Option<String> },
}

impl McpServer {
    pub fn command(program: impl Into<String>, args: impl IntoIterator<Item = impl Into<String>>) -> Self {
        McpServer::Command { program: program.into(), args: args.into_iter().map(Into::into).collect() }
    }

    pub fn url(url: impl Into<String>) -> Self {
        McpServer::Url { url: url.into(), bearer: None }
    }

    /// Sends `Authorization: Bearer <token>` (URL servers only).
    pub fn bearer_token(self, token: impl Into<String>) -> Self {
        match self {
            McpServer::Url { url, .. } => McpServer::Url { url, bearer: Some(token.into()) },
            command => command,
        }
    }

    /// `http://...` or `https://...` is a URL; anything else a command line,
    /// split at whitespace (wrap a command that needs quoting in a script).
    pub fn parse(spec: &str) -> Option<Self> {
        let spec = spec.trim();
        if spec.starts_with("http://") || spec.starts_with("https://") {
            return Some(McpServer::url(spec));
        }
        let mut words = spec.split_whitespace();
        Some(McpServer::command(words.next()?, words))
    }
}

impl fmt::Debug for McpServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            McpServer::Command { program, args } => {
                f.debug_struct("Command").field("program", program).field("args", args).finish()
            }
            // The token is a secret.
            McpServer::Url { url, bearer } => {
                f.debug_struct("Url").field("url", url).field("bearer", &bearer.as_ref().map(|_| "[secret]")).finish()
            }
        }
    }
}

/// What a program sees of one tool.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ToolInfo {
    /// The tool's MCP name.
    pub name: String,
    /// The function's name in `tools.<server>`; `None` when no Python name
    /// fits, and the tool is reachable only as `tools.call(server, name, ...)`.
    pub python_name: Option<String>,
    /// `def search_issues(query: str, limit: int = 10) -> dict`.
    pub signature: String,
    pub description: String,
}

/// A connected MCP server's tools, ready to grant. Cheap to clone: clones
/// share the connection, which closes (killing a command server) when the
/// last one and every sandbox granted it are dropped.
#[derive(Clone)]
pub struct McpTools {
    inner: Arc<Inner>,
}

struct Inner {
    name: String,
    server_info: String,
    conn: Arc<Connection>,
    tools: Vec<ToolEntry>,
    call_timeout: Duration,
    max_calls: Option<u32>,
    listed: usize,
}

struct ToolEntry {
    info: ToolInfo,
    note: Option<String>,
    signature: Signature,
    /// The compiled input schema, or why it does not compile.
    validator: Result<jsonschema::Validator, String>,
    /// FastMCP wraps a result that is not an object as `{"result": ...}`.
    wrapped: bool,
}

/// Connection settings; [`McpTools::connect`] takes the defaults.
#[derive(Debug, Clone)]
pub struct McpToolsBuilder {
    name: String,
    server: McpServer,
    connect_timeout: Duration,
    call_timeout: Duration,
    max_calls: Option<u32>,
}

impl McpToolsBuilder {
    /// Calls to this server's tools one sandbox call may make (default:
    /// only the sandbox's `max_host_calls` caps them); past it a tool call
    /// raises `host.HostLimitError`.
    pub fn max_calls(mut self, calls: u32) -> Self {
        self.max_calls = Some(calls);
        self
    }

    /// Time to start, hand-shake and list the tools (default 10 s).
    pub fn connect_timeout(mut self, t: Duration) -> Self {
        self.connect_timeout = t;
        self
    }

    /// Time one tool call may take (default 30 s); the sandbox call's own
    /// timeout still applies.
    pub fn call_timeout(mut self, t: Duration) -> Self {
        self.call_timeout = t;
        self
    }

    /// Connects and lists the tools. Fails with [`ConfigError::ToolServer`]
    /// when `name` cannot be a Python module name, or the server cannot be
    /// started, does not speak MCP, or does not list its tools in time.
    pub fn connect(self) -> Result<McpTools, Error> {
        let fail = |reason: String| Error::Config(ConfigError::ToolServer { server: self.name.clone(), reason });
        check_server_name(&self.name).map_err(|r| fail(r.into()))?;
        let (conn, listed, server_info) = Connection::open(self.server.clone(), self.connect_timeout).map_err(fail)?;
        let count = listed.len();
        let mut tools: Vec<ToolEntry> = Vec::new();
        for tool in listed.into_iter().take(client::MAX_TOOLS) {
            let mut entry = ToolEntry::of(tool);
            let taken = |p: &String| tools.iter().any(|t| t.info.python_name.as_ref() == Some(p));
            if entry
                .info
                .python_name
                .as_ref()
                .is_some_and(|p| taken(p) || PREFIX.len() + self.name.len() + 2 + p.len() > 128)
            {
                entry.info.python_name = None;
            }
            tools.push(entry);
        }
        let inner = Inner {
            name: self.name,
            server_info,
            conn,
            tools,
            call_timeout: self.call_timeout,
            max_calls: self.max_calls,
            listed: count,
        };
        Ok(McpTools { inner: Arc::new(inner) })
    }
}

impl McpTools {
    /// Connects to `server` with the default timeouts; its tools will be
    /// the module `tools.<name>`.
    pub fn connect(name: impl Into<String>, server: McpServer) -> Result<McpTools, Error> {
        McpTools::builder(name, server).connect()
    }

    pub fn builder(name: impl Into<String>, server: McpServer) -> McpToolsBuilder {
        McpToolsBuilder {
            name: name.into(),
            server,
            connect_timeout: Duration::from_secs(10),
            call_timeout: Duration::from_secs(30),
            max_calls: None,
        }
    }

    /// The module name: `tools.<name>`.
    pub fn name(&self) -> &str {
        &self.inner.name
    }

    pub fn tools(&self) -> Vec<ToolInfo> {
        self.inner.tools.iter().map(|t| t.info.clone()).collect()
    }

    /// The tools as Python stub text, for a model to read: each function's
    /// signature (from its input and output schemas) and description.
    pub fn describe(&self) -> String {
        let i = &self.inner;
        let count = if i.tools.len() == 1 { "1 tool".to_string() } else { format!("{} tools", i.tools.len()) };
        let mut out = format!("# tools.{}: {count} from the MCP server '{}'", i.name, i.name);
        if !i.server_info.is_empty() {
            out += &format!(" ({})", i.server_info);
        }
        out.push('\n');
        if i.listed > i.tools.len() {
            out += &format!("# (the server listed {}; the first {} are granted)\n", i.listed, i.tools.len());
        }
        let names: Vec<&str> = i.tools.iter().filter_map(|t| t.info.python_name.as_deref()).collect();
        if !names.is_empty() {
            out += &format!("from tools.{} import {}\n", i.name, names.join(", "));
        }
        for t in &i.tools {
            out.push('\n');
            if t.info.python_name.is_none() {
                out += &format!("# Not a Python name: call as tools.call({:?}, {:?}, ...)\n", i.name, t.info.name);
            }
            if let Some(note) = &t.note {
                out += &format!("# {note}\n");
            }
            if let Err(why) = &t.validator {
                out += &format!("# Unusable: {why}\n");
            }
            out += &t.info.signature;
            if t.info.description.is_empty() {
                out += ": ...\n";
            } else {
                out += &format!(":\n    \"\"\"{}\"\"\"\n", docstring(&t.info.description));
            }
        }
        out
    }

    /// Adds the host functions behind `tools.<name>`.
    pub(crate) fn grant(&self, functions: &mut HostFunctions) {
        let group: Arc<str> = format!("calls to the tools of '{}'", self.inner.name).into();
        for (index, t) in self.inner.tools.iter().enumerate() {
            if let Some(py) = &t.info.python_name {
                let this = self.clone();
                let name = format!("{PREFIX}{}__{py}", self.inner.name);
                if let Some(cap) = self.inner.max_calls {
                    functions.set_budget(&name, group.clone(), cap);
                }
                functions.insert(
                    name,
                    host_fn::callable(move |args| {
                        let this = this.clone();
                        async move { this.call(index, args).await }
                    }),
                );
            }
        }
        let this = self.clone();
        let name = format!("{PREFIX}{}", self.inner.name);
        if let Some(cap) = self.inner.max_calls {
            functions.set_budget(&name, group, cap);
        }
        functions.insert(
            name,
            host_fn::callable(move |args| {
                let this = this.clone();
                async move { this.server_request(args).await }
            }),
        );
    }

    /// `("describe")` or `("call", tool, args, kwargs)`.
    async fn server_request(&self, request: HostArgs) -> Result<Value, HostCallError> {
        let bad = || HostCallError::InvalidArguments("expects ('describe') or ('call', tool, args, kwargs)".into());
        match request.args.as_slice() {
            [Value::String(op)] if op == "describe" => Ok(Value::String(self.describe())),
            [Value::String(op), Value::String(tool), Value::Array(args), Value::Object(kwargs)] if op == "call" => {
                let index = self.inner.tools.iter().position(|t| &t.info.name == tool).ok_or_else(|| {
                    HostCallError::Failed(format!("the MCP server '{}' has no tool '{tool}'", self.inner.name))
                })?;
                self.call(index, HostArgs { args: args.clone(), kwargs: kwargs.clone() }).await
            }
            _ => Err(bad()),
        }
    }

    async fn call(&self, index: usize, call: HostArgs) -> Result<Value, HostCallError> {
        let t = &self.inner.tools[index];
        let arguments = t.signature.arrange(call)?;
        let validator = t.validator.as_ref().map_err(|why| HostCallError::Failed(self.label(t, why)))?;
        let instance = Value::Object(arguments);
        if let Some(e) = validator.iter_errors(&instance).next() {
            let at = e.instance_path().to_string();
            let at = if at.is_empty() { String::new() } else { format!(" at {at}") };
            return Err(HostCallError::InvalidArguments(format!(
                "arguments do not match the tool's input schema{at}: {e}"
            )));
        }
        let Value::Object(arguments) = instance else { unreachable!("built as an object") };
        let result = self
            .inner
            .conn
            .call(&t.info.name, arguments, self.inner.call_timeout)
            .await
            .map_err(|why| HostCallError::Failed(self.label(t, &format!("the MCP server {why}"))))?;
        t.value_of(result).map_err(|why| HostCallError::Failed(self.label(t, &why)))
    }

    /// `github.search_issues: <message>`, as a failed call's exception reads.
    fn label(&self, t: &ToolEntry, message: &str) -> String {
        format!("{}.{}: {message}", self.inner.name, t.info.python_name.as_deref().unwrap_or(&t.info.name))
    }
}

impl fmt::Debug for McpTools {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("McpTools")
            .field("name", &self.inner.name)
            .field("tools", &self.inner.tools.iter().map(|t| &t.info.name).collect::<Vec<_>>())
            .finish()
    }
}

impl ToolEntry {
    fn of(tool: Tool) -> ToolEntry {
        let python_name = signature::python_name(&tool.name);
        let signature = Signature::of(&tool.input_schema, tool.output_schema.as_deref());
        let (head, note) = signature.render(python_name.as_deref().unwrap_or("_"));
        let mut description = tool.description.as_deref().unwrap_or_default().trim().to_string();
        if description.len() > MAX_DESCRIPTION {
            let mut cut = MAX_DESCRIPTION;
            while !description.is_char_boundary(cut) {
                cut -= 1;
            }
            description.truncate(cut);
            description += " [...]";
        }
        let validator = jsonschema::validator_for(&Value::Object((*tool.input_schema).clone()))
            .map_err(|e| format!("the server's input schema is not valid JSON Schema: {e}"));
        let wrapped = tool.output_schema.as_deref().is_some_and(signature::wraps_result);
        ToolEntry {
            info: ToolInfo { name: tool.name.to_string(), python_name, signature: head, description },
            note,
            signature,
            validator,
            wrapped,
        }
    }

    /// The Python value of a result: its structured content when the tool
    /// gives one, else its text (a list when there are several parts; a dict
    /// or list when the one part is a JSON object or array, as servers that
    /// predate structured content send them); a tool error is `Err` with the
    /// server's message.
    fn value_of(&self, result: CallToolResult) -> Result<Value, String> {
        let text = || -> Vec<Value> {
            result
                .content
                .iter()
                .map(|c| match c {
                    ContentBlock::Text(t) => Value::String(t.text.clone()),
                    other => serde_json::to_value(other).unwrap_or(Value::Null),
                })
                .collect()
        };
        if result.is_error == Some(true) {
            let parts: Vec<String> =
                text().into_iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).collect();
            return Err(if parts.is_empty() { "the tool failed without a message".into() } else { parts.join("\n") });
        }
        if let Some(structured) = &result.structured_content {
            return Ok(match structured {
                Value::Object(m) if self.wrapped && m.len() == 1 && m.contains_key("result") => m["result"].clone(),
                v => v.clone(),
            });
        }
        let mut parts = text();
        Ok(match parts.len() {
            0 => Value::Null,
            1 => json_text(parts.remove(0)),
            _ => Value::Array(parts),
        })
    }
}

/// Text that is a JSON object or array, parsed; other text stays a string.
fn json_text(part: Value) -> Value {
    match &part {
        Value::String(t) if t.trim_start().starts_with(['{', '[']) => serde_json::from_str(t).unwrap_or(part),
        _ => part,
    }
}

/// A server's name is its module's: an identifier the `host` function
/// names can carry unambiguously.
fn check_server_name(name: &str) -> Result<(), &'static str> {
    if !is_identifier(name) || name.contains("__") || name.starts_with('_') || name.len() > 32 {
        return Err(
            "a tool server's name must be a Python identifier of at most 32 characters, without '__' or a leading '_'",
        );
    }
    if matches!(name, "call" | "describe" | "servers" | "host" | "sys")
        || signature::python_name(name).as_deref() != Some(name)
    {
        return Err("a tool server's name cannot be a Python keyword or a name the tools module uses (call, describe, servers, host, sys)");
    }
    Ok(())
}

fn docstring(s: &str) -> String {
    s.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"").replace('\n', "\n    ")
}
