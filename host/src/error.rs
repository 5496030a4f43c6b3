//! Why a call, or building a sandbox, failed: Python errors as data, limits,
//! the caller's own mistakes, and failures of the engine itself.

use std::fmt;
use std::path::PathBuf;

use crate::grants::{DirAccess, DirGrant};
use crate::output::Output;

/// A Python exception that escaped the executed code.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PythonException {
    /// Class name, e.g. `ZeroDivisionError`.
    pub type_name: String,
    /// `str()` of the exception; may be empty.
    pub message: String,
    /// CPython-style traceback ending with the `Type: message` line.
    pub traceback: String,
}

/// Source that did not compile.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PythonSyntaxError {
    /// `SyntaxError` or `IndentationError`.
    pub type_name: String,
    pub message: String,
    pub filename: String,
    /// 1-based.
    pub line: u32,
    /// 1-based; 0 when the compiler did not attribute the error to a token.
    pub column: u32,
    pub traceback: String,
}

/// A resource limit the host enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LimitKind {
    /// Linear memory hit its cap where the guest could not recover with a
    /// `MemoryError`.
    Memory,
    /// The call used up its fuel.
    Fuel,
    /// The call ran past its timeout (blocked in `time.sleep` included).
    Timeout,
    /// stdout + stderr of one call exceeded the cap.
    Output,
    /// Native recursion exhausted the stack (Python-level recursion is a
    /// catchable `RuntimeError` long before that).
    Stack,
}

impl LimitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LimitKind::Memory => "memory",
            LimitKind::Fuel => "fuel",
            LimitKind::Timeout => "timeout",
            LimitKind::Output => "output",
            LimitKind::Stack => "stack",
        }
    }
}

impl fmt::Display for LimitKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A setting the embedder chose that cannot work. Each case names the
/// setting, so a front end can say which of its own options was wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A directory grant whose host side cannot be opened as a directory.
    #[error("cannot grant '{}': {reason}", .host_path.display())]
    Grant { host_path: PathBuf, access: DirAccess, reason: String },

    /// A host function name Python could not import, or one the `host`
    /// module uses itself.
    #[error("host function name '{name}' {reason}")]
    FunctionName { name: String, reason: String },

    /// An HTTP allowlist pattern that is not a host, `*.domain`, `*` or an
    /// IP address (with an optional port).
    #[error("bad HTTP host pattern '{pattern}': {reason}")]
    HttpPattern { pattern: String, reason: String },

    /// The memory cap leaves no room for the interpreter to start.
    #[error("a memory cap of {cap} bytes is below the {needed} bytes the interpreter needs to start")]
    MemoryTooSmall { cap: usize, needed: usize },

    /// A component given to [`crate::RuntimeBuilder::component`] that is not
    /// a build of this interpreter (it does not compile or link).
    #[error("the interpreter component cannot be used: {reason}")]
    Component { reason: String },

    /// An MCP server whose tools could not be granted: a name that cannot be
    /// a module's, or a server that did not start, hand-shake or list its
    /// tools.
    #[error("tool server '{server}': {reason}")]
    ToolServer { server: String, reason: String },

    /// A limit outside the range the sandbox supports.
    #[error("{limit}: {reason}")]
    Limit { limit: &'static str, reason: String },
}

impl ConfigError {
    pub(crate) fn grant(g: &DirGrant, reason: String) -> Self {
        ConfigError::Grant { host_path: g.host_path.clone(), access: g.access, reason }
    }
}

/// Why a call failed. Variants that ran guest code carry the output produced
/// up to the failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{}", .exception.traceback.trim_end())]
    Exception { exception: PythonException, output: Output },

    #[error("{}", .error.traceback.trim_end())]
    Syntax { error: PythonSyntaxError, output: Output },

    #[error("{kind} limit exceeded{}", detail_suffix(.detail))]
    Limit { kind: LimitKind, detail: String, output: Output },

    /// The embedder stopped the call through an
    /// [`crate::InterruptHandle`] (e.g. Ctrl-C in the REPL).
    #[error("interrupted")]
    Interrupted { output: Output },

    /// The interpreter or the engine failed in a way neither the code nor
    /// the caller can cause on purpose (a trap the host cannot attribute to
    /// a limit, a component that does not compile); `output` is what was
    /// captured before it. `backtrace` is the wasm backtrace of a trap, kept
    /// out of the message.
    #[error("internal error: {message}")]
    Internal { message: String, backtrace: Option<String>, output: Output },

    /// An earlier call trapped, hit a limit or was interrupted; the instance's state is not
    /// trustworthy any more. `Session::reset` makes a fresh one.
    #[error("the session was stopped by an earlier failure; reset it to continue")]
    Poisoned,

    /// The caller's settings cannot work (a missing directory, a bad
    /// function name or pattern, a limit out of range). Nothing was run.
    #[error("invalid sandbox configuration: {0}")]
    Config(#[from] ConfigError),

    /// Bytes given to [`crate::Snapshot::from_bytes`] that are not a
    /// snapshot of this interpreter build, or are damaged.
    #[error("not a usable snapshot: {0}")]
    InvalidSnapshot(String),

    /// A request the session's state cannot take: resuming an unknown or
    /// answered call, starting or executing while a run is paused. Nothing
    /// changed.
    #[error("{0}")]
    Request(String),
}

fn detail_suffix(detail: &str) -> String {
    if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    }
}

/// The machine-readable category of an error, as every front end names it
/// (the `kind` of the outcome's `error`); each has one class name and one
/// exit status in every host (`docs/errors.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ErrorKind {
    /// A Python exception escaped the code.
    Exception,
    /// The source did not compile.
    Syntax,
    /// A limit stopped the call.
    Limit,
    /// The embedder interrupted the call.
    Interrupted,
    /// The interpreter or the engine failed (a sandbox bug).
    Internal,
    /// [`Error::Poisoned`]: an earlier call ended the session's interpreter.
    SessionPoisoned,
    /// A front end's session was closed (or its id is unknown); the library's
    /// sessions are values and cannot be used after they are dropped.
    SessionClosed,
    /// [`Error::Config`]: the caller's settings.
    Config,
    /// [`Error::InvalidSnapshot`]: the caller's snapshot bytes.
    InvalidSnapshot,
    /// A protocol front end (`--session`, MCP, HTTP) could not parse or route
    /// the request.
    Request,
}

impl ErrorKind {
    /// Every kind, in the order `docs/errors.md` lists them.
    pub const ALL: [ErrorKind; 10] = [
        ErrorKind::Exception,
        ErrorKind::Syntax,
        ErrorKind::Limit,
        ErrorKind::Interrupted,
        ErrorKind::Internal,
        ErrorKind::SessionPoisoned,
        ErrorKind::SessionClosed,
        ErrorKind::Config,
        ErrorKind::InvalidSnapshot,
        ErrorKind::Request,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Exception => "exception",
            ErrorKind::Syntax => "syntax",
            ErrorKind::Limit => "limit",
            ErrorKind::Interrupted => "interrupted",
            ErrorKind::Internal => "internal",
            ErrorKind::SessionPoisoned => "session_poisoned",
            ErrorKind::SessionClosed => "session_closed",
            ErrorKind::Config => "config",
            ErrorKind::InvalidSnapshot => "invalid_snapshot",
            ErrorKind::Request => "request",
        }
    }

    /// The error's class in the Python and JS packages (and the `type` of
    /// the outcome's error, except for Python's own exceptions).
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Exception => "PythonError",
            ErrorKind::Syntax => "PythonSyntaxError",
            ErrorKind::Limit => "LimitExceeded",
            ErrorKind::Interrupted => "Interrupted",
            ErrorKind::Internal => "InternalError",
            ErrorKind::SessionPoisoned => "SessionPoisoned",
            ErrorKind::SessionClosed => "SessionClosed",
            ErrorKind::Config => "ConfigurationError",
            ErrorKind::InvalidSnapshot => "InvalidSnapshot",
            ErrorKind::Request => "RequestError",
        }
    }

    /// The exit status of a command-line host whose run ended this way: 1
    /// for the code's own errors, 3 for a limit, 130 for an interrupt, 2 for
    /// the caller's input, 4 for the sandbox's failures.
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Exception | ErrorKind::Syntax => 1,
            ErrorKind::Limit => 3,
            ErrorKind::Interrupted => 130,
            ErrorKind::Internal | ErrorKind::SessionPoisoned => 4,
            ErrorKind::SessionClosed | ErrorKind::Config | ErrorKind::InvalidSnapshot | ErrorKind::Request => 2,
        }
    }

    /// Whether the caller's input is at fault (settings, snapshot bytes, a
    /// request), as opposed to the code, a limit or the engine.
    pub fn is_caller_fault(self) -> bool {
        self.exit_code() == 2
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Exception { .. } => ErrorKind::Exception,
            Error::Syntax { .. } => ErrorKind::Syntax,
            Error::Limit { .. } => ErrorKind::Limit,
            Error::Interrupted { .. } => ErrorKind::Interrupted,
            Error::Internal { .. } => ErrorKind::Internal,
            Error::Poisoned => ErrorKind::SessionPoisoned,
            Error::Config(_) => ErrorKind::Config,
            Error::InvalidSnapshot(_) => ErrorKind::InvalidSnapshot,
            Error::Request(_) => ErrorKind::Request,
        }
    }

    /// Output produced by the failed call, where guest code ran.
    pub fn output(&self) -> Option<&Output> {
        match self {
            Error::Exception { output, .. }
            | Error::Syntax { output, .. }
            | Error::Limit { output, .. }
            | Error::Interrupted { output }
            | Error::Internal { output, .. } => Some(output),
            Error::Poisoned | Error::Config(_) | Error::InvalidSnapshot(_) | Error::Request(_) => None,
        }
    }

    /// The Python-level type name (`ZeroDivisionError`, `SyntaxError`), or
    /// for other kinds a stable name for the category.
    pub fn type_name(&self) -> &str {
        match self {
            Error::Exception { exception, .. } => &exception.type_name,
            Error::Syntax { error, .. } => &error.type_name,
            other => other.kind().class_name(),
        }
    }

    /// The message without the type name.
    pub fn message(&self) -> String {
        match self {
            Error::Exception { exception, .. } => exception.message.clone(),
            Error::Syntax { error, .. } => error.message.clone(),
            other => other.to_string(),
        }
    }

    /// The CPython-style traceback for Python errors; empty otherwise.
    pub fn traceback(&self) -> &str {
        match self {
            Error::Exception { exception, .. } => &exception.traceback,
            Error::Syntax { error, .. } => &error.traceback,
            _ => "",
        }
    }

    /// The wasm backtrace of an internal error that was a trap.
    pub fn backtrace(&self) -> Option<&str> {
        match self {
            Error::Internal { backtrace, .. } => backtrace.as_deref(),
            _ => None,
        }
    }

    pub fn limit(&self) -> Option<LimitKind> {
        match self {
            Error::Limit { kind, .. } => Some(*kind),
            _ => None,
        }
    }
}

/// An engine failure outside any call (compiling, instantiating, store setup).
pub(crate) fn internal(context: &str, e: impl fmt::Display) -> Error {
    Error::Internal { message: format!("{context}: {e:#}"), backtrace: None, output: Output::default() }
}

/// A trap the host cannot attribute to a limit: what happened, plainly, with
/// the wasm backtrace apart. `during` names the operation ("a call").
pub(crate) fn trapped(trap: &wasmtime::Error, during: &str, output: Output) -> Error {
    let what = match trap.downcast_ref::<wasmtime::Trap>() {
        Some(code) => code.to_string(),
        None => trap.root_cause().to_string(),
    };
    let message = format!(
        "the interpreter stopped on a wasm trap during {during} ({what}); this is a bug in the sandbox, not \
         in the program. The instance was discarded: reset the session for a fresh interpreter"
    );
    let backtrace = trap.downcast_ref::<wasmtime::WasmBacktrace>().map(|b| b.to_string());
    Error::Internal { message, backtrace, output }
}

/// Decodes source bytes, or explains where they stop being UTF-8 the way the
/// interpreter reports any other unreadable source: as a syntax error.
pub fn decode_source<'a>(filename: &str, bytes: &'a [u8]) -> Result<&'a str, Error> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() as u32 + 1;
        let message = format!("source is not valid UTF-8 (byte 0x{:02x})", bytes[e.valid_up_to()]);
        let traceback = format!("  File \"{filename}\", line {line}\nSyntaxError: {message}\n");
        Error::Syntax {
            error: PythonSyntaxError {
                type_name: "SyntaxError".into(),
                message,
                filename: filename.into(),
                line,
                column,
                traceback,
            },
            output: Output::default(),
        }
    })
}
