//! `--allow-http` through the CLI against a local HTTP server on 127.0.0.1:
//! the allowlist, redirects, non-public addresses and the size cap.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread;

use common::{json_run, mpsandbox, text};

/// A tiny HTTP/1.1 server answering a few fixed routes; returns its port.
fn serve() -> u16 {
    serve_on("127.0.0.1")
}

/// The same server on another loopback address (another host to `fetch`).
fn serve_on(address: &str) -> u16 {
    let listener = TcpListener::bind((address, 0)).unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            thread::spawn(move || answer(stream, port));
        }
    });
    port
}

fn answer(stream: TcpStream, port: u16) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut length = 0;
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        let (name, value) = line.trim_end().split_once(": ").unwrap_or_default();
        if name.eq_ignore_ascii_case("content-length") {
            length = value.parse().unwrap_or(0);
        }
        headers.push((name.to_ascii_lowercase(), value.to_string()));
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let mut parts = request_line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let header = |n: &str| headers.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone()).unwrap_or_default();
    let (status, extra, content) = match path.split('?').next().unwrap_or_default() {
        "/hello" => ("200 OK", "X-Test: yes\r\n".to_string(), "hi there \u{2713}".to_string()),
        "/echo" => (
            "200 OK",
            String::new(),
            format!("{method} {} x-token={}", String::from_utf8_lossy(&body), header("x-token")),
        ),
        "/to-hello" => ("302 Found", "Location: /hello\r\n".into(), String::new()),
        "/to-denied" => ("302 Found", "Location: http://denied.invalid/\r\n".into(), String::new()),
        "/to-metadata" => ("301 Moved", "Location: http://169.254.169.254/latest\r\n".into(), String::new()),
        "/loop" => ("302 Found", format!("Location: http://127.0.0.1:{port}/loop\r\n"), String::new()),
        "/big" => ("200 OK", String::new(), "x".repeat(2 << 20)),
        // Echoes the request's token in a response header and redirects to
        // another host (this server on another port) with it in the URL.
        p if p.starts_with("/leak/") => (
            "302 Found",
            format!(
                "X-Seen: {}\r\nLocation: http://127.0.0.2:{}/echo?t={}\r\n",
                header("x-token"),
                &p[6..],
                header("x-token")
            ),
            String::new(),
        ),
        _ => ("404 Not Found", String::new(), "no such page".into()),
    };
    let mut stream = stream;
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n{content}",
        content.len()
    );
}

/// Runs `code` with the given `--allow-http` patterns; returns its stdout,
/// asserting it succeeded.
fn run(patterns: &[&str], code: &str) -> String {
    let mut flags = Vec::new();
    for p in patterns {
        flags.extend(["--allow-http", p]);
    }
    let report = json_run(&flags, code);
    assert_eq!(report["ok"], true, "{report}");
    report["stdout"].as_str().unwrap().to_string()
}

/// Python that calls fetch and prints either the status and body or the
/// exception's type and message.
fn attempt(url: &str) -> String {
    format!(
        "import host\nfrom host import fetch\ntry:\n    r = fetch({url:?})\n    print(r['status'], r['body'][:40])\n\
         except Exception as e:\n    print(type(e).__name__, e)"
    )
}

#[test]
fn allowed_hosts_are_fetched() {
    let port = serve();
    let me = format!("127.0.0.1:{port}");
    let out = run(
        &[&me],
        &format!(
            "from host import fetch\n\
             r = fetch('http://{me}/hello')\n\
             print(r['status'], r['body'], r['headers']['x-test'], r['url'])\n\
             r = fetch('http://{me}/echo', method='POST', headers={{'X-Token': 't1'}}, body='d\u{e9}j\u{e0}')\n\
             print(r['body'])\n\
             r = fetch('http://{me}/to-hello')\n\
             print(r['status'], r['url'])\n\
             print(fetch('http://{me}/nowhere')['status'])"
        ),
    );
    assert_eq!(
        out,
        format!(
            "200 hi there \u{2713} yes http://{me}/hello\nPOST d\u{e9}j\u{e0} x-token=t1\n200 http://{me}/hello\n404\n"
        )
    );
}

#[test]
fn hosts_off_the_allowlist_are_refused() {
    let port = serve();
    let me = format!("127.0.0.1:{port}");
    let out = run(&[&me], &attempt("http://example.com/"));
    assert_eq!(out, "HostError fetch: http://example.com/: host 'example.com' is not on the allowlist\n");
    // Another port on an allowed address is another host.
    let out = run(&[&me], &attempt(&format!("http://127.0.0.1:{}/hello", port.wrapping_add(1))));
    assert!(out.starts_with("HostError") && out.contains("not on the allowlist"), "{out}");
    let out = run(&[&me], &attempt("file:///etc/passwd"));
    assert!(out.starts_with("HostError") && out.contains("only http and https"), "{out}");
}

#[test]
fn redirects_are_checked_like_the_first_url() {
    let port = serve();
    let me = format!("127.0.0.1:{port}");
    let out = run(&[&me], &attempt(&format!("http://{me}/to-denied")));
    assert!(out.starts_with("HostError fetch: redirect refused: http://denied.invalid/"), "{out}");
    let out = run(&[&me, "*"], &attempt(&format!("http://{me}/to-metadata")));
    assert!(out.starts_with("HostError fetch: redirect refused") && out.contains("link-local"), "{out}");
    let out = run(&[&me], &attempt(&format!("http://{me}/loop")));
    assert_eq!(out, "HostError fetch: more than 5 redirects\n");
}

#[test]
fn private_and_loopback_addresses_need_an_explicit_address_pattern() {
    let port = serve();
    // A wildcard does not reach loopback or private ranges.
    for url in [
        format!("http://127.0.0.1:{port}/hello"),
        format!("http://[::1]:{port}/hello"),
        "http://10.0.0.1/".into(),
        "http://192.168.1.1/".into(),
        "http://169.254.169.254/latest/meta-data".into(),
    ] {
        let out = run(&["*"], &attempt(&url));
        assert!(
            out.starts_with("HostError") && out.contains("address; allow it by listing the address itself"),
            "{url}: {out}"
        );
    }
    // A name that resolves to loopback is refused even when the name is listed.
    let out = run(&[&format!("localhost:{port}")], &attempt(&format!("http://localhost:{port}/hello")));
    assert!(out.starts_with("HostError") && out.contains("resolves to") && out.contains("loopback"), "{out}");
    // The address itself, listed, is reachable.
    let out = run(&["127.0.0.1"], &attempt(&format!("http://127.0.0.1:{port}/hello")));
    assert!(out.starts_with("200 hi there"), "{out}");
}

#[test]
fn responses_over_the_cap_raise_host_limit_error() {
    let port = serve();
    let me = format!("127.0.0.1:{port}");
    let out = run(&[&me], &attempt(&format!("http://{me}/big")));
    assert_eq!(out, "HostLimitError fetch: the response body exceeds 1048576 bytes\n");
}

#[test]
fn fetch_exists_only_when_granted_and_bad_patterns_are_usage_errors() {
    let out = run(&[], "import host\nprint(host.functions())\ntry:\n    from host import fetch\nexcept ImportError:\n    print('no fetch')");
    assert_eq!(out, "[]\nno fetch\n");
    let out = mpsandbox(&["--allow-http", "exa mple.com", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("'exa mple.com' for '--allow-http") && stderr.contains("not a list of HTTP methods"),
        "{stderr}"
    );
    let out = mpsandbox(&["--allow-http", "GET exa_mple.com", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a host name"), "{}", text(&out.stderr));
}

/// Runs `code` with extra flags and environment; the outcome object.
fn run_with(flags: &[&str], env: &[(&str, &str)], code: &str) -> serde_json::Value {
    let mut cmd = common::command();
    cmd.arg("--json").args(flags).args(["-c", code]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    common::parse_outcome(&text(&cmd.output().unwrap().stdout))
}

#[test]
fn methods_are_allowed_per_host_pattern() {
    let port = serve();
    let me = format!("127.0.0.1:{port}");
    let get_only = format!("GET {me}");
    let out = run(&[&get_only], &attempt(&format!("http://{me}/hello")));
    assert_eq!(out, "200 hi there \u{2713}\n");
    let post = format!(
        "from host import fetch\ntry:\n    fetch('http://{me}/echo', method='POST', body='x')\nexcept Exception as e:\n    \
         print(type(e).__name__, e)"
    );
    let out = run(&[&get_only], &post);
    assert!(out.starts_with("HostError") && out.contains("POST is not allowed to '127.0.0.1' (allowed: GET)"), "{out}");
    let out = run(&[&get_only, &format!("POST,PUT {me}")], &format!("{post}\nelse:\n    print('posted')"));
    assert_eq!(out, "posted\n");
    let bad = mpsandbox(&["--allow-http", "FETCH example.com", "-c", "pass"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn an_injected_secret_reaches_the_server_and_never_the_program() {
    let port = serve();
    let me = format!("127.0.0.1:{port}");
    let secret = "tok-5ecret-value-42";
    let flags = ["--allow-http", &me, "--inject-header", &format!("X-Token=MPS_TEST_TOKEN@{me}")];
    // The server echoes the header it got: the request carried the secret
    // (not the program's own value), and the program sees it redacted, in the
    // body, in an error, and in what it can print or keep.
    let code = format!(
        "from host import fetch\n\
         r = fetch('http://{me}/echo', method='POST', headers={{'X-Token': 'mine'}}, body='b')\n\
         print(r['body'])\n\
         import json\n\
         print('5ecret' in json.dumps(r))\n\
         try:\n    fetch('http://{me}/to-denied')\nexcept Exception as e:\n    print(type(e).__name__, '5ecret' in str(e))"
    );
    let report = run_with(&flags, &[("MPS_TEST_TOKEN", secret)], &code);
    assert_eq!(report["ok"], true, "{report}");
    assert_eq!(report["stdout"], "POST b x-token=[secret]\nFalse\nHostError False\n", "{report}");
    assert!(!report.to_string().contains(secret));
    // A missing variable is a configuration error, before anything runs.
    let report = run_with(&flags, &[], "print(1)");
    assert_eq!(report["error"]["kind"], "config", "{report}");
    assert!(report["error"]["message"].as_str().unwrap().contains("MPS_TEST_TOKEN is not set"), "{report}");
}

#[test]
fn a_secret_does_not_follow_a_redirect_to_another_host_or_reach_a_snapshot() {
    use mpsandbox::{HttpPolicy, Sandbox};
    let (port, other) = (serve(), serve_on("127.0.0.2"));
    let me = format!("127.0.0.1:{port}");
    let secret = "tok-5ecret-value-43";
    let mut policy = HttpPolicy::new([me.as_str(), &format!("127.0.0.2:{other}")]).unwrap();
    policy.max_redirects = 2;
    let policy = policy.inject_header(&me, "X-Token", secret).unwrap();
    let sandbox = Sandbox::builder().allow_http(policy).build().unwrap();
    let mut session = sandbox.session().unwrap();
    // The first host echoes the token into a header and into the redirect's
    // URL; the second host (another name, so another pattern) gets no token
    // and the program sees neither the header nor the URL unredacted.
    let out = session
        .exec(&format!(
            "from host import fetch\nr = fetch('http://{me}/leak/{other}')\nprint(r['status'], r['body'])\n\
             print(r['url'].endswith('t=[secret]'))\nkept = repr(r)"
        ))
        .unwrap();
    assert_eq!(out.stdout_text(), "200 GET  x-token=\nTrue\n");
    let snapshot = session.snapshot().unwrap();
    let leaked = snapshot.to_bytes().windows(secret.len()).any(|w| w == secret.as_bytes());
    assert!(!leaked, "the snapshot holds the secret");
    assert!(!format!("{sandbox:?}").contains(secret), "Debug shows the secret");
}

#[test]
fn a_request_budget_caps_fetch_calls_per_call() {
    let port = serve();
    let me = format!("127.0.0.1:{port}");
    let code = format!(
        "import host\nfrom host import fetch\nn = 0\ntry:\n    for _ in range(10**6):\n        fetch('http://{me}/hello')\n        \
         n += 1\nexcept host.HostLimitError as e:\n    print(n, e)"
    );
    let out = run_with(&["--allow-http", &me, "--max-http-requests", "3"], &[], &code);
    assert_eq!(out["stdout"], "3 more than 3 fetch requests in one call\n", "{out}");
    // The budget is per call: the next call of a session starts afresh.
    let requests = format!("{{\"code\": \"from host import fetch\\nfetch('http://{me}/hello')\"}}\n").repeat(2);
    let session =
        common::with_stdin(&["--session", "--allow-http", &me, "--max-http-requests", "1"], requests.as_bytes());
    let replies: Vec<serde_json::Value> =
        text(&session.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(replies.len() == 2 && replies.iter().all(|r| r["ok"] == true), "{replies:?}");
}
