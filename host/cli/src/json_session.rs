//! `--session`: one persistent interpreter driven over a pipe, one JSON
//! request per stdin line and one JSON reply per stdout line.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use mpsandbox::{Error, ErrorKind, Outcome, Output, OutputMode, Session};
use serde_json::Value;

use super::args::Args;
use super::paused;
use super::report;

/// Longest request line accepted; longer ones are refused and skipped, so a
/// runaway writer cannot make the host buffer without bound.
const MAX_REQUEST: usize = 16 << 20;

pub fn serve(args: &Args) -> ExitCode {
    let mut session = match args.sandbox(OutputMode::Capture).and_then(|s| s.session()) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", report::error_text(&e));
            return ExitCode::from(report::exit_code_of(&e));
        }
    };
    super::interrupt_on_ctrl_c(session.interrupt_handle());
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut stdout = std::io::stdout();
    loop {
        let reply = match read_request(&mut input) {
            Ok(None) => return ExitCode::SUCCESS,
            Ok(Some(line)) if line.trim().is_empty() => continue,
            Ok(Some(line)) => answer(&mut session, &line),
            Err(message) => request_error(Value::Null, &message),
        };
        let reply = match reply {
            Ok(v) => v,
            Err(fatal) => {
                eprintln!("mpsandbox: {fatal}");
                return ExitCode::from(4);
            }
        };
        if writeln!(stdout, "{}", reply.to_value()).and_then(|()| stdout.flush()).is_err() {
            // The reader went away; nobody is left to answer.
            return ExitCode::SUCCESS;
        }
    }
}

/// One line of at most [`MAX_REQUEST`] bytes; `Ok(None)` at end of input.
fn read_request(input: &mut impl BufRead) -> Result<Option<String>, String> {
    let mut line = Vec::new();
    let n = std::io::Read::take(&mut *input, MAX_REQUEST as u64 + 1)
        .read_until(b'\n', &mut line)
        .map_err(|e| format!("cannot read stdin: {e}"))?;
    if n == 0 {
        return Ok(None);
    }
    if line.len() > MAX_REQUEST && line.last() != Some(&b'\n') {
        skip_line(input);
        return Err(format!("request line longer than {MAX_REQUEST} bytes"));
    }
    String::from_utf8(line).map(Some).map_err(|_| "request is not valid UTF-8".into())
}

fn skip_line(input: &mut impl BufRead) {
    loop {
        let (done, used) = match input.fill_buf() {
            Ok([]) | Err(_) => return,
            Ok(buf) => match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (true, i + 1),
                None => (false, buf.len()),
            },
        };
        input.consume(used);
        if done {
            return;
        }
    }
}

/// The reply to one request line; `Err` only when the session cannot go on.
fn answer(session: &mut Session, line: &str) -> Result<Outcome, Error> {
    let request: Value = match serde_json::from_str(line) {
        Ok(v @ Value::Object(_)) => v,
        Ok(_) => return request_error(Value::Null, "a request is a JSON object"),
        Err(e) => return request_error(Value::Null, &format!("invalid JSON: {e}")),
    };
    let id = request.get("id").cloned().unwrap_or(Value::Null);
    let result = if let Some(code) = request.get("code") {
        let Some(code) = code.as_str() else { return request_error(id, "\"code\" must be a string") };
        session.exec(code)
    } else if let Some(expr) = request.get("eval") {
        let Some(expr) = expr.as_str() else { return request_error(id, "\"eval\" must be a string") };
        session.eval(expr)
    } else if let Some(code) = request.get("start") {
        let Some(code) = code.as_str() else { return request_error(id, "\"start\" must be a string") };
        let reply = report::progress_outcome(&session.start(code));
        return finish(session, reply, id);
    } else if let Some(answers) = request.get("resume") {
        let answers = match paused::answers(answers) {
            Ok(a) => a,
            Err(message) => return request_error(id, &message),
        };
        let reply = match session.pending() {
            Ok(Some(pending)) => report::progress_outcome(&pending.resume_all(answers)),
            Ok(None) => return request_error(id, "no run is paused in this session"),
            Err(e) => report::outcome(&Err(e)),
        };
        return finish(session, reply, id);
    } else if request.get("cancel") == Some(&Value::Bool(true)) {
        let cancelled = match session.pending() {
            Ok(Some(pending)) => pending.cancel(),
            Ok(None) => return request_error(id, "no run is paused in this session"),
            Err(e) => Err(e),
        };
        let mut reply = report::outcome(&cancelled.map(|()| Output::default()));
        reply.stats = None;
        return Ok(with_id(reply, id));
    } else if let Some(path) = request.get("save") {
        let Some(path) = path.as_str() else { return request_error(id, "\"save\" must be a file path") };
        return paused::save(session, path).map(|reply| with_id(reply, id));
    } else if let Some(path) = request.get("load") {
        let Some(path) = path.as_str() else { return request_error(id, "\"load\" must be a file path") };
        return paused::load(session, path).map(|reply| with_id(reply, id));
    } else if request.get("reset") == Some(&Value::Bool(true)) {
        session.reset()?;
        let mut reply = report::outcome(&Ok(Output::default()));
        reply.stats = None;
        reply.reset = true;
        return Ok(with_id(reply, id));
    } else {
        return request_error(
            id,
            "expected {\"code\": str}, {\"eval\": str}, {\"start\": str}, {\"resume\": [...]}, \
             {\"cancel\": true}, {\"save\": path}, {\"load\": path} or {\"reset\": true}",
        );
    };
    finish(session, report::outcome(&result), id)
}

/// A call's reply, after replacing an interpreter the call left poisoned.
fn finish(session: &mut Session, mut reply: Outcome, id: Value) -> Result<Outcome, Error> {
    if session.is_poisoned() {
        session.reset()?;
        reply.reset = true;
    }
    Ok(with_id(reply, id))
}

fn with_id(mut reply: Outcome, id: Value) -> Outcome {
    reply.id = (!id.is_null()).then_some(id);
    reply
}

fn request_error(id: Value, message: &str) -> Result<Outcome, Error> {
    Ok(with_id(Outcome::refused(ErrorKind::Request, message), id))
}
