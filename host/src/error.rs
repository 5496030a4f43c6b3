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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
}

fn detail_suffix(detail: &str) -> String {
    if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    }
}

/// The machine-readable category of an [`Error`], as the CLI's JSON names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    Exception,
    Syntax,
    Limit,
    Interrupted,
    Internal,
    /// [`Error::Config`]: the caller's settings.
    Config,
    /// [`Error::InvalidSnapshot`]: the caller's snapshot bytes.
    InvalidSnapshot,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Exception => "exception",
            ErrorKind::Syntax => "syntax",
            ErrorKind::Limit => "limit",
            ErrorKind::Interrupted => "interrupted",
            ErrorKind::Internal => "internal",
            ErrorKind::Config => "config",
            ErrorKind::InvalidSnapshot => "invalid_snapshot",
        }
    }

    /// Whether the caller's input is at fault (settings or snapshot bytes),
    /// as opposed to the code, a limit or the engine.
    pub fn is_caller_fault(self) -> bool {
        matches!(self, ErrorKind::Config | ErrorKind::InvalidSnapshot)
    }
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Exception { .. } => ErrorKind::Exception,
            Error::Syntax { .. } => ErrorKind::Syntax,
            Error::Limit { .. } => ErrorKind::Limit,
            Error::Interrupted { .. } => ErrorKind::Interrupted,
            Error::Internal { .. } | Error::Poisoned => ErrorKind::Internal,
            Error::Config(_) => ErrorKind::Config,
            Error::InvalidSnapshot(_) => ErrorKind::InvalidSnapshot,
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
            Error::Poisoned | Error::Config(_) | Error::InvalidSnapshot(_) => None,
        }
    }

    /// The Python-level type name (`ZeroDivisionError`, `SyntaxError`), or
    /// for other kinds a stable name for the category.
    pub fn type_name(&self) -> &str {
        match self {
            Error::Exception { exception, .. } => &exception.type_name,
            Error::Syntax { error, .. } => &error.type_name,
            Error::Limit { .. } => "LimitExceeded",
            Error::Interrupted { .. } => "Interrupted",
            Error::Internal { .. } | Error::Poisoned => "InternalError",
            Error::Config(_) => "ConfigError",
            Error::InvalidSnapshot(_) => "InvalidSnapshot",
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
