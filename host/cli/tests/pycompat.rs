//! The CPython compatibility corpus (tests/pycompat/programs): every program
//! runs under the machine's CPython 3 and under this build's CLI, and the
//! programs that differ must be exactly those listed in
//! tests/pycompat/known-failures.txt, so a regression fails here and so does
//! a fix that leaves its entry behind. scripts/pycompat.py does the work and
//! prints the `pycompat: N/M match CPython` summary.

mod common;

use std::process::Command;

#[test]
fn corpus_matches_cpython_except_the_known_failures() {
    let root = &common::repo_root();
    let out = Command::new("python3")
        .arg(root.join("scripts/pycompat.py"))
        .args(["--mpsandbox", env!("CARGO_BIN_EXE_mpsandbox"), "--check", "--quiet"])
        .output()
        .expect("python3 (the reference CPython) must be installed to run the compatibility corpus");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "pycompat check failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("pycompat: "), "no summary line:\n{stdout}");
}
