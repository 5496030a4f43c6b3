//! How an outcome is shown: the JSON contract, or terminal text.

use mpsandbox::{ConfigError, DirAccess, Error, ErrorKind, Output};
use serde_json::{json, Map, Value};

/// Exit status for usage errors: bad flags, an unreadable script, settings
/// the sandbox refuses.
pub const USAGE: u8 = 2;

/// Exit status for an outcome, as `--help` documents it.
pub fn exit_code(result: &Result<Output, Error>) -> u8 {
    match result {
        Ok(_) => 0,
        Err(e) => exit_code_of(e),
    }
}

pub fn exit_code_of(e: &Error) -> u8 {
    match e.kind() {
        ErrorKind::Exception | ErrorKind::Syntax => 1,
        ErrorKind::Limit => 3,
        ErrorKind::Interrupted => 130,
        kind if kind.is_caller_fault() => USAGE,
        _ => 4,
    }
}

/// The message for an error, in the terms of this program's flags where the
/// caller's settings are at fault (the library's names its own API).
pub fn message(e: &Error) -> String {
    let Error::Config(config) = e else { return e.message() };
    match config {
        ConfigError::Grant { host_path, access, reason } => {
            let flag = if *access == DirAccess::ReadWrite { "--dir-rw" } else { "--dir" };
            format!("{flag} {}: {reason}", host_path.display())
        }
        ConfigError::MemoryTooSmall { cap, needed } => {
            let mib = needed.div_ceil(1 << 20);
            format!("--memory {cap} bytes is too small: the interpreter needs {needed} bytes to start (try --memory {mib}M or more)")
        }
        ConfigError::HttpPattern { pattern, reason } => format!("--allow-http '{pattern}': {reason}"),
        other => other.to_string(),
    }
}

pub fn to_json(result: &Result<Output, Error>) -> Value {
    let empty = Output::default();
    let (output, error) = match result {
        Ok(o) => (o, Value::Null),
        Err(e) => (e.output().unwrap_or(&empty), error_json(e)),
    };
    let stats = &output.stats;
    json!({
        "ok": result.is_ok(),
        "stdout": output.stdout_text(),
        "stderr": output.stderr_text(),
        "error": error,
        "stats": {
            "duration_us": stats.duration.as_micros() as u64,
            "fuel": stats.fuel,
            "peak_memory": stats.peak_memory,
        },
    })
}

fn error_json(e: &Error) -> Value {
    let mut m = Map::new();
    m.insert("kind".into(), e.kind().as_str().into());
    m.insert("type".into(), e.type_name().into());
    m.insert("message".into(), message(e).into());
    m.insert("traceback".into(), e.traceback().into());
    if let Error::Syntax { error, .. } = e {
        m.insert("filename".into(), error.filename.clone().into());
        m.insert("line".into(), error.line.into());
        m.insert("column".into(), error.column.into());
    }
    if let Some(backtrace) = e.backtrace() {
        m.insert("backtrace".into(), backtrace.into());
    }
    if let Some(limit) = e.limit() {
        m.insert("limit".into(), limit.as_str().into());
    }
    Value::Object(m)
}

/// What goes to stderr after streamed output, when the run failed.
pub fn error_text(e: &Error) -> String {
    match e.kind() {
        ErrorKind::Exception | ErrorKind::Syntax => e.traceback().to_string(),
        ErrorKind::Interrupted => "KeyboardInterrupt\n".into(),
        kind if kind.is_caller_fault() => format!("mpsandbox: {}\n", message(e)),
        _ => format!("mpsandbox: {e}\n"),
    }
}
