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

fn run_args(name: &str, args: &[&str]) -> String {
    let out = Command::new(example(name)).args(args).output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "example {name} {args:?} failed ({:?}):\n{stdout}\n{stderr}", out.status);
    stdout.into_owned()
}

#[test]
fn approval_gate_pauses_in_one_process_and_resumes_in_another() {
    let dir = std::env::temp_dir().join(format!("mpsandbox-gate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("gate.snap");
    let file = file.to_str().unwrap();
    let asked = run_args("approval_gate", &["ask", file]);
    assert!(asked.contains("refunded 120 to ada"), "{asked}");
    assert!(asked.contains("waiting for approve([Number(4500)]"), "{asked}");
    // The same saved run, answered both ways by two later processes.
    assert_eq!(run_args("approval_gate", &["answer", file, "yes"]), "refunded 4500 to bob\n");
    assert_eq!(run_args("approval_gate", &["answer", file, "no"]), "refund to bob refused\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gather() {
    let out = run_args("gather", &[]);
    assert!(out.contains("one pause, 3 calls"), "{out}");
    assert!(out.contains("{'tea': 3, 'milk': 2, 'bread': 4} total 9"), "{out}");
    assert!(out.contains("{'tea': 3, 'milk': 4, 'bread': 5} total 12"), "{out}");
    assert!(out.contains("three 200 ms calls overlapped: true"), "{out}");
}
