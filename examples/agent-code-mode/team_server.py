"""A second MCP server for the example (official Python SDK): who owns
which kind of issue."""

from mcp.server.mcpserver import MCPServer

server = MCPServer("team-directory", version="1.0")

OWNERS = {"bug": "ana", "network": "raj", "feature": "lee"}


@server.tool()
def owner_of(label: str) -> dict:
    """The team member who owns issues with `label`, and their contact."""
    name = OWNERS.get(label, "triage")
    return {"label": label, "owner": name, "contact": f"{name}@example.com"}


if __name__ == "__main__":
    server.run("stdio")
