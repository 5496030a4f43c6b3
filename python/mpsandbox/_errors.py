"""The exceptions mpsandbox raises, all under :class:`SandboxError`.

The extension module raises these classes; they are plain Python so they
carry typed attributes, pickle, and can be subclassed or caught like any other.
"""

from __future__ import annotations

from typing import Any, Optional


def _rebuild(cls: type, args: tuple, state: dict) -> "SandboxError":
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class SandboxError(Exception):
    """Base class of every mpsandbox error.

    ``stdout``, ``stderr`` and ``stats`` hold what the failed call produced
    before it failed (empty, and ``None``, when no guest code ran).
    """

    stdout: str
    stderr: str
    stats: Optional[Any]

    def __init__(self, text: str = "", *, stdout: str = "", stderr: str = "", stats: Any = None, **attrs: Any) -> None:
        super().__init__(text)
        self.stdout = stdout
        self.stderr = stderr
        self.stats = stats
        for name, value in attrs.items():
            setattr(self, name, value)

    def __reduce__(self):  # keep the attributes across pickling
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class PythonError(SandboxError):
    """An exception escaped the sandboxed code.

    ``type`` is its class name (``"ZeroDivisionError"``), ``message`` its
    ``str()``, ``traceback`` the CPython-style traceback ending with the
    ``Type: message`` line; ``str(error)`` is that traceback.
    """

    type: str
    message: str
    traceback: str


class SandboxSyntaxError(SandboxError):
    """The source did not compile. ``line`` and ``column`` are 1-based
    (``column`` is 0 when the compiler named no token)."""

    type: str
    message: str
    filename: str
    line: int
    column: int
    traceback: str


class LimitExceeded(SandboxError):
    """A limit the host enforces stopped the call. ``kind`` is one of
    ``"memory"``, ``"fuel"``, ``"timeout"``, ``"output"``, ``"stack"``.
    The session is poisoned until ``reset()``."""

    kind: str
    detail: str


class Interrupted(SandboxError):
    """``Session.interrupt()`` stopped the call."""


class InternalError(SandboxError):
    """The interpreter or engine failed in a way no code should cause (a
    sandbox bug); ``backtrace`` is the wasm backtrace when there is one."""

    backtrace: Optional[str]


class SessionPoisoned(SandboxError):
    """An earlier call hit a limit, trapped or was interrupted; call
    ``reset()`` to continue with a fresh interpreter."""


class SessionClosed(SandboxError):
    """The session was closed."""


class ConfigurationError(SandboxError, ValueError):
    """A setting cannot work (a missing directory, a bad function name, a
    limit out of range). Nothing ran."""


class InvalidSnapshot(SandboxError, ValueError):
    """Bytes that are not a snapshot of this interpreter build, or are damaged."""


__all__ = [
    "SandboxError",
    "PythonError",
    "SandboxSyntaxError",
    "LimitExceeded",
    "Interrupted",
    "InternalError",
    "SessionPoisoned",
    "SessionClosed",
    "ConfigurationError",
    "InvalidSnapshot",
]
