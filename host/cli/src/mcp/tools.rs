//! The tools `mpsandbox mcp` offers a model: one-shot runs, persistent
//! sessions with snapshots and forks, and a description of the interpreter.
//! Every outcome of the code (output, exception, syntax error, limit) is a
//! tool result with the CLI's JSON as structured content and a readable text
//! block; only a request the server cannot route is a protocol error.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use mpsandbox::{Error, ErrorKind, Limits, Outcome, Output, Runtime, Sandbox, Session};
use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{CallToolResult, ContentBlock, Implementation, ServerCapabilities, ServerConfig};
use rmcp::service::RequestContext;
use rmcp::{schemars, tool, tool_handler, tool_router, ErrorData, RoleServer, ServerHandler};
use serde::Deserialize;
use serde_json::{json, Value};

use super::auth::Principal;
use super::sessions::Registry;
use super::store::Store;
use crate::args::PolicyArgs;
use crate::report;

/// What a model must know to write code that runs here.
const ABOUT_MICROPYTHON: &str = "The code runs in MicroPython 1.25 compiled to WebAssembly and sandboxed, \
patched to behave as CPython 3.11 for the language and built-ins: dicts keep insertion order, match statements, \
{**a, **b} and [*xs, *ys], f-strings (including f'{x=}'), positional-only parameters, CPython's float repr, \
round() and format mini-language, stable sorted(), the full str method set with Unicode case mapping, \
exception chaining (raise ... from e); `re` is CPython's API on the PCRE2 engine, `json` is complete (indent, \
sort_keys, default, object_hook, JSONDecodeError), `math` has the 3.12 set, `time` has strftime/struct_time \
(local time is UTC). The standard library agents import is built in and behaves as CPython's: typing, \
dataclasses, datetime, collections (Counter, defaultdict, namedtuple, ChainMap, OrderedDict, deque), itertools, \
functools, enum, abc, contextlib, copy, operator, decimal, fractions, statistics, random (CPython's sequences \
for a seed), textwrap, string, difflib, pprint, csv, io, base64, hashlib, hmac, uuid, secrets, html, \
urllib.parse, zlib, logging, pathlib, asyncio and more (call `describe` for the list). It is not CPython: there is no pip and no third-party package (no numpy, pandas, \
requests), no threads, no subprocess, no network unless the server grants host.fetch, and files only in \
directories the server grants; call `describe` for the exact module list. print() output is returned; the value \
of an expression is not printed unless you print it.";

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
pub struct Tighter {
    /// Wall-clock limit for each call, in milliseconds (at most the server's;
    /// 0 asks for no tighter limit than the server's).
    pub timeout_ms: Option<u64>,
    /// Memory cap for the interpreter, in bytes (at most the server's).
    pub memory: Option<u64>,
    /// Fuel (about one unit per WebAssembly instruction) for each call (at most the server's).
    pub fuel: Option<u64>,
    /// Cap on stdout+stderr bytes for each call (at most the server's).
    pub max_output: Option<u64>,
}

impl Tighter {
    /// `server` with each requested limit applied where it is tighter: a
    /// client can lower limits, never raise them.
    pub(super) fn apply(&self, server: Limits) -> Limits {
        let mut l = server;
        // 0 means "no limit" in every host; a client cannot lift the
        // server's, so here it means "the server's".
        if let Some(ms) = self.timeout_ms.filter(|&ms| ms > 0) {
            let asked = Duration::from_millis(ms);
            l.timeout = Some(server.timeout.map_or(asked, |t| t.min(asked)));
        }
        if let Some(bytes) = self.memory {
            l.memory = l.memory.min(usize::try_from(bytes).unwrap_or(usize::MAX));
        }
        if let Some(fuel) = self.fuel {
            l.fuel = Some(server.fuel.map_or(fuel, |f| f.min(fuel)));
        }
        if let Some(bytes) = self.max_output {
            l.max_output = l.max_output.min(usize::try_from(bytes).unwrap_or(usize::MAX));
        }
        l
    }
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct RunPython {
    /// The Python (MicroPython) program to run.
    pub code: String,
    #[serde(flatten)]
    pub limits: Tighter,
}

#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
pub struct SessionCreate {
    #[serde(flatten)]
    pub limits: Tighter,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SessionExec {
    /// The id session_create returned.
    pub session_id: String,
    /// Code to run in the session's globals.
    pub code: String,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SessionResume {
    /// The id of the session whose run is paused.
    pub session_id: String,
    /// One answer per call: {"id": 1, "value": ...} or {"id": 1, "error": "why", "kind": "failed"}.
    #[serde(default)]
    pub answers: Vec<Value>,
    /// Abandon the paused run instead of answering.
    #[serde(default)]
    pub cancel: bool,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SessionRef {
    /// The id session_create (or session_fork) returned.
    pub session_id: String,
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
pub struct SessionFork {
    /// The id session_snapshot returned.
    pub snapshot_id: String,
}

pub(super) struct Inner {
    pub(super) policy: PolicyArgs,
    pub(super) runtime: Runtime,
    /// The server's policy, built once; tighter requests build their own.
    pub(super) sandbox: Sandbox,
    registry: Registry,
    identity: OnceLock<Value>,
    /// Where sessions live when replicas share them (`--session-store`).
    pub(super) store: Option<Store>,
}

#[derive(Clone)]
pub struct SandboxServer {
    inner: Arc<Inner>,
    tool_router: ToolRouter<Self>,
}

pub(super) type ToolResult = Result<CallToolResult, ErrorData>;

impl SandboxServer {
    pub fn new(
        policy: PolicyArgs,
        runtime: Runtime,
        registry: Registry,
        store: Option<Store>,
    ) -> Result<SandboxServer, Error> {
        let sandbox = policy.builder(&runtime)?.build()?;
        let inner = Arc::new(Inner { policy, runtime, sandbox, registry, identity: OnceLock::new(), store });
        Ok(SandboxServer { inner, tool_router: Self::tool_router() })
    }

    pub(super) fn inner(&self) -> &Inner {
        &self.inner
    }

    pub fn registry(&self) -> &Registry {
        &self.inner.registry
    }

    fn sandbox(&self, tighter: &Tighter) -> Result<Sandbox, Error> {
        self.sandbox_with(tighter.apply(self.inner.sandbox.limits()))
    }

    /// The server's policy under `limits` (the prebuilt one when they are its own).
    pub(super) fn sandbox_with(&self, limits: Limits) -> Result<Sandbox, Error> {
        if limits == self.inner.sandbox.limits() {
            return Ok(self.inner.sandbox.clone());
        }
        self.inner.policy.builder(&self.inner.runtime)?.limits(limits).build()
    }

    /// The interpreter's name, version and modules, asked of it once.
    fn identity(&self) -> Result<Value, Error> {
        if let Some(v) = self.inner.identity.get() {
            return Ok(v.clone());
        }
        let id = self.inner.sandbox.session()?.identity()?;
        let v = json!({
            "implementation": id.implementation,
            "version": id.version,
            "language_version": id.language_version,
            "source": id.source,
            "modules": id.modules,
        });
        Ok(self.inner.identity.get_or_init(|| v).clone())
    }
}

impl SandboxServer {
    /// Runs `call` on a session, replacing an interpreter the call left
    /// poisoned (the outcome then says `reset: true`).
    async fn in_session(
        &self,
        owner: &Principal,
        session_id: String,
        call: impl FnOnce(&mut Session) -> Outcome + Send + 'static,
    ) -> ToolResult {
        let (slot, stored) = match self.store() {
            Some(store) => match self.stored_session(store, owner, &session_id).await {
                Ok((slot, header)) => (slot, Some((store, header))),
                Err(refusal) => return Ok(refusal),
            },
            None => match self.registry().get(owner, &session_id) {
                Ok(s) => (s, None),
                Err(why) => return Ok(refused(ErrorKind::SessionClosed, why)),
            },
        };
        let s = slot.clone();
        let answered = blocking(move || {
            let mut session = s.lock();
            let mut o = call(&mut session);
            if session.is_poisoned() {
                if let Err(e) = session.reset() {
                    return outcome(&Err(e), false);
                }
                o.reset = true;
            }
            finish(o.to_value(), o.ok)
        })
        .await?;
        if let Some((store, header)) = stored {
            if let Err(refusal) = self.save_session(store, &session_id, Some(&header), owner, &slot).await {
                return Ok(refusal);
            }
        }
        Ok(answered)
    }
}

/// Runs blocking sandbox work off the async executor.
pub(super) async fn blocking<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> Result<T, ErrorData> {
    tokio::task::spawn_blocking(job).await.map_err(|e| ErrorData::internal_error(format!("the call failed: {e}"), None))
}

/// The outcome contract's schema, as the tools that return an outcome declare
/// it (`outputSchema`), so a client can check what it gets.
fn outcome_schema() -> Arc<rmcp::model::JsonObject> {
    rmcp::handler::server::common::schema_for_output::<Outcome>()
}

/// A call's outcome as a tool result: the outcome contract as structured
/// content, and text for people.
pub(super) fn outcome(result: &Result<Output, Error>, reset: bool) -> CallToolResult {
    let mut o = report::outcome(result);
    o.reset = reset;
    finish(o.to_value(), o.ok)
}

/// `v` as a tool result, with `readable`'s text for a call's outcome.
fn finish(v: Value, ok: bool) -> CallToolResult {
    let text = readable(&v);
    reply(v, ok, text)
}

/// A session-management answer: its JSON is the readable text too.
pub(super) fn answer(v: Value) -> CallToolResult {
    let text = v.to_string();
    reply(v, true, text)
}

fn reply(v: Value, ok: bool, text: String) -> CallToolResult {
    let mut r = if ok { CallToolResult::structured(v) } else { CallToolResult::structured_error(v) };
    r.content = vec![ContentBlock::text(text)];
    r
}

/// A mistake in the request (an unknown id, the cap reached), for the model
/// to read and correct; not a protocol error.
pub(super) fn refused(kind: ErrorKind, message: impl Into<String>) -> CallToolResult {
    finish(Outcome::refused(kind, message).to_value(), false)
}

fn readable(v: &Value) -> String {
    let text = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or_default();
    let mut out = String::new();
    if !text("stdout").is_empty() {
        out.push_str(text("stdout"));
    }
    if !text("stderr").is_empty() {
        out.push_str(&format!("[stderr]\n{}", text("stderr")));
    }
    if let Some(value) = v.get("value").and_then(Value::as_str) {
        out.push_str(&format!("[value] {value}\n"));
    }
    if let Some(e) = v.get("error").filter(|e| !e.is_null()) {
        let field = |k: &str| e.get(k).and_then(Value::as_str).unwrap_or_default();
        if !field("traceback").is_empty() {
            out.push_str(field("traceback"));
        } else {
            out.push_str(&format!("[error] {}\n", field("message")));
        }
    }
    if let Some(calls) = v.get("paused").and_then(Value::as_array) {
        out.push_str("[paused: the run waits on these calls; answer them with session_resume]\n");
        for c in calls {
            out.push_str(&format!("  {}\n", c));
        }
    }
    if v.get("reset") == Some(&Value::Bool(true)) {
        out.push_str("[the session was reset: a limit ended it, its globals are gone]\n");
    }
    if out.is_empty() {
        out.push_str("(no output)\n");
    }
    out
}

pub(super) fn session_reply(session_id: &str, limits: Limits) -> CallToolResult {
    answer(json!({"ok": true, "session_id": session_id, "limits": limits_json(limits)}))
}

pub(super) fn limits_json(l: Limits) -> Value {
    json!({
        "timeout_ms": l.timeout.map(|t| t.as_millis() as u64),
        "memory": l.memory,
        "fuel": l.fuel,
        "max_output": l.max_output,
    })
}

/// The principal a request came from (its bearer token's; everyone's the
/// same on stdio or without tokens).
fn principal(ctx: &RequestContext<RoleServer>) -> Principal {
    let parts = ctx.extensions.get::<axum::http::request::Parts>();
    parts.and_then(|p| p.extensions.get::<Principal>().cloned()).unwrap_or_default()
}

fn store_session(
    server: &SandboxServer,
    owner: &Principal,
    made: Result<Session, Error>,
    limits: Limits,
) -> CallToolResult {
    match made {
        Err(e) => outcome(&Err(e), false),
        Ok(session) => match server.registry().insert(owner, session, limits) {
            Ok(id) => session_reply(&id, limits),
            Err(why) => refused(ErrorKind::Request, why),
        },
    }
}

#[tool_router]
impl SandboxServer {
    #[tool(
        description = "Run Python code in a fresh sandbox and return its stdout, stderr, and the exception if one \
                       escaped (type, message, traceback) or the limit that stopped it. Nothing persists between \
                       calls; use session_create for state. Optional limits can only be tighter than the server's. \
                       The code runs in MicroPython, not CPython: see the server instructions or call describe.",
        annotations(read_only_hint = false, destructive_hint = false, idempotent_hint = true, open_world_hint = false),
        output_schema = outcome_schema()
    )]
    async fn run_python(&self, Parameters(req): Parameters<RunPython>) -> ToolResult {
        let sandbox = match self.sandbox(&req.limits) {
            Ok(s) => s,
            Err(e) => return Ok(outcome(&Err(e), false)),
        };
        let result = blocking(move || sandbox.run(&req.code)).await?;
        Ok(outcome(&result, false))
    }

    #[tool(description = "Create a persistent Python (MicroPython) session: globals, functions and imports survive \
                          between session_exec calls. Returns its session_id. Sessions expire when idle; close them \
                          with session_close when done. Optional limits apply to each call and can only be tighter \
                          than the server's.")]
    async fn session_create(
        &self,
        Parameters(req): Parameters<SessionCreate>,
        ctx: RequestContext<RoleServer>,
    ) -> ToolResult {
        let sandbox = match self.sandbox(&req.limits) {
            Ok(s) => s,
            Err(e) => return Ok(outcome(&Err(e), false)),
        };
        let limits = sandbox.limits();
        let made = blocking(move || sandbox.session()).await?;
        if let Some(store) = self.store() {
            return self.store_new_session(store, &principal(&ctx), made, limits).await;
        }
        Ok(store_session(self, &principal(&ctx), made, limits))
    }

    #[tool(description = "Run code in a session's globals and return stdout, stderr and any exception. Calls on \
                          one session run one at a time. A limit hit (timeout, memory, fuel, output) resets the \
                          session to a fresh interpreter and says so (reset: true). When the server grants \
                          pausing host functions (--pausing/--awaitable), a call to one pauses the run: the result \
                          lists the calls in `paused`, and session_resume answers them.",
          output_schema = outcome_schema())]
    async fn session_exec(
        &self,
        Parameters(req): Parameters<SessionExec>,
        ctx: RequestContext<RoleServer>,
    ) -> ToolResult {
        let pausable = !self.inner.policy.pausing.is_empty() || !self.inner.policy.awaitable.is_empty();
        self.in_session(&principal(&ctx), req.session_id, move |session| {
            if pausable {
                report::progress_outcome(&session.start(&req.code))
            } else {
                report::outcome(&session.exec(&req.code))
            }
        })
        .await
    }

    #[tool(description = "Answer the calls a paused session_exec run waits on (its `paused` list) and continue the \
                          run: each answer is {id, value} (the call's JSON return value) or {id, error, kind?} (a \
                          failure raised in the program at the call; kind failed, limit or invalid_arguments). The \
                          result is the run's next outcome: done, or paused again. cancel: true abandons the run \
                          instead.",
          output_schema = outcome_schema())]
    async fn session_resume(
        &self,
        Parameters(req): Parameters<SessionResume>,
        ctx: RequestContext<RoleServer>,
    ) -> ToolResult {
        let answers = if req.cancel {
            Vec::new()
        } else {
            match crate::paused::answers(&Value::Array(req.answers)) {
                Ok(a) => a,
                Err(why) => return Ok(refused(ErrorKind::Request, why)),
            }
        };
        let cancel = req.cancel;
        self.in_session(&principal(&ctx), req.session_id, move |session| match session.pending() {
            Ok(None) => Outcome::refused(ErrorKind::Request, "no run is paused in this session"),
            Ok(Some(pending)) if cancel => report::outcome(&pending.cancel().map(|()| Output::default())),
            Ok(Some(pending)) => report::progress_outcome(&pending.resume_all(answers)),
            Err(e) => report::outcome(&Err(e)),
        })
        .await
    }

    #[tool(description = "Replace a session's interpreter with a fresh one: every global is gone.")]
    async fn session_reset(
        &self,
        Parameters(req): Parameters<SessionRef>,
        ctx: RequestContext<RoleServer>,
    ) -> ToolResult {
        let owner = principal(&ctx);
        if let Some(store) = self.store() {
            let (slot, header) = match self.stored_session(store, &owner, &req.session_id).await {
                Ok(x) => x,
                Err(refusal) => return Ok(refusal),
            };
            let s = slot.clone();
            if let Err(e) = blocking(move || s.lock().reset()).await? {
                return Ok(outcome(&Err(e), false));
            }
            if let Err(refusal) = self.save_session(store, &req.session_id, Some(&header), &owner, &slot).await {
                return Ok(refusal);
            }
            return Ok(answer(json!({"ok": true, "session_id": req.session_id})));
        }
        let slot = match self.registry().get(&owner, &req.session_id) {
            Ok(s) => s,
            Err(why) => return Ok(refused(ErrorKind::SessionClosed, why)),
        };
        let done = blocking(move || slot.lock().reset()).await?;
        Ok(match done {
            Ok(()) => answer(json!({"ok": true, "session_id": req.session_id})),
            Err(e) => outcome(&Err(e), false),
        })
    }

    #[tool(description = "Close a session and free its memory.")]
    async fn session_close(
        &self,
        Parameters(req): Parameters<SessionRef>,
        ctx: RequestContext<RoleServer>,
    ) -> ToolResult {
        let me = self.clone();
        let owner = principal(&ctx);
        if let Some(store) = self.store() {
            if let Err(refusal) = self.header(store, "session", &owner, &req.session_id).await {
                return Ok(refusal);
            }
            let deleted = store.delete("session", &req.session_id).await;
            self.registry().evict(&req.session_id);
            return Ok(match deleted {
                Ok(()) => answer(json!({"ok": true})),
                Err(why) => refused(ErrorKind::Request, why),
            });
        }
        let closed = blocking(move || me.registry().remove(&owner, &req.session_id)).await?;
        Ok(match closed {
            Ok(()) => answer(json!({"ok": true})),
            Err(why) => refused(ErrorKind::SessionClosed, why),
        })
    }

    #[tool(description = "Capture a session's whole state (globals, functions, imported modules) as a snapshot and \
                          return its snapshot_id; the session goes on unchanged. session_fork starts new sessions \
                          from it, e.g. to try several continuations from one prepared state.")]
    async fn session_snapshot(
        &self,
        Parameters(req): Parameters<SessionRef>,
        ctx: RequestContext<RoleServer>,
    ) -> ToolResult {
        let owner = principal(&ctx);
        if let Some(store) = self.store() {
            return self.store_snapshot(store, &owner, &req.session_id).await;
        }
        let slot = match self.registry().get(&owner, &req.session_id) {
            Ok(s) => s,
            Err(why) => return Ok(refused(ErrorKind::SessionClosed, why)),
        };
        let limits = slot.limits;
        let captured = blocking(move || slot.lock().snapshot()).await?;
        Ok(match captured {
            Err(e) => outcome(&Err(e), false),
            Ok(snapshot) => {
                let bytes = snapshot.memory_size();
                match self.registry().store_snapshot(&owner, snapshot, limits) {
                    Ok(id) => answer(json!({"ok": true, "snapshot_id": id, "memory_bytes": bytes})),
                    Err(why) => refused(ErrorKind::Request, why),
                }
            }
        })
    }

    #[tool(description = "Start a new session from a snapshot (session_snapshot's snapshot_id): it continues with \
                          the snapshot's state, independent of the original and of other forks, under the limits \
                          of the session the snapshot was taken from. Returns the new session_id.")]
    async fn session_fork(
        &self,
        Parameters(req): Parameters<SessionFork>,
        ctx: RequestContext<RoleServer>,
    ) -> ToolResult {
        let owner = principal(&ctx);
        if let Some(store) = self.store() {
            return self.fork_stored(store, &owner, &req.snapshot_id).await;
        }
        let (snapshot, limits) = match self.registry().snapshot(&owner, &req.snapshot_id) {
            Ok(s) => s,
            Err(why) => return Ok(refused(ErrorKind::Request, why)),
        };
        let sandbox = match self.sandbox_with(limits) {
            Ok(s) => s,
            Err(e) => return Ok(outcome(&Err(e), false)),
        };
        let made = blocking(move || sandbox.restore(&snapshot)).await?;
        Ok(store_session(self, &owner, made, limits))
    }

    #[tool(
        description = "Describe the sandbox: the interpreter and its version, the modules code can import, and the \
                       server's limits. Call it before writing code that needs a particular module.",
        annotations(read_only_hint = true, idempotent_hint = true, open_world_hint = false)
    )]
    async fn describe(&self) -> ToolResult {
        let me = self.clone();
        let identity = blocking(move || me.identity()).await?;
        let identity = match identity {
            Ok(v) => v,
            Err(e) => return Ok(outcome(&Err(e), false)),
        };
        let (sessions, snapshots) = self.registry().live();
        let reg = self.registry();
        let v = json!({
            "ok": true,
            "interpreter": identity,
            "limits": limits_json(self.inner.sandbox.limits()),
            "directories": self.inner.sandbox.dirs().iter().map(|d| json!({
                "path": d.guest_path,
                "writable": d.access == mpsandbox::DirAccess::ReadWrite,
            })).collect::<Vec<_>>(),
            "http": self.inner.policy.grants_http(),
            "tools": self.tool_stubs(),
            "sessions": {"live": sessions, "max": reg.max(), "idle_expiry_s": reg.idle().as_secs()},
            "snapshots": {"kept": snapshots, "max": reg.max()},
            "about": ABOUT_MICROPYTHON,
        });
        let mut r = CallToolResult::structured(v.clone());
        let modules = v["interpreter"]["modules"]
            .as_array()
            .map(|m| m.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "));
        r.content = vec![ContentBlock::text(format!(
            "{} {} ({})\nmodules: {}\n{}{}",
            v["interpreter"]["implementation"].as_str().unwrap_or_default(),
            v["interpreter"]["version"].as_str().unwrap_or_default(),
            v["interpreter"]["language_version"].as_str().unwrap_or_default(),
            modules.unwrap_or_default(),
            ABOUT_MICROPYTHON,
            self.tools_note(),
        ))];
        Ok(r)
    }
}

impl SandboxServer {
    /// The `--tools-from` servers' stub text (empty without any).
    fn tool_stubs(&self) -> String {
        self.inner
            .policy
            .tools()
            .map(|t| t.iter().map(|t| t.describe()).collect::<Vec<_>>().join("\n"))
            .unwrap_or_default()
    }

    /// What a model must know to call the tools from its code.
    fn tools_note(&self) -> String {
        let stubs = self.tool_stubs();
        if stubs.is_empty() {
            return String::new();
        }
        format!(
            "\n\nCode can call these tools as Python functions (import them from the tools package; a failed \
             tool raises host.HostError, bad arguments TypeError; only what the code prints comes back):\n\n{stubs}"
        )
    }
}

#[tool_handler(router = self.tool_router)]
impl ServerHandler for SandboxServer {
    fn get_info(&self) -> ServerConfig {
        let modules = self.inner.identity.get().and_then(|v| v["modules"].as_array().cloned());
        let modules = modules
            .map(|m| {
                format!(" Importable modules: {}.", m.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "))
            })
            .unwrap_or_default();
        ServerConfig::new(ServerCapabilities::builder().enable_tools().build())
            .with_server_info(Implementation::new("mpsandbox", env!("CARGO_PKG_VERSION")))
            .with_instructions(format!(
                "A Python sandbox. run_python runs code in a fresh interpreter; session_create + session_exec \
                 keep state across calls. {ABOUT_MICROPYTHON}{modules}{}",
                self.tools_note()
            ))
    }
}
