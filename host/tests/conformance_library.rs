//! The conformance suite through the Rust library: the reference host,
//! which offers everything the suite asks for.

mod common;

use std::path::Path;
use std::time::Duration;

use common::conformance::{run_suite, ActualError, Case, Host, Outcome};
use mpsandbox::{DirAccess, Error, Sandbox};

struct Library;

fn outcome(result: Result<mpsandbox::Output, Error>) -> Outcome {
    let (output, error) = match result {
        Ok(o) => (o, None),
        Err(e) => {
            let output = e.output().cloned().unwrap_or_default();
            let line = match &e {
                Error::Syntax { error, .. } => Some(error.line),
                _ => common::conformance::traceback_line(e.traceback()),
            };
            let error = ActualError {
                kind: e.kind().as_str().to_string(),
                type_name: Some(e.type_name().to_string()),
                message: Some(e.message()),
                line,
                limit: e.limit().map(|l| l.as_str().to_string()),
            };
            (output, Some(error))
        }
    };
    Outcome { stdout: output.stdout_text(), stderr: Some(output.stderr_text()), error }
}

impl Host for Library {
    fn name(&self) -> &str {
        "library"
    }

    fn lacks(&self, _need: &str) -> Option<&'static str> {
        None
    }

    fn run(&self, case: &Case, dir: Option<&Path>) -> Outcome {
        let mut builder = Sandbox::builder()
            .fuel(Some(200_000_000))
            .timeout(Some(Duration::from_secs(5)))
            .max_output(64 << 10)
            .memory(common::conformance::MEMORY_CAP as usize);
        if let (Some(grant), Some(dir)) = (&case.grant, dir) {
            let access = if grant.read_only { DirAccess::ReadOnly } else { DirAccess::ReadWrite };
            builder = builder.dir(dir, &grant.guest, access);
        }
        let mut session = builder.build().unwrap().session().unwrap();
        if let Some(calls) = &case.session {
            for call in &calls[..calls.len() - 1] {
                session.exec(call).unwrap_or_else(|e| panic!("{}: an earlier call failed: {e}", case.name));
            }
        }
        outcome(session.exec(case.program()))
    }
}

#[test]
fn conformance_through_the_library() {
    let (passed, skipped) = run_suite(&Library);
    assert_eq!(skipped, 0, "the library host offers everything");
    assert!(passed >= 18, "{passed}");
}
