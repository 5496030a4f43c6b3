"""A downstream MCP server written with the official Python SDK (PyPI `mcp`):
the tools the sandbox's programs call in tests/mcp_tools.rs, including
the misbehaving ones (a hang, a crash, a huge result, a schema that lies).

  tool_server.py stdio
  tool_server.py http PORT
"""

import asyncio
import os
import sys
from typing import Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

server = MCPServer("issue-tracker", version="1.0")

ISSUES = [
    {"number": 1, "title": "Crash on empty input", "state": "open", "labels": ["bug"]},
    {"number": 2, "title": "Add CSV export", "state": "closed", "labels": ["feature"]},
    {"number": 3, "title": "Crash when offline", "state": "open", "labels": ["bug", "network"]},
]
CALLS = {"count": 0}


@server.tool()
def search_issues(query: str, state: Literal["open", "closed"] = "open", limit: int = 10) -> list[dict]:
    """Search the tracker's issues whose title contains `query`."""
    found = [i for i in ISSUES if query.lower() in i["title"].lower() and i["state"] == state]
    return found[:limit]


@server.tool()
def get_issue(number: int) -> dict:
    """One issue by number."""
    for issue in ISSUES:
        if issue["number"] == number:
            return issue
    raise ToolError(f"no issue #{number}")


@server.tool(structured_output=False)
def shout(text: str) -> str:
    """Upper-cases text (a tool without structured output)."""
    return text.upper() + "!"


@server.tool(name="list-labels")
def list_labels() -> list[str]:
    """A name with a dash: Python calls it list_labels."""
    return sorted({label for i in ISSUES for label in i["labels"]})


@server.tool(name="9 lives")
def nine_lives() -> str:
    """A name no Python identifier can spell."""
    return "meow"


@server.tool()
def count() -> int:
    """How many times this tool has been called."""
    CALLS["count"] += 1
    return CALLS["count"]


@server.tool()
async def hang(seconds: float) -> str:
    """Sleeps (a server that does not answer)."""
    await asyncio.sleep(seconds)
    return "woke"


@server.tool()
def crash() -> str:
    """Kills the server process mid-call."""
    os._exit(3)


@server.tool(structured_output=False)
def huge(size: int) -> str:
    """A result of `size` bytes."""
    return "x" * size


@server.tool()
def lies(n: int) -> int:
    """Its listed schema says `n` is a string; the function wants an int."""
    return n * 2


@server.tool()
def broken_schema(x: int) -> int:
    """Its listed schema is not valid JSON Schema."""
    return x


server._tool_manager._tools["lies"].parameters = {
    "type": "object", "properties": {"n": {"type": "string"}}, "required": ["n"]}
server._tool_manager._tools["broken_schema"].parameters = {
    "type": "object", "properties": {"x": {"type": 12}}}

if __name__ == "__main__":
    if sys.argv[1] == "stdio":
        server.run("stdio")
    else:
        server.run("streamable-http", host="127.0.0.1", port=int(sys.argv[2]), stateless_http=False)
