"""How a pickled :class:`Pending` comes back, in this process or another.

A pickled ``Pending`` holds the paused session's snapshot and its sandbox's
plain settings. What cannot pickle (the Python callables granted with
``functions``, and the runtime, whose ``snapshot_key`` must stay secret) is
supplied where it loads, through :func:`unpickling`.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from ._errors import ConfigurationError, InvalidSnapshot
from ._mpsandbox import Pending, Runtime, Sandbox, Snapshot

# (runtime, functions) for the Pendings loaded in this context. A context
# variable, so threads and asyncio tasks each see only their own.
_loading: contextvars.ContextVar[tuple[Runtime | None, Mapping[str, Callable[..., Any]]]] = contextvars.ContextVar(
    "mpsandbox_unpickling", default=(None, {})
)

_FORMAT = 1


@contextlib.contextmanager
def unpickling(
    *, runtime: Runtime | None = None, functions: Mapping[str, Callable[..., Any]] | None = None
) -> Iterator[None]:
    """Within the block, a ``Pending`` that ``pickle.loads`` rebuilds uses
    ``runtime`` (default: the default runtime) and gets back the host
    functions its sandbox granted, by name, from ``functions``.

    A runtime with a ``snapshot_key`` signs what it snapshots; load with a
    runtime holding the same key to have that checked (unsigned, altered or
    other-key bytes then raise ``InvalidSnapshot``; a runtime without a key
    checks for damage only)::

        with mpsandbox.unpickling(runtime=keyed, functions={"price": price}):
            pending = pickle.loads(data)
    """
    token = _loading.set((runtime, dict(functions or {})))
    try:
        yield
    finally:
        _loading.reset(token)


def load_pending(state: dict) -> Pending:
    """Rebuilds a pickled ``Pending``: a sandbox with the pickled settings
    (and, from :func:`unpickling`, the runtime and host functions), a
    session restored from the pickled snapshot, and its paused run."""
    if state.get("format") != _FORMAT:
        raise InvalidSnapshot(f"a pickled Pending of format {state.get('format')!r}; this package reads {_FORMAT}")
    runtime, functions = _loading.get()
    granted = state["functions"]
    missing = [name for name in granted if name not in functions]
    if missing:
        raise ConfigurationError(
            f"the paused run's sandbox granted the host functions {missing}, which do not pickle: "
            "load it inside `with mpsandbox.unpickling(functions={...}):`"
        )
    sandbox = Sandbox(
        **state["settings"],
        functions={name: functions[name] for name in granted} or None,
        runtime=runtime,
    )
    pending = sandbox.restore(Snapshot.from_bytes(state["snapshot"])).pending()
    if pending is None:
        raise InvalidSnapshot("the pickled snapshot holds no paused run")
    return pending
