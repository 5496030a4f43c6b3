//! The Rust library's contract: one-shot runs, persistent sessions, typed
//! errors, captured and capped output.

use mpsandbox::{Error, ErrorKind, LimitKind, Sandbox};

fn sandbox() -> Sandbox {
    Sandbox::new().expect("sandbox")
}

#[test]
fn one_shot_run_captures_stdout() {
    let out = mpsandbox::run("print(sum(range(10)))").unwrap();
    assert_eq!(out.stdout_text(), "45\n");
    assert!(out.stderr.is_empty());
    assert!(out.stats.duration.as_nanos() > 0);
}

#[test]
fn stderr_is_separate_and_ordered() {
    let out = sandbox()
        .run("import sys\nprint('a')\nsys.stderr.write('b\\n')\nprint('c', file=sys.stderr)\nprint('d')")
        .unwrap();
    assert_eq!(out.stdout_text(), "a\nd\n");
    assert_eq!(out.stderr_text(), "b\nc\n");
}

#[test]
fn globals_persist_across_calls_in_a_session() {
    let mut s = sandbox().session().unwrap();
    s.exec("x = 40\ndef inc(n):\n    return n + 1").unwrap();
    s.exec("x = inc(x) + 1").unwrap();
    assert_eq!(s.eval("x").unwrap().value.as_deref(), Some("42"));
    assert_eq!(s.eval("[x, 'a', None]").unwrap().value.as_deref(), Some("[42, 'a', None]"));
}

#[test]
fn sessions_are_isolated_from_each_other() {
    let sb = sandbox();
    let mut a = sb.session().unwrap();
    let mut b = sb.session().unwrap();
    a.exec("secret = 1").unwrap();
    let err = b.eval("secret").unwrap_err();
    assert_eq!(err.type_name(), "NameError");
}

#[test]
fn exception_is_structured_data() {
    let mut s = sandbox().session().unwrap();
    let err = s.exec("print('before')\ndef f():\n    return 1 // 0\nf()").unwrap_err();
    match &err {
        Error::Exception { exception, output } => {
            assert_eq!(exception.type_name, "ZeroDivisionError");
            assert_eq!(exception.message, "divide by zero");
            assert!(exception.traceback.starts_with("Traceback (most recent call last):\n"), "{}", exception.traceback);
            assert!(exception.traceback.contains("File \"<stdin>\", line 4, in <module>"), "{}", exception.traceback);
            assert!(exception.traceback.contains("line 3, in f"), "{}", exception.traceback);
            assert!(exception.traceback.trim_end().ends_with("ZeroDivisionError: divide by zero"));
            assert_eq!(output.stdout_text(), "before\n");
        }
        other => panic!("expected an exception, got {other:?}"),
    }
    assert_eq!(err.kind(), ErrorKind::Exception);
    // The session survives a Python exception.
    assert!(!s.is_poisoned());
    assert_eq!(s.eval("1 + 1").unwrap().value.as_deref(), Some("2"));
}

#[test]
fn key_error_message_is_the_repr_of_the_key() {
    let err = sandbox().run("{}['k']").unwrap_err();
    assert_eq!(err.type_name(), "KeyError");
    assert_eq!(err.message(), "'k'");
}

#[test]
fn custom_exception_and_exception_without_message() {
    let err = sandbox().run("class Oops(Exception):\n    pass\nraise Oops('bad', 2)").unwrap_err();
    assert_eq!(err.type_name(), "Oops");
    assert_eq!(err.message(), "('bad', 2)");
    let err = sandbox().run("raise ValueError").unwrap_err();
    assert_eq!(err.type_name(), "ValueError");
    assert_eq!(err.message(), "");
}

#[test]
fn syntax_error_has_line_and_column() {
    let err = sandbox().run("x = 1\ny = (2 +\nz = 3 $ 4\n").unwrap_err();
    match err {
        Error::Syntax { error, .. } => {
            assert_eq!(error.type_name, "SyntaxError");
            assert_eq!(error.filename, "<stdin>");
            assert_eq!(error.line, 3);
            assert!(error.column >= 1, "column {}", error.column);
            assert!(error.traceback.contains("SyntaxError"), "{}", error.traceback);
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn indentation_error_keeps_its_type() {
    let err = sandbox().run("x = 1\n    y = 2\n").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!(err.type_name(), "IndentationError");
}

#[test]
fn nothing_runs_when_source_does_not_compile() {
    let mut s = sandbox().session().unwrap();
    let err = s.exec("print('ran')\n)").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert!(err.output().unwrap().stdout.is_empty());
}

#[test]
fn nul_byte_in_source_is_a_syntax_error() {
    let err = sandbox().run("x = 1\ny = 2\0\n").unwrap_err();
    match err {
        Error::Syntax { error, .. } => {
            assert_eq!((error.line, error.column), (2, 6));
            assert!(error.message.contains("null bytes"), "{}", error.message);
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn invalid_utf8_source_is_a_syntax_error() {
    let err = mpsandbox::decode_source("f.py", b"x = 1\ny = '\xff'\n").unwrap_err();
    match err {
        Error::Syntax { error, .. } => {
            assert_eq!((error.line, error.column), (2, 6));
            assert_eq!(error.filename, "f.py");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn sys_exit_zero_is_success_and_nonzero_is_an_exception() {
    let out = sandbox().run("import sys\nprint('x')\nsys.exit()\nprint('not reached')").unwrap();
    assert_eq!(out.stdout_text(), "x\n");
    sandbox().run("import sys\nsys.exit(0)").unwrap();
    let err = sandbox().run("import sys\nsys.exit(3)").unwrap_err();
    assert_eq!(err.type_name(), "SystemExit");
    assert_eq!(err.message(), "3");
}

#[test]
fn exec_file_names_the_file_in_tracebacks() {
    let mut s = sandbox().session().unwrap();
    let err = s.exec_file("job.py", "print(__file__)\nraise RuntimeError('stop')").unwrap_err();
    assert_eq!(err.output().unwrap().stdout_text(), "job.py\n");
    assert!(err.traceback().contains("File \"job.py\", line 2, in <module>"), "{}", err.traceback());
}

#[test]
fn eval_of_statement_is_a_syntax_error_and_eval_returns_repr() {
    let mut s = sandbox().session().unwrap();
    assert_eq!(s.eval("x = 1").unwrap_err().kind(), ErrorKind::Syntax);
    assert_eq!(s.eval("'a\\n' * 2").unwrap().value.as_deref(), Some("'a\\na\\n'"));
    assert_eq!(s.eval("print('side effect')").unwrap().stdout_text(), "side effect\n");
}

#[test]
fn identity_describes_the_interpreter() {
    let mut s = sandbox().session().unwrap();
    let id = s.identity().unwrap();
    assert_eq!(id.implementation, "micropython");
    assert_eq!(id.version, "1.25.0");
    assert!(id.language_version.starts_with("3.4.0; MicroPython v1.25.0"), "{}", id.language_version);
    assert_eq!(id.source, "debian micropython 1.25.0+ds-1");
    for m in ["sys", "math", "json", "re", "random", "hashlib", "os", "time", "gc"] {
        assert!(id.modules.iter().any(|x| x == m), "missing module {m} in {:?}", id.modules);
    }
    for m in ["socket", "_thread", "ffi", "machine", "uctypes"] {
        assert!(!id.modules.iter().any(|x| x == m), "unexpected module {m}");
    }
}

#[test]
fn output_over_the_cap_stops_the_call_and_keeps_the_prefix() {
    let sb = Sandbox::builder().max_output(1000).build().unwrap();
    let mut s = sb.session().unwrap();
    let err = s.exec("while True:\n    print('y' * 99)").unwrap_err();
    assert_eq!(err.limit(), Some(LimitKind::Output));
    assert_eq!(err.kind(), ErrorKind::Limit);
    let out = err.output().unwrap();
    assert_eq!(out.stdout.len(), 1000);
    assert!(out.stdout.iter().all(|&b| b == b'y' || b == b'\n'));
    assert!(s.is_poisoned());
    assert!(matches!(s.exec("1"), Err(Error::Poisoned)));
    s.reset().unwrap();
    assert_eq!(s.eval("2 + 2").unwrap().value.as_deref(), Some("4"));
}

#[test]
fn output_cap_counts_stdout_and_stderr_together() {
    let sb = Sandbox::builder().max_output(100).build().unwrap();
    let err = sb.run("import sys\nprint('o' * 60)\nsys.stderr.write('e' * 60)").unwrap_err();
    let out = err.output().unwrap();
    assert_eq!(out.stdout.len() + out.stderr.len(), 100);
}

#[test]
fn binary_output_passes_through_unchanged() {
    let out = sandbox().run("import sys\nsys.stdout.buffer.write(bytes(range(256)))").unwrap();
    assert_eq!(out.stdout, (0u8..=255).collect::<Vec<_>>());
}

#[test]
fn expected_modules_work() {
    let code = r#"
import math, cmath, json, re, random, struct, binascii, hashlib, collections, heapq, array, io, time, os, gc, micropython, sys
assert math.isclose(math.sqrt(2) ** 2, 2)
assert abs(cmath.exp(1j * math.pi) + 1) < 1e-12
assert json.loads(json.dumps({"a": [1, 2.5, None, True]})) == {"a": [1, 2.5, None, True]}
assert re.match(r"(\w+)@(\w+)", "me@host").group(2) == "host"
random.seed(7); a = random.random(); random.seed(7); assert a == random.random()
assert struct.unpack("<I", struct.pack("<I", 0xdeadbeef))[0] == 0xdeadbeef
assert binascii.hexlify(b"\x01\xff") == b"01ff"
assert binascii.hexlify(hashlib.sha256(b"abc").digest()) == b"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
d = collections.OrderedDict(); d["z"] = 1; d["a"] = 2; assert list(d) == ["z", "a"]
h = [5, 1, 3]; heapq.heapify(h); assert heapq.heappop(h) == 1
assert array.array("i", [1, 2, 3])[2] == 3
s = io.StringIO(); s.write("hi"); assert s.getvalue() == "hi"
t0 = time.ticks_ms(); assert time.time() > 1.7e9
assert len(os.urandom(8)) == 8
gc.collect(); assert micropython.const(3) == 3
assert sys.platform == "wasi"
assert 2 ** 100 == 1267650600228229401496703205376
print("ok")
"#;
    assert_eq!(sandbox().run(code).unwrap().stdout_text(), "ok\n");
}

#[test]
fn forbidden_modules_are_absent() {
    for m in ["socket", "_thread", "ffi", "machine", "uctypes", "ssl"] {
        let err = sandbox().run(&format!("import {m}")).unwrap_err();
        assert_eq!(err.type_name(), "ModuleNotFoundError", "import {m}");
    }
}

#[test]
fn no_files_are_reachable_without_a_grant() {
    let out = sandbox().run("import os\nprint(os.listdir('/'))\ntry:\n    open('/etc/passwd')\nexcept OSError as e:\n    print('denied', e.errno)").unwrap();
    assert_eq!(out.stdout_text(), "[]\ndenied 2\n");
}

#[test]
fn sleep_blocks_in_the_host() {
    let out = sandbox()
        .run("import time\nt = time.ticks_ms()\ntime.sleep(0.05)\nprint(time.ticks_diff(time.ticks_ms(), t) >= 50)")
        .unwrap();
    assert_eq!(out.stdout_text(), "True\n");
    assert!(out.stats.duration.as_millis() >= 50);
}

#[test]
fn deep_python_recursion_is_a_catchable_runtime_error() {
    let code = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print('caught', e)";
    let out = sandbox().run(code).unwrap();
    assert!(out.stdout_text().starts_with("caught maximum recursion depth exceeded"), "{}", out.stdout_text());
}

#[test]
fn running_the_same_source_again_runs_it_afresh() {
    // Recently compiled sources are reused; each run must still make new
    // objects, see current globals and name its own file in tracebacks.
    let mut s = sandbox().session().unwrap();
    s.exec("runs = []").unwrap();
    let body = "items = []\nitems.append(len(runs))\nruns.append(items)\ndef f():\n    return len(runs)";
    for _ in 0..3 {
        s.exec(body).unwrap();
    }
    assert_eq!(s.eval("runs").unwrap().value.as_deref(), Some("[[0], [1], [2]]"));
    assert_eq!(s.eval("runs[0] is runs[1], f()").unwrap().value.as_deref(), Some("(False, 3)"));
    for name in ["a.py", "b.py"] {
        let err = s.exec_file(name, "1/0").unwrap_err();
        assert!(err.to_string().contains(&format!("File \"{name}\", line 1")), "{err}");
    }
    assert_eq!(s.eval("len(runs)").unwrap().value.as_deref(), Some("3"));
    s.exec("len = lambda x: 42").unwrap();
    assert_eq!(s.eval("len(runs)").unwrap().value.as_deref(), Some("42"));
    let err = s.exec("x = (").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Syntax);
    assert_eq!(s.exec("x = (").unwrap_err().kind(), ErrorKind::Syntax);
}
