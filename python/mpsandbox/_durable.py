"""How a pickled :class:`Pending` comes back, in this process or another.

A pickled ``Pending`` holds the paused session's snapshot and its sandbox's
plain settings, the tool servers' commands and URLs among them. What cannot
pickle is supplied where it loads, through :func:`unpickling`: the Python
callables granted with ``functions``, the runtime (whose ``snapshot_key``
must stay secret), and the secrets: injected header values and tool
servers' bearer tokens, which the pickle names but never holds.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from ._errors import ConfigurationError, InvalidSnapshot
from ._mpsandbox import McpServer, Pending, Runtime, Sandbox, Snapshot


class _Supplies(NamedTuple):
    runtime: Runtime | None
    functions: Mapping[str, Callable[..., Any]]
    inject_headers: Mapping[tuple[str, str], str]
    tools: Mapping[str, Any]


# What the Pendings loaded in this context get (None: nothing). A context
# variable, so threads and asyncio tasks each see only their own.
_loading: contextvars.ContextVar[_Supplies | None] = contextvars.ContextVar("mpsandbox_unpickling", default=None)
_NOTHING = _Supplies(None, {}, {}, {})

# 2 added the injected headers' names and the tool servers; 1 still loads.
_FORMAT = 2
_READS = (1, 2)


def _header_key(pattern: str, name: str) -> tuple[str, str]:
    # Header names are case-insensitive; the pattern is matched as written.
    return (pattern, name.lower())


@contextlib.contextmanager
def unpickling(
    *,
    runtime: Runtime | None = None,
    functions: Mapping[str, Callable[..., Any]] | None = None,
    inject_headers: Iterable[tuple[str, str, str]] | None = None,
    tools: Mapping[str, Any] | None = None,
) -> Iterator[None]:
    """Within the block, a ``Pending`` that ``pickle.loads`` rebuilds uses
    ``runtime`` (default: the default runtime) and gets back what its sandbox
    had that does not pickle, each in the form ``Sandbox`` took it:

    - ``functions``: the host functions it granted, by name;
    - ``inject_headers``: ``(host pattern, header name, value)`` for each
      header it injected (the pickle names the pattern and header only);
    - ``tools``: servers by name, replacing the pickled command or URL; a
      URL server that had a ``bearer_token`` must be given again here.

    A runtime with a ``snapshot_key`` signs what it snapshots; load with a
    runtime holding the same key to have that checked (unsigned, altered or
    other-key bytes then raise ``InvalidSnapshot``; a runtime without a key
    checks for damage only)::

        with mpsandbox.unpickling(runtime=keyed, functions={"price": price},
                                  inject_headers=[("api.example.com", "Authorization", token)]):
            pending = pickle.loads(data)
    """
    headers = {_header_key(pattern, name): value for pattern, name, value in (inject_headers or ())}
    token = _loading.set(_Supplies(runtime, dict(functions or {}), headers, dict(tools or {})))
    try:
        yield
    finally:
        _loading.reset(token)


def _missing(what: str, names: list, argument: str) -> ConfigurationError:
    return ConfigurationError(
        f"the paused run's sandbox had {what} {names}, which do not pickle: "
        f"load it inside `with mpsandbox.unpickling({argument}=...):`"
    )


def load_pending(state: dict) -> Pending:
    """Rebuilds a pickled ``Pending``: a sandbox with the pickled settings
    (and, from :func:`unpickling`, the runtime, host functions and secrets;
    its tool servers connected again), a session restored from the pickled
    snapshot, and its paused run."""
    if state.get("format") not in _READS:
        raise InvalidSnapshot(f"a pickled Pending of format {state.get('format')!r}; this package reads {_READS}")
    supplied = _loading.get() or _NOTHING
    granted = state["functions"]
    missing = [name for name in granted if name not in supplied.functions]
    if missing:
        raise _missing("the host functions", missing, "functions")
    injected = [tuple(pair) for pair in state.get("inject_headers", [])]
    missing = [pair for pair in injected if _header_key(*pair) not in supplied.inject_headers]
    if missing:
        raise _missing("the injected headers (host pattern, header name)", missing, "inject_headers")
    pickled_tools = state.get("tools")
    missing = [name for name in state.get("tool_tokens", []) if name not in supplied.tools]
    if missing:
        raise _missing("bearer tokens for the tool servers", missing, "tools")
    tools = None
    if pickled_tools is not None:
        tools = {
            name: supplied.tools[name] if name in supplied.tools else McpServer(**spec)
            for name, spec in pickled_tools.items()
        }
    sandbox = Sandbox(
        **state["settings"],
        functions={name: supplied.functions[name] for name in granted} or None,
        inject_headers=[(p, n, supplied.inject_headers[_header_key(p, n)]) for p, n in injected] or None,
        tools=tools,
        runtime=supplied.runtime,
    )
    pending = sandbox.restore(Snapshot.from_bytes(state["snapshot"])).pending()
    if pending is None:
        raise InvalidSnapshot("the pickled snapshot holds no paused run")
    return pending
