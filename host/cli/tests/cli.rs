//! The CLI contract scripts rely on: flags, the `--json` shape, exit codes.

mod common;

use common::{json_of, mpsandbox, text, with_stdin};
use serde_json::Value;

#[test]
fn dash_c_prints_from_micropython() {
    let out = mpsandbox(&["-c", "print(sum(range(10)))"]);
    assert_eq!(text(&out.stdout), "45\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn exception_prints_a_traceback_and_exits_1() {
    let out = mpsandbox(&["-c", "print('partial')\n[][3]"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "partial\n");
    let err = text(&out.stderr);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.trim_end().ends_with("IndexError: list index out of range"), "{err}");
}

#[test]
fn syntax_error_exits_1() {
    let out = mpsandbox(&["-c", "def ("]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("SyntaxError"), "{}", text(&out.stderr));
}

#[test]
fn json_success_shape() {
    let out = mpsandbox(&["--json", "-c", "import sys\nprint('out')\nprint('err', file=sys.stderr)"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json_of(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["stdout"], "out\n");
    assert_eq!(v["stderr"], "err\n");
    assert_eq!(v["error"], Value::Null);
    assert!(v["stats"]["duration_us"].as_u64().unwrap() > 0);
    assert!(out.stderr.is_empty(), "nothing on stderr with --json: {}", text(&out.stderr));
}

#[test]
fn json_exception_shape() {
    let out = mpsandbox(&["--json", "-c", "print(1)\nraise ValueError('no good')"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json_of(&out);
    assert_eq!(v["ok"], false);
    assert_eq!(v["stdout"], "1\n");
    let e = &v["error"];
    assert_eq!(e["kind"], "exception");
    assert_eq!(e["type"], "ValueError");
    assert_eq!(e["message"], "no good");
    let tb = e["traceback"].as_str().unwrap();
    assert!(tb.contains("line 2"), "{tb}");
    assert!(tb.trim_end().ends_with("ValueError: no good"), "{tb}");
}

#[test]
fn json_syntax_shape() {
    let out = mpsandbox(&["--json", "-c", "x = = 1"]);
    assert_eq!(out.status.code(), Some(1));
    let e = &json_of(&out)["error"];
    assert_eq!(e["kind"], "syntax");
    assert_eq!(e["type"], "SyntaxError");
    assert_eq!(e["line"], 1);
    assert!(e["column"].as_u64().unwrap() >= 1);
}

#[test]
fn json_limit_shape_and_exit_3() {
    let out = mpsandbox(&["--json", "--max-output", "1K", "-c", "while 1: print('flood')"]);
    assert_eq!(out.status.code(), Some(3));
    let v = json_of(&out);
    assert_eq!(v["error"]["kind"], "limit");
    assert_eq!(v["error"]["limit"], "output");
    assert_eq!(v["stdout"].as_str().unwrap().len(), 1024);
}

#[test]
fn limit_without_json_exits_3_with_a_message() {
    let out = mpsandbox(&["--max-output", "100", "-c", "while 1: print('flood')"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(out.stdout.len(), 100);
    assert!(text(&out.stderr).contains("output limit exceeded"), "{}", text(&out.stderr));
}

#[test]
fn binary_stdout_keeps_json_valid() {
    let out = mpsandbox(&["--json", "-c", "import sys\nsys.stdout.buffer.write(bytes(range(256)))"]);
    let v = json_of(&out);
    assert_eq!(v["ok"], true);
    assert!(v["stdout"].as_str().unwrap().contains('\u{fffd}'));
}

#[test]
fn script_file_is_read_on_the_host() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("job.py");
    std::fs::write(&path, "import sys\nprint('args', len(sys.argv))\nraise KeyError('k')\n").unwrap();
    let out = mpsandbox(&[path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "args 0\n");
    let err = text(&out.stderr);
    assert!(err.contains(&format!("File \"{}\", line 3", path.display())), "{err}");
}

#[test]
fn stdin_program_with_dash() {
    let out = with_stdin(&["-"], b"print(6 * 7)\n");
    assert_eq!(text(&out.stdout), "42\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn invalid_utf8_script_is_a_syntax_error() {
    let out = with_stdin(&["--json", "-"], b"print('ok')\nx = '\xc3\x28'\n");
    assert_eq!(out.status.code(), Some(1));
    let e = &json_of(&out)["error"];
    assert_eq!(e["kind"], "syntax");
    assert_eq!(e["line"], 2);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(mpsandbox(&["--no-such-flag"]).status.code(), Some(2));
    assert_eq!(mpsandbox(&["/definitely/not/here.py"]).status.code(), Some(2));
    assert_eq!(mpsandbox(&["-c", "1", "file.py"]).status.code(), Some(2));
    assert_eq!(mpsandbox(&["--max-output", "lots", "-c", "1"]).status.code(), Some(2));
}

/// Each usage error: exit 2, a message naming the flag, and no Rust panic.
fn usage_error(args: &[&str], says: &str) {
    let out = mpsandbox(args);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(says), "{args:?} should say {says:?}: {stderr}");
    assert!(!stderr.contains("panicked") && !stderr.contains("internal"), "{args:?}: {stderr}");
}

#[test]
fn each_usage_error_exits_2_naming_what_was_wrong() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let file = file.path().to_str().unwrap();
    usage_error(&["--no-such-flag"], "--no-such-flag");
    usage_error(&["/definitely/not/here.py"], "cannot read script file '/definitely/not/here.py'");
    usage_error(&["-c", "1", "file.py"], "cannot be used with");
    usage_error(&["--max-output", "lots", "-c", "1"], "'lots' is not a size");
    usage_error(&["--memory", "12X", "-c", "1"], "unknown unit");
    usage_error(&["--timeout", "soon", "-c", "1"], "'soon' is not a duration");
    usage_error(&["--fuel", "lots", "-c", "1"], "--fuel <N>");
    usage_error(&["--dir", "::/in", "-c", "1"], "is not HOST or HOST::GUEST");
    usage_error(&["--allow-http", "exa_mple.com", "-c", "1"], "not a host name");
    usage_error(&["--allow-http", "example.com:http", "-c", "1"], "the port is not a number");
    // Settings only the sandbox can judge: the same exit code, in CLI terms.
    usage_error(&["--dir", "/definitely/not/here", "-c", "1"], "--dir /definitely/not/here: no such directory");
    usage_error(
        &["--dir-rw", "/definitely/not/here::/x", "-c", "1"],
        "--dir-rw /definitely/not/here: no such directory",
    );
    usage_error(&["--dir", file, "-c", "1"], "not a directory");
    usage_error(&["--memory", "64K", "-c", "1"], "--memory 65536 bytes is too small");
    usage_error(&["--session", "--dir", "/definitely/not/here"], "--dir /definitely/not/here");
    usage_error(&["--repl", "--memory", "64K"], "--memory 65536 bytes is too small");
}

#[test]
fn a_usage_error_with_json_is_a_config_error_object() {
    let out = mpsandbox(&["--json", "--dir", "/definitely/not/here", "-c", "print(1)"]);
    assert_eq!(out.status.code(), Some(2));
    let report = json_of(&out);
    assert_eq!(report["ok"], false);
    assert_eq!(report["error"]["kind"], "config");
    assert_eq!(report["error"]["message"], "--dir /definitely/not/here: no such directory");
}

#[test]
fn help_documents_the_contract() {
    let out = mpsandbox(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for needle in [
        "-c <CODE>",
        "--json",
        "--session",
        "--repl",
        "--max-output",
        "--memory",
        "--timeout",
        "--fuel",
        "\"duration_us\"",
        "\"peak_memory\"",
        "Exit status:",
        "3    a limit was hit",
        "[default: 256M]",
        "[default: 30s]",
    ] {
        assert!(help.contains(needle), "--help lacks {needle:?}:\n{help}");
    }
}

#[test]
fn sys_exit_codes() {
    assert_eq!(mpsandbox(&["-c", "import sys; sys.exit(0)"]).status.code(), Some(0));
    let out = mpsandbox(&["--json", "-c", "import sys; sys.exit(5)"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json_of(&out)["error"]["type"], "SystemExit");
}

/// The compat entry point: run under the name `micropython`, the binary takes
/// the unix port's command line, and its exit statuses.
#[test]
fn invoked_as_micropython_it_speaks_the_unix_port_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("micropython");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_mpsandbox"), &link).unwrap();
    std::fs::write(dir.path().join("helper.py"), "VALUE = 42\n").unwrap();
    std::fs::write(
        dir.path().join("main.py"),
        "import sys, time, helper\nprint(helper.VALUE, sys.stdout.fileno(), time.gmtime(2**31 + 0.5)[:3])\nsys.exit(3)\n",
    )
    .unwrap();
    let run = |args: &[&str]| std::process::Command::new(&link).args(args).current_dir(dir.path()).output().unwrap();
    let out = run(&["-X", "emit=bytecode", "-X", "heapsize=16M", dir.path().join("main.py").to_str().unwrap()]);
    assert_eq!(text(&out.stdout), "42 1 (2038, 1, 19)\n");
    assert_eq!(out.status.code(), Some(3), "sys.exit(3) exits 3, as the unix port does");
    let out = run(&["-c", "1/0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("ZeroDivisionError: divide by zero\n"), "{}", text(&out.stderr));
    // Still a sandbox: only the working directory is granted, read-only.
    let out = run(&["-c", "open('x.txt', 'w')"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path().join("x.txt").exists());
    let out = run(&["-X", "emit=native", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
}
