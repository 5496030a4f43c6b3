//! HTTP with an allowlist: `allow_http` grants Python `fetch()` to matching
//! hosts only. Every redirect is checked like the first URL, and loopback,
//! private and metadata addresses need a pattern that is the address itself.
//!
//!     cargo run --release --example http_allowlist

use std::io::{Read, Write};
use std::net::TcpListener;

use mpsandbox::{Error, HttpPolicy, Sandbox};

/// A one-connection-at-a-time HTTP server on loopback, answering every
/// request with a small JSON body.
fn serve() -> std::io::Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let body = r#"{"items": [1, 2, 3]}"#;
            let reply = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    Ok(port)
}

const PROGRAM: &str = r#"
import json
from host import fetch, HostError
r = fetch(URL, headers={"Accept": "application/json"})
print(r["status"], sum(json.loads(r["body"])["items"]))
for url in ("http://example.org/", "http://localhost:%d/" % PORT, "http://169.254.169.254/latest/meta-data"):
    try:
        fetch(url)
    except HostError as e:
        print("refused:", e)
"#;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let port = serve()?;
    // An IP pattern is the only way to reach a loopback address.
    let policy = HttpPolicy::new([format!("127.0.0.1:{port}")])?;
    let sandbox = Sandbox::builder().allow_http(policy).build()?;
    let code = format!("URL = 'http://127.0.0.1:{port}/items'\nPORT = {port}\n{PROGRAM}");
    let out = sandbox.run(&code)?;
    print!("{}", out.stdout_text());
    let lines: Vec<&str> = out.stdout_text().leak().lines().collect();
    assert_eq!(lines[0], "200 6");
    assert_eq!(lines.iter().filter(|l| l.starts_with("refused:")).count(), 3, "{lines:?}");

    // Patterns are checked when the policy is made.
    assert!(matches!(HttpPolicy::new(["exa mple.com"]), Err(Error::Config(_))));
    Ok(())
}
