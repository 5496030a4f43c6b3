"""Type hints for the extension module; the package re-exports every name."""

import os
from collections.abc import Mapping, Sequence
from typing import Any, Callable, Union

_Path = Union[str, "os.PathLike[str]"]
_Grant = _Path | tuple[_Path, str]
_Json = Any  # None, bool, int, float, str, and lists/dicts of them

DEFAULT_MEMORY: int
DEFAULT_MAX_OUTPUT: int
DEFAULT_TIMEOUT: float
DEFAULT_HOST_CALLS: int
DEFAULT_HOST_VALUE: int
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

class Session:
    """A persistent interpreter; use as a context manager to free it promptly."""

    def exec(self, code: str, *, filename: str | None = None) -> RunResult: ...
    def eval(self, expression: str) -> RunResult: ...
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
    """A policy: limits, granted directories and host functions."""

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
        runtime: Runtime | None = None,
    ) -> None: ...
    def session(self) -> Session: ...
    def restore(self, snapshot: Snapshot) -> Session: ...
    def run(self, code: str) -> RunResult: ...
    @property
    def limits(self) -> dict[str, float | None]: ...
