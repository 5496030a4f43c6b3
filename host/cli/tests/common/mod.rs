//! Helpers for tests that drive the `mpsandbox` binary or check host files,
//! and the conformance suite every host driver shares.
// Each test binary uses a part of these.
#![allow(dead_code, unused_imports)]

#[path = "../../../tests/common/conformance.rs"]
pub mod conformance;
#[path = "../../../tests/common/schema.rs"]
pub mod schema;
#[path = "../../../tests/common/tree.rs"]
pub mod tree;
pub mod wasmtime_cli;

pub use conformance::repo_root;
pub use schema::{assert_outcome, parse_outcome};
pub use tree::snapshot;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub fn command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mpsandbox"))
}

pub fn mpsandbox(args: &[&str]) -> Output {
    command().args(args).stdin(Stdio::null()).output().unwrap()
}

pub fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child =
        command().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // The child may stop reading early (e.g. a limit ended it); that is its
    // business, the exit status and output tell what happened.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().unwrap()
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The single JSON line `--json` prints.
pub fn json_of(out: &Output) -> Value {
    let s = text(&out.stdout);
    assert_eq!(s.lines().count(), 1, "exactly one line of JSON expected: {s:?}");
    parse_outcome(&s)
}

/// Runs `code` with `--json` and the extra flags; asserts the process ended
/// by itself (no signal) without a Rust panic, and returns the report.
pub fn json_run(flags: &[&str], code: &str) -> Value {
    let mut args = vec!["--json"];
    args.extend_from_slice(flags);
    args.extend_from_slice(&["-c", code]);
    let out = mpsandbox(&args);
    assert!(out.status.code().is_some(), "killed by a signal: {:?}", out.status);
    assert!(!text(&out.stderr).contains("panicked"), "host panic: {}", text(&out.stderr));
    json_of(&out)
}

/// The `limit` of a JSON report's error, if it is a limit error.
pub fn limit_of(report: &Value) -> Option<&str> {
    report["error"]["limit"].as_str()
}

/// The official Python MCP SDK, pinned: the client that drives `mpsandbox
/// mcp` and the server that tool tests call.
pub const MCP_SDK: &str = "mcp==2.3.0";

/// A python with [`MCP_SDK`] (the venv target/mcp-venv, made when missing
/// or at another version).
pub fn mcp_python() -> std::path::PathBuf {
    static MADE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = MADE.lock().unwrap_or_else(|e| e.into_inner());
    let venv = repo_root().join("target/mcp-venv");
    let python = venv.join("bin/python");
    let (name, version) = MCP_SDK.split_once("==").unwrap();
    let check = format!("import importlib.metadata as m; assert m.version('{name}') == '{version}'");
    let ready = || Command::new(&python).args(["-c", &check]).status().is_ok_and(|s| s.success());
    if !ready() {
        let made = Command::new("python3").args(["-m", "venv"]).arg(&venv).status().unwrap();
        assert!(made.success(), "python3 -m venv failed");
        let pip = Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", MCP_SDK])
            .status()
            .unwrap();
        assert!(pip.success(), "pip install {MCP_SDK} failed");
        assert!(ready());
    }
    python
}
