//! Helpers for tests that drive the `mpsandbox` binary or check host files,
//! and the conformance suite every host driver shares.
#![allow(dead_code)]

pub mod conformance;
pub mod wasmtime_cli;

use std::io::Write;
use std::path::{Path, PathBuf};
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
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("invalid JSON ({e}): {s}"))
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

/// Every entry under `dir` (relative path, contents), sorted: files with
/// their bytes, symlinks with their target, directories empty. Symlinks are
/// not followed, so a link pointing out of the tree is recorded, not walked.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = walk(dir)
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(dir).unwrap().display().to_string();
            let kind = std::fs::symlink_metadata(&p).unwrap().file_type();
            let body = if kind.is_symlink() {
                std::fs::read_link(&p).unwrap().into_os_string().into_encoded_bytes()
            } else if kind.is_file() {
                std::fs::read(&p).unwrap()
            } else {
                Vec::new()
            };
            (rel, body)
        })
        .collect();
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if std::fs::symlink_metadata(&p).unwrap().is_dir() {
            v.extend(walk(&p));
        }
        v.push(p);
    }
    v
}
