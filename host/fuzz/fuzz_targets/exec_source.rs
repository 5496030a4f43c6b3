//! Arbitrary bytes as Python source, run in one long-lived session under
//! tight limits. Any outcome is fine except a host panic or a hang: every
//! call must end in a result or a typed error, and a poisoned session must
//! reset to a working interpreter.

#![no_main]

use std::cell::RefCell;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use mpsandbox::{decode_source, Error, Sandbox, Session};

thread_local! {
    static SESSION: RefCell<Session> = RefCell::new(
        Sandbox::builder()
            .memory(32 << 20)
            .fuel(Some(20_000_000))
            .timeout(Some(Duration::from_secs(2)))
            .max_output(64 << 10)
            .build()
            .and_then(|s| s.session())
            .expect("sandbox"),
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source("<fuzz>", data) else { return };
    SESSION.with_borrow_mut(|session| {
        match session.exec(source) {
            Ok(_) | Err(Error::Exception { .. } | Error::Syntax { .. } | Error::Limit { .. }) => {}
            Err(e) => {
                // A trap the host did not classify as a limit is a finding.
                if session.is_poisoned() {
                    panic!("unclassified trap: {e}");
                }
            }
        }
        if session.is_poisoned() {
            session.reset().expect("reset after a limit");
        }
    });
});
