//! Persistent sessions from the command line: `--session` (JSON lines over a
//! pipe), the interactive prompt, Ctrl-C, grant order and concurrent runs.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::{command, mpsandbox, text, with_stdin};
use serde_json::{json, Value};

fn replies(out: &std::process::Output) -> Vec<Value> {
    text(&out.stdout).lines().map(common::parse_outcome).collect()
}

#[test]
fn session_keeps_state_between_requests() {
    let requests = [
        json!({"id": 1, "code": "x = 40"}),
        json!({"id": 2, "eval": "x + 2"}),
        json!({"id": "three", "code": "print(x)\nraise ValueError('bad')"}),
        json!({"code": "print('still', x)"}),
    ];
    let input: String = requests.iter().map(|r| format!("{r}\n")).collect();
    let out = with_stdin(&["--session"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let r = replies(&out);
    assert_eq!(r.len(), 4);
    assert_eq!((r[0]["id"].clone(), r[0]["ok"].clone()), (json!(1), json!(true)));
    assert_eq!(r[1]["value"], "42");
    assert_eq!(r[2]["id"], "three");
    assert_eq!(r[2]["stdout"], "40\n");
    assert_eq!(r[2]["error"]["type"], "ValueError");
    assert_eq!(r[3]["stdout"], "still 40\n");
    assert!(r[3]["stats"]["fuel"].is_null(), "without --fuel the session runs unmetered: {}", r[3]);
}

#[test]
fn session_resets_after_a_limit_and_says_so() {
    let input = [
        json!({"code": "x = 1"}),
        json!({"code": "while True: pass"}),
        json!({"code": "print('x' in globals())"}),
        json!({"code": "y = 2"}),
        json!({"reset": true}),
        json!({"code": "print('y' in globals())"}),
    ]
    .iter()
    .map(|r| format!("{r}\n"))
    .collect::<String>();
    let out = with_stdin(&["--session", "--fuel", "10000000"], input.as_bytes());
    let r = replies(&out);
    assert_eq!(r[1]["error"]["limit"], "fuel");
    assert_eq!(r[1]["reset"], true);
    assert_eq!(r[2]["stdout"], "False\n");
    assert_eq!(r[4]["reset"], true);
    assert_eq!(r[5]["stdout"], "False\n");
}

#[test]
fn session_answers_bad_requests_and_goes_on() {
    let input = b"not json\n[1, 2]\n{\"code\": 5}\n{\"what\": 1}\n\xff\xfe\n\n{\"code\": \"print('fine')\"}\n";
    let out = with_stdin(&["--session"], input);
    let r = replies(&out);
    assert_eq!(r.len(), 6, "{r:?}");
    for bad in &r[..5] {
        assert_eq!(bad["ok"], false);
        assert_eq!(bad["error"]["kind"], "request");
    }
    assert_eq!(r[5]["stdout"], "fine\n");
}

fn session_lines(flags: &[&str], requests: &[Value]) -> Vec<Value> {
    let input: String = requests.iter().map(|r| format!("{r}\n")).collect();
    let mut args = vec!["--session"];
    args.extend_from_slice(flags);
    let out = with_stdin(&args, input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    replies(&out)
}

#[test]
fn a_paused_run_is_saved_by_one_process_and_resumed_by_another() {
    let dir = std::env::temp_dir().join(format!("mpsandbox-paused-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("run.snap").to_str().unwrap().to_string();
    let code =
        "from host import approve\nprint('asking')\nok = approve(250, reason='refund')\nprint('ok' if ok else 'no')";
    let first = session_lines(
        &["--pausing", "approve"],
        &[json!({"id": 1, "start": code}), json!({"id": 2, "code": "x = 1"}), json!({"id": 3, "save": file})],
    );
    assert_eq!(first[0]["stdout"], "asking\n");
    assert_eq!(
        first[0]["paused"],
        json!([{"id": 1, "name": "approve", "args": [250], "kwargs": {"reason": "refund"}, "awaited": false}])
    );
    assert_eq!(first[1]["error"]["kind"], "request", "code while paused is refused: {}", first[1]);
    assert_eq!(first[2]["ok"], true);
    let second = session_lines(
        &["--pausing", "approve"],
        &[
            json!({"load": file}),
            json!({"resume": [{"id": 9, "value": true}]}),
            json!({"resume": [{"id": 1}]}),
            json!({"resume": [{"id": 1, "value": true}]}),
            json!({"resume": [{"id": 1, "value": true}]}),
        ],
    );
    assert_eq!(second[0]["paused"][0]["name"], "approve", "the loaded session lists its calls: {}", second[0]);
    assert!(second[1]["error"]["message"].as_str().unwrap().contains("no paused call has id 9"), "{}", second[1]);
    assert_eq!(second[2]["error"]["kind"], "request", "an answer needs a value or an error");
    assert_eq!((second[3]["ok"].clone(), second[3]["stdout"].clone()), (json!(true), json!("ok\n")));
    assert!(second[3].get("paused").is_none());
    assert_eq!(second[4]["error"]["message"], "no run is paused in this session");
    // An error answer is raised at the call site; cancel abandons a run.
    let third = session_lines(
        &["--pausing", "approve"],
        &[
            json!({"start": "from host import approve\ntry:\n    approve()\nexcept Exception as e:\n    print(type(e).__name__, e)"}),
            json!({"resume": [{"id": 1, "error": "over budget", "kind": "limit"}]}),
            json!({"start": "from host import approve\napprove()"}),
            json!({"cancel": true}),
            json!({"code": "print('free')"}),
            json!({"load": dir.join("missing").to_str().unwrap()}),
        ],
    );
    assert_eq!(third[1]["stdout"], "HostLimitError over budget\n");
    assert_eq!(third[3]["ok"], true);
    assert_eq!(third[4]["stdout"], "free\n");
    assert_eq!(third[5]["error"]["kind"], "request");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn saved_sessions_are_signed_with_the_key_file_and_checked_on_load() {
    let dir = std::env::temp_dir().join(format!("mpsandbox-signed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = |name: &str| dir.join(name).to_str().unwrap().to_string();
    std::fs::write(path("key"), [7u8; 32]).unwrap();
    std::fs::write(path("other-key"), [9u8; 32]).unwrap();
    let run = |key: Option<&str>, requests: &[Value]| {
        let input: String = requests.iter().map(|r| format!("{r}\n")).collect();
        let mut cmd = command();
        cmd.args(["--session", "--pausing", "approve"]);
        match key {
            Some(k) => cmd.env("MPSANDBOX_SNAPSHOT_KEY_FILE", path(k)),
            None => cmd.env_remove("MPSANDBOX_SNAPSHOT_KEY_FILE"),
        };
        let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        replies(&child.wait_with_output().unwrap())
    };
    let start = json!({"start": "from host import approve\nprint(approve())"});
    run(Some("key"), &[start.clone(), json!({"save": path("signed.snap")})]);
    run(None, &[start, json!({"save": path("unsigned.snap")})]);
    let refused = |key: &str, file: &str| {
        let r = run(Some(key), &[json!({"load": path(file)})]);
        assert_eq!(r[0]["error"]["kind"], "invalid_snapshot", "{}", r[0]);
        r[0]["error"]["message"].as_str().unwrap().to_string()
    };
    assert!(refused("other-key", "signed.snap").contains("another key"));
    assert!(refused("key", "unsigned.snap").contains("not signed"));
    let r = run(Some("key"), &[json!({"load": path("signed.snap")}), json!({"resume": [{"id": 1, "value": "yes"}]})]);
    assert_eq!(r[1]["stdout"], "yes\n", "{}", r[1]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn repl_prints_expression_values_and_keeps_state() {
    let input =
        "x = 6\nx * 7\nNone\ndef f(a):\n    return a + 1\n\nf(x)\nfor i in range(2):\n    print(i)\n\n1/0\n[1,\n 2]\n";
    let out = with_stdin(&["--repl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    for expected in ["42\n", "7\n", "0\n1\n", "[1, 2]\n"] {
        assert!(stdout.contains(expected), "{expected:?} missing from {stdout:?}");
    }
    assert!(!stdout.contains("None"), "{stdout}");
    assert!(text(&out.stderr).contains("ZeroDivisionError"), "{}", text(&out.stderr));
}

fn spawn_repl() -> Child {
    command()
        .args(["--repl", "--timeout", "20s"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn sigint(child: &Child) {
    let status = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
}

#[test]
fn ctrl_c_stops_the_running_entry_and_the_prompt_goes_on() {
    let mut child = spawn_repl();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    writeln!(stdin, "print('start')\nwhile True: pass\n").unwrap();
    let mut line = String::new();
    while !line.contains("start") {
        line.clear();
        assert!(stdout.read_line(&mut line).unwrap() > 0, "REPL ended early");
    }
    std::thread::sleep(Duration::from_millis(300));
    sigint(&child);
    writeln!(stdin, "print('alive')").unwrap();
    drop(stdin);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(rest.contains("alive"), "{rest}");
    assert!(text(&out.stderr).contains("KeyboardInterrupt"), "{}", text(&out.stderr));
}

#[test]
fn ctrl_c_ends_a_one_shot_run_with_status_130() {
    let mut child = command()
        .args(["--timeout", "none", "-c", "import time\nprint('sleeping')\ntime.sleep(60)"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The guest printed, so the interrupt handler is in place.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "sleeping\n");
    let started = Instant::now();
    sigint(&child);
    let out = child.wait_with_output().unwrap();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(out.status.code(), Some(130));
    assert_eq!(text(&out.stderr), "KeyboardInterrupt\n");
}

#[test]
fn the_first_grant_on_the_command_line_is_the_working_directory() {
    let ro = tempfile::tempdir().unwrap();
    let rw = tempfile::tempdir().unwrap();
    let ro_grant = format!("{}::/ro", ro.path().display());
    let rw_grant = format!("{}::/rw", rw.path().display());
    let out = mpsandbox(&["--dir-rw", &rw_grant, "--dir", &ro_grant, "-c", "import os\nprint(os.getcwd())"]);
    assert_eq!(text(&out.stdout), "/rw\n");
    let out = mpsandbox(&["--dir", &ro_grant, "--dir-rw", &rw_grant, "-c", "import os\nprint(os.getcwd())"]);
    assert_eq!(text(&out.stdout), "/ro\n");
}

#[test]
fn concurrent_runs_with_a_short_timeout_all_succeed() {
    // The timeout counts guest time only: processes competing for two cores
    // while starting up must not time out.
    let children: Vec<Child> = (0..8)
        .map(|_| {
            command()
                .env("MPSANDBOX_CACHE_DIR", "")
                .args(["--timeout", "1s", "-c", "print(1)"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout), "1\n");
    }
}
