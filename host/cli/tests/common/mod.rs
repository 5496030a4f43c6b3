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
pub mod venv;
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

pub use venv::{mcp_python, moto_server, MCP_SDK};
