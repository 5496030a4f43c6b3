"""Code mode, end to end: an agent (the official MCP client SDK) gives
`mpsandbox mcp` one model-style program that calls two MCP tools (an issue
tracker and a team directory, each its own MCP server) and an authenticated
HTTP API (an on-call service), and gets back only what the program printed.

The API token is in this process's environment and `mpsandbox mcp` injects
it into the program's requests (--inject-header): the program, and so the
model, never holds it. The tools' full outputs stay in the sandbox too.

  python run.py            prints the transcript
  python run.py --check    also compares it with transcript.md (run by the tests)
  python run.py --write    rewrites transcript.md

Needs the `mcp` package (pip install mcp==2.3.0) and the mpsandbox binary
(MPSANDBOX_BINARY, default: target/release/mpsandbox).
"""

import asyncio
import http.server
import json
import os
import re
import sys
import threading

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOKEN = "oncall-token-7f3a9c"  # what a deployment would keep in a secret store
ON_CALL = {"ana": True, "raj": False, "lee": False}
SEEN_TOKENS = []

PROGRAM = '''\
from tools.tracker import search_issues
from tools.team import owner_of
from host import fetch
import json

bugs = search_issues("crash", state="open")
rows = []
for bug in bugs:
    owner = owner_of(bug["labels"][0])["owner"]
    status = json.loads(fetch("{api}/oncall/" + owner)["body"])
    rows.append((bug["number"], owner, "on call" if status["on_call"] else "off"))
for number, owner, status in rows:
    print(f"#{number}: {owner} ({status})")
'''


class OnCallApi(http.server.BaseHTTPRequestHandler):
    """An authenticated JSON API: 401 without the bearer token."""

    def do_GET(self):
        SEEN_TOKENS.append(self.headers.get("Authorization", ""))
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self.reply(401, {"error": "unauthorized"})
        name = self.path.rsplit("/", 1)[-1]
        # Echoes what it was sent, as careless APIs do: the sandbox redacts it.
        self.reply(200, {"name": name, "on_call": ON_CALL.get(name, False),
                         "debug": self.headers.get("Authorization")})

    def reply(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def fenced(lang, text):
    return f"```{lang}\n{text.rstrip()}\n```\n"


async def agent(binary, api):
    python = sys.executable
    env = dict(os.environ, ONCALL_TOKEN=f"Bearer {TOKEN}")
    args = ["mcp",
            "--tools-from", f"tracker={python} {ROOT}/tests/mcp/tool_server.py stdio",
            "--tools-from", f"team={python} {HERE}/team_server.py",
            "--allow-http", api.removeprefix("http://"),
            "--inject-header", f"Authorization=ONCALL_TOKEN@{api.removeprefix('http://')}"]
    params = StdioServerParameters(command=binary, args=args, env=env)
    seen = []  # everything the model is shown
    async with stdio_client(params) as (r, w):
        async with ClientSession(r, w) as s:
            init = await s.initialize()
            seen.append(init.instructions)
            stubs = init.instructions[init.instructions.index("# tools.tracker"):]
            program = PROGRAM.replace("{api}", api)
            result = await s.call_tool("run_python", {"code": program})
            seen.append(json.dumps(result.structured_content))
            # The program's own attempt to read the token back.
            probe = ("from host import fetch\n"
                     f"r = fetch('{api}/oncall/ana')\n"
                     "print(r['status'], r['body'])")
            leak = await s.call_tool("run_python", {"code": probe})
            seen.append(json.dumps(leak.structured_content))
    outcome = result.structured_content
    transcript = [
        "# Code mode: one program, two MCP servers, one authenticated API\n",
        "Recorded by `examples/agent-code-mode/run.py` (the tests run it with `--check`).\n",
        "## 1. What the model is told (the server's instructions, tool part)\n",
        fenced("python", stubs),
        "## 2. The program the model writes (one `run_python` call)\n",
        fenced("python", program),
        "## 3. What comes back to the model\n",
        fenced("json", json.dumps({k: outcome[k] for k in ("ok", "stdout", "error")}, indent=2)),
        "## 4. A program that tries to read the token back\n",
        fenced("python", probe),
        fenced("text", leak.structured_content["stdout"]),
        "## 5. What was checked\n",
        f"- The API received the token on every request: {all(t == f'Bearer {TOKEN}' for t in SEEN_TOKENS)}\n",
        f"- The token appears in nothing the model was shown: {all(TOKEN not in x for x in seen)}\n",
        f"- Issue titles (tool output the program did not print) reached the model: "
        f"{any('Crash on empty input' in x for x in seen)}\n",
    ]
    return "\n".join(transcript)


def normalize(text):
    return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", text)


def main():
    binary = os.environ.get("MPSANDBOX_BINARY", os.path.join(ROOT, "target/release/mpsandbox"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), OnCallApi)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    api = f"http://127.0.0.1:{httpd.server_address[1]}"
    transcript = normalize(asyncio.run(agent(binary, api)))
    httpd.shutdown()
    path = os.path.join(HERE, "transcript.md")
    if "--write" in sys.argv:
        with open(path, "w") as f:
            f.write(transcript)
    print(transcript)
    if "--check" in sys.argv:
        with open(path) as f:
            recorded = f.read()
        if recorded != transcript:
            sys.exit("transcript.md differs from this run (run.py --write records it again)")


main()
