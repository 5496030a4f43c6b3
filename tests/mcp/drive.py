"""Drives `mpsandbox mcp` with the official Python MCP SDK (PyPI `mcp`),
over stdio or streamable HTTP, and checks what a client sees. Run by
tests/mcp.rs; exits non-zero with the failed check.

  drive.py stdio MPSANDBOX_BINARY
  drive.py http URL
  drive.py owners URL TOKEN_A TOKEN_B   (bearer tokens: each sees only its own sessions)
  drive.py replicas URL PID...   (replicas sharing a session store behind a balancer;
                                  the PIDs are killed one by one mid-conversation)
  drive.py faults URL PID...     (the same replicas; the first killed while the store holds
                                  its writes, the store's snapshots tampered with, then the
                                  store down and back)
  drive.py tools MPSANDBOX_BINARY   (code mode: tools/mcp/tool_server.py's tools
                                     granted with --tools-from, called from run_python)
"""

import asyncio
import contextlib
import json
import os
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

TOOLS = {"run_python", "session_create", "session_exec", "session_reset", "session_close",
         "session_snapshot", "session_fork", "session_resume", "describe"}


def text(result):
    return "".join(c.text for c in result.content if getattr(c, "type", "") == "text")


async def call(s, tool, **args):
    return await s.call_tool(tool, args)


async def ok(s, tool, **args):
    r = await call(s, tool, **args)
    assert not r.is_error, f"{tool}({args}) failed: {text(r)}"
    return r.structured_content


@contextlib.asynccontextmanager
async def http_client(url):
    """An initialized client session over streamable HTTP."""
    async with streamable_http_client(url) as (r, w, *_):
        async with ClientSession(r, w) as s:
            await s.initialize()
            yield s


async def new_session(s, code):
    """A new sandbox session in which `code` ran; its id."""
    sid = (await ok(s, "session_create"))["session_id"]
    await ok(s, "session_exec", session_id=sid, code=code)
    return sid


async def check_protocol(s):
    init = await s.initialize()
    assert init.server_info.name == "mpsandbox", init.server_info
    assert "MicroPython" in (init.instructions or "") and "numpy" in init.instructions
    tools = (await s.list_tools()).tools
    assert {t.name for t in tools} == TOOLS, [t.name for t in tools]
    run_python = next(t for t in tools if t.name == "run_python")
    assert "MicroPython" in run_python.description
    assert "code" in run_python.input_schema["properties"]
    assert "timeout_ms" in run_python.input_schema["properties"]
    # The tools that return an outcome declare the outcome contract as their
    # output schema (the SDK then validates every structured result with it).
    for t in tools:
        if t.name in ("run_python", "session_exec"):
            assert set(t.output_schema["required"]) >= {"ok", "stdout", "stderr", "error"}, t.output_schema


async def check_run_python(s):
    r = await call(s, "run_python", code="print('hello', 6 * 7)")
    assert not r.is_error and text(r) == "hello 42\n", text(r)
    assert r.structured_content["stdout"] == "hello 42\n"
    assert r.structured_content["error"] is None

    r = await call(s, "run_python", code="print('before')\ndef f():\n    return 1 / 0\nf()")
    assert r.is_error
    e = r.structured_content["error"]
    assert (e["kind"], e["type"], e["message"]) == ("exception", "ZeroDivisionError", "divide by zero")
    assert r.structured_content["stdout"] == "before\n"
    assert "line 3, in f" in e["traceback"] and "ZeroDivisionError" in text(r)

    r = await call(s, "run_python", code="x = 1\nif x\n    pass")
    assert r.is_error and r.structured_content["error"]["kind"] == "syntax"
    assert r.structured_content["error"]["line"] == 2

    # A limit is a tool error with its kind; a client can tighten limits.
    r = await call(s, "run_python", code="while True:\n    pass", timeout_ms=200)
    assert r.is_error and r.structured_content["error"]["limit"] == "timeout", r.structured_content
    r = await call(s, "run_python", code="while True:\n    pass", fuel=1_000_000)
    assert r.is_error and r.structured_content["error"]["limit"] == "fuel"
    r = await call(s, "run_python", code="while True:\n    print('y' * 100)", max_output=1000)
    assert r.is_error and r.structured_content["error"]["limit"] == "output"

    # Nothing persists between run_python calls.
    await ok(s, "run_python", code="leak = 1")
    r = await call(s, "run_python", code="print(leak)")
    assert r.is_error and r.structured_content["error"]["type"] == "NameError"

    # Wrong arguments are refused (a protocol or tool error) and the server goes on.
    try:
        r = await call(s, "run_python", cod="print(1)")
        assert r.is_error
    except Exception:
        pass
    assert text(await call(s, "run_python", code="print('still here')")) == "still here\n"


async def check_sessions(s):
    sid = (await ok(s, "session_create"))["session_id"]
    await ok(s, "session_exec", session_id=sid, code="x = 41")
    await ok(s, "session_exec", session_id=sid, code="def bump():\n    global x\n    x += 1")
    r = await ok(s, "session_exec", session_id=sid, code="bump()\nprint(x)")
    assert r["stdout"] == "42\n"

    # A client may only tighten: a larger memory request stays at the server's cap.
    tight = await ok(s, "session_create", memory=1 << 40, timeout_ms=300)
    assert tight["limits"]["memory"] == 64 << 20, tight
    assert tight["limits"]["timeout_ms"] == 300

    # A limit hit resets the session and says so.
    r = await call(s, "session_exec", session_id=tight["session_id"], code="y = 1\nwhile True:\n    pass")
    assert r.is_error and r.structured_content["error"]["limit"] == "timeout"
    assert r.structured_content["reset"] is True
    r = await call(s, "session_exec", session_id=tight["session_id"], code="print(y)")
    assert r.is_error and r.structured_content["error"]["type"] == "NameError"

    # Snapshot and fork: independent continuations of one state.
    snap = await ok(s, "session_snapshot", session_id=sid)
    assert snap["memory_bytes"] > 0
    a = (await ok(s, "session_fork", snapshot_id=snap["snapshot_id"]))["session_id"]
    b = (await ok(s, "session_fork", snapshot_id=snap["snapshot_id"]))["session_id"]
    await ok(s, "session_exec", session_id=a, code="bump()\nbump()")
    assert (await ok(s, "session_exec", session_id=a, code="print(x)"))["stdout"] == "44\n"
    assert (await ok(s, "session_exec", session_id=b, code="print(x)"))["stdout"] == "42\n"
    assert (await ok(s, "session_exec", session_id=sid, code="print(x)"))["stdout"] == "42\n"

    await ok(s, "session_reset", session_id=sid)
    r = await call(s, "session_exec", session_id=sid, code="print(x)")
    assert r.is_error and r.structured_content["error"]["type"] == "NameError"

    for closing in (sid, a, b, tight["session_id"]):
        await ok(s, "session_close", session_id=closing)
    r = await call(s, "session_exec", session_id=sid, code="1")
    assert r.is_error and r.structured_content["error"]["kind"] == "session_closed"
    r = await call(s, "session_fork", snapshot_id="snap-nonexistent")
    assert r.is_error and r.structured_content["error"]["kind"] == "request"


async def check_concurrency(s):
    # 8 sessions at once, each with its own state; calls on one session take turns.
    async def worker(i):
        sid = (await ok(s, "session_create"))["session_id"]
        await ok(s, "session_exec", session_id=sid, code=f"acc = [k * {i} for k in range(1000)]")
        r = await ok(s, "session_exec", session_id=sid, code="print(sum(acc))")
        await ok(s, "session_close", session_id=sid)
        return r["stdout"]

    got = await asyncio.gather(*(worker(i) for i in range(8)))
    assert got == [f"{sum(k * i for k in range(1000))}\n" for i in range(8)], got

    sid = (await ok(s, "session_create"))["session_id"]
    await ok(s, "session_exec", session_id=sid, code="n = 0")
    await asyncio.gather(*(ok(s, "session_exec", session_id=sid, code="for _ in range(100):\n    n += 1")
                           for _ in range(10)))
    assert (await ok(s, "session_exec", session_id=sid, code="print(n)"))["stdout"] == "1000\n"
    await ok(s, "session_close", session_id=sid)

    # The cap on live sessions is a tool error, not a failure.
    made = []
    limit = (await ok(s, "describe"))["sessions"]["max"]
    for _ in range(limit):
        made.append((await ok(s, "session_create"))["session_id"])
    r = await call(s, "session_create")
    assert r.is_error and "close one" in r.structured_content["error"]["message"]
    for sid in made:
        await ok(s, "session_close", session_id=sid)


async def check_describe(s):
    d = await ok(s, "describe")
    assert d["interpreter"]["implementation"] == "micropython"
    assert "json" in d["interpreter"]["modules"] and "numpy" not in d["interpreter"]["modules"]
    assert d["limits"]["memory"] == 64 << 20


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))


def server_pid():
    """The `mpsandbox mcp` child this process started (stdio)."""
    me = os.getpid()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read()
        except OSError:
            continue
        if ppid == me and b"mcp" in cmd:
            return int(pid)
    raise AssertionError("no server child process")


async def check_rss_flat(s, pid):
    async def calls(n):
        for i in range(n):
            await ok(s, "run_python", code=f"print(sum(range({i})))")

    await calls(200)
    before = rss_kib(pid)
    await calls(1000)
    after = rss_kib(pid)
    assert after - before < 8 * 1024, f"RSS grew from {before} KiB to {after} KiB over 1,000 calls"
    return {"rss_before_kib": before, "rss_after_kib": after}


async def suite(s, pid=None):
    await check_protocol(s)
    await check_run_python(s)
    await check_sessions(s)
    await check_concurrency(s)
    await check_describe(s)
    report = {"checks": "passed"}
    if pid is not None:
        report.update(await check_rss_flat(s, pid))
    return report


async def check_code_mode(s):
    """The model reads the tools' signatures, writes one program that calls
    several, and gets back only what the program printed."""
    init = await s.initialize()
    assert "def search_issues(query: str" in init.instructions, init.instructions
    d = await ok(s, "describe")
    assert "from tools.tracker import search_issues" in d["tools"], d["tools"]
    code = ("from tools.tracker import search_issues, get_issue\n"
            "bugs = [get_issue(i['number']) for i in search_issues('crash')]\n"
            "print(sorted({l for b in bugs for l in b['labels']}))")
    r = await ok(s, "run_python", code=code)
    assert r["ok"] and r["stdout"] == "['bug', 'network']\n", r
    r = await call(s, "run_python", code="from tools.tracker import get_issue\nget_issue(99)")
    err = r.structured_content["error"]
    assert err["type"] == "HostError" and "no issue #99" in err["message"], err
    # A downstream server that crashes or hangs costs one call, not this server.
    r = await call(s, "run_python", code="from tools.tracker import crash\ncrash()")
    assert r.structured_content["error"]["type"] == "HostError", r.structured_content
    r = await call(s, "run_python", code="from tools.tracker import hang\nhang(60)", timeout_ms=500)
    assert r.structured_content["error"]["limit"] == "timeout", r.structured_content
    sid = (await ok(s, "session_create"))["session_id"]
    await ok(s, "session_exec", session_id=sid, code="from tools.tracker import count\nfirst = count()")
    r = await ok(s, "session_exec", session_id=sid, code="print(count() - first)")
    assert r["stdout"] == "1\n", r
    return {"checks": "passed"}


async def check_owners(url, token_a, token_b):
    """Two clients with two tokens: B cannot reach A's sessions or snapshots."""
    import httpx2

    def client(token):
        return httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30)

    async with client(token_a) as ha, client(token_b) as hb:
        async with streamable_http_client(url, http_client=ha) as (ra, wa), \
                streamable_http_client(url, http_client=hb) as (rb, wb):
            async with ClientSession(ra, wa) as a, ClientSession(rb, wb) as b:
                await a.initialize()
                await b.initialize()
                sid = (await ok(a, "session_create"))["session_id"]
                await ok(a, "session_exec", session_id=sid, code="secret = 42")
                snap = (await ok(a, "session_snapshot", session_id=sid))["snapshot_id"]
                for tool, args in [("session_exec", {"session_id": sid, "code": "print(secret)"}),
                                   ("session_snapshot", {"session_id": sid}),
                                   ("session_close", {"session_id": sid}),
                                   ("session_fork", {"snapshot_id": snap})]:
                    r = await call(b, tool, **args)
                    assert r.is_error and "secret" not in text(r), (tool, text(r))
                    assert "no session" in text(r) or "no snapshot" in text(r), (tool, text(r))
                r = await ok(a, "session_exec", session_id=sid, code="print(secret)")
                assert r["stdout"] == "42\n", r
                forked = (await ok(a, "session_fork", snapshot_id=snap))["session_id"]
                r = await ok(a, "session_exec", session_id=forked, code="print(secret + 1)")
                assert r["stdout"] == "43\n", r
    return {"checks": "passed"}


async def check_replicas(url, pids):
    """A conversation through a round-robin balancer, replicas killed in the
    middle of it: every call sees the session's globals and functions."""
    import signal
    import time
    async with http_client(url) as s:
        sid = await new_session(s, "x = 41\ndef f():\n    return x + 1")
        timings = []
        for _ in range(12):  # spread over every replica
            started = time.perf_counter()
            await ok(s, "session_exec", session_id=sid, code="x = x")
            timings.append(time.perf_counter() - started)
        snap = (await ok(s, "session_snapshot", session_id=sid))["snapshot_id"]
        for pid in pids[:2]:
            os.kill(int(pid), signal.SIGKILL)
            r = await ok(s, "session_exec", session_id=sid, code="x += 1\nprint(f())")
            assert r["stdout"] in ("43\n", "44\n"), r
        r = await ok(s, "session_exec", session_id=sid, code="print(f(), x)")
        assert r["stdout"] == "44 43\n", r
        fork = (await ok(s, "session_fork", snapshot_id=snap))["session_id"]
        r = await ok(s, "session_exec", session_id=fork, code="print(x)")
        assert r["stdout"] == "41\n", r
        await ok(s, "session_close", session_id=sid)
        r = await call(s, "session_exec", session_id=sid, code="print(x)")
        assert r.is_error and r.structured_content["error"]["kind"] == "session_closed", r
    timings.sort()
    return {"checks": "passed", "call_ms_median": round(timings[len(timings) // 2] * 1000, 2)}


def redis_cli(*args):
    import subprocess
    out = subprocess.run(["redis-cli", "-p", "6390", *args], capture_output=True, text=True, timeout=10)
    return out.stdout.split()


async def check_killed_while_writing(url, victim_pid):
    """The first replica (port 8101) is killed in a call while the store holds
    every write (CLIENT PAUSE WRITE): the session is as it was before the
    call, whole, and another replica serves it on."""
    import signal
    ready, go = asyncio.Event(), asyncio.Event()

    async def doomed(sid):
        async with http_client("http://127.0.0.1:8101/mcp") as victim:
            ready.set()
            await go.wait()
            await call(victim, "session_exec", session_id=sid, code="x = 2\ndef f():\n    return -1")

    async with http_client(url) as s:
        sid = await new_session(s, "x = 1\ndef f():\n    return x * 10")
        task = asyncio.create_task(doomed(sid))
        await asyncio.wait_for(ready.wait(), 10)
        assert redis_cli("CLIENT", "PAUSE", "5000", "WRITE") == ["OK"]
        go.set()
        await asyncio.sleep(1.0)
        assert not task.done(), "the call finished while the store held its writes"
        os.kill(int(victim_pid), signal.SIGKILL)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        assert redis_cli("CLIENT", "UNPAUSE") == ["OK"]
        r = await ok(s, "session_exec", session_id=sid, code="print(x, f())")
        assert r["stdout"] == "1 10\n", r
        r = await ok(s, "session_exec", session_id=sid, code="x += 1\nprint(f())")
        assert r["stdout"] == "20\n", r
    return "the session was as before the call"


async def check_store_faults(url, pids):
    """A tampered snapshot and a store that goes away are typed errors; the
    replicas serve on, and nothing half-written is ever used."""
    import subprocess
    killed = await check_killed_while_writing(url, pids[0])
    async with http_client(url) as s:
        sid = await new_session(s, "x = 1")
        kinds = []
        for _ in range(6):  # until a replica without the state restores it
            for key in redis_cli("--scan", "--pattern", "mpsandbox:blob:*"):
                redis_cli("SETRANGE", key, "4096", "tampered")
            r = await call(s, "session_exec", session_id=sid, code="x += 1")
            kinds.append(r.structured_content["error"]["kind"] if r.is_error else "ok")
            if r.is_error:
                break
        assert kinds[-1] == "invalid_snapshot", kinds
        redis_cli("SHUTDOWN", "NOSAVE")
        r = await call(s, "session_exec", session_id=sid, code="print(x)")
        err = r.structured_content["error"]
        assert r.is_error and err["kind"] == "request" and "session store" in err["message"], err
        r = await ok(s, "run_python", code="print('still serving')")
        assert r["stdout"] == "still serving\n", r
        store = subprocess.Popen(["redis-server", "--port", "6390", "--bind", "127.0.0.1", "--save", "",
                                  "--appendonly", "no"], stdout=subprocess.DEVNULL)
        for _ in range(100):
            if redis_cli("PING") == ["PONG"]:
                break
            await asyncio.sleep(0.05)
        sid = await new_session(s, "y = 6 * 7")
        r = await ok(s, "session_exec", session_id=sid, code="print(y)")
        assert r["stdout"] == "42\n", r
        store.terminate()
    return {"checks": "passed", "kinds": kinds, "killed_while_writing": killed}


async def bench(url, clients, seconds):
    """Session calls per second from `clients` concurrent clients (each its
    own session) for `seconds`, and the median call's latency."""
    import time
    timings = []
    deadline = time.perf_counter() + seconds

    async def client():
        async with http_client(url) as s:
            sid = await new_session(s, "n = 0")
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                await ok(s, "session_exec", session_id=sid, code="n += 1")
                timings.append(time.perf_counter() - started)

    await asyncio.gather(*(client() for _ in range(clients)))
    timings.sort()
    return {"calls_per_s": round(len(timings) / seconds, 1), "median_ms": round(timings[len(timings) // 2] * 1000, 2)}


async def main():
    mode, target = sys.argv[1], sys.argv[2]
    if mode == "bench":
        report = await bench(target, int(sys.argv[3]), float(sys.argv[4]))
    elif mode == "faults":
        report = await check_store_faults(target, sys.argv[3:])
    elif mode == "replicas":
        report = await check_replicas(target, sys.argv[3:])
    elif mode == "owners":
        report = await check_owners(target, sys.argv[3], sys.argv[4])
    elif mode == "tools":
        server = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tool_server.py")
        spec = f"tracker={sys.executable} {server} stdio"
        params = StdioServerParameters(command=target, args=["mcp", "--tools-from", spec])
        async with stdio_client(params) as (r, w):
            async with ClientSession(r, w) as s:
                report = await check_code_mode(s)
    elif mode == "stdio":
        params = StdioServerParameters(command=target, args=["mcp", "--memory", "64M", "--max-sessions", "12"])
        async with stdio_client(params) as (r, w):
            async with ClientSession(r, w) as s:
                report = await suite(s, server_pid())
    else:
        async with streamable_http_client(target) as (r, w, *_):
            async with ClientSession(r, w) as s:
                report = await suite(s)
    print(json.dumps(report))


asyncio.run(main())
