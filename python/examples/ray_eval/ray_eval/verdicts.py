"""The verdict of one candidate program, decided from the sandbox's typed errors.

Nothing here parses free text the program controls: the sandbox reports what
stopped a call as a class (``LimitExceeded`` with ``limit``, ``PythonError``
with ``type``), and the candidate runs under a policy that grants nothing
(no directory, no host function, ``fetch`` with an empty allowlist), so every
attempt to reach past the sandbox surfaces as one of its refusals.
"""

from __future__ import annotations

import enum

import mpsandbox


class Verdict(str, enum.Enum):
    """What happened to one candidate; a ``str`` so it compares, prints and
    serializes as its value (``Verdict.PASS == "pass"``)."""

    PASS = "pass"  # the program loaded and every test passed
    WRONG = "wrong"  # a test's assertion failed
    TIMEOUT = "timeout"  # the wall-clock timeout or the fuel budget ran out
    MEMORY = "memory"  # the memory cap: the guest's MemoryError or the host's limit
    ERROR = "error"  # any other exception, a syntax error, the output or stack limit
    ESCAPE = "escape"  # reached for something the policy does not grant


# The sandbox refuses these modules outright (guest-micropython/refused_modules.c)
# with a ModuleNotFoundError whose message carries this phrase; a module that
# simply does not exist (``numpy``) says "No module named ..." instead and is
# an ordinary error, not an escape attempt.
REFUSED_MODULE_PHRASE = "is not available in the mpsandbox sandbox"
REFUSED_MODULES = ("socket", "ssl", "subprocess", "multiprocessing", "ctypes", "signal")

# With no directory granted the guest sees an empty, read-only file system:
# reading any path fails with FileNotFoundError, creating or writing one with
# PermissionError. So a file-system error escaping the program means it
# touched a file it was not given.
FILE_SYSTEM_ERRORS = frozenset(
    {
        "OSError",
        "FileNotFoundError",
        "FileExistsError",
        "PermissionError",
        "IsADirectoryError",
        "NotADirectoryError",
    }
)

# ``fetch`` is granted with an empty allowlist, so a network call is not a
# missing name (an ImportError indistinguishable from a typo) but the host's
# refusal, raised in the sandbox as host.HostError.
NETWORK_REFUSALS = frozenset({"HostError", "HostLimitError"})

TIMEOUT_LIMITS = frozenset({"timeout", "fuel"})


def classify(error: mpsandbox.SandboxError, *, in_tests: bool) -> Verdict:
    """The verdict for an error one call of the candidate's run raised.

    ``in_tests``: the call was one of the tests (an ``AssertionError`` there is
    a failed test; raised while the program itself loads it is an error).
    """
    if isinstance(error, mpsandbox.LimitExceeded):
        if error.limit in TIMEOUT_LIMITS:
            return Verdict.TIMEOUT
        if error.limit == "memory":
            return Verdict.MEMORY
        return Verdict.ERROR  # output or stack
    if isinstance(error, mpsandbox.PythonError):
        kind = error.type
        if kind == "MemoryError":
            return Verdict.MEMORY
        if kind == "ModuleNotFoundError" and REFUSED_MODULE_PHRASE in error.message:
            return Verdict.ESCAPE
        if kind in NETWORK_REFUSALS or kind in FILE_SYSTEM_ERRORS:
            return Verdict.ESCAPE
        if kind == "AssertionError" and in_tests:
            return Verdict.WRONG
        return Verdict.ERROR
    # A syntax error, an internal error of the sandbox, anything else typed.
    return Verdict.ERROR


def describe(error: mpsandbox.SandboxError) -> str:
    """One line saying what stopped the call, for a human reading the scores."""
    if isinstance(error, mpsandbox.LimitExceeded):
        return f"limit: {error.limit}"
    kind = getattr(error, "type", type(error).__name__)
    message = getattr(error, "message", str(error))
    if isinstance(error, mpsandbox.PythonSyntaxError):
        return f"{kind}: {message} (line {error.line})"
    return f"{kind}: {message}" if message else kind
