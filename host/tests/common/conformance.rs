//! The conformance suite's data (tests/conformance/cases.json) and the one
//! way every Rust-driven host is judged against it. A host driver says what
//! its host offers and turns one case into an [`Outcome`]; [`run_suite`]
//! does the rest: skips (with the host's reason) what the host cannot run,
//! prepares granted directories, compares, and fails with every mismatch.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Suite {
    pub cases: Vec<Case>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub name: String,
    #[serde(default)]
    pub code: Option<String>,
    /// Calls on one interpreter; the expectations are about the last one,
    /// and the earlier ones must succeed.
    #[serde(default)]
    pub session: Option<Vec<String>>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub grant: Option<Grant>,
    #[serde(default)]
    pub stdout: Option<String>,
    #[serde(default)]
    pub stderr: Option<String>,
    #[serde(default)]
    pub error: Option<ExpectedError>,
    /// Files in the granted directory that must be as they were.
    #[serde(default)]
    pub unchanged: BTreeMap<String, String>,
}

impl Case {
    /// The program of a single-call case, or the last call of a session.
    pub fn program(&self) -> &str {
        match (&self.code, &self.session) {
            (Some(code), _) => code,
            (None, Some(calls)) => calls.last().expect("a session has calls"),
            (None, None) => panic!("case {} has neither code nor session", self.name),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Grant {
    pub guest: String,
    pub files: BTreeMap<String, String>,
    #[serde(default)]
    pub read_only: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ExpectedError {
    pub kind: String,
    #[serde(rename = "type", default)]
    pub type_name: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub line: Option<u32>,
    /// A limit kind, or `any`.
    #[serde(default)]
    pub limit: Option<String>,
    /// An uncaught exception of this type is accepted instead.
    #[serde(default)]
    pub or_exception: Option<String>,
}

/// The driver's memory cap for every case (`memory-cap`).
pub const MEMORY_CAP: u64 = 64 << 20;

/// What a host made of one case.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub stdout: String,
    /// `None` where the host mixes the error report into stderr and the
    /// program's own stderr cannot be told apart.
    pub stderr: Option<String>,
    pub error: Option<ActualError>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActualError {
    pub kind: String,
    pub type_name: Option<String>,
    pub message: Option<String>,
    pub line: Option<u32>,
    pub limit: Option<String>,
}

/// The line the innermost traceback frame names (`  File "...", line N`).
pub fn traceback_line(traceback: &str) -> Option<u32> {
    traceback
        .rsplit(", line ")
        .next()
        .filter(|_| traceback.contains(", line "))
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
}

/// An error from the `mpsandbox --json` object (also the HTTP adapter's).
pub fn error_from_json(error: &serde_json::Value) -> Option<ActualError> {
    if error.is_null() {
        return None;
    }
    let text = |k: &str| error.get(k).and_then(|v| v.as_str()).map(String::from);
    let line = error.get("line").and_then(|v| v.as_u64()).map(|n| n as u32);
    Some(ActualError {
        kind: text("kind").unwrap_or_default(),
        type_name: text("type"),
        message: text("message"),
        line: line.or_else(|| text("traceback").as_deref().and_then(traceback_line)),
        limit: text("limit"),
    })
}

pub trait Host {
    fn name(&self) -> &str;
    /// `None` if the host offers `need`, else why not.
    fn lacks(&self, need: &str) -> Option<&'static str>;
    /// Runs `case`; `dir` is the host directory to grant at
    /// `case.grant.guest`, when the case has a grant.
    fn run(&self, case: &Case, dir: Option<&Path>) -> Outcome;
}

pub fn suite() -> Suite {
    let path = repo_root().join("tests/conformance/cases.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn mismatches(case: &Case, got: &Outcome, dir: Option<&Path>) -> Vec<String> {
    let mut bad = Vec::new();
    if let Some(want) = &case.stdout {
        if &got.stdout != want {
            bad.push(format!("stdout {:?}, expected {want:?}", got.stdout));
        }
    }
    if let (Some(want), Some(have)) = (&case.stderr, &got.stderr) {
        if have != want {
            bad.push(format!("stderr {have:?}, expected {want:?}"));
        }
    }
    match (&case.error, &got.error) {
        (None, None) => {}
        (None, Some(e)) => bad.push(format!("unexpected error {e:?}")),
        (Some(want), None) => bad.push(format!("expected an error of kind {}, the call succeeded", want.kind)),
        (Some(want), Some(e))
            if e.kind == "exception" && want.or_exception.is_some() && e.type_name == want.or_exception => {}
        (Some(want), Some(e)) => {
            if e.kind != want.kind {
                bad.push(format!("error kind {:?}, expected {:?} ({e:?})", e.kind, want.kind));
            }
            if want.type_name.is_some() && e.type_name != want.type_name {
                bad.push(format!("error type {:?}, expected {:?}", e.type_name, want.type_name));
            }
            if want.message.is_some() && e.message != want.message {
                bad.push(format!("error message {:?}, expected {:?}", e.message, want.message));
            }
            if want.line.is_some() && e.line != want.line {
                bad.push(format!("error line {:?}, expected {:?}", e.line, want.line));
            }
            match want.limit.as_deref() {
                None | Some("any") => {}
                Some(kind) if e.limit.as_deref() != Some(kind) => {
                    bad.push(format!("limit {:?}, expected {kind:?}", e.limit))
                }
                Some(_) => {}
            }
        }
    }
    for (file, content) in &case.unchanged {
        let path = dir.expect("`unchanged` needs a grant").join(file);
        match std::fs::read_to_string(&path) {
            Ok(now) if &now == content => {}
            Ok(now) => bad.push(format!("host file {file} changed to {now:?}")),
            Err(e) => bad.push(format!("host file {file}: {e}")),
        }
    }
    for entry in dir.map(|d| std::fs::read_dir(d).unwrap()).into_iter().flatten() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let granted = case.grant.as_ref().is_some_and(|g| g.files.contains_key(&name));
        if !granted && case.grant.as_ref().is_some_and(|g| g.read_only) {
            bad.push(format!("host file {name} was created in a read-only grant"));
        }
    }
    bad
}

/// A directory holding the case's granted files.
fn prepare(case: &Case) -> Option<(tempfile::TempDir, PathBuf)> {
    let grant = case.grant.as_ref()?;
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in &grant.files {
        std::fs::write(dir.path().join(name), content).unwrap();
    }
    let path = dir.path().to_path_buf();
    Some((dir, path))
}

/// Runs every case the host can run; panics listing every mismatch. Returns
/// (passed, skipped) so a driver can check it ran what it should.
pub fn run_suite(host: &dyn Host) -> (usize, usize) {
    let suite = suite();
    let (mut passed, mut skipped, mut failures) = (0, 0, Vec::new());
    for case in &suite.cases {
        if let Some(why) = case.needs.iter().find_map(|n| host.lacks(n)) {
            eprintln!("[{}] {}: n/a ({why})", host.name(), case.name);
            skipped += 1;
            continue;
        }
        let prepared = prepare(case);
        let dir = prepared.as_ref().map(|(_, p)| p.as_path());
        let got = host.run(case, dir);
        let bad = mismatches(case, &got, dir);
        if bad.is_empty() {
            eprintln!("[{}] {}: ok", host.name(), case.name);
            passed += 1;
        } else {
            failures.push(format!("{}:\n    {}", case.name, bad.join("\n    ")));
        }
    }
    eprintln!("[{}] {passed} passed, {skipped} not applicable, {} failed", host.name(), failures.len());
    assert!(failures.is_empty(), "[{}] conformance failures:\n  {}", host.name(), failures.join("\n  "));
    (passed, skipped)
}

/// The repository's root (shared test data lives in its `tests/`).
pub fn repo_root() -> std::path::PathBuf {
    let mut dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    while !dir.join("wit").is_dir() {
        assert!(dir.pop(), "no repository root above {}", env!("CARGO_MANIFEST_DIR"));
    }
    dir
}
