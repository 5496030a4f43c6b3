import os
from typing import Any, Callable, Mapping, Optional, Sequence, Tuple, Union

from ._errors import (
    ConfigurationError as ConfigurationError,
    InternalError as InternalError,
    Interrupted as Interrupted,
    InvalidSnapshot as InvalidSnapshot,
    LimitExceeded as LimitExceeded,
    PythonError as PythonError,
    SandboxError as SandboxError,
    SandboxSyntaxError as SandboxSyntaxError,
    SessionClosed as SessionClosed,
    SessionPoisoned as SessionPoisoned,
)
from ._mpsandbox import (
    COMPONENT_SIZE as COMPONENT_SIZE,
    DEFAULT_HOST_CALLS as DEFAULT_HOST_CALLS,
    DEFAULT_HOST_VALUE as DEFAULT_HOST_VALUE,
    DEFAULT_MAX_OUTPUT as DEFAULT_MAX_OUTPUT,
    DEFAULT_MEMORY as DEFAULT_MEMORY,
    DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
    RunResult as RunResult,
    Runtime as Runtime,
    Sandbox as Sandbox,
    Session as Session,
    Snapshot as Snapshot,
    Stats as Stats,
)

__version__: str

def run(
    code: str,
    *,
    timeout: Optional[float] = 30.0,
    memory: Optional[int] = None,
    fuel: Optional[int] = None,
    max_output: Optional[int] = None,
    dirs: Optional[Mapping[str, Union[str, "os.PathLike[str]", Tuple[Union[str, "os.PathLike[str]"], str]]]] = None,
    functions: Optional[Mapping[str, Callable[..., Any]]] = None,
    allow_http: Optional[Sequence[str]] = None,
    max_host_calls: Optional[int] = None,
    max_host_value: Optional[int] = None,
    runtime: Optional[Runtime] = None,
) -> RunResult: ...
