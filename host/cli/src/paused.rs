//! `--session`'s pausable-run requests: the answers a `resume` carries, and
//! saving a (paused) session to a file and loading it back, so one process
//! can stop at a call and another continue once the answer is known.

use mpsandbox::{Error, ErrorKind, HostCallError, Outcome, Output, Session, Snapshot};
use serde_json::Value;

use super::report;

/// One call's answer: its id and value, or the error raised at the call.
pub type Answer = (u32, Result<Value, HostCallError>);

/// `[{"id": 1, "value": ...}, {"id": 2, "error": "message", "kind": "failed"}]`.
pub fn answers(v: &Value) -> Result<Vec<Answer>, String> {
    const SHAPE: &str = "\"resume\" is a list of {\"id\": n, \"value\": v} or {\"id\": n, \"error\": str, \"kind\"?: \
                         \"failed\" | \"limit\" | \"invalid_arguments\"}";
    let Some(list) = v.as_array() else { return Err(SHAPE.into()) };
    list.iter()
        .map(|a| {
            let id = a.get("id").and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok()).ok_or(SHAPE)?;
            let answer = match (a.get("value"), a.get("error")) {
                (Some(v), None) => Ok(v.clone()),
                (None, Some(Value::String(m))) => Err(match a.get("kind").and_then(Value::as_str) {
                    None | Some("failed") => HostCallError::Failed(m.clone()),
                    Some("limit") => HostCallError::Limit(m.clone()),
                    Some("invalid_arguments") => HostCallError::InvalidArguments(m.clone()),
                    Some(_) => return Err(SHAPE.to_string()),
                }),
                _ => return Err(SHAPE.to_string()),
            };
            Ok((id, answer))
        })
        .collect()
}

/// Writes the session's snapshot (paused or not) to `path`.
pub fn save(session: &mut Session, path: &str) -> Result<Outcome, Error> {
    let snapshot = match session.snapshot() {
        Ok(s) => s,
        Err(e) => return Ok(report::outcome(&Err(e))),
    };
    Ok(match std::fs::write(path, snapshot.to_bytes()) {
        Ok(()) => quiet(Ok(Output::default())),
        Err(e) => Outcome::refused(ErrorKind::Request, format!("cannot write {path}: {e}")),
    })
}

/// Replaces the session with the one saved at `path`; the reply lists the
/// calls a paused run there waits on.
pub fn load(session: &mut Session, path: &str) -> Result<Outcome, Error> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Ok(Outcome::refused(ErrorKind::Request, format!("cannot read {path}: {e}"))),
    };
    if let Err(e) = Snapshot::from_bytes(&bytes).and_then(|s| session.restore(&s)) {
        return Ok(quiet(Err(e)));
    }
    Ok(match session.pending() {
        Ok(Some(pending)) => {
            let mut reply = Outcome::of_paused(&Output::default(), pending.calls());
            reply.stats = None;
            reply
        }
        Ok(None) => quiet(Ok(Output::default())),
        Err(e) => quiet(Err(e)),
    })
}

/// The reply to a request that ran no code: no stats.
fn quiet(result: Result<Output, Error>) -> Outcome {
    let mut reply = report::outcome(&result);
    reply.stats = None;
    reply
}
