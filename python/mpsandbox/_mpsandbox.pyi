"""Type hints for the extension module; the package re-exports every name."""

import os
from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple, Union

_Path = Union[str, "os.PathLike[str]"]
_Grant = Union[_Path, Tuple[_Path, str]]
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
    def fuel(self) -> Optional[int]:
        """Fuel burnt; ``None`` unless the sandbox has a fuel limit."""
    @property
    def peak_memory(self) -> int:
        """Largest size the instance's memory reached, in bytes."""

class RunResult:
    """What one call wrote and what it cost."""

    @property
    def stdout(self) -> str: ...
    @property
    def stderr(self) -> str: ...
    @property
    def value(self) -> Optional[str]:
        """``repr()`` of the value, for ``Session.eval``; ``None`` for ``exec``."""
    @property
    def stats(self) -> Stats: ...

class Runtime:
    """The compiled interpreter and engine settings, shared by sandboxes."""

    def __init__(
        self,
        *,
        component: Optional[_Path] = None,
        code_cache_dir: Optional[_Path] = ...,
        instance_pool: Optional[int] = None,
        max_wasm_stack: Optional[int] = None,
    ) -> None: ...
    @staticmethod
    def default() -> "Runtime":
        """The runtime sandboxes use when given none."""
    @property
    def code_cache_dir(self) -> Optional["os.PathLike[str]"]:
        """A pathlib.Path, or None."""
    @property
    def max_wasm_stack(self) -> int: ...

class Snapshot:
    """A session's state; ``bytes(snapshot)`` serializes it, and it pickles."""

    @staticmethod
    def from_bytes(data: bytes) -> "Snapshot": ...
    def to_bytes(self) -> bytes: ...
    def __bytes__(self) -> bytes: ...
    @property
    def memory_size(self) -> int: ...

class Session:
    """A persistent interpreter; use as a context manager to free it promptly."""

    def exec(self, code: str, *, filename: Optional[str] = None) -> RunResult: ...
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
    def __enter__(self) -> "Session": ...
    def __exit__(self, *exc: object) -> None: ...

class Sandbox:
    """A policy: limits, granted directories and host functions."""

    def __init__(
        self,
        *,
        timeout: Optional[float] = 30.0,
        memory: Optional[int] = None,
        fuel: Optional[int] = None,
        max_output: Optional[int] = None,
        dirs: Optional[Mapping[str, _Grant]] = None,
        functions: Optional[Mapping[str, Callable[..., _Json]]] = None,
        allow_http: Optional[Sequence[str]] = None,
        max_host_calls: Optional[int] = None,
        max_host_value: Optional[int] = None,
        runtime: Optional[Runtime] = None,
    ) -> None: ...
    def session(self) -> Session: ...
    def restore(self, snapshot: Snapshot) -> Session: ...
    def run(self, code: str) -> RunResult: ...
    @property
    def limits(self) -> Dict[str, Optional[float]]: ...
