//! A corpus of attacks, each run through the CLI with `--json`. For every
//! one: a typed error or a clean result, in bounded time, the process ends
//! by itself (no signal, no panic), and granted host files are unchanged.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{json_of, json_run, limit_of, mpsandbox, snapshot, text, with_stdin};
use serde_json::Value;

/// Tight limits so that every attack ends quickly.
const TIGHT: &[&str] = &["--timeout", "3s", "--memory", "64M", "--max-output", "64K"];

/// What a case must end in.
enum Expect {
    Ok(&'static str),
    Exception(&'static str),
    /// OSError or the subclass CPython raises for the errno.
    OsError,
    Syntax,
    Limit(&'static str),
    /// Either of two outcomes is containment (e.g. MemoryError or timeout).
    ExceptionOrLimit(&'static str, &'static str),
    /// A memory bomb: MemoryError, or the memory or timeout limit (some
    /// builders, e.g. padding in str.format, grow a buffer in steps whose
    /// cost is linear, so they run into the timeout first).
    MemoryBomb,
    /// Any typed outcome: a Python exception or any limit.
    Contained,
}

fn check(name: &str, report: &Value, expect: &Expect) {
    let err = &report["error"];
    let ok = match expect {
        Expect::Ok(stdout) => report["ok"] == true && report["stdout"] == *stdout,
        Expect::Exception(t) => err["kind"] == "exception" && err["type"] == *t,
        // OSError or the subclass CPython raises for its errno.
        Expect::OsError => {
            err["kind"] == "exception"
                && [
                    "OSError",
                    "FileNotFoundError",
                    "PermissionError",
                    "FileExistsError",
                    "IsADirectoryError",
                    "NotADirectoryError",
                ]
                .contains(&err["type"].as_str().unwrap_or_default())
        }
        Expect::Syntax => err["kind"] == "syntax",
        Expect::Limit(kind) => limit_of(report) == Some(kind),
        Expect::ExceptionOrLimit(t, kind) => {
            (err["kind"] == "exception" && err["type"] == *t) || limit_of(report) == Some(kind)
        }
        Expect::Contained => err["kind"] == "exception" || err["kind"] == "limit",
        Expect::MemoryBomb => err["type"] == "MemoryError" || matches!(limit_of(report), Some("memory" | "timeout")),
    };
    assert!(ok, "{name}: unexpected outcome {report}");
}

fn run_case(name: &str, flags: &[&str], code: &str, expect: Expect) {
    let mut all = TIGHT.to_vec();
    all.extend_from_slice(flags);
    let started = Instant::now();
    let report = json_run(&all, code);
    assert!(started.elapsed() < Duration::from_secs(30), "{name}: took {:?}", started.elapsed());
    check(name, &report, &expect);
}

/// A directory with a file and a symlink pointing out of it, plus a secret
/// outside it that no case may read.
struct Tree {
    _root: tempfile::TempDir,
    granted: std::path::PathBuf,
}

fn tree() -> Tree {
    let root = tempfile::tempdir().unwrap();
    let granted = root.path().join("granted");
    std::fs::create_dir(&granted).unwrap();
    std::fs::write(granted.join("data.txt"), "public\n").unwrap();
    std::fs::write(root.path().join("secret.txt"), "SECRET\n").unwrap();
    std::os::unix::fs::symlink(root.path().join("secret.txt"), granted.join("link")).unwrap();
    std::os::unix::fs::symlink(root.path(), granted.join("up")).unwrap();
    Tree { _root: root, granted }
}

#[test]
fn file_escapes_are_refused_and_files_unchanged() {
    let t = tree();
    let before = snapshot(t.granted.parent().unwrap());
    let grant = format!("{}::/data", t.granted.display());
    let flags = ["--dir", grant.as_str()];
    let attempts = [
        "open('/etc/passwd').read()",
        "open('/data/../secret.txt').read()",
        "open('/data/../../../../etc/passwd').read()",
        "open('../secret.txt').read()",
        "open('/data/link').read()",
        "open('/data/up/secret.txt').read()",
        "import os\nos.listdir('/data/up')",
        "import os\nos.chdir('/data/up')\nopen('secret.txt').read()",
        "open('/data/data.txt', 'w').write('owned')",
        "open('/data/data.txt', 'a').write('owned')",
        "open('/data/new.txt', 'w')",
        "import os\nos.remove('/data/data.txt')",
        "import os\nos.rename('/data/data.txt', '/data/moved.txt')",
        "import os\nos.mkdir('/data/d')",
        "import os\nos.rmdir('/data')",
        "open('/tmp/escape.txt', 'w')",
        "import os\nos.mkdir('/tmp/escape')",
    ];
    for code in attempts {
        run_case(code, &flags, code, Expect::OsError);
    }
    assert_eq!(snapshot(t.granted.parent().unwrap()), before);
    assert!(!Path::new("/tmp/escape.txt").exists() && !Path::new("/tmp/escape").exists());
}

#[test]
fn nothing_of_the_host_environment_is_visible() {
    run_case(
        "environment",
        &[],
        "import os, sys\nprint(os.getenv('HOME'), dict(os.environ), hasattr(os, 'system'), sys.argv, os.listdir('/'))",
        Expect::Ok("None {} False [] []\n"),
    );
    for module in ["socket", "ssl", "_thread", "ffi", "machine", "subprocess"] {
        run_case(module, &[], &format!("import {module}"), Expect::Exception("ModuleNotFoundError"));
    }
    // select exists for asyncio, over MicroPython stream objects only: a host
    // file descriptor is just an int it cannot poll.
    run_case(
        "select on fds",
        &[],
        "import select\np = select.poll()\np.register(1)\np.poll(0)",
        Expect::Exception("OSError"),
    );
}

#[test]
fn cpu_attacks_hit_fuel_or_timeout() {
    run_case("loop/fuel", &["--fuel", "100000000"], "while True: pass", Expect::Limit("fuel"));
    run_case("loop/timeout", &["--timeout", "1s"], "while True: pass", Expect::Limit("timeout"));
    run_case("sleep", &["--timeout", "1s"], "import time\ntime.sleep(60)", Expect::Limit("timeout"));
    run_case(
        "catching the limit",
        &["--timeout", "1s"],
        "while True:\n    try:\n        while True: pass\n    except BaseException:\n        print('caught')",
        Expect::Limit("timeout"),
    );
    run_case(
        "regex backtracking",
        &["--timeout", "2s"],
        // PCRE2 rejects this subject at once without the 'c' (the
        // required 'b' is missing); with it, the search backtracks
        // exponentially until the call's timeout stops it.
        "import re\nre.match('(a*)*b', 'a' * 40 + 'cb')",
        Expect::Contained,
    );
    run_case(
        "huge power",
        &["--timeout", "2s"],
        "x = 10 ** 10 ** 7",
        Expect::ExceptionOrLimit("MemoryError", "timeout"),
    );
}

#[test]
fn memory_bombs_are_memory_errors_or_limits() {
    let bombs = [
        "x = bytes(10 ** 9)",
        "x = b'a' * (2 ** 30)",
        "x = [0] * (10 ** 9)",
        "x = 'a' * (10 ** 9)",
        "x = '%s' % ('a' * 10 ** 8)",
        "x = '{:>200000000}'.format(1)",
        "x = []\nwhile True: x.append('x' * 10000)",
        "x = {}\ni = 0\nwhile True:\n    x[i] = i\n    i += 1",
        "x = bytearray()\nwhile True: x.extend(bytes(1 << 20))",
    ];
    for code in bombs {
        run_case(code, &[], code, Expect::MemoryBomb);
    }
}

#[test]
fn output_floods_stop_at_the_cap() {
    let v = json_run(&["--max-output", "10K"], "while True: print('x' * 1000)");
    assert_eq!(limit_of(&v), Some("output"));
    assert_eq!(v["stdout"].as_str().unwrap().len(), 10 << 10);
    let v = json_run(&["--max-output", "10K"], "import sys\nwhile True: sys.stderr.write('e' * 99)");
    assert_eq!(limit_of(&v), Some("output"));
    assert_eq!(v["stderr"].as_str().unwrap().len(), 10 << 10);
}

#[test]
fn deep_recursion_of_both_kinds_is_contained() {
    run_case(
        "python recursion",
        &[],
        "def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError:\n    print('caught')",
        Expect::Ok("caught\n"),
    );
    // CPython raises RecursionError (a RuntimeError) here too.
    run_case("json nesting", &[], "import json\njson.loads('[' * 200000)", Expect::Exception("RuntimeError"));
    run_case(
        "repr nesting",
        &[],
        "a = []\nfor i in range(100000): a = [a]\nrepr(a)",
        Expect::Exception("RuntimeError"),
    );
    let literal = format!("x = {}{}", "[".repeat(100_000), "]".repeat(100_000));
    let out = with_stdin(&["--json", "-"], literal.as_bytes());
    check("literal nesting", &json_of(&out), &Expect::Syntax);
    // Source compiled by Python code meets the same nesting limit as the
    // host's (the lexer enforces it for every compile path).
    for code in ["eval('(' * 100000 + ')' * 100000)", "eval('[' * 100000 + ']' * 100000)"] {
        let report = json_run(&["--timeout", "20s"], code);
        assert_eq!(report["error"]["kind"], "syntax", "{code}: {report}");
        assert_eq!(report["error"]["message"], "too many nested parentheses", "{code}: {report}");
    }
    let report = json_run(&["--timeout", "20s"], "eval('-' * 100000 + '1')");
    let kind = report["error"]["kind"].as_str();
    assert!(report["ok"] == true || matches!(kind, Some("exception" | "limit")), "{report}");
}

#[test]
fn hostile_source_bytes_are_syntax_errors() {
    let out = with_stdin(&["--json", "-"], b"x = 1\n\xff\xfe = 2\n");
    assert_eq!(json_of(&out)["error"]["kind"], "syntax");
    let out = with_stdin(&["--json", "-"], b"print('a')\x00print('b')\n");
    let v = json_of(&out);
    assert_eq!(v["error"]["kind"], "syntax");
    assert_eq!(v["stdout"], "", "nothing runs when the source does not compile");
}

#[test]
fn very_long_sources_run() {
    let mut src = "x = 0\n".to_string();
    src.push_str(&"x += 1\n".repeat(200_000));
    src.push_str("print(x)\n");
    let out = with_stdin(&["--json", "-"], src.as_bytes());
    assert_eq!(json_of(&out)["stdout"], "200000\n");
    let src = format!("s = '{}'\nprint(len(s))\n", "a".repeat(256 << 10));
    let out = with_stdin(&["--json", "-"], src.as_bytes());
    assert_eq!(json_of(&out)["stdout"], format!("{}\n", 256 << 10));
    // MicroPython's lexer grows a string token 16 bytes at a time, at a cost
    // linear in its length: a 16 MiB literal is contained by the timeout.
    let src = format!("s = '{}'\n", "a".repeat(16 << 20));
    let out = with_stdin(&["--json", "--timeout", "2s", "-"], src.as_bytes());
    let v = json_of(&out);
    assert!(v["ok"] == true || limit_of(&v) == Some("timeout"), "{v}");
}

#[test]
fn binary_output_keeps_the_json_valid() {
    let v = json_run(
        &[],
        "import sys\nsys.stdout.buffer.write(bytes(range(256)) * 10)\nsys.stderr.buffer.write(b'\\xff\\x00')",
    );
    assert_eq!(v["ok"], true);
    assert!(v["stdout"].as_str().unwrap().contains('\u{fffd}'));
}

#[test]
fn a_limit_does_not_leak_into_the_process_exit() {
    let out = mpsandbox(&["--timeout", "1s", "-c", "while True: pass"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("timeout limit exceeded"), "{}", text(&out.stderr));
}
