//! Driving the stock `wasmtime` CLI (the version the host links) on the
//! composed components in adapters/dist: where the binary and the
//! components are, how a trap it reports maps to a limit, how to read the
//! WAVE text `--invoke` prints, and a minimal HTTP/1.1 client for
//! `wasmtime serve`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use super::conformance::ActualError;

/// `$MPSANDBOX_WASMTIME`, else `wasmtime` on PATH; scripts/test.sh installs
/// it (`cargo install wasmtime-cli`) when missing.
pub fn wasmtime() -> Command {
    let bin = std::env::var_os("MPSANDBOX_WASMTIME").unwrap_or_else(|| "wasmtime".into());
    let mut cmd = Command::new(&bin);
    // Traps come back as one readable error, not a Rust backtrace.
    cmd.env("RUST_BACKTRACE", "0");
    let probe = Command::new(&bin).arg("--version").output();
    match probe {
        Ok(out) if String::from_utf8_lossy(&out.stdout).contains("48.0.8") => cmd,
        Ok(out) => panic!("wasmtime 48.0.8 is needed, found {}", String::from_utf8_lossy(&out.stdout).trim()),
        Err(e) => panic!("the wasmtime CLI is not installed ({e}); scripts/test.sh installs it"),
    }
}

pub fn dist(name: &str) -> PathBuf {
    let path = super::repo_root().join("adapters/dist").join(name);
    assert!(path.exists(), "{} is missing: scripts/build-adapters.sh builds it", path.display());
    path
}

/// The limit a wasmtime error message reports, if it is one.
pub fn trap_limit(stderr: &str) -> Option<&'static str> {
    if stderr.contains("all fuel consumed") {
        Some("fuel")
    } else if stderr.contains("wasm trap: interrupt")
        || stderr.contains("deadline has elapsed")
        || stderr.contains("guest timed out")
    {
        Some("timeout")
    } else if stderr.contains("call stack exhausted") {
        Some("stack")
    } else {
        None
    }
}

pub fn limit_error(kind: &str) -> ActualError {
    ActualError { kind: "limit".into(), limit: Some(kind.into()), ..ActualError::default() }
}

/// A WAVE string literal (`--invoke 'exec("...")'`).
pub fn wave_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\'' => out.push_str("\\'"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Reads a WAVE string literal at the start of `s`: (text, rest).
fn wave_literal(s: &str) -> Option<(String, &str)> {
    let mut chars = s.strip_prefix('"')?.char_indices();
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 2..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                'u' => {
                    let mut hex = String::new();
                    chars.next(); // '{'
                    for (_, h) in chars.by_ref() {
                        if h == '}' {
                            break;
                        }
                        hex.push(h);
                    }
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// The fields of a WAVE record or variant payload, e.g. `type-name: "X"`
/// and `line: 2`, in order, values as text.
fn wave_fields(mut s: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    while let Some(colon) = s.find(": ") {
        let name = s[..colon].trim_start_matches(|c: char| !c.is_ascii_alphanumeric()).to_string();
        let rest = &s[colon + 2..];
        let (value, after) = if rest.starts_with('"') {
            match wave_literal(rest) {
                Some(v) => v,
                None => break,
            }
        } else {
            let end = rest.find([',', '}', ')']).unwrap_or(rest.len());
            (rest[..end].to_string(), &rest[end..])
        };
        fields.push((name, value));
        s = after;
    }
    fields
}

/// What `--invoke 'exec-captured(...)'` printed: the program's stdout and
/// stderr, and its error (the output cap or the deadline the call itself
/// enforced, or the result's error). `None` if it is not that shape.
pub fn wave_captured(printed: &str) -> Option<(String, String, Option<ActualError>)> {
    let bytes = |field: &str| -> Option<String> {
        let start = printed.find(&format!("{field}: ["))? + field.len() + 3;
        let end = start + printed[start..].find(']')?;
        let list = &printed[start..end];
        let bytes: Option<Vec<u8>> =
            list.split(", ").filter(|b| !b.is_empty()).map(|b| b.trim().parse().ok()).collect();
        Some(String::from_utf8_lossy(&bytes?).into_owned())
    };
    let (stdout, stderr) = (bytes("stdout")?, bytes("stderr")?);
    let error = if printed.contains("truncated: true") {
        Some(limit_error("output"))
    } else if printed.contains("timed-out: true") {
        Some(limit_error("timeout"))
    } else {
        let result = printed[printed.find("}, ")? + 3..].trim_end().strip_suffix(')')?;
        wave_error(result)
    };
    Some((stdout, stderr, error))
}

/// The error in a `--invoke` result such as
/// `err(exception({type-name: "ZeroDivisionError", message: "...", traceback: "..."}))`;
/// `None` for `ok`/`ok("value")`.
pub fn wave_error(result: &str) -> Option<ActualError> {
    let inner = result.strip_prefix("err(")?;
    let kind: String = inner.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    let fields = wave_fields(&inner[kind.len()..]);
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let line = get("line")
        .and_then(|l| l.parse().ok())
        .or_else(|| get("traceback").as_deref().and_then(super::conformance::traceback_line));
    let message =
        if kind == "internal" { wave_literal(&inner[kind.len() + 1..]).map(|(m, _)| m) } else { get("message") };
    Some(ActualError { kind, type_name: get("type-name"), message, line, limit: None })
}

/// A `wasmtime serve` on a free loopback port, stopped when dropped. Its
/// log (stderr) is kept for checking what stopped a request.
pub struct Server {
    child: Child,
    pub port: u16,
    log: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Server {
    pub fn start(args: &[&str], component: &str) -> Server {
        let mut child = wasmtime()
            .arg("serve")
            .args(["--addr", "127.0.0.1:0"])
            .args(args)
            .arg(dist(component))
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("wasmtime serve");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(addr) = line.strip_prefix("Serving HTTP on http://") {
                    let port = addr.trim_end_matches('/').rsplit(':').next().and_then(|p| p.parse::<u16>().ok());
                    if let (Some(port), Some(tx)) = (port, tx.take()) {
                        let _ = tx.send(port);
                    }
                }
                let mut log = sink.lock().unwrap();
                log.push_str(&line);
                log.push('\n');
            }
        });
        let port = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| {
            let _ = child.kill();
            panic!("wasmtime serve did not start: {}", log.lock().unwrap())
        });
        Server { child, port, log }
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// (status, body) of one request.
    pub fn request(&self, method: &str, path: &str, body: &str) -> (u16, String) {
        http(self.port, method, path, body)
    }

    /// [`Server::request`] with extra header lines (each ending in `\r\n`).
    pub fn request_with(&self, headers: &str, method: &str, path: &str, body: &str) -> (u16, String) {
        http_with(self.port, method, path, headers, body)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request on its own connection; the body decoded from
/// chunked transfer encoding when the server used it.
pub fn http(port: u16, method: &str, path: &str, body: &str) -> (u16, String) {
    http_with(port, method, path, "", body)
}

/// [`http`] with extra header lines (each ending in `\r\n`).
pub fn http_with(port: u16, method: &str, path: &str, headers: &str, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    // A server may answer (413, say) and close before taking all of a body.
    let _ = write!(
        stream,
        "{method} {path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n{headers}content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").map_or(raw.len(), |i| i + 4);
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let payload = &raw[split..];
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let chunked = head.lines().any(|l| l.to_ascii_lowercase().starts_with("transfer-encoding: chunked"));
    let body = if chunked { dechunk(payload) } else { payload.to_vec() };
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn dechunk(mut s: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = s.windows(2).position(|w| w == b"\r\n") {
        let size = String::from_utf8_lossy(&s[..eol]);
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else { break };
        let rest = &s[eol + 2..];
        if n == 0 || rest.len() < n {
            break;
        }
        out.extend_from_slice(&rest[..n]);
        s = rest[n..].strip_prefix(b"\r\n").unwrap_or(&rest[n..]);
    }
    out
}
