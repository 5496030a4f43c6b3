"""Run untrusted Python safely and fast.

MicroPython compiled to a WebAssembly component runs the code; the Rust host
library (wasmtime) enforces every limit and grants nothing but stdout,
stderr, clocks, randomness, and the directories and functions you name.

>>> import mpsandbox
>>> mpsandbox.run("print(6 * 7)").stdout
'42\\n'
"""

from __future__ import annotations

from . import _errors
from ._durable import unpickling
from ._errors import *  # noqa: F403 -- the error classes; _errors.__all__ names them once
from ._mpsandbox import (
    COMPONENT_SIZE,
    DEFAULT_HOST_CALLS,
    DEFAULT_HOST_VALUE,
    DEFAULT_MAX_OUTPUT,
    DEFAULT_MEMORY,
    DEFAULT_PAUSES,
    DEFAULT_TIMEOUT,
    HostCall,
    McpServer,
    Pending,
    RunResult,
    Runtime,
    Sandbox,
    Session,
    Snapshot,
    Stats,
)

__version__ = "0.1.0"


def run(code: str, **settings) -> RunResult:
    """Runs ``code`` in a fresh interpreter and discards it.

    ``settings`` are :class:`Sandbox`'s: ``timeout`` (seconds, default 30,
    ``None`` or 0 unlimited), ``memory`` (bytes, default 256 MiB), ``fuel``
    (default unlimited), ``max_output`` (bytes of stdout+stderr, default
    1 MiB), ``dirs``, ``functions``, ``allow_http``, ``inject_headers``,
    ``max_http_requests``, ``tools``, ``max_tool_calls``, ``max_host_calls``,
    ``max_host_value``, ``runtime``. Raises :class:`PythonError`,
    :class:`PythonSyntaxError` or :class:`LimitExceeded` when the code
    fails, :class:`ConfigurationError` for a bad setting.
    """
    return Sandbox(**settings).run(code)


__all__ = [
    "run",
    "Runtime",
    "Sandbox",
    "Session",
    "Snapshot",
    "RunResult",
    "Stats",
    "Pending",
    "HostCall",
    "McpServer",
    "unpickling",
    *_errors.__all__,
    "DEFAULT_MEMORY",
    "DEFAULT_MAX_OUTPUT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_HOST_CALLS",
    "DEFAULT_HOST_VALUE",
    "DEFAULT_PAUSES",
    "COMPONENT_SIZE",
]
