//! Other MCP servers' tools as Python functions, against real servers: one
//! written with the official Python SDK (tests/mcp/tool_server.py, over
//! stdio and streamable HTTP) and `mpsandbox mcp` itself as a downstream
//! server; through the library (`McpTools`, `SandboxBuilder::mcp_tools`), the
//! CLI (`--tools-from`) and the MCP server. The misbehaving servers (a hang, a
//! crash, a huge result, a schema that lies, a flood of calls) end in typed
//! Python exceptions or limits, and the sandbox serves on.

mod common;

use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mpsandbox::{ConfigError, Error, LimitKind, McpServer, McpTools, Sandbox};

use common::{json_run, text};

fn tracker_server() -> McpServer {
    let python = common::mcp_python();
    let script = common::repo_root().join("tests/mcp/tool_server.py");
    McpServer::command(python.to_string_lossy(), [script.to_string_lossy().into_owned(), "stdio".into()])
}

fn tracker() -> McpTools {
    McpTools::connect("tracker", tracker_server()).unwrap()
}

fn sandbox(tools: &McpTools) -> Sandbox {
    Sandbox::builder().mcp_tools(tools).timeout(Some(Duration::from_secs(20))).build().unwrap()
}

/// Runs `code` in a fresh session; its stdout, or the error's text.
fn run(sandbox: &Sandbox, code: &str) -> String {
    match sandbox.run(code) {
        Ok(out) => out.stdout_text(),
        Err(e) => panic!("{e}"),
    }
}

/// Python printing the repr of each expression in `cases`, or `type:
/// message` for what it raises, one line each.
fn outcomes(cases: &[&str]) -> String {
    let mut code = String::from("import tools, host\nfrom tools.tracker import *\n");
    for case in cases {
        code += &format!(
            "try:\n    print(repr({case}))\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e).replace('\\n', ' / '))\n"
        );
    }
    code
}

#[test]
fn tools_are_python_functions_with_their_results_as_values() {
    let tools = tracker();
    let out = run(
        &sandbox(&tools),
        "from tools.tracker import search_issues, get_issue, shout, list_labels\nimport tools, tools.tracker\n\
         bugs = search_issues('crash')\n\
         print([i['number'] for i in bugs], search_issues(query='add', state='closed')[0]['title'])\n\
         print(get_issue(3)['labels'], shout('hi'), list_labels())\n\
         print(tools.call('tracker', '9 lives'), tools.servers(), tools.tracker.count() >= 1)",
    );
    assert_eq!(
        out,
        "[1, 3] Add CSV export\n['bug', 'network'] HI! ['bug', 'feature', 'network']\nmeow ['tracker'] True\n"
    );
    let names: Vec<Option<String>> = tools.tools().into_iter().map(|t| t.python_name).collect();
    assert!(names.contains(&Some("list_labels".into())) && names.contains(&None), "{names:?}");
}

#[test]
fn describe_gives_the_model_each_signature() {
    let tools = tracker();
    let text = tools.describe();
    for line in [
        "# tools.tracker: 11 tools from the MCP server 'tracker' (issue-tracker 1.0)",
        "def search_issues(query: str, state: Literal['open', 'closed'] = 'open', limit: int = 10) -> list[dict]:",
        "    \"\"\"Search the tracker's issues whose title contains `query`.\"\"\"",
        "def list_labels() -> list[str]:",
        "# Not a Python name: call as tools.call(\"tracker\", \"9 lives\", ...)",
        "# Unusable: the server's input schema is not valid JSON Schema",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    // Python sees the same text.
    let out = run(&sandbox(&tools), "import tools\nprint(tools.describe(), end='')");
    assert_eq!(out, text);
}

#[test]
fn arguments_are_checked_against_the_schema_before_the_server_sees_them() {
    let out = run(
        &sandbox(&tracker()),
        &outcomes(&[
            "search_issues()",
            "search_issues('a', 'open', 3, 4)",
            "search_issues('a', limit='many')",
            "search_issues('a', state='stale')",
            "search_issues('a', colour='red')",
            "search_issues('a', query='b')",
            "search_issues('zzz', limit=None)",
            "tools.tracker.nope",
        ]),
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "TypeError: tracker.search_issues(): missing 1 required argument: 'query'");
    assert_eq!(lines[1], "TypeError: tracker.search_issues(): takes 3 positional arguments but 4 were given");
    assert_eq!(
        lines[2],
        "TypeError: tracker.search_issues(): arguments do not match the tool's input schema at /limit: \"many\" is not of type \"integer\""
    );
    assert!(
        lines[3].starts_with("TypeError: tracker.search_issues(): arguments do not match")
            && lines[3].contains("/state")
    );
    assert_eq!(lines[4], "TypeError: tracker.search_issues(): got an unexpected keyword argument 'colour'");
    assert_eq!(lines[5], "TypeError: tracker.search_issues(): got multiple values for argument 'query'");
    // None for an optional parameter leaves it out, as a Python default.
    assert_eq!(lines[6], "[]");
    assert!(lines[7].starts_with("AttributeError: tools.tracker has no tool 'nope' (it has: broken_schema, count"));
}

#[test]
fn failing_tools_raise_host_error_with_the_servers_message() {
    let out = run(
        &sandbox(&tracker()),
        &outcomes(&[
            "get_issue(99)",
            "lies('x')",
            "broken_schema(1)",
            "tools.call('tracker', 'nope')",
            "tools.describe('gitlab')",
        ]),
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "HostError: tracker.get_issue: Error executing tool get_issue: no issue #99");
    // The schema said str: the host let it through, the server refused it.
    assert!(lines[1].starts_with("HostError: tracker.lies: ") && lines[1].contains("lies"), "{out}");
    assert!(
        lines[2].starts_with("HostError: tracker.broken_schema: the server's input schema is not valid JSON Schema"),
        "{out}"
    );
    assert_eq!(lines[3], "HostError: the MCP server 'tracker' has no tool 'nope'");
    assert_eq!(lines[4], "ValueError: no MCP server 'gitlab' is connected (connected: tracker)");
}

#[test]
fn a_crashed_server_is_started_again_on_the_next_call() {
    let sandbox = sandbox(&tracker());
    let out = run(&sandbox, &outcomes(&["count()", "crash()", "count()", "count()"]));
    assert_eq!(
        out,
        "1\nHostError: tracker.crash: the MCP server closed the connection (it is reconnected on the next call)\n1\n2\n"
    );
}

#[test]
fn a_server_that_hangs_ends_at_a_timeout_and_the_sandbox_serves_on() {
    let tools = tracker();
    let short = Sandbox::builder().mcp_tools(&tools).timeout(Some(Duration::from_secs(1))).build().unwrap();
    let started = Instant::now();
    match short.run("from tools.tracker import hang\nprint('waiting')\nhang(60)") {
        Err(Error::Limit { kind: LimitKind::Timeout, output, .. }) => assert_eq!(output.stdout_text(), "waiting\n"),
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    // The tool's own deadline is a HostError the program can catch.
    let impatient =
        McpTools::builder("tracker", tracker_server()).call_timeout(Duration::from_millis(300)).connect().unwrap();
    let out = run(&sandbox(&impatient), &outcomes(&["hang(60)", "count()"]));
    assert_eq!(out, "HostError: tracker.hang: the MCP server did not answer within 300ms\n1\n");
    // The first connection serves on too.
    assert_eq!(run(&short, "from tools.tracker import shout\nprint(shout('still here'))"), "STILL HERE!\n");
}

#[test]
fn huge_results_and_floods_of_calls_are_limits() {
    let tools = McpTools::builder("tracker", tracker_server()).max_calls(50).connect().unwrap();
    let code = "import host\nfrom tools.tracker import count, huge\n\
                try:\n    huge(2_000_000)\nexcept host.HostLimitError as e:\n    print(e)\n\
                print(len(huge(1000)))\nn = 0\n\
                try:\n    for _ in range(10**6):\n        count()\n        n += 1\nexcept host.HostLimitError as e:\n    print(n, e)";
    let out = run(&sandbox(&tools), code);
    assert_eq!(
        out,
        "the host call result is 2000002 bytes, over the 1048576-byte cap\n1000\n\
         48 more than 50 calls to the tools of 'tracker' in one call\n"
    );
    // A message too big for any result closes the connection at once
    // instead of waiting out a timeout; the next call connects again.
    let started = Instant::now();
    let out = run(&sandbox(&tools), &outcomes(&["huge(20_000_000)", "count()"]));
    assert!(out.starts_with("HostError: tracker.huge: the MCP server sent a message over 17825792 bytes"), "{out}");
    assert!(out.ends_with("\n1\n") && started.elapsed() < Duration::from_secs(15), "{out}");
    // Without a server budget the sandbox's host-call cap stops the flood.
    let out = run(&sandbox(&tracker()), "import host\nfrom tools.tracker import count\ntry:\n    for _ in range(10**6):\n        count()\nexcept host.HostLimitError as e:\n    print(e)");
    assert_eq!(out, "more than 1000 host calls in one call\n");
}

#[test]
fn servers_that_cannot_serve_are_configuration_errors() {
    let refused = |name: &str, server: McpServer| match McpTools::builder(name, server)
        .connect_timeout(Duration::from_secs(2))
        .connect()
    {
        Err(Error::Config(ConfigError::ToolServer { server, reason })) => format!("{server}: {reason}"),
        other => panic!("{other:?}"),
    };
    for name in ["bad name", "class", "describe", "tools__x", "_private", "host"] {
        let why = refused(name, tracker_server());
        assert!(why.contains("name"), "{why}");
    }
    assert!(
        refused("x", McpServer::command("/nonexistent/server", [""; 0])).contains("cannot start '/nonexistent/server'")
    );
    let started = Instant::now();
    let why = refused("x", McpServer::command("sleep", ["30"]));
    assert_eq!(why, "x: did not answer the MCP handshake within 2s");
    assert!(started.elapsed() < Duration::from_secs(10));
    let why = refused("x", McpServer::url("http://127.0.0.1:1/mcp"));
    assert!(why.starts_with("x: failed the MCP handshake"), "{why}");
}

/// tool_server.py over streamable HTTP on a free loopback port.
struct HttpToolServer(Child, u16);

impl HttpToolServer {
    fn start() -> HttpToolServer {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let script = common::repo_root().join("tests/mcp/tool_server.py");
        let child = Command::new(common::mcp_python())
            .arg(script)
            .args(["http", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "the HTTP tool server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        HttpToolServer(child, port)
    }
}

impl Drop for HttpToolServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_streamable_http_server_serves_the_same_tools() {
    let server = HttpToolServer::start();
    let tools = McpTools::connect("remote", McpServer::url(format!("http://127.0.0.1:{}/mcp", server.1))).unwrap();
    let out = run(
        &sandbox(&tools),
        "from tools.remote import search_issues, get_issue\nprint(len(search_issues('crash')), get_issue(2)['state'])",
    );
    assert_eq!(out, "2 closed\n");
}

#[test]
fn mpsandbox_mcp_serves_as_a_downstream_tool_server() {
    let inner = McpServer::command(env!("CARGO_BIN_EXE_mpsandbox"), ["mcp"]);
    let tools = McpTools::connect("inner", inner).unwrap();
    assert!(tools.describe().contains("def run_python(code: str"), "{}", tools.describe());
    let out = run(
        &sandbox(&tools),
        "from tools.inner import run_python\nr = run_python(code='print(6 * 7)')\nprint(r['ok'], r['stdout'], end='')",
    );
    assert_eq!(out, "True 42\n");
}

#[test]
fn the_cli_grants_tools_from_a_command() {
    let python = common::mcp_python();
    let script = common::repo_root().join("tests/mcp/tool_server.py");
    let spec = format!("tracker={} {} stdio", python.display(), script.display());
    let report =
        json_run(&["--tools-from", &spec, "--max-tool-calls", "2"], &outcomes(&["count()", "count()", "count()"]));
    assert_eq!(
        report["stdout"], "1\n2\nHostLimitError: more than 2 calls to the tools of 'tracker' in one call\n",
        "{report}"
    );
    let out = common::mpsandbox(&["--tools-from", "x=/nonexistent/server", "-c", "pass"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("tool server 'x': cannot start '/nonexistent/server'"), "{}", text(&out.stderr));
}

#[test]
fn an_agent_calls_tools_from_run_python_through_mpsandbox_mcp() {
    let out = Command::new(common::mcp_python())
        .arg(common::repo_root().join("tests/mcp/drive.py"))
        .args(["tools", env!("CARGO_BIN_EXE_mpsandbox")])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "drive.py tools failed:\n{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains("\"checks\": \"passed\""), "{stdout}");
}

#[test]
fn the_agent_example_matches_its_recorded_transcript() {
    let out = Command::new(common::mcp_python())
        .arg(common::repo_root().join("examples/agent-code-mode/run.py"))
        .arg("--check")
        .env("MPSANDBOX_BINARY", env!("CARGO_BIN_EXE_mpsandbox"))
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "run.py --check failed:\n{stdout}\n{}", text(&out.stderr));
    for fact in [
        "The API received the token on every request: True",
        "The token appears in nothing the model was shown: True",
        "Issue titles (tool output the program did not print) reached the model: False",
    ] {
        assert!(stdout.contains(fact), "{stdout}");
    }
}
