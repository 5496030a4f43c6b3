"""Python callables granted to the sandbox: JSON-shaped values both ways."""

import time

import pytest

import mpsandbox


def session(**functions):
    return mpsandbox.Sandbox(functions=functions).session()


def test_arguments_and_results_cross_as_json_shapes():
    seen = []

    def record(*args, **kwargs):
        seen.append((args, kwargs))
        return {"args": list(args), "kwargs": kwargs, "none": None, "pi": 3.5, "big": 2**62, "neg": -7}

    s = session(record=record)
    out = s.exec(
        "from host import record\n"
        "r = record(1, 'é✓', [True, None, 2.5], {'k': [1, {'n': 2}]}, flag=False)\n"
        "print(r['args'][1], r['kwargs'], r['none'], r['pi'], r['big'], r['neg'])"
    )
    assert out.stdout == "é✓ {'flag': False} None 3.5 4611686018427387904 -7\n"
    assert seen == [((1, "é✓", [True, None, 2.5], {"k": [1, {"n": 2}]}), {"flag": False})]


def test_tuples_become_lists_and_functions_are_listed():
    s = session(pair=lambda: (1, "two"), other=lambda: None)
    assert s.eval("__import__('host').functions()").value == "['other', 'pair']"
    assert s.exec("from host import pair\nprint(pair())").stdout == "[1, 'two']\n"


def test_a_failing_function_raises_host_error_with_its_message():
    def lookup(key):
        raise KeyError(f"no such key: {key}")

    s = session(lookup=lookup)
    out = s.exec(
        "import host\n"
        "try:\n"
        "    host.call('lookup', 'a') if False else __import__('host').lookup('a')\n"
        "except host.HostError as e:\n"
        "    print('HostError', e)"
    )
    assert out.stdout.startswith("HostError KeyError:")
    assert "no such key: a" in out.stdout


def test_wrong_arguments_raise_type_error_in_the_sandbox():
    s = session(one=lambda x: x)
    out = s.exec(
        "from host import one\ntry:\n    one(1, 2)\nexcept TypeError as e:\n    print('TypeError')\nprint(one(x=5))"
    )
    assert out.stdout == "TypeError\n5\n"


@pytest.mark.parametrize("bad", [{1, 2}, b"bytes", object(), float("nan"), 2**70, {1: "int key"}])
def test_results_that_are_not_json_shaped_fail_the_call_not_the_host(bad):
    s = session(bad=lambda: bad)
    out = s.exec(
        "import host\nfrom host import bad\ntry:\n    bad()\nexcept host.HostError as e:\n    print('refused:', e)"
    )
    assert out.stdout.startswith("refused: the result cannot be returned")


def test_a_cyclic_result_is_refused():
    cyclic = []
    cyclic.append(cyclic)
    s = session(cyc=lambda: cyclic)
    out = s.exec(
        "import host\nfrom host import cyc\ntry:\n    cyc()\nexcept host.HostError as e:\n    print('refused')"
    )
    assert out.stdout == "refused\n"


def test_host_calls_are_capped():
    sb = mpsandbox.Sandbox(functions={"ping": lambda: 1}, max_host_calls=5)
    out = sb.run(
        "import host\nfrom host import ping\nn = 0\ntry:\n    while True:\n        n += ping()\n"
        "except host.HostLimitError:\n    print('capped at', n)"
    )
    assert out.stdout == "capped at 5\n"


def test_a_blocking_function_cannot_hold_the_call_past_its_timeout():
    sb = mpsandbox.Sandbox(functions={"stall": lambda: time.sleep(30)}, timeout=0.3)
    with pytest.raises(mpsandbox.LimitExceeded) as info:
        sb.run("from host import stall\nstall()")
    assert info.value.limit == "timeout"


def test_functions_can_use_python_state_and_threads_of_the_host():
    counter = {"n": 0}

    def bump(by=1):
        counter["n"] += by
        return counter["n"]

    s = session(bump=bump)
    s.exec("from host import bump\nfor i in range(10):\n    bump(by=i)")
    assert counter["n"] == 45


def test_allow_http_fetches_only_allowlisted_hosts():
    import http.server
    import threading

    class Hello(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"hello from the host"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        sb = mpsandbox.Sandbox(allow_http=[f"127.0.0.1:{port}"])
        out = sb.run(
            "import host\nfrom host import fetch\n"
            f"r = fetch('http://127.0.0.1:{port}/x')\nprint(r['status'], r['body'])\n"
            "try:\n    fetch('http://example.com/')\nexcept host.HostError as e:\n    print('refused')"
        )
        assert out.stdout == "200 hello from the host\nrefused\n"
        # Without allow_http there is no fetch at all.
        assert mpsandbox.run("print(__import__('host').functions())").stdout == "[]\n"
    finally:
        server.shutdown()
