//! How an outcome is shown: the JSON contract, or terminal text.

use mpsandbox::{Error, ErrorKind, Output};
use serde_json::{json, Map, Value};

/// Exit status for an outcome, as `--help` documents it.
pub fn exit_code(result: &Result<Output, Error>) -> u8 {
    match result {
        Ok(_) => 0,
        Err(e) => match e.kind() {
            ErrorKind::Exception | ErrorKind::Syntax => 1,
            ErrorKind::Limit => 3,
            ErrorKind::Internal => 4,
            ErrorKind::Interrupted => 130,
        },
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
    m.insert("message".into(), e.message().into());
    m.insert("traceback".into(), e.traceback().into());
    if let Error::Syntax { error, .. } = e {
        m.insert("filename".into(), error.filename.clone().into());
        m.insert("line".into(), error.line.into());
        m.insert("column".into(), error.column.into());
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
        ErrorKind::Limit | ErrorKind::Internal => format!("mpsandbox: {e}\n"),
    }
}
