//! The examples under host/examples are programs with assertions of their
//! own: `cargo test` builds them, and this runs each one and checks it
//! finished cleanly, so an example that stops working fails the suite.

use std::path::PathBuf;
use std::process::Command;

/// Where cargo put the examples of this build: beside `deps/`, which holds
/// this test binary.
fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap();
    let path = profile_dir.join("examples").join(name);
    assert!(
        path.exists(),
        "{} is missing: run the suite with `cargo test` (scripts/test.sh), which builds the examples",
        path.display()
    );
    path
}

fn run(name: &str, expect: &str) {
    let out = Command::new(example(name)).output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "example {name} failed ({:?}):\n{stdout}\n{stderr}", out.status);
    assert!(stdout.contains(expect), "example {name} should print {expect:?}:\n{stdout}");
}

#[test]
fn limits() {
    run("limits", "fuel: the call used up its fuel");
}

#[test]
fn interrupt() {
    run("interrupt", "fresh interpreter, ticks defined: False");
}

#[test]
fn snapshots() {
    run("snapshots", r#"fork balances: ["10", "20", "30"]"#);
}

#[test]
fn dir_grants() {
    run("dir_grants", "refused at build: cannot grant '/no/such/dir': no such directory");
}

#[test]
fn host_functions() {
    run("host_functions", "");
}

#[test]
fn http_allowlist() {
    run("http_allowlist", "200 6");
}
