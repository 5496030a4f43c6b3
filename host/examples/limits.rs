//! Limits: every one is enforced by the host, and guest code cannot catch
//! or lift it. A limit hit ends the call and poisons the session; `reset`
//! gives a fresh interpreter without recompiling.
//!
//!     cargo run --release --example limits

use std::time::Duration;

use mpsandbox::{Error, LimitKind, Sandbox};

fn main() -> Result<(), Error> {
    let sandbox = Sandbox::builder()
        .memory(32 << 20) // linear memory cap: heap, stack and data together
        .fuel(Some(50_000_000)) // about one unit per wasm instruction, per call
        .timeout(Some(Duration::from_millis(500))) // wall clock, per call
        .max_output(4096) // stdout + stderr bytes, per call
        .build()?;
    let mut session = sandbox.session()?;

    // Python's own MemoryError stays catchable: the heap simply cannot grow.
    let out =
        session.exec("try:\n    x = bytearray(64 << 20)\nexcept MemoryError:\n    print('caught MemoryError')")?;
    assert_eq!(out.stdout_text(), "caught MemoryError\n");

    let attacks = [
        ("while True: pass", LimitKind::Fuel),
        ("import time\ntry:\n    time.sleep(5)\nexcept BaseException:\n    pass", LimitKind::Timeout),
        ("while True: print('spam')", LimitKind::Output),
    ];
    for (code, expected) in attacks {
        match session.exec(code) {
            Err(Error::Limit { kind, detail, output }) => {
                assert_eq!(kind, expected);
                println!("{kind:>7}: {detail} ({} bytes of output kept)", output.stdout.len());
            }
            other => panic!("{code:?} should hit the {expected} limit: {other:?}"),
        }
        assert!(session.is_poisoned());
        session.reset()?;
    }

    // What a finished call cost.
    let stats = session.exec("sum(range(10000))")?.stats;
    println!("a small call: {:?}, {:?} fuel, peak memory {} KiB", stats.duration, stats.fuel, stats.peak_memory >> 10);
    assert!(stats.fuel.is_some_and(|f| f > 0), "the session has a fuel limit, so it counts fuel");
    Ok(())
}
