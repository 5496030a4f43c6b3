"""Other MCP servers' tools as Python functions (Sandbox(tools=...)), against
a real server written with the official Python SDK (tests/mcp/tool_server.py,
over stdio and streamable HTTP), misbehaving tools included: each ends in a
typed exception or limit, and the sandbox serves on."""

import pickle
import socket
import subprocess
import time

import pytest

import mpsandbox
from mpsandbox import ConfigurationError, McpServer, Sandbox


@pytest.fixture(scope="module")
def tracker(tracker_command):
    """A sandbox granting the tool server as tools.tracker. Tests that count
    calls (count(), crash()) make their own, so the order does not matter."""
    return Sandbox(tools={"tracker": tracker_command}, timeout=20)


def outcomes(cases):
    """Python printing repr() of each expression in `cases`, or `Type: message`
    for what it raises, one per line."""
    code = "import tools, host\nfrom tools.tracker import *\n"
    for case in cases:
        code += f"try:\n    print(repr({case}))\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))\n"
    return code


COUNT_UNTIL_STOPPED = (
    "import host\nfrom tools.tracker import count\nn = 0\n"
    "try:\n    for _ in range(10**6):\n        count()\n        n += 1\n"
    "except host.HostLimitError as e:\n    print(n, e)"
)


def test_tools_are_python_functions_returning_their_results_as_values(tracker):
    out = tracker.run(
        "from tools.tracker import search_issues, get_issue, shout, list_labels\nimport tools\n"
        "bugs = search_issues('crash')\n"
        "print([i['number'] for i in bugs], search_issues(query='add', state='closed')[0]['title'])\n"
        "print(get_issue(3)['labels'], shout('hi'), list_labels())\n"
        "print(tools.call('tracker', '9 lives'), tools.servers())"
    )
    # Structured results are values, a text result a str, a dashed name an
    # identifier, a name Python cannot spell reachable through tools.call.
    assert out.stdout == (
        "[1, 3] Add CSV export\n['bug', 'network'] HI! ['bug', 'feature', 'network']\nmeow ['tracker']\n"
    )


def test_bad_arguments_are_type_errors_and_failing_tools_host_errors(tracker):
    lines = tracker.run(
        outcomes(
            [
                "search_issues()",
                "search_issues('a', limit='many')",
                "search_issues('a', colour='red')",
                "get_issue(99)",
                "tools.call('tracker', 'nope')",
            ]
        )
    ).stdout.splitlines()
    assert lines == [
        "TypeError: tracker.search_issues(): missing 1 required argument: 'query'",
        "TypeError: tracker.search_issues(): arguments do not match the tool's input schema at /limit: "
        '"many" is not of type "integer"',
        "TypeError: tracker.search_issues(): got an unexpected keyword argument 'colour'",
        "HostError: tracker.get_issue: Error executing tool get_issue: no issue #99",
        "HostError: the MCP server 'tracker' has no tool 'nope'",
    ]
    # Uncaught, the server's message is the run's error.
    with pytest.raises(mpsandbox.PythonError) as e:
        tracker.run("from tools.tracker import get_issue\nget_issue(99)")
    assert e.value.type == "HostError"
    assert e.value.message == "tracker.get_issue: Error executing tool get_issue: no issue #99"


def test_every_session_of_a_sandbox_shares_its_connection(tracker_command):
    sandbox = Sandbox(tools={"tracker": tracker_command})
    count = "from tools.tracker import count\nprint(count())"
    with sandbox.session() as first, sandbox.session() as second:
        assert [first.exec(count).stdout, second.exec(count).stdout, sandbox.run(count).stdout] == [
            "1\n",
            "2\n",
            "3\n",
        ]


def test_a_crashed_server_is_started_again_on_the_next_call(tracker_command):
    sandbox = Sandbox(tools={"tracker": tracker_command})
    assert sandbox.run(outcomes(["count()", "crash()", "count()", "count()"])).stdout == (
        "1\nHostError: tracker.crash: the MCP server closed the connection (it is reconnected on the next call)\n1\n2\n"
    )


def test_a_hanging_server_ends_at_the_sandbox_timeout_and_the_sandbox_serves_on(tracker_command):
    sandbox = Sandbox(tools={"tracker": tracker_command}, timeout=1)
    started = time.monotonic()
    with pytest.raises(mpsandbox.LimitExceeded) as e:
        sandbox.run("from tools.tracker import hang\nprint('waiting')\nhang(60)")
    assert e.value.limit == "timeout" and e.value.stdout == "waiting\n"
    assert time.monotonic() - started < 10
    assert sandbox.run("from tools.tracker import shout\nprint(shout('still here'))").stdout == "STILL HERE!\n"
    # The server's own deadline is a HostError the program can catch.
    impatient = Sandbox(tools={"tracker": McpServer(command=tracker_command, call_timeout=0.3)})
    assert impatient.run(outcomes(["hang(60)", "shout('next')"])).stdout == (
        "HostError: tracker.hang: the MCP server did not answer within 300ms\n'NEXT!'\n"
    )


def test_a_huge_result_is_a_host_limit_error(tracker):
    out = tracker.run(
        "import host\nfrom tools.tracker import huge\n"
        "try:\n    huge(2_000_000)\nexcept host.HostLimitError as e:\n    print(e)\nprint(len(huge(1000)))"
    )
    assert out.stdout == "the host call result is 2000002 bytes, over the 1048576-byte cap\n1000\n"


def test_a_flood_of_calls_stops_at_max_tool_calls_for_each_call(tracker_command):
    sandbox = Sandbox(tools={"tracker": tracker_command}, max_tool_calls=50)
    stopped = "50 more than 50 calls to the tools of 'tracker' in one call\n"
    assert sandbox.run(COUNT_UNTIL_STOPPED).stdout == stopped
    with sandbox.session() as s:
        assert [s.exec(COUNT_UNTIL_STOPPED).stdout for _ in range(2)] == [stopped, stopped]
    # Without a tool budget the sandbox's host-call cap stops it.
    capped = Sandbox(tools={"tracker": tracker_command}, max_host_calls=100)
    assert capped.run(COUNT_UNTIL_STOPPED).stdout == "100 more than 100 host calls in one call\n"


def test_describe_tools_gives_the_model_each_signature(tracker, tracker_command):
    text = tracker.describe_tools()
    for line in [
        "# tools.tracker: 11 tools from the MCP server 'tracker' (issue-tracker 1.0)",
        "def search_issues(query: str, state: Literal['open', 'closed'] = 'open', limit: int = 10) -> list[dict]:",
        '    """Search the tracker\'s issues whose title contains `query`."""',
        "def list_labels() -> list[str]:",
        '# Not a Python name: call as tools.call("tracker", "9 lives", ...)',
        "# Unusable: the server's input schema is not valid JSON Schema",
    ]:
        assert line in text
    # The program reads the same text.
    assert tracker.run("import tools\nprint(tools.describe(), end='')").stdout == text
    two = Sandbox(tools={"tracker": tracker_command, "issues": tracker_command})
    assert two.run("import tools\nprint(tools.describe(), end='')").stdout == two.describe_tools()
    assert two.describe_tools().startswith("# tools.issues: ")
    assert Sandbox().describe_tools() == ""


def test_servers_that_cannot_serve_are_configuration_errors_naming_them(tracker_command):
    def refused(**settings):
        with pytest.raises(ConfigurationError) as e:
            Sandbox(**settings)
        return str(e.value)

    for name in ["class", "bad name", "describe", "_private"]:
        assert f"tool server '{name}': a tool server's name" in refused(tools={name: tracker_command})
    assert "tool server 'x': cannot start '/nonexistent/server'" in refused(tools={"x": ["/nonexistent/server"]})
    started = time.monotonic()
    slow = McpServer(command="sleep 30", connect_timeout=1)
    assert refused(tools={"x": slow}).endswith("tool server 'x': did not answer the MCP handshake within 1s")
    assert time.monotonic() - started < 10
    assert "tool server 'x': failed the MCP handshake" in refused(tools={"x": "http://127.0.0.1:1/mcp"})
    assert "expected a dict" in refused(tools=[tracker_command])
    assert "'x'" in refused(tools={"x": 42})
    assert "'x'" in refused(tools={"x": []})
    assert refused(max_tool_calls=3) == "max_tool_calls: it caps calls to tools, so it needs tools"
    for bad in [
        {},
        {"command": ["a"], "url": "http://x/"},
        {"url": "ftp://x/"},
        {"command": "server", "bearer_token": "t"},
        {"command": "server", "connect_timeout": 0},
    ]:
        with pytest.raises(ConfigurationError):
            McpServer(**bad)


def test_a_pickled_pending_connects_its_tool_servers_again_where_it_loads(tracker_command):
    sandbox = Sandbox(tools={"tracker": tracker_command}, pausing=["approve"])
    p = sandbox.session().start(
        "from host import approve\nfrom tools.tracker import count, shout\nprint(count(), count())\n"
        "if approve():\n    print(count(), shout('done'))"
    )
    assert p.stdout == "1 2\n"
    data = pickle.dumps(p)
    loaded = pickle.loads(data)
    # Its own connection: a server of its own, counting from 1.
    assert loaded.resume(loaded.calls[0], True).stdout == "1 DONE!\n"
    assert p.resume(p.calls[0], True).stdout == "3 DONE!\n"


@pytest.fixture
def http_tool_server(mcp_python, tool_server_script):
    """The tool server over streamable HTTP on a free loopback port: its URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [mcp_python, tool_server_script, "http", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "the HTTP tool server did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        server.kill()
        server.wait()


def test_a_url_servers_bearer_token_is_supplied_again_rather_than_pickled(http_tool_server):
    token = "tok-bearer-5ecret-71"
    server = McpServer(url=http_tool_server, bearer_token=token)
    assert token not in repr(server) and server.has_bearer_token
    sandbox = Sandbox(tools={"remote": server}, pausing=["approve"])
    p = sandbox.session().start(
        "from host import approve\nfrom tools.remote import get_issue\napprove()\nprint(get_issue(2)['state'])"
    )
    data = pickle.dumps(p)
    assert token.encode() not in data
    with pytest.raises(ConfigurationError, match=r"bearer tokens for the tool servers \['remote'\]"):
        pickle.loads(data)
    with mpsandbox.unpickling(tools={"remote": server}):
        loaded = pickle.loads(data)
    assert loaded.resume(loaded.calls[0], None).stdout == "closed\n"
