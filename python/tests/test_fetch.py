"""fetch's secrets and budget against an echo server on loopback: an
injected header reaches the server while the program sees "[secret]", a
pickled paused run holds no secret and gets it back where it loads, and
max_http_requests caps fetch calls per call."""

import http.server
import pickle
import threading

import pytest

import mpsandbox
from mpsandbox import ConfigurationError, Sandbox

SECRET = "Bearer tok-5ecret-value-43"


class Echo(http.server.BaseHTTPRequestHandler):
    """Answers every GET with the Authorization header it received, in the
    body and in a response header, and records it on the server."""

    def do_GET(self):
        seen = self.headers.get("Authorization")
        self.server.seen.append(seen)
        body = f"auth={seen}".encode()
        self.send_response(200)
        self.send_header("X-Seen", str(seen))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def echo():
    """The echo server's host:port; `.seen` lists the headers it received."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    server.seen = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def address(server):
    return f"127.0.0.1:{server.server_address[1]}"


def test_an_injected_header_reaches_the_server_and_never_the_program(echo):
    host = address(echo)
    sandbox = Sandbox(allow_http=[host], inject_headers=[(host, "Authorization", SECRET)])
    out = sandbox.run(
        "from host import fetch\n"
        # The program's own header of that name is replaced, not sent.
        f"r = fetch('http://{host}/', headers={{'Authorization': 'mine'}})\n"
        "print(r['body'], r['headers']['x-seen'])\nprint('5ecret' in repr(r))"
    )
    assert out.stdout == "auth=[secret] [secret]\nFalse\n"
    assert echo.seen == [SECRET]
    assert "5ecret" not in repr(sandbox)


def test_a_pickled_pending_holds_no_secret_and_gets_it_back_where_it_loads(echo):
    host = address(echo)
    sandbox = Sandbox(allow_http=[host], inject_headers=[(host, "Authorization", SECRET)], pausing=["approve"])
    p = sandbox.session().start(
        f"from host import approve, fetch\nbefore = fetch('http://{host}/')\n"
        f"approve()\nprint(before['body'], fetch('http://{host}/')['body'])"
    )
    data = pickle.dumps(p)
    # Neither the settings nor the snapshot (whose globals hold a response) carry it.
    assert b"5ecret" not in data
    with pytest.raises(ConfigurationError) as e:
        pickle.loads(data)
    assert f"[('{host}', 'Authorization')]" in str(e.value) and "unpickling(inject_headers=" in str(e.value)
    # Header names match in any case, as HTTP has them.
    with mpsandbox.unpickling(inject_headers=[(host, "authorization", SECRET)]):
        loaded = pickle.loads(data)
    assert loaded.resume(loaded.calls[0], True).stdout == "auth=[secret] auth=[secret]\n"
    assert echo.seen == [SECRET, SECRET]


def test_max_http_requests_caps_fetch_calls_in_each_call(echo):
    host = address(echo)
    sandbox = Sandbox(allow_http=[host], max_http_requests=3)
    code = (
        f"import host\nn = 0\ntry:\n    for _ in range(10**6):\n        host.fetch('http://{host}/')\n"
        "        n += 1\nexcept host.HostLimitError as e:\n    print(n, e)"
    )
    stopped = "3 more than 3 fetch requests in one call\n"
    assert sandbox.run(code).stdout == stopped
    # The budget is per call: a session's next call starts afresh.
    with sandbox.session() as s:
        assert [s.exec(code).stdout for _ in range(2)] == [stopped, stopped]
    assert len(echo.seen) == 9


def test_fetch_settings_need_allow_http_and_well_formed_headers():
    def refused(**settings):
        with pytest.raises(ConfigurationError) as e:
            Sandbox(**settings)
        return str(e.value)

    assert refused(inject_headers=[("example.com", "X-Key", "v")]) == (
        "inject_headers: it shapes fetch requests, so it needs allow_http"
    )
    assert refused(max_http_requests=3) == "max_http_requests: it shapes fetch requests, so it needs allow_http"
    allowed = {"allow_http": ["example.com"]}
    assert "expected a list of (host pattern, header name, value)" in refused(**allowed, inject_headers="X-Key")
    assert "expected a list" in refused(**allowed, inject_headers=[("example.com", "X-Key")])
    assert "not a header name" in refused(**allowed, inject_headers=[("example.com", "Bad Name", "v")])
    assert "not methods" in refused(**allowed, inject_headers=[("GET example.com", "X-Key", "v")])
    # A bad value is refused without being repeated.
    why = refused(**allowed, inject_headers=[("example.com", "X-Key", "tok-5ecret\nX-Other: 1")])
    assert "control characters" in why and "5ecret" not in why
