"""The tools of the MCP servers the host connected, one module per server.

    from tools.github import search_issues
    print(tools.describe())          # every signature and description

A tool is a function whose arguments the host checks against the tool's
input schema; it returns the tool's structured result, or its text. A failed
tool raises host.HostError with the server's message. A tool whose name is
not a Python identifier is called as tools.call("github", "name", ...).

The host grants each tool as the host function tools__<server>__<name>, and
each server as tools__<server>; this module turns those names into modules.
"""
import sys
import host

_PREFIX = "tools__"


class _Tool:
    """One MCP tool; calling it calls the tool."""

    def __init__(self, server, name):
        self.__name__ = name
        self._server = server
        self._function = _PREFIX + server + "__" + name

    def __call__(self, *args, **kwargs):
        return host.call(self._function, *args, **kwargs)

    def __repr__(self):
        return "<tool tools.%s.%s>" % (self._server, self.__name__)


def _server_module(server):
    """The module tools.<server> (a real module, so `from ... import *`,
    `import tools.x` and dir() work), with a helpful AttributeError."""
    module = host._module("tools." + server)
    module.__all__ = []

    def __getattr__(name):
        raise AttributeError(
            "tools.%s has no tool %r (it has: %s)" % (server, name, ", ".join(module.__all__) or "none")
        )

    module.__getattr__ = __getattr__
    return module


_servers = {}
_function = _server = _sep = _tool = None
for _function in host.functions():
    if not _function.startswith(_PREFIX):
        continue
    _server, _sep, _tool = _function[len(_PREFIX):].partition("__")
    if _server not in _servers:
        _servers[_server] = _server_module(_server)
        globals()[_server] = _servers[_server]
    if _tool:
        setattr(_servers[_server], _tool, _Tool(_server, _tool))
        _servers[_server].__all__.append(_tool)
del _function, _server, _sep, _tool


def servers():
    """The names of the connected servers."""
    return sorted(_servers)


def _check(server):
    if server not in _servers:
        raise ValueError("no MCP server %r is connected (connected: %s)" % (server, ", ".join(servers()) or "none"))


def describe(server=None):
    """Python stub text for the tools of `server`, or of every server."""
    if server is not None:
        _check(server)
        return host.call(_PREFIX + server, "describe")
    return "\n".join(host.call(_PREFIX + s, "describe") for s in servers())


def call(server, tool, *args, **kwargs):
    """Calls `tool` by its MCP name (for a name Python cannot spell)."""
    _check(server)
    return host.call(_PREFIX + server, "call", tool, list(args), kwargs)
