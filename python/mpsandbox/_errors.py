"""The exceptions mpsandbox raises, all under :class:`SandboxError`.

The extension module raises these classes; they are plain Python so they
carry typed attributes, pickle, and can be subclassed or caught like any other.
"""

from __future__ import annotations

from typing import Any


def _rebuild(cls: type, args: tuple, state: dict) -> SandboxError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class SandboxError(Exception):
    """Base class of every mpsandbox error.

    ``kind`` names the error as every host does (``docs/errors.md``);
    ``stdout``, ``stderr`` and ``stats`` hold what the failed call produced
    before it failed (empty, and ``None``, when no guest code ran).
    """

    kind: str = ""
    stdout: str
    stderr: str
    stats: Any | None

    def __init__(self, text: str = "", *, stdout: str = "", stderr: str = "", stats: Any = None, **attrs: Any) -> None:
        super().__init__(text)
        self.stdout = stdout
        self.stderr = stderr
        self.stats = stats
        for name, value in attrs.items():
            setattr(self, name, value)

    def __reduce__(self):  # keep the attributes across pickling
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))

    def to_dict(self) -> dict:
        """The outcome object every host reports (``wit/outcome.schema.json``),
        as ``mpsandbox --json`` prints it."""
        error = {
            "kind": self.kind,
            "type": getattr(self, "type", type(self).__name__),
            "message": getattr(self, "message", str(self)),
            "traceback": getattr(self, "traceback", ""),
        }
        for key in ("limit", "filename", "line", "column", "backtrace"):
            if getattr(self, key, None) is not None:
                error[key] = getattr(self, key)
        outcome = {"ok": False, "stdout": self.stdout, "stderr": self.stderr, "error": error}
        if self.stats is not None:
            outcome["stats"] = self.stats.to_dict()
        return outcome


class PythonError(SandboxError):
    """An exception escaped the sandboxed code.

    ``type`` is its class name (``"ZeroDivisionError"``), ``message`` its
    ``str()``, ``traceback`` the CPython-style traceback ending with the
    ``Type: message`` line; ``str(error)`` is that traceback.
    """

    kind = "exception"
    type: str
    message: str
    traceback: str


class PythonSyntaxError(SandboxError):
    """The source did not compile. ``line`` and ``column`` are 1-based
    (``column`` is 0 when the compiler named no token)."""

    kind = "syntax"
    type: str
    message: str
    filename: str
    line: int
    column: int
    traceback: str


class LimitExceeded(SandboxError):
    """A limit the host enforces stopped the call. ``limit`` is one of
    ``"memory"``, ``"fuel"``, ``"timeout"``, ``"output"``, ``"stack"``.
    The session is poisoned until ``reset()``."""

    kind = "limit"
    limit: str
    detail: str


class Interrupted(SandboxError):
    """``Session.interrupt()`` stopped the call."""

    kind = "interrupted"


class InternalError(SandboxError):
    """The interpreter or engine failed in a way no code should cause (a
    sandbox bug); ``backtrace`` is the wasm backtrace when there is one."""

    kind = "internal"
    backtrace: str | None


class SessionPoisoned(SandboxError):
    """An earlier call hit a limit, trapped or was interrupted; call
    ``reset()`` to continue with a fresh interpreter."""

    kind = "session_poisoned"


class SessionClosed(SandboxError):
    """The session was closed."""

    kind = "session_closed"


class ConfigurationError(SandboxError, ValueError):
    """A setting cannot work (a missing directory, a bad function name, a
    limit out of range). Nothing ran."""

    kind = "config"


class InvalidSnapshot(SandboxError, ValueError):
    """Bytes that are not a snapshot of this interpreter build, or are damaged."""

    kind = "invalid_snapshot"


class RequestError(SandboxError, ValueError):
    """A request the session's state cannot take, and nothing changed: in
    this package, a durable run's (an unknown or already answered call id, a
    stale ``Pending``, ``exec``/``eval``/``start`` while a run is paused).
    Protocol front ends also raise it for a request they cannot parse or
    route (``docs/errors.md``)."""

    kind = "request"


__all__ = [
    "SandboxError",
    "PythonError",
    "PythonSyntaxError",
    "LimitExceeded",
    "Interrupted",
    "InternalError",
    "SessionPoisoned",
    "SessionClosed",
    "ConfigurationError",
    "InvalidSnapshot",
    "RequestError",
]
