"""Type hints for the extension module; the package re-exports every name."""

import os
from collections.abc import Mapping, Sequence
from typing import Any, Callable, Literal, Union

_Path = Union[str, "os.PathLike[str]"]
_Grant = _Path | tuple[_Path, str]
_Json = Any  # None, bool, int, float, str, and lists/dicts of them

DEFAULT_MEMORY: int
DEFAULT_MAX_OUTPUT: int
DEFAULT_TIMEOUT: float
DEFAULT_HOST_CALLS: int
DEFAULT_HOST_VALUE: int
DEFAULT_PAUSES: int
COMPONENT_SIZE: int

class Stats:
    """Measurements of one call."""

    @property
    def duration(self) -> float:
        """Seconds spent inside the guest call."""
    @property
    def fuel(self) -> int | None:
        """Fuel burnt; ``None`` unless the sandbox has a fuel limit."""
    @property
    def peak_memory(self) -> int:
        """Largest size the instance's memory reached, in bytes."""
    def to_dict(self) -> dict[str, Any]:
        """As the outcome object's ``stats`` (``duration_us``, ``fuel``, ``peak_memory``)."""

class RunResult:
    """What one call wrote and what it cost."""

    @property
    def stdout(self) -> str: ...
    @property
    def stderr(self) -> str: ...
    @property
    def value(self) -> str | None:
        """``repr()`` of the value, for ``Session.eval``; ``None`` for ``exec``."""
    @property
    def stats(self) -> Stats: ...
    def to_dict(self) -> dict[str, Any]:
        """The outcome object every host reports (``wit/outcome.schema.json``)."""

class Runtime:
    """The compiled interpreter and engine settings, shared by sandboxes."""

    def __init__(
        self,
        *,
        component: _Path | None = None,
        code_cache_dir: _Path | None = ...,
        instance_pool: int | None = None,
        max_wasm_stack: int | None = None,
        snapshot_key: bytes | None = None,
    ) -> None:
        """``snapshot_key``: secret bytes; snapshots are then signed, and only
        snapshots signed with the same key (and unaltered) restore."""
    @staticmethod
    def default() -> Runtime:
        """The runtime sandboxes use when given none."""
    @property
    def code_cache_dir(self) -> os.PathLike[str] | None:
        """A pathlib.Path, or None."""
    @property
    def max_wasm_stack(self) -> int: ...
    @property
    def signs_snapshots(self) -> bool: ...
    def snapshot_from_bytes(self, data: bytes) -> Snapshot:
        """Reads snapshot bytes, checking their signature now."""

class Snapshot:
    """A session's state; ``bytes(snapshot)`` serializes it, and it pickles."""

    @staticmethod
    def from_bytes(data: bytes) -> Snapshot: ...
    def to_bytes(self) -> bytes: ...
    def __bytes__(self) -> bytes: ...
    @property
    def memory_size(self) -> int: ...

class HostCall:
    """One call a paused run waits on: ``approve(100, reason="x")`` gives
    ``name="approve"``, ``args=[100]``, ``kwargs={"reason": "x"}``."""

    def __init__(
        self,
        id: int,
        name: str,
        args: Sequence[_Json] | None = None,
        kwargs: Mapping[str, _Json] | None = None,
        awaited: bool = False,
    ) -> None: ...
    @property
    def id(self) -> int:
        """Names the call in ``Pending.resume``; unique in the interpreter's life."""
    @property
    def name(self) -> str: ...
    @property
    def args(self) -> list[_Json]:
        """A new list on each access."""
    @property
    def kwargs(self) -> dict[str, _Json]:
        """A new dict on each access."""
    @property
    def awaited(self) -> bool:
        """Made by an ``awaitable`` function (an asyncio future waits on it)."""
    def __hash__(self) -> int: ...

_Call = HostCall | int

class Pending:
    """A run paused at host calls; answer them to continue it.

    Each answer gives the finished run's ``RunResult`` or the next
    ``Pending``; an earlier ``Pending`` then raises ``RequestError``.
    Pickles as the paused session's snapshot plus the sandbox's plain
    settings (tool servers' commands and URLs included: loading connects
    again); Python callables granted with ``functions``, secrets (injected
    header values, bearer tokens) and the runtime do not pickle (supply them
    with ``mpsandbox.unpickling``; a runtime with the ``snapshot_key`` checks
    the signature).
    """

    @property
    def calls(self) -> list[HostCall]:
        """The calls the run waits on, oldest first."""
    @property
    def stdout(self) -> str:
        """What the part of the run that ended with this pause wrote."""
    @property
    def stderr(self) -> str: ...
    @property
    def stats(self) -> Stats:
        """What that part cost."""
    @property
    def session(self) -> Session: ...
    def resume(self, call: _Call, value: _Json | BaseException) -> RunResult | Pending:
        """``value`` must be JSON-shaped (``TypeError`` otherwise, and the run
        stays paused); an exception instance is raised at the call site
        (``TypeError`` as ``TypeError``, any other as ``host.HostError``)."""
    def resume_error(
        self, call: _Call, message: str, kind: Literal["failed", "limit", "invalid_arguments"] = "failed"
    ) -> RunResult | Pending:
        """Raises ``host.HostError``, ``host.HostLimitError`` or ``TypeError``
        with ``message`` at the call site."""
    def resume_all(self, answers: Mapping[_Call, _Json | BaseException]) -> RunResult | Pending:
        """Answers several calls (e.g. the awaited calls of one ``gather``)."""
    def snapshot(self) -> Snapshot:
        """The paused session; ``Sandbox.restore(...).pending()`` continues it."""
    def cancel(self) -> None:
        """Abandons the run; the session stays usable."""

class McpServer:
    """Where an MCP server is: a command speaking MCP on stdio, or a
    streamable-HTTP URL. ``Sandbox(tools=...)`` also takes a command (a list,
    or a str split at spaces) or a URL str directly."""

    def __init__(
        self,
        *,
        command: Sequence[str] | str | None = None,
        url: str | None = None,
        bearer_token: str | None = None,
        connect_timeout: float | None = None,
        call_timeout: float | None = None,
    ) -> None:
        """Exactly one of ``command`` and ``url``. ``bearer_token`` (URL servers)
        is sent as ``Authorization: Bearer ...`` and never pickles.
        ``connect_timeout`` (default 10 s): start, handshake and tool listing;
        ``call_timeout`` (default 30 s): one tool call."""
    @property
    def command(self) -> list[str] | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def has_bearer_token(self) -> bool: ...
    @property
    def connect_timeout(self) -> float | None: ...
    @property
    def call_timeout(self) -> float | None: ...

_ToolServer = str | Sequence[str] | McpServer

class Session:
    """A persistent interpreter; use as a context manager to free it promptly."""

    def exec(self, code: str, *, filename: str | None = None) -> RunResult: ...
    def eval(self, expression: str) -> RunResult: ...
    def start(self, code: str) -> RunResult | Pending:
        """Runs ``code`` as a pausable run: a ``Pending`` when it stops at a
        ``pausing`` (or awaited ``awaitable``) function's call."""
    def pending(self) -> Pending | None:
        """The paused run (also after restoring a snapshot of one), or ``None``."""
    def reset(self) -> None: ...
    def snapshot(self) -> Snapshot: ...
    def restore(self, snapshot: Snapshot) -> None: ...
    def interrupt(self) -> None: ...
    @property
    def poisoned(self) -> bool: ...
    @property
    def closed(self) -> bool: ...
    def close(self) -> None: ...
    def __enter__(self) -> Session: ...
    def __exit__(self, *exc: object) -> None: ...

class Sandbox:
    """A policy: limits, granted directories, host functions and tools."""

    def __init__(
        self,
        *,
        timeout: float | None = 30.0,
        memory: int | None = None,
        fuel: int | None = None,
        max_output: int | None = None,
        dirs: Mapping[str, _Grant] | None = None,
        functions: Mapping[str, Callable[..., _Json]] | None = None,
        allow_http: Sequence[str] | None = None,
        max_host_calls: int | None = None,
        max_host_value: int | None = None,
        pausing: Sequence[str] | None = None,
        awaitable: Sequence[str] | None = None,
        max_pauses: int | None = None,
        tools: Mapping[str, _ToolServer] | None = None,
        max_tool_calls: int | None = None,
        inject_headers: Sequence[tuple[str, str, str]] | None = None,
        max_http_requests: int | None = None,
        runtime: Runtime | None = None,
    ) -> None:
        """``pausing``/``awaitable``: host functions the caller answers through
        ``Session.start`` and ``Pending``; ``max_pauses`` caps one run's pauses.
        ``tools``: MCP servers by name, connected now and shared by every
        session (``from tools.<name> import ...`` in the sandbox);
        ``max_tool_calls``: tool calls per call to each server.
        ``inject_headers``: ``(host pattern, header name, value)`` added to
        ``fetch`` requests (needs ``allow_http``; the program sees the value as
        ``[secret]``); ``max_http_requests``: ``fetch`` calls per call."""
    def session(self) -> Session: ...
    def restore(self, snapshot: Snapshot) -> Session: ...
    def run(self, code: str) -> RunResult: ...
    def describe_tools(self) -> str:
        """Every tool's signature and description as Python stub text, for a
        model to read (what ``tools.describe()`` gives in the sandbox)."""
    @property
    def limits(self) -> dict[str, float | None]: ...
