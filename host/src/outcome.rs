//! The outcome of a call as data: the one JSON object every front end
//! answers with (`mpsandbox --json`, each `--session` reply, the MCP tools'
//! structured content, the HTTP adapter's body, the JS and Python packages'
//! `report`/`to_dict`). Its JSON Schema is published as
//! `wit/outcome.schema.json`; a test fails when that file and these types
//! disagree, and every front end's output is validated against the file.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind, LimitKind};
use crate::host_fn::HostCall;
use crate::output::Output;
use crate::pause::Progress;

/// What one call did: its output, the error that ended it (if one did) and
/// what it cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Outcome {
    /// Whether the call finished without an error.
    pub ok: bool,
    /// What the code wrote to stdout (invalid UTF-8 becomes U+FFFD).
    pub stdout: String,
    /// What the code wrote to stderr.
    pub stderr: String,
    /// `repr()` of an `eval`'s value; absent for `exec` and failed calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Why the call failed; `null` when `ok`.
    pub error: Option<ErrorReport>,
    /// What the call cost; absent where no call ran (a request refused).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stats: Option<StatsReport>,
    /// `true` when a session was reset after this call (a limit or trap
    /// ended its interpreter; its globals are gone).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reset: bool,
    /// The `--session` request's `id`, echoed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<serde_json::Value>")]
    pub id: Option<serde_json::Value>,
    /// The calls a paused run waits on; absent unless the run paused (a
    /// pausable run's `start` or `resume`, or a restored paused session).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paused: Option<Vec<PausedCall>>,
}

/// One call a paused run waits on, as [`crate::HostCall`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct PausedCall {
    pub id: u32,
    pub name: String,
    #[schemars(with = "Vec<serde_json::Value>")]
    pub args: Vec<serde_json::Value>,
    #[schemars(with = "serde_json::Map<String, serde_json::Value>")]
    pub kwargs: serde_json::Map<String, serde_json::Value>,
    /// Made by an awaitable function.
    pub awaited: bool,
}

impl PausedCall {
    pub fn of(call: &HostCall) -> PausedCall {
        PausedCall {
            id: call.id,
            name: call.name.clone(),
            args: call.args.args.clone(),
            kwargs: call.args.kwargs.clone(),
            awaited: call.awaited,
        }
    }
}

/// Why a call failed, in the same terms in every host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ErrorReport {
    pub kind: ErrorKind,
    /// The Python exception's class (`ZeroDivisionError`, `SyntaxError`) for
    /// `exception` and `syntax`; otherwise the error's class name in every
    /// host (`LimitExceeded`, `SessionPoisoned`, …; see [`ErrorKind::class_name`]).
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    /// CPython-style traceback for `exception` and `syntax`; otherwise empty.
    pub traceback: String,
    /// Which limit, for `limit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<LimitKind>,
    /// Where a `syntax` error is: file name, 1-based line and column (0: no
    /// token named).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// The wasm backtrace of an `internal` trap, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backtrace: Option<String>,
}

/// What a call cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct StatsReport {
    /// Microseconds inside the guest call.
    pub duration_us: u64,
    /// Fuel burnt; `null` unless the sandbox meters fuel.
    pub fuel: Option<u64>,
    /// Largest linear memory size reached, in bytes; `null` where the host
    /// cannot tell.
    pub peak_memory: Option<u64>,
}

impl Outcome {
    /// The outcome of a call that returned `result`.
    pub fn of(result: &Result<Output, Error>) -> Outcome {
        match result {
            Ok(output) => Outcome::from_output(output, None),
            Err(e) => Outcome::of_error(e),
        }
    }

    /// The outcome of a call that failed with `e`.
    pub fn of_error(e: &Error) -> Outcome {
        let empty = Output::default();
        Outcome::from_output(e.output().unwrap_or(&empty), Some(ErrorReport::of(e)))
    }

    /// Where a pausable run stands: done (as [`Outcome::of`]) or paused,
    /// with the part's output and the calls it waits on.
    pub fn of_progress(progress: &Result<Progress<'_>, Error>) -> Outcome {
        match progress {
            Ok(Progress::Done(output)) => Outcome::from_output(output, None),
            Ok(Progress::Paused(pending)) => Outcome::of_paused(pending.output(), pending.calls()),
            Err(e) => Outcome::of_error(e),
        }
    }

    /// A paused run: the output of the part that ran and its calls.
    pub fn of_paused(output: &Output, calls: &[HostCall]) -> Outcome {
        let mut outcome = Outcome::from_output(output, None);
        outcome.paused = Some(calls.iter().map(PausedCall::of).collect());
        outcome
    }

    /// A request a front end refused before anything ran (`kind` is
    /// `request`, `config` or `session_closed`).
    pub fn refused(kind: ErrorKind, message: impl Into<String>) -> Outcome {
        Outcome {
            ok: false,
            stdout: String::new(),
            stderr: String::new(),
            value: None,
            error: Some(ErrorReport::new(kind, kind.class_name(), message)),
            stats: None,
            reset: false,
            id: None,
            paused: None,
        }
    }

    fn from_output(output: &Output, error: Option<ErrorReport>) -> Outcome {
        let stats = &output.stats;
        Outcome {
            ok: error.is_none(),
            stdout: output.stdout_text(),
            stderr: output.stderr_text(),
            value: if error.is_none() { output.value.clone() } else { None },
            error,
            stats: Some(StatsReport {
                duration_us: u64::try_from(stats.duration.as_micros()).unwrap_or(u64::MAX),
                fuel: stats.fuel,
                peak_memory: Some(stats.peak_memory),
            }),
            reset: false,
            id: None,
            paused: None,
        }
    }

    /// The process exit status this outcome means (0 when `ok`).
    pub fn exit_code(&self) -> u8 {
        self.error.as_ref().map_or(0, |e| e.kind.exit_code())
    }

    /// As a JSON value.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("an outcome is plain data")
    }
}

impl ErrorReport {
    /// An error with no Python traceback or details.
    pub fn new(kind: ErrorKind, type_name: &str, message: impl Into<String>) -> ErrorReport {
        ErrorReport {
            kind,
            type_name: type_name.to_string(),
            message: message.into(),
            traceback: String::new(),
            limit: None,
            filename: None,
            line: None,
            column: None,
            backtrace: None,
        }
    }

    /// `e` as data, with the library's message.
    pub fn of(e: &Error) -> ErrorReport {
        let mut r = ErrorReport::new(e.kind(), e.type_name(), e.message());
        r.traceback = e.traceback().to_string();
        r.limit = e.limit();
        r.backtrace = e.backtrace().map(str::to_string);
        if let Error::Syntax { error, .. } = e {
            r.filename = Some(error.filename.clone());
            r.line = Some(error.line);
            r.column = Some(error.column);
        }
        r
    }
}

/// The published JSON Schema of [`Outcome`] (the contents of
/// `wit/outcome.schema.json`).
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Outcome)).expect("a schema is plain data")
}
