//! What a call returns: the output it produced, and why it failed if it did.

use std::fmt;
use std::time::Duration;

/// What one call wrote and what it cost.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Output {
    /// Bytes the code wrote to stdout (`print`, `sys.stdout`); may be any bytes.
    pub stdout: Vec<u8>,
    /// Bytes the code wrote to stderr.
    pub stderr: Vec<u8>,
    /// `repr()` of the value, for `eval`.
    pub value: Option<String>,
    pub stats: Stats,
}

impl Output {
    /// stdout as text; invalid UTF-8 becomes U+FFFD.
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// stderr as text; invalid UTF-8 becomes U+FFFD.
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

/// Measurements of one call.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Wall-clock time spent inside the guest call (excludes compilation).
    pub duration: Duration,
    /// Fuel the call burnt (about one unit per wasm instruction).
    pub fuel: u64,
    /// Largest size the instance's linear memory has reached, in bytes.
    pub peak_memory: u64,
}

/// A Python exception that escaped the executed code.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// Why a call failed. Variants that ran guest code carry the output produced
/// up to the failure.
#[derive(Debug, thiserror::Error)]
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

    /// The interpreter or the runtime failed in a way the code cannot cause on
    /// purpose; `output` is what was captured before it.
    #[error("internal error: {message}")]
    Internal { message: String, output: Output },

    /// An earlier call trapped, hit a limit or was interrupted; the instance's state is not
    /// trustworthy any more. `Session::reset` makes a fresh one.
    #[error("the session was stopped by an earlier failure; reset it to continue")]
    Poisoned,

    /// The sandbox could not be built (engine, compilation, instantiation).
    #[error("cannot set up the sandbox: {0}")]
    Setup(String),
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
pub enum ErrorKind {
    Exception,
    Syntax,
    Limit,
    Interrupted,
    Internal,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Exception => "exception",
            ErrorKind::Syntax => "syntax",
            ErrorKind::Limit => "limit",
            ErrorKind::Interrupted => "interrupted",
            ErrorKind::Internal => "internal",
        }
    }
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Exception { .. } => ErrorKind::Exception,
            Error::Syntax { .. } => ErrorKind::Syntax,
            Error::Limit { .. } => ErrorKind::Limit,
            Error::Interrupted { .. } => ErrorKind::Interrupted,
            Error::Internal { .. } | Error::Poisoned | Error::Setup(_) => ErrorKind::Internal,
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
            Error::Poisoned | Error::Setup(_) => None,
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
            Error::Internal { .. } | Error::Poisoned | Error::Setup(_) => "InternalError",
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

    pub fn limit(&self) -> Option<LimitKind> {
        match self {
            Error::Limit { kind, .. } => Some(*kind),
            _ => None,
        }
    }
}

pub(crate) fn setup(e: impl fmt::Display) -> Error {
    Error::Setup(format!("{e:#}"))
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
