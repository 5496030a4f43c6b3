//! Functions the embedder grants to Python code: the host side of the WIT
//! `host` import.
//!
//! Values cross as JSON text. Each direction is checked here for size and
//! nesting before it is parsed or sent, whatever the guest checked already.

#[cfg(feature = "http")]
pub(crate) mod fetch;
mod shape;
mod wit;

pub(crate) use wit::{HostCalls, HostImport};

use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use shape::Shape;

/// Nesting bound on every value that crosses, as the WIT interface documents.
pub const MAX_HOST_VALUE_DEPTH: usize = 64;

/// The arguments of one call from Python: `f(1, "a", key=True)` gives
/// `args = [1, "a"]`, `kwargs = {"key": true}`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HostArgs {
    pub args: Vec<Value>,
    pub kwargs: Map<String, Value>,
}

/// How a granted function that the embedder answers later behaves in Python.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseStyle {
    /// `approve(100)` pauses the run until the answer comes.
    Pausing,
    /// `await fetch(url)` returns an `asyncio` future; when no task can run,
    /// the run pauses with every unanswered call (so `asyncio.gather` hands
    /// them over together).
    Awaitable,
}

/// A call the paused run waits on.
#[derive(Debug, Clone, PartialEq)]
pub struct HostCall {
    /// Unique for the interpreter's life, snapshots included.
    pub id: u32,
    pub name: String,
    pub args: HostArgs,
    /// Made by an awaitable function (an `asyncio` future waits on it).
    pub awaited: bool,
}

/// Why a host function gave no result, and the Python exception it becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HostCallError {
    /// The arguments do not fit the function: Python `TypeError`.
    InvalidArguments(String),
    /// The function failed: Python `host.HostError` with this message.
    Failed(String),
    /// A limit refused the call: Python `host.HostLimitError`.
    Limit(String),
}

impl HostCallError {
    pub fn failed(message: impl fmt::Display) -> Self {
        HostCallError::Failed(message.to_string())
    }
}

impl fmt::Display for HostCallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostCallError::InvalidArguments(m) | HostCallError::Failed(m) | HostCallError::Limit(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for HostCallError {}

type CallFuture = Pin<Box<dyn Future<Output = Result<Value, HostCallError>> + Send>>;

/// One granted function, type-erased: arguments in, JSON value out.
pub(crate) type Callable = dyn Fn(HostArgs) -> CallFuture + Send + Sync;

/// The functions a sandbox grants, by name, and how the ones a pausable run
/// treats specially behave there.
#[derive(Clone, Default)]
pub(crate) struct HostFunctions {
    map: BTreeMap<String, Arc<Callable>>,
    /// Pausing and awaitable functions; `true` when the host answers the
    /// awaitable one itself (its callable in `map`).
    styles: BTreeMap<String, (PauseStyle, bool)>,
    /// Per-call budgets shared by a group of functions (`fetch`'s requests,
    /// one tool server's calls): function -> (what the group counts, cap).
    budgets: BTreeMap<String, (Arc<str>, u32)>,
}

impl fmt::Debug for HostFunctions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.map.keys()).finish()
    }
}

impl HostFunctions {
    pub(crate) fn insert(&mut self, name: String, f: Arc<Callable>) {
        self.styles.remove(&name);
        self.map.insert(name, f);
    }

    /// A function the embedder answers through [`crate::Pending`]; called
    /// outside a pausable run it fails saying so.
    pub(crate) fn insert_paused(&mut self, name: String, style: PauseStyle) {
        let message = format!("{name}() pauses the run for its answer, so only a pausable run can call it");
        self.map.insert(name.clone(), untyped(move |_| Err(HostCallError::Failed(message.clone()))));
        self.styles.insert(name, (style, false));
    }

    /// An awaitable function the host answers itself.
    pub(crate) fn insert_awaitable(&mut self, name: String, f: Arc<Callable>) {
        self.map.insert(name.clone(), f);
        self.styles.insert(name, (PauseStyle::Awaitable, true));
    }

    /// Caps calls to `name` in one call, counted together with the other
    /// functions of the same `group` (e.g. "fetch requests").
    #[cfg_attr(not(any(feature = "http", feature = "mcp")), allow(dead_code))]
    pub(crate) fn set_budget(&mut self, name: &str, group: Arc<str>, cap: u32) {
        self.budgets.insert(name.to_string(), (group, cap));
    }

    pub(crate) fn budget(&self, name: &str) -> Option<&(Arc<str>, u32)> {
        self.budgets.get(name)
    }

    /// The names a pausable run pauses at, and the awaitable ones.
    pub(crate) fn pause_names(&self) -> (Vec<String>, Vec<String>) {
        let of = |style| self.styles.iter().filter(|(_, (s, _))| *s == style).map(|(n, _)| n.clone()).collect();
        (of(PauseStyle::Pausing), of(PauseStyle::Awaitable))
    }

    /// Whether runs need the pausable path: some function is awaitable.
    pub(crate) fn has_awaitable(&self) -> bool {
        self.styles.values().any(|(s, _)| *s == PauseStyle::Awaitable)
    }

    /// The host's own callable for an awaitable function it answers itself.
    pub(crate) fn awaitable_fn(&self, name: &str) -> Option<Arc<Callable>> {
        match self.styles.get(name) {
            Some((PauseStyle::Awaitable, true)) => self.get(name),
            _ => None,
        }
    }

    pub(crate) fn names(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }

    pub(crate) fn get(&self, name: &str) -> Option<Arc<Callable>> {
        self.map.get(name).cloned()
    }
}

/// A synchronous typed function. It runs on a blocking thread, so one that
/// blocks cannot hold the call past its timeout: the call ends at the
/// deadline and the thread finishes on its own.
pub(crate) fn blocking<A, R, E, F>(f: F) -> Arc<Callable>
where
    A: DeserializeOwned + Send + 'static,
    R: Serialize,
    E: fmt::Display + 'static,
    F: Fn(A) -> Result<R, E> + Send + Sync + 'static,
{
    let f = Arc::new(f);
    nonblocking(move |a: A| {
        let f = f.clone();
        off_thread(move || f(a).map_err(call_error).and_then(|r| to_value(&r)))
    })
}

/// Runs `job` on tokio's blocking pool; a panic in it fails the call instead
/// of taking the host down.
async fn off_thread<J>(job: J) -> Result<Value, HostCallError>
where
    J: FnOnce() -> Result<Value, HostCallError> + Send + 'static,
{
    tokio::task::spawn_blocking(job).await.unwrap_or_else(|_| Err(HostCallError::failed("the host function panicked")))
}

/// An async typed function, polled on the call's own task.
pub(crate) fn nonblocking<A, R, E, F, Fut>(f: F) -> Arc<Callable>
where
    A: DeserializeOwned + Send + 'static,
    R: Serialize,
    E: fmt::Display + 'static,
    F: Fn(A) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<R, E>> + Send + 'static,
{
    let shape = Shape::of::<A>();
    let f = Arc::new(f);
    Arc::new(move |call: HostArgs| -> CallFuture {
        let f = f.clone();
        Box::pin(async move {
            let a: A = parameters(shape, call)?;
            f(a).await.map_err(call_error).and_then(|r| to_value(&r))
        })
    })
}

/// An async function that sees the arguments as they came.
#[cfg_attr(not(feature = "mcp"), allow(dead_code))]
pub(crate) fn callable<F, Fut>(f: F) -> Arc<Callable>
where
    F: Fn(HostArgs) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Value, HostCallError>> + Send + 'static,
{
    Arc::new(move |call: HostArgs| -> CallFuture { Box::pin(f(call)) })
}

/// The name a program called `function` by, for messages: `github.search`
/// for the MCP tool behind `tools__github__search`.
pub(crate) fn display_name(function: &str) -> std::borrow::Cow<'_, str> {
    match function.strip_prefix("tools__").and_then(|rest| rest.split_once("__")) {
        Some((server, tool)) => format!("{server}.{tool}").into(),
        None => function.into(),
    }
}

/// An untyped function that sees the arguments as they came.
pub(crate) fn untyped<F>(f: F) -> Arc<Callable>
where
    F: Fn(HostArgs) -> Result<Value, HostCallError> + Send + Sync + 'static,
{
    let f = Arc::new(f);
    Arc::new(move |call: HostArgs| -> CallFuture {
        let f = f.clone();
        Box::pin(off_thread(move || f(call)))
    })
}

/// Host function names must be reachable as `from host import name`; the
/// error completes "host function name 'x' ...".
pub(crate) fn check_name(name: &str) -> Result<(), String> {
    const RESERVED: [&str; 7] =
        ["call", "functions", "HostError", "HostLimitError", "_awaiting", "_answers", "_module"];
    let mut chars = name.chars();
    let identifier = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !identifier || name.starts_with("__") || name.len() > 128 {
        return Err("is not a plain Python identifier".into());
    }
    if RESERVED.contains(&name) {
        return Err("is taken by the host module itself".into());
    }
    Ok(())
}

/// A typed function's error: a [`HostCallError`] keeps its kind, anything
/// else is a failure with its message.
fn call_error<E: fmt::Display + 'static>(e: E) -> HostCallError {
    match (&e as &dyn std::any::Any).downcast_ref::<HostCallError>() {
        Some(kind) => kind.clone(),
        None => HostCallError::failed(e),
    }
}

fn parameters<A: DeserializeOwned>(shape: Shape, call: HostArgs) -> Result<A, HostCallError> {
    serde_json::from_value(shape.arrange(call)?).map_err(|e| HostCallError::InvalidArguments(e.to_string()))
}

fn to_value<R: Serialize>(r: &R) -> Result<Value, HostCallError> {
    serde_json::to_value(r).map_err(|e| HostCallError::failed(format!("cannot encode the result: {e}")))
}

/// Whether `v` nests more than `levels` arrays/objects deep (`[1]` nests
/// one). Stops descending at the bound, so any value is safe to check.
fn nests_deeper(v: &Value, levels: usize) -> bool {
    let children: Box<dyn Iterator<Item = &Value>> = match v {
        Value::Array(items) => Box::new(items.iter()),
        Value::Object(map) => Box::new(map.values()),
        _ => return false,
    };
    levels == 0 || children.into_iter().any(|c| nests_deeper(c, levels - 1))
}

fn check_depth(v: &Value, what: &str) -> Result<(), HostCallError> {
    if nests_deeper(v, MAX_HOST_VALUE_DEPTH) {
        return Err(HostCallError::Limit(format!("{what} nest deeper than {MAX_HOST_VALUE_DEPTH} levels")));
    }
    Ok(())
}

/// Parses the guest's argument text after checking its bounds.
pub(crate) fn decode_arguments(text: &str, max_bytes: usize) -> Result<HostArgs, HostCallError> {
    if text.len() > max_bytes {
        return Err(HostCallError::Limit(format!(
            "host call arguments are {} bytes, over the {max_bytes}-byte cap",
            text.len()
        )));
    }
    #[derive(serde::Deserialize)]
    struct Wire {
        args: Vec<Value>,
        kwargs: Map<String, Value>,
    }
    let wire: Wire = serde_json::from_str(text)
        .map_err(|e| HostCallError::InvalidArguments(format!("malformed host call arguments: {e}")))?;
    for v in wire.args.iter().chain(wire.kwargs.values()) {
        check_depth(v, "host call arguments")?;
    }
    Ok(HostArgs { args: wire.args, kwargs: wire.kwargs })
}

/// Encodes a function's result after checking its bounds.
pub(crate) fn encode_result(v: &Value, max_bytes: usize) -> Result<String, HostCallError> {
    check_depth(v, "host call results")?;
    let text = serde_json::to_string(v).map_err(|e| HostCallError::failed(format!("cannot encode the result: {e}")))?;
    if text.len() > max_bytes {
        return Err(HostCallError::Limit(format!(
            "the host call result is {} bytes, over the {max_bytes}-byte cap",
            text.len()
        )));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn depth_counts_containers() {
        assert!(!nests_deeper(&json!(1), 0));
        assert!(nests_deeper(&json!([1]), 0));
        assert!(!nests_deeper(&json!([1, {"a": [2]}]), 3));
        assert!(nests_deeper(&json!([1, {"a": [2]}]), 2));
        let mut deep = json!(0);
        for _ in 0..MAX_HOST_VALUE_DEPTH {
            deep = json!([deep]);
        }
        assert!(encode_result(&deep, 1 << 20).is_ok());
        deep = json!([deep]);
        assert!(matches!(encode_result(&deep, 1 << 20), Err(HostCallError::Limit(_))));
    }
}
