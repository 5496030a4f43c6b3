//! `mpsandbox mcp` driven by a real MCP client: the official Python SDK
//! (PyPI `mcp`, installed into target/mcp-venv when missing) over stdio and
//! over streamable HTTP on loopback, running tests/mcp/drive.py; and raw
//! malformed messages on both transports.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

fn root() -> PathBuf {
    common::repo_root()
}

fn drive(args: &[&str]) -> Value {
    let out = Command::new(common::mcp_python()).arg(root().join("tests/mcp/drive.py")).args(args).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "drive.py {args:?} failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_str(stdout.lines().last().unwrap_or_default()).unwrap()
}

/// `mpsandbox mcp --http 127.0.0.1:0 ...` and the URL it serves.
struct HttpServer {
    child: Child,
    url: String,
}

impl HttpServer {
    fn start() -> HttpServer {
        Self::with(&[])
    }

    fn with(extra: &[&str]) -> HttpServer {
        let mut child = common::command()
            .args(["mcp", "--http", "127.0.0.1:0", "--memory", "64M", "--max-sessions", "12"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
        let url =
            line.split_whitespace().last().filter(|u| u.starts_with("http://")).unwrap_or_else(|| panic!("{line}"));
        HttpServer { url: url.to_string(), child }
    }

    fn addr(&self) -> &str {
        self.url.trim_start_matches("http://").trim_end_matches("/mcp")
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_python_sdk_over_stdio() {
    let report = drive(&["stdio", env!("CARGO_BIN_EXE_mpsandbox")]);
    assert_eq!(report["checks"], "passed");
    // drive.py asserts RSS flat over 1,000 calls; the figures are kept.
    assert!(report["rss_after_kib"].as_u64().unwrap() > 0);
}

#[test]
fn the_python_sdk_over_streamable_http() {
    let server = HttpServer::start();
    let report = drive(&["http", &server.url]);
    assert_eq!(report["checks"], "passed");
}

/// Messages written raw, and the lines the server answers.
fn stdio_exchange(lines: &[&str]) -> Vec<Value> {
    let mut child = common::command().arg("mcp").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for l in lines {
        writeln!(stdin, "{l}").unwrap();
    }
    let mut replies = Vec::new();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    // One reply per message that has an id or cannot be read.
    let expected = lines.iter().filter(|l| !l.contains("notifications/")).count();
    for _ in 0..expected {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        replies.push(serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}")));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success(), "the server exits cleanly at the end of its input");
    replies
}

#[test]
fn malformed_stdio_messages_get_json_rpc_errors_and_the_server_goes_on() {
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}})
    .to_string();
    let call = json!({"jsonrpc": "2.0", "id": 8, "method": "tools/call",
        "params": {"name": "run_python", "arguments": {"code": "print(2 + 2)"}}})
    .to_string();
    let replies = stdio_exchange(&[
        &init,
        r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        "this is not json",
        "[1, 2]",
        r#"{"id": 5, "method": "tools/list"}"#,
        r#"{"jsonrpc":"2.0","id":7,"method":"no/such/method"}"#,
        r#"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"no_such_tool","arguments":{}}}"#,
        &call,
    ]);
    let by_id = |id: Value| replies.iter().find(|r| r["id"] == id).cloned().unwrap_or_else(|| panic!("{replies:?}"));
    let codes: Vec<i64> =
        replies.iter().filter(|r| r["id"].is_null()).map(|r| r["error"]["code"].as_i64().unwrap()).collect();
    assert_eq!(codes.len(), 2, "{replies:?}");
    assert!(codes.contains(&-32700) && codes.contains(&-32600), "{codes:?}");
    assert_eq!(by_id(json!(5))["error"]["code"], -32600);
    assert_eq!(by_id(json!(7))["error"]["code"], -32601);
    assert!(by_id(json!(9))["error"]["code"].as_i64().is_some());
    let result = &by_id(json!(8))["result"];
    common::assert_outcome(&result["structuredContent"]);
    assert_eq!(result["structuredContent"]["stdout"], "4\n", "{result}");
    assert_eq!(result["isError"], false);
}

/// One raw POST to /mcp with the given Host header; the whole reply.
fn post(server: &HttpServer, host: &str, body: &str) -> String {
    post_with(server, host, "", body)
}

/// [`post`] with extra header lines (each ending in `\r\n`).
fn post_with(server: &HttpServer, host: &str, headers: &str, body: &str) -> String {
    let mut s = TcpStream::connect(server.addr()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "POST /mcp HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    reply
}

fn initialize_request() -> String {
    json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}})
    .to_string()
}

#[test]
fn http_refuses_other_host_names_unless_allowed() {
    let strict = HttpServer::start();
    let refused = post(&strict, "sandbox.internal", &initialize_request());
    assert!(refused.starts_with("HTTP/1.1 403"), "{refused}");
    let open = HttpServer::with(&["--http-allow-host", "sandbox.internal"]);
    let answered = post(&open, "sandbox.internal", &initialize_request());
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
}

#[test]
fn a_malformed_http_body_is_refused_and_the_server_goes_on() {
    let server = HttpServer::start();
    let post = |body: &str| post(&server, server.addr(), body);
    let refused = post("this is not json");
    let status: u16 = refused.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    assert!((400..500).contains(&status), "{refused}");
    let answered = post(&initialize_request());
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    assert!(answered.contains("\"serverInfo\""), "{answered}");
}

#[test]
fn bad_server_flags_are_usage_errors() {
    let out = common::mpsandbox(&["mcp", "--dir", "/no/such/directory"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--dir /no/such/directory"), "{out:?}");
    let out = common::mpsandbox(&["mcp", "--max-sessions", "0"]);
    assert_eq!(out.status.code(), Some(2));
    let help = common::mpsandbox(&["mcp", "--help"]);
    assert!(help.status.success());
    let help = String::from_utf8_lossy(&help.stdout);
    for flag in
        ["--http", "--max-sessions", "--idle-timeout", "--memory", "--timeout", "--fuel", "--dir-rw", "--allow-http"]
    {
        assert!(help.contains(flag), "{flag} missing from mpsandbox mcp --help");
    }
}

/// A client speaking raw JSON-RPC to `mpsandbox mcp ARGS` over stdio, past
/// the initialize handshake.
struct RawClient {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    out: BufReader<std::process::ChildStdout>,
    next_id: u32,
}

impl RawClient {
    fn start(args: &[&str]) -> RawClient {
        let mut child =
            common::command().arg("mcp").args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
        let stdin = child.stdin.take().unwrap();
        let out = BufReader::new(child.stdout.take().unwrap());
        let mut client = RawClient { child, stdin, out, next_id: 0 };
        client.request(
            "initialize",
            json!({
            "protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}),
        );
        writeln!(client.stdin, "{}", json!({"jsonrpc": "2.0", "method": "notifications/initialized"})).unwrap();
        client
    }

    /// The whole reply to one request.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let request = json!({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params});
        writeln!(self.stdin, "{request}").unwrap();
        let mut line = String::new();
        self.out.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap()
    }

    fn tool(&mut self, name: &str, args: Value) -> Value {
        self.request("tools/call", json!({"name": name, "arguments": args}))
    }

    /// The tool result's structured content.
    fn content(&mut self, name: &str, args: Value) -> Value {
        self.tool(name, args)["result"]["structuredContent"].clone()
    }

    /// Ends the input; the server must exit cleanly.
    fn close(self) {
        let RawClient { mut child, stdin, .. } = self;
        drop(stdin);
        assert!(child.wait().unwrap().success());
    }
}

#[test]
fn idle_sessions_expire() {
    let mut client = RawClient::start(&["--idle-timeout", "300ms"]);
    let sid = client.content("session_create", json!({}))["session_id"].as_str().unwrap().to_string();
    assert_eq!(client.tool("session_exec", json!({"session_id": sid, "code": "x = 1"}))["result"]["isError"], false);
    std::thread::sleep(Duration::from_millis(1500));
    let gone = client.tool("session_exec", json!({"session_id": sid, "code": "print(x)"}));
    common::assert_outcome(&gone["result"]["structuredContent"]);
    assert_eq!(gone["result"]["structuredContent"]["error"]["kind"], "session_closed", "{gone}");
    assert_eq!(gone["result"]["isError"], true, "{gone}");
    assert!(gone["result"]["structuredContent"]["error"]["message"].as_str().unwrap().contains("expired"), "{gone}");
    assert_eq!(client.content("describe", json!({}))["sessions"]["live"], 0);
    client.close();
}

#[test]
fn session_exec_pauses_at_pausing_functions_and_session_resume_answers() {
    let mut client = RawClient::start(&["--pausing", "approve"]);
    let mut call = |name: &str, args: Value| client.content(name, args);
    let sid = call("session_create", json!({}))["session_id"].as_str().unwrap().to_string();
    let code = "from host import approve\nprint('before')\nprint('approved' if approve(99) else 'denied')";
    let paused = call("session_exec", json!({"session_id": sid, "code": code}));
    common::assert_outcome(&paused);
    assert_eq!(paused["stdout"], "before\n");
    assert_eq!(paused["paused"][0]["args"], json!([99]), "{paused}");
    let id = paused["paused"][0]["id"].clone();
    let wrong = call("session_resume", json!({"session_id": sid, "answers": [{"id": 77, "value": true}]}));
    assert_eq!(wrong["error"]["kind"], "request", "{wrong}");
    let done = call("session_resume", json!({"session_id": sid, "answers": [{"id": id, "value": false}]}));
    common::assert_outcome(&done);
    assert_eq!(done["stdout"], "denied\n", "{done}");
    let again = call("session_resume", json!({"session_id": sid, "answers": [{"id": id, "value": false}]}));
    assert_eq!(again["error"]["message"], "no run is paused in this session");
    call("session_exec", json!({"session_id": sid, "code": "from host import approve\napprove()"}));
    let cancelled = call("session_resume", json!({"session_id": sid, "cancel": true}));
    assert_eq!(cancelled["ok"], true, "{cancelled}");
    assert_eq!(call("session_exec", json!({"session_id": sid, "code": "print(3)"}))["stdout"], "3\n");
    client.close();
}

const TOKEN_A: &str = "token-a-0123456789abcdef";
const TOKEN_B: &str = "token-b-0123456789abcdef";

/// A server taking TOKEN_A (from a file) and TOKEN_B (from the environment).
fn authenticated_server() -> (HttpServer, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tokens");
    std::fs::write(&file, format!("# clients\n{TOKEN_A}\n")).unwrap();
    std::env::set_var("MPS_TEST_MCP_TOKEN", TOKEN_B);
    let server =
        HttpServer::with(&["--http-token-file", file.to_str().unwrap(), "--http-token-env", "MPS_TEST_MCP_TOKEN"]);
    (server, dir)
}

#[test]
fn http_tokens_are_required_and_checked() {
    let (server, _dir) = authenticated_server();
    let host = server.addr().to_string();
    let metadata = format!("http://{host}/.well-known/oauth-protected-resource");
    let missing = post(&server, &host, &initialize_request());
    assert!(missing.starts_with("HTTP/1.1 401"), "{missing}");
    let challenge = format!("www-authenticate: Bearer realm=\"mpsandbox\", resource_metadata=\"{metadata}\"");
    assert!(missing.to_ascii_lowercase().contains(&challenge.to_ascii_lowercase()), "{missing}");
    let wrong = post_with(&server, &host, "Authorization: Bearer token-a-0123456789abcdeX\r\n", &initialize_request());
    assert!(wrong.starts_with("HTTP/1.1 401") && wrong.contains("error=\"invalid_token\""), "{wrong}");
    for token in [TOKEN_A, TOKEN_B] {
        let ok = post_with(&server, &host, &format!("Authorization: Bearer {token}\r\n"), &initialize_request());
        assert!(ok.starts_with("HTTP/1.1 200"), "{ok}");
    }
    // The metadata needs no token.
    let mut s = TcpStream::connect(server.addr()).unwrap();
    write!(s, "GET /.well-known/oauth-protected-resource HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut reply = String::new();
    s.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let body: Value = serde_json::from_str(reply.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(body["resource"], format!("http://{host}/mcp"));
    // Bad token settings stop the server before it serves.
    let out = common::mpsandbox(&["mcp", "--http", "127.0.0.1:0", "--http-token-env", "MPS_TEST_UNSET_VARIABLE"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(common::text(&out.stderr).contains("MPS_TEST_UNSET_VARIABLE: the variable is not set"));
}

#[test]
fn each_token_sees_only_its_own_sessions() {
    let (server, _dir) = authenticated_server();
    let report = drive(&["owners", &server.url, TOKEN_A, TOKEN_B]);
    assert_eq!(report["checks"], "passed", "{report}");
    // B cannot ride on A's MCP session either: it answers as an unknown one.
    let host = server.addr().to_string();
    let opened = post_with(&server, &host, &format!("Authorization: Bearer {TOKEN_A}\r\n"), &initialize_request());
    let sid = opened
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("mcp-session-id: ").map(|v| v.trim().to_string()))
        .unwrap_or_else(|| panic!("{opened}"));
    let list = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/list"}).to_string();
    let headers =
        format!("Authorization: Bearer {TOKEN_B}\r\nmcp-session-id: {sid}\r\nmcp-protocol-version: 2025-06-18\r\n");
    let reply = post_with(&server, &host, &headers, &list);
    assert!(reply.starts_with("HTTP/1.1 404"), "{reply}");
}

#[test]
fn slow_clients_cannot_hold_the_http_server() {
    let server = HttpServer::start();
    let host = server.addr().to_string();
    // 200 connections that send half a request head and then nothing.
    let slow: Vec<TcpStream> = (0..200)
        .map(|_| {
            let mut s = TcpStream::connect(server.addr()).unwrap();
            write!(s, "POST /mcp HTTP/1.1\r\nHost: {host}\r\nX-Slow: ").unwrap();
            s
        })
        .collect();
    // The server still answers others at once.
    let started = std::time::Instant::now();
    let reply = post(&server, &host, &initialize_request());
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    // And drops the slow ones once the header deadline (5 s) passes.
    let mut first = slow.into_iter().next().unwrap();
    first.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let waited = std::time::Instant::now();
    let mut rest = Vec::new();
    let closed = first.read_to_end(&mut rest).is_ok();
    assert!(
        closed && waited.elapsed() < Duration::from_secs(10),
        "{:?} {:?}",
        waited.elapsed(),
        String::from_utf8_lossy(&rest)
    );
}

#[test]
fn oversized_http_bodies_are_refused_and_the_server_goes_on() {
    let server = HttpServer::start();
    let host = server.addr().to_string();
    let huge =
        format!("{{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\", \"pad\": \"{}\"}}", "x".repeat(5 << 20));
    let reply = post(&server, &host, &huge);
    assert!(reply.starts_with("HTTP/1.1 413"), "{}", &reply[..reply.len().min(200)]);
    let reply = post(&server, &host, &initialize_request());
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
}
