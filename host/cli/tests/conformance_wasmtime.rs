//! The conformance suite through the stock wasmtime CLI, with no host of
//! ours: `wasmtime run --invoke` on the interpreter composed with
//! grants-none, `wasmtime run` on the wasi:cli/run adapter, and
//! `wasmtime serve` on the wasi:http adapter with real HTTP on loopback.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::conformance::{error_from_json, run_suite, ActualError, Case, Host, Outcome};
use common::wasmtime_cli::{dist, limit_error, trap_limit, wasmtime, wave_captured, wave_string, Server};

/// Fuel enough for every honest case, little enough that a runaway loop
/// stops in about a second.
const FUEL: &str = "fuel=2000000000";
/// wasmtime's flag for the suite's memory cap.
fn memory_flag() -> String {
    format!("max-memory-size={}", common::conformance::MEMORY_CAP)
}

fn grant_args(case: &Case, dir: Option<&Path>) -> Vec<String> {
    match (&case.grant, dir) {
        (Some(g), Some(dir)) => vec!["--dir".into(), format!("{}::{}", dir.display(), g.guest)],
        _ => Vec::new(),
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

// ---- wasmtime run --invoke ------------------------------------------------------

struct Invoke;

impl Host for Invoke {
    fn name(&self) -> &str {
        "wasmtime run --invoke"
    }

    fn lacks(&self, need: &str) -> Option<&'static str> {
        match need {
            "sessions" => Some("each `wasmtime run` is one call on a fresh instance"),
            "read-only-grants" => Some("wasmtime's --dir grants read-write access only"),
            _ => None,
        }
    }

    /// Through `exec-captured`, whose output cap the interpreter enforces
    /// itself (the wasmtime CLI has none).
    fn run(&self, case: &Case, dir: Option<&Path>) -> Outcome {
        let out = wasmtime()
            .args(["run", "-W", FUEL, "-W", "timeout=10s", "-W", &memory_flag()])
            .args(grant_args(case, dir))
            .arg("--invoke")
            .arg(format!("exec-captured({}, 65536, 0)", wave_string(case.program())))
            .arg(dist("interpreter-grants-none.wasm"))
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        if !out.status.success() {
            let error = match trap_limit(&stderr) {
                Some(kind) => limit_error(kind),
                None => ActualError { kind: format!("wasmtime failed: {stderr}"), ..ActualError::default() },
            };
            return Outcome { stdout: String::new(), stderr: None, error: Some(error) };
        }
        match wave_captured(&stdout) {
            Some((stdout, stderr, error)) => Outcome { stdout, stderr: Some(stderr), error },
            None => Outcome {
                error: Some(ActualError {
                    kind: format!("not an exec-captured result: {stdout}"),
                    ..Default::default()
                }),
                ..Outcome::default()
            },
        }
    }
}

#[test]
fn conformance_through_wasmtime_run_invoke() {
    let (passed, skipped) = run_suite(&Invoke);
    assert_eq!((passed, skipped), (16, 2));
}

// ---- wasmtime run on the wasi:cli/run adapter -----------------------------------------

struct CliAdapter;

/// The error a traceback on stderr reports: (program's own stderr, error).
fn error_from_stderr(stderr: &str) -> (String, Option<ActualError>) {
    let Some(at) = stderr.rfind("Traceback (most recent call last):") else {
        return (
            stderr.to_string(),
            Some(ActualError { kind: format!("no traceback in {stderr:?}"), ..Default::default() }),
        );
    };
    let traceback = &stderr[at..];
    let last = traceback.trim_end().lines().last().unwrap_or("");
    let (type_name, message) = last.split_once(": ").unwrap_or((last, ""));
    // A syntax error's only frame names no function.
    let frames: Vec<&str> = traceback.lines().filter(|l| l.starts_with("  File ")).collect();
    let syntax = frames.last().is_some_and(|f| !f.contains(", in "));
    let error = ActualError {
        kind: if syntax { "syntax" } else { "exception" }.into(),
        type_name: Some(type_name.to_string()),
        message: Some(message.to_string()),
        line: common::conformance::traceback_line(traceback),
        limit: None,
    };
    (stderr[..at].to_string(), Some(error))
}

impl Host for CliAdapter {
    fn name(&self) -> &str {
        "wasmtime run mpsandbox-cli.wasm"
    }

    fn lacks(&self, need: &str) -> Option<&'static str> {
        match need {
            "output-cap" => Some("the wasmtime CLI has no output limit, and the adapter streams output as it comes"),
            _ => Invoke.lacks(need),
        }
    }

    fn run(&self, case: &Case, dir: Option<&Path>) -> Outcome {
        let out = wasmtime()
            .args(["run", "-W", FUEL, "-W", "timeout=10s", "-W", &memory_flag()])
            .args(grant_args(case, dir))
            .arg(dist("mpsandbox-cli.wasm"))
            .args(["-c", case.program()])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        let (stderr, error) = match out.status.code() {
            Some(0) => (Some(stderr), None),
            Some(1) => {
                let (own, error) = error_from_stderr(&stderr);
                (Some(own), error)
            }
            _ => match trap_limit(&stderr) {
                Some(kind) => (None, Some(limit_error(kind))),
                None => {
                    (None, Some(ActualError { kind: format!("exit {:?}: {stderr}", out.status), ..Default::default() }))
                }
            },
        };
        Outcome { stdout, stderr, error }
    }
}

#[test]
fn conformance_through_wasmtime_run_cli_adapter() {
    let (passed, skipped) = run_suite(&CliAdapter);
    assert_eq!((passed, skipped), (15, 3));
}

fn cli(args: &[&str], stdin: Option<&[u8]>) -> (Option<i32>, String, String) {
    let mut cmd: Command = wasmtime();
    cmd.arg("run").args(args).stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn the_cli_adapter_runs_scripts_stdin_and_reports_usage_errors_like_mpsandbox() {
    let component = dist("mpsandbox-cli.wasm");
    let component = component.to_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("job.py"), "import os\nprint(os.getcwd(), open('in.txt').read().strip())\n")
        .unwrap();
    std::fs::write(dir.path().join("in.txt"), "data\n").unwrap();
    std::fs::write(dir.path().join("bad.py"), "x = 1\ndef f():\n    raise KeyError('k')\nf()\n").unwrap();
    std::fs::write(dir.path().join("latin1.py"), b"s = '\xe9'\n").unwrap();
    let grant = format!("{}::/work", dir.path().display());

    // A script inside a grant, by its guest path or relative to the first grant.
    assert_eq!(
        cli(&["--dir", &grant, component, "/work/job.py"], None),
        (Some(0), "/work data\n".into(), String::new())
    );
    assert_eq!(cli(&["--dir", &grant, component, "job.py"], None).1, "/work data\n");
    // Tracebacks name the script file.
    let (code, _, stderr) = cli(&["--dir", &grant, component, "bad.py"], None);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("File \"bad.py\", line 3, in f") && stderr.ends_with("KeyError: 'k'\n"), "{stderr}");
    // Source that is not UTF-8 is a syntax error, as in mpsandbox.
    let (code, _, stderr) = cli(&["--dir", &grant, component, "latin1.py"], None);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("line 1") && stderr.contains("SyntaxError: source is not valid UTF-8 (byte 0xe9)"),
        "{stderr}"
    );

    // The program on stdin, with or without `-`.
    assert_eq!(cli(&[component], Some(b"print(sum(range(10)))\n")), (Some(0), "45\n".into(), String::new()));
    assert_eq!(cli(&[component, "-"], Some(b"import sys; sys.exit(0)")).0, Some(0));

    // Usage errors exit 2 with a message; --help exits 0.
    for (args, says) in [
        (vec![component, "--bogus"], "unknown option '--bogus'"),
        (vec![component, "-c"], "-c needs CODE"),
        (vec![component, "a.py", "b.py"], "unexpected argument 'b.py'"),
        (vec![component, "missing.py"], "not inside a granted directory"),
    ] {
        let (code, _, stderr) = cli(&args, None);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    let (code, _, stderr) = cli(&["--dir", &grant, component, "/work/nope.py"], None);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("no such file"), "{stderr}");
    let (code, stdout, _) = cli(&[component, "--help"], None);
    assert_eq!(code, Some(0));
    assert!(stdout.starts_with("usage: mpsandbox-cli.wasm"), "{stdout}");
}

// ---- wasmtime serve on the wasi:http adapter -------------------------------------------

/// The adapter answers honest runaways itself after this (as JSON); the
/// server's own epoch deadline stops code that catches everything. The
/// component is a pure wasi:http/proxy one: no `-S cli`, no environment, so
/// a request asks for its (tighter) limits in headers.
fn limit_headers() -> String {
    let memory = common::conformance::MEMORY_CAP;
    format!("x-mpsandbox-timeout-ms: 1500\r\nx-mpsandbox-max-output: 65536\r\nx-mpsandbox-max-memory: {memory}\r\n")
}
const SERVER_ARGS: [&str; 2] = ["-W", "timeout=5s"];

struct Serve {
    server: Server,
}

fn run_request(server: &Server, code: &str) -> Outcome {
    let body = serde_json::json!({ "code": code }).to_string();
    let failed_before = server.log().matches("worker failed").count();
    let (status, reply) = server.request_with(&limit_headers(), "POST", "/run", &body);
    if status == 500 {
        // The server stopped the instance: its log says why.
        std::thread::sleep(std::time::Duration::from_millis(100));
        let log = server.log();
        let this_one = log.split("worker failed").nth(failed_before + 1).unwrap_or_default();
        let error = match trap_limit(this_one) {
            Some(kind) => limit_error(kind),
            None => ActualError { kind: format!("HTTP 500: {log}"), ..Default::default() },
        };
        return Outcome { stdout: String::new(), stderr: None, error: Some(error) };
    }
    assert_eq!(status, 200, "{reply}");
    let json = common::parse_outcome(&reply);
    Outcome {
        stdout: json["stdout"].as_str().unwrap_or_default().to_string(),
        stderr: Some(json["stderr"].as_str().unwrap_or_default().to_string()),
        error: error_from_json(&json["error"]),
    }
}

impl Host for Serve {
    fn name(&self) -> &str {
        "wasmtime serve mpsandbox-http.wasm"
    }

    fn lacks(&self, need: &str) -> Option<&'static str> {
        match need {
            "sessions" => Some("each request gets a fresh instance (wasmtime serve's default for WASIp2)"),
            "grants" | "read-only-grants" => {
                Some("a wasi:http/proxy component has no filesystem: the platform grants no directories")
            }
            _ => None,
        }
    }

    fn run(&self, case: &Case, _dir: Option<&Path>) -> Outcome {
        run_request(&self.server, case.program())
    }
}

#[test]
fn conformance_through_wasmtime_serve() {
    let serve = Serve { server: Server::start(&SERVER_ARGS, "mpsandbox-http.wasm") };
    let (passed, skipped) = run_suite(&serve);
    assert_eq!((passed, skipped), (15, 3));
}

#[test]
fn wasmtime_serve_answers_16_concurrent_requests_each_in_a_fresh_instance() {
    let server = Server::start(&SERVER_ARGS, "mpsandbox-http.wasm");
    let port = server.port;
    let threads: Vec<_> = (0..16)
        .map(|i| {
            std::thread::spawn(move || {
                let code = format!("assert 'seen' not in globals()\nseen = {i}\nprint(sum(range({i} * 1000)))");
                let body = serde_json::json!({ "code": code }).to_string();
                common::wasmtime_cli::http(port, "POST", "/run", &body)
            })
        })
        .collect();
    for (i, t) in threads.into_iter().enumerate() {
        let (status, reply) = t.join().unwrap();
        assert_eq!(status, 200, "{reply}");
        let json = common::parse_outcome(&reply);
        let n = i as u64 * 1000;
        assert_eq!(json["ok"], true, "{reply}");
        assert_eq!(json["stdout"], format!("{}\n", n * n.saturating_sub(1) / 2), "{reply}");
    }
}

#[test]
fn wasmtime_serve_limits_and_malformed_requests() {
    let server = Server::start(&SERVER_ARGS, "mpsandbox-http.wasm");
    // The adapter's own deadline: an honest infinite loop, and a sleep past
    // the deadline, are answered as JSON limits (HTTP 200) by the adapter,
    // not ended by the server (whose trap would be an HTTP 500).
    for (code, stdout) in
        [("while True:\n    pass", ""), ("import time\nprint('sleeping')\ntime.sleep(30)", "sleeping\n")]
    {
        let body = serde_json::json!({ "code": code }).to_string();
        let (status, reply) = server.request_with(&limit_headers(), "POST", "/run", &body);
        assert_eq!(status, 200, "{code}: {reply}");
        let json = common::parse_outcome(&reply);
        assert_eq!(json["error"]["kind"], "limit", "{reply}");
        assert_eq!(json["error"]["limit"], "timeout", "{reply}");
        assert_eq!(json["stdout"], stdout, "{reply}");
    }

    let (status, usage) = server.request("GET", "/", "");
    assert_eq!(status, 200);
    assert!(usage.contains("POST /run"), "{usage}");
    for (method, path, body, want, says) in [
        ("POST", "/run", "not json", 400, "a request is a JSON object"),
        ("POST", "/run", "{\"code\": 5}", 400, "\"code\" must be a string"),
        ("POST", "/run", "{\"code\": \"\\ud800\"}", 400, "lone high surrogate"),
        ("POST", "/run", "{}", 400, "expected {\"code\": str}"),
        ("GET", "/run", "", 405, "takes POST"),
        ("POST", "/", "", 405, "programs go to POST /run"),
        ("GET", "/elsewhere", "", 404, "no such path"),
    ] {
        let (status, reply) = server.request(method, path, body);
        assert_eq!(status, want, "{method} {path} {body}: {reply}");
        let json = common::parse_outcome(&reply);
        assert_eq!(json["error"]["kind"], "request");
        assert!(json["error"]["message"].as_str().unwrap().contains(says), "{reply}");
    }
    let big = format!("{{\"code\": \"{}\"}}", "x".repeat(2 << 20));
    assert_eq!(server.request("POST", "/run", &big).0, 413);
    // The server is still there after all of it.
    assert_eq!(run_request(&server, "print('alive')").stdout, "alive\n");
}

#[test]
fn the_http_component_is_a_pure_proxy_component_whose_limits_requests_can_only_tighten() {
    // Served without -S cli: nothing outside wasi:http/proxy is imported
    // (scripts/build-adapters.sh checks it with `wasm-tools component targets`).
    let server = Server::start(&SERVER_ARGS, "mpsandbox-http.wasm");
    let print = |n: usize| serde_json::json!({ "code": format!("print('x' * {n})") }).to_string();
    let outcome = |headers: &str, body: &str| {
        let (status, reply) = server.request_with(headers, "POST", "/run", body);
        assert_eq!(status, 200, "{reply}");
        common::parse_outcome(&reply)
    };
    // A tighter output cap is honoured; a looser one is capped at 1 MiB.
    let capped = outcome("x-mpsandbox-max-output: 10\r\n", &print(100));
    assert_eq!(capped["error"]["limit"], "output", "{capped}");
    assert_eq!(outcome("x-mpsandbox-max-output: 999999999\r\n", &print(2 << 20))["error"]["limit"], "output");
    assert_eq!(outcome("x-mpsandbox-max-output: 999999999\r\n", &print(1000))["ok"], true);
    // Malformed values ask for nothing tighter.
    assert_eq!(outcome("x-mpsandbox-max-output: ten\r\n", &print(100))["ok"], true);
    // No directory exists for a program to open.
    let files = serde_json::json!({ "code": "import os\nprint(os.listdir('/'))" }).to_string();
    let listed = outcome("", &files);
    assert!(listed["ok"] == true && listed["stdout"] == "[]\n" || listed["error"]["type"] == "OSError", "{listed}");
}

#[test]
fn stateless_replicas_behind_haproxy_survive_one_killed_under_load() {
    // The check that wasmtime 48.0.8 is the one on PATH (or MPSANDBOX_WASMTIME).
    drop(common::wasmtime_cli::wasmtime());
    let bin = std::env::var("MPSANDBOX_WASMTIME").unwrap_or_else(|_| "wasmtime".into());
    let out = std::process::Command::new(common::repo_root().join("tests/http/replicas.sh"))
        .arg(&bin)
        .arg(common::wasmtime_cli::dist("mpsandbox-http.wasm"))
        .arg("python3")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "replicas.sh failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_str(stdout.lines().last().unwrap_or_default()).unwrap();
    assert_eq!(report["answered"], 600, "{report}");
    // Spread over all three before the kill, and nothing failed beyond the
    // requests in flight when the replica died.
    let served = report["served_by"].as_object().unwrap();
    assert_eq!(served.len(), 3, "{report}");
    assert!(served.values().all(|n| n.as_u64().unwrap() >= 30), "{report}");
    assert!(report["failures"].as_u64().unwrap() <= report["in_flight_at_kill"].as_u64().unwrap(), "{report}");
    // The limit a request asked for in its headers.
    assert_eq!(report["limit_per_request"], "timeout", "{report}");
}

#[test]
fn guest_limits_asked_per_request_are_limit_outcomes_not_server_traps() {
    // No -W max-memory-size or fuel: the interpreter enforces these itself
    // (set-guest-limits), so the adapter answers them as outcomes.
    let server = Server::start(&["-W", "timeout=30s"], "mpsandbox-http.wasm");
    let run = |headers: &str, code: &str| {
        let body = serde_json::json!({ "code": code }).to_string();
        let (status, reply) = server.request_with(headers, "POST", "/run", &body);
        assert_eq!(status, 200, "{reply}");
        common::parse_outcome(&reply)
    };
    let hog = "x = []\nfor i in range(10**6):\n    x.append(str(i) * 10)";
    let capped = run("x-mpsandbox-max-memory: 8000000\r\n", hog);
    assert_eq!(capped["error"]["limit"], "memory", "{capped}");
    // A MemoryError the program catches is its own business.
    let caught = run(
        "x-mpsandbox-max-memory: 8000000\r\n",
        "x = []\ntry:\n    while True:\n        x.append('y' * 1000)\nexcept MemoryError:\n    x = None\n    print('caught')",
    );
    assert_eq!(caught["stdout"], "caught\n", "{caught}");
    assert_eq!(caught["ok"], true, "{caught}");
    // A step budget stops a loop, even one that catches KeyboardInterrupt.
    for code in [
        "while True:\n    pass",
        "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    pass\nwhile True:\n    pass",
    ] {
        let stopped = run("x-mpsandbox-max-steps: 1000000\r\n", code);
        assert_eq!(stopped["error"]["limit"], "fuel", "{stopped}");
    }
    // Within both, a program runs as usual; the limits do not outlive the request.
    assert_eq!(run("x-mpsandbox-max-steps: 1000000\r\n", "print(sum(range(1000)))")["stdout"], "499500\n");
    assert_eq!(run("", "print(len([0] * 3000000))")["stdout"], "3000000\n");
}
