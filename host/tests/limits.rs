//! Limits through the library: each is enforced by the host, reported as a
//! typed error, cannot be caught by guest code, and leaves a session that
//! resets to a working interpreter.

use std::time::{Duration, Instant};

use mpsandbox::{Error, LimitKind, Sandbox, Session};

fn session(builder: mpsandbox::SandboxBuilder) -> Session {
    builder.build().unwrap().session().unwrap()
}

fn limit_kind(r: Result<mpsandbox::Output, Error>) -> LimitKind {
    match r {
        Err(Error::Limit { kind, .. }) => kind,
        other => panic!("expected a limit error, got {other:?}"),
    }
}

#[test]
fn memory_error_is_catchable_and_the_session_goes_on() {
    let mut s = session(Sandbox::builder().memory(32 << 20));
    let out = s
        .exec(
            "chunks = []\ntry:\n    while True: chunks.append(bytearray(1 << 20))\nexcept MemoryError:\n    n = len(chunks)\n    chunks = None\nprint(n > 5)",
        )
        .unwrap();
    assert_eq!(out.stdout_text(), "True\n");
    assert!(out.stats.peak_memory <= 32 << 20, "peak {} over the cap", out.stats.peak_memory);
    assert!(out.stats.peak_memory > 16 << 20, "the heap should have grown: {}", out.stats.peak_memory);
    assert!(!s.is_poisoned());
    assert_eq!(s.eval("n > 5").unwrap().value.as_deref(), Some("True"));
}

#[test]
fn uncaught_memory_error_is_a_python_exception() {
    let mut s = session(Sandbox::builder().memory(16 << 20));
    match s.exec("x = bytes(100 * 1024 * 1024)") {
        Err(Error::Exception { exception, .. }) => assert_eq!(exception.type_name, "MemoryError"),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.eval("1 + 1").unwrap().value.as_deref(), Some("2"));
}

#[test]
fn memory_below_the_interpreter_minimum_is_a_config_error() {
    let sb = Sandbox::builder().memory(64 << 10).build().unwrap();
    match sb.session() {
        Err(Error::Config(mpsandbox::ConfigError::MemoryTooSmall { cap, needed })) => {
            assert_eq!(cap, 64 << 10);
            assert!(needed > cap, "{needed}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn fuel_stops_an_infinite_loop_and_reset_recovers() {
    let mut s = session(Sandbox::builder().fuel(Some(50_000_000)));
    s.exec("x = 1").unwrap();
    let err = s.exec("try:\n    while True: pass\nexcept BaseException:\n    print('caught')");
    match &err {
        Err(Error::Limit { kind: LimitKind::Fuel, output, .. }) => {
            assert_eq!(output.stdout_text(), "", "guest code must not see the limit");
            assert_eq!(output.stats.fuel, Some(50_000_000));
        }
        other => panic!("{other:?}"),
    }
    assert!(s.is_poisoned());
    assert!(matches!(s.exec("print(1)"), Err(Error::Poisoned)));
    s.reset().unwrap();
    assert!(!s.is_poisoned());
    assert!(s.exec("x").is_err(), "a reset interpreter has fresh globals");
    assert_eq!(s.exec("print('again')").unwrap().stdout_text(), "again\n");
}

#[test]
fn fuel_is_per_call_and_reported() {
    let mut s = session(Sandbox::builder().fuel(Some(200_000_000)));
    for _ in 0..5 {
        let out = s.exec("t = 0\nfor i in range(10000): t += i").unwrap();
        let fuel = out.stats.fuel.expect("a sandbox with a fuel limit counts fuel");
        assert!(fuel > 0 && fuel < 200_000_000, "{fuel}");
    }
}

#[test]
fn a_sandbox_without_a_fuel_limit_runs_unmetered() {
    let mut s = session(Sandbox::builder());
    let out = s.exec("t = 0\nfor i in range(10000): t += i").unwrap();
    assert_eq!(out.stats.fuel, None);
    // Measuring without limiting: the metered engine with an unreachable cap.
    let mut s = session(Sandbox::builder().fuel(Some(u64::MAX)));
    assert!(s.exec("t = 0\nfor i in range(10000): t += i").unwrap().stats.fuel.unwrap() > 10_000);
}

#[test]
fn timeout_stops_a_busy_loop_and_cannot_be_caught() {
    let mut s = session(Sandbox::builder().timeout(Some(Duration::from_millis(300))));
    let started = Instant::now();
    let r = s.exec("try:\n    while True: pass\nexcept BaseException:\n    print('caught')\nprint('after')");
    let elapsed = started.elapsed();
    match &r {
        Err(Error::Limit { kind: LimitKind::Timeout, output, .. }) => assert_eq!(output.stdout_text(), ""),
        other => panic!("{other:?}"),
    }
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
}

// A regex that backtracks catastrophically (the re module runs PCRE2 in
// the guest) is stopped by the call's limits like any other code: the
// typed limit error, and the session works again after reset().
#[test]
fn catastrophic_regex_ends_at_the_call_limits() {
    let evil = "import re\nre.match('(a*)*b', 'a' * 40 + 'cb')";
    let mut s = session(Sandbox::builder().timeout(Some(Duration::from_millis(500))));
    let started = Instant::now();
    assert_eq!(limit_kind(s.exec(evil)), LimitKind::Timeout);
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
    s.reset().unwrap();
    assert_eq!(s.exec("import re\nprint(re.findall(r'\\d{2}', '12345'))").unwrap().stdout_text(), "['12', '34']\n");

    let mut s = session(Sandbox::builder().fuel(Some(200_000_000)));
    assert_eq!(limit_kind(s.exec(evil)), LimitKind::Fuel);
    s.reset().unwrap();
    assert_eq!(s.exec("print('fresh')").unwrap().stdout_text(), "fresh\n");
}

#[test]
fn timeout_interrupts_a_sleep_in_the_host() {
    let mut s = session(Sandbox::builder().timeout(Some(Duration::from_millis(500))));
    let started = Instant::now();
    assert_eq!(limit_kind(s.exec("import time\ntime.sleep(60)")), LimitKind::Timeout);
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
    s.reset().unwrap();
    assert_eq!(s.exec("print('fresh')").unwrap().stdout_text(), "fresh\n");
}

#[test]
fn timeout_is_per_call() {
    let mut s = session(Sandbox::builder().timeout(Some(Duration::from_millis(400))));
    for _ in 0..4 {
        s.exec("import time\ntime.sleep(0.2)").unwrap();
    }
}

#[test]
fn interrupt_handle_stops_a_running_call_from_another_thread() {
    let mut s = session(Sandbox::builder().timeout(None));
    let handle = s.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        handle.interrupt();
    });
    let r = s.exec("while True: pass");
    stopper.join().unwrap();
    assert!(matches!(r, Err(Error::Interrupted { .. })), "{r:?}");
    s.reset().unwrap();
    // A stale interrupt from before a call does not stop the next one.
    s.interrupt_handle().interrupt();
    assert_eq!(s.exec("print(2)").unwrap().stdout_text(), "2\n");
}

#[test]
fn python_recursion_is_a_catchable_runtime_error() {
    let mut s = session(Sandbox::builder());
    let out =
        s.exec("def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print('caught', e)").unwrap();
    assert_eq!(out.stdout_text(), "caught maximum recursion depth exceeded\n");
    assert!(!s.is_poisoned());
}

#[test]
fn native_recursion_never_crashes_the_host() {
    let sb = Sandbox::builder().timeout(Some(Duration::from_secs(20))).build().unwrap();
    let literal = format!("x = {}{}", "[".repeat(5000), "]".repeat(5000));
    for code in [
        "import json\njson.loads('[' * 200000)",
        "eval('(' * 100000 + ')' * 100000)",
        "eval('[' * 100000 + ']' * 100000)",
        "a = []\nfor i in range(100000): a = [a]\nrepr(a)",
        "d = {}\nfor i in range(100000): d = {1: d}\nimport json\njson.dumps(d)",
        &literal,
    ] {
        let r = sb.run(code);
        assert!(
            matches!(r, Ok(_) | Err(Error::Exception { .. } | Error::Syntax { .. } | Error::Limit { .. })),
            "{}: {r:?}",
            &code[..code.len().min(40)]
        );
    }
}

#[test]
fn limits_are_reported_in_the_error_and_leave_output_before_them() {
    let mut s = session(Sandbox::builder().fuel(Some(20_000_000)));
    match s.exec("print('before')\nwhile True: pass") {
        Err(e @ Error::Limit { .. }) => {
            assert_eq!(e.limit(), Some(LimitKind::Fuel));
            assert_eq!(e.output().unwrap().stdout_text(), "before\n");
            assert!(e.to_string().contains("fuel limit exceeded"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_zero_timeout_means_no_limit_as_in_every_host() {
    let sandbox = Sandbox::builder().timeout(Some(std::time::Duration::ZERO)).build().unwrap();
    assert_eq!(sandbox.limits().timeout, None);
    let out = sandbox.run("import time\ntime.sleep(0.05)\nprint('slept')").unwrap();
    assert_eq!(out.stdout_text(), "slept\n");
}
