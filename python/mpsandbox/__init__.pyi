import os
from collections.abc import Mapping, Sequence
from typing import Any, Callable

from ._durable import (
    unpickling as unpickling,
)
from ._errors import (
    ConfigurationError as ConfigurationError,
)
from ._errors import (
    InternalError as InternalError,
)
from ._errors import (
    Interrupted as Interrupted,
)
from ._errors import (
    InvalidSnapshot as InvalidSnapshot,
)
from ._errors import (
    LimitExceeded as LimitExceeded,
)
from ._errors import (
    PythonError as PythonError,
)
from ._errors import (
    PythonSyntaxError as PythonSyntaxError,
)
from ._errors import (
    RequestError as RequestError,
)
from ._errors import (
    SandboxError as SandboxError,
)
from ._errors import (
    SessionClosed as SessionClosed,
)
from ._errors import (
    SessionPoisoned as SessionPoisoned,
)
from ._mpsandbox import (
    COMPONENT_SIZE as COMPONENT_SIZE,
)
from ._mpsandbox import (
    DEFAULT_HOST_CALLS as DEFAULT_HOST_CALLS,
)
from ._mpsandbox import (
    DEFAULT_HOST_VALUE as DEFAULT_HOST_VALUE,
)
from ._mpsandbox import (
    DEFAULT_MAX_OUTPUT as DEFAULT_MAX_OUTPUT,
)
from ._mpsandbox import (
    DEFAULT_MEMORY as DEFAULT_MEMORY,
)
from ._mpsandbox import (
    DEFAULT_PAUSES as DEFAULT_PAUSES,
)
from ._mpsandbox import (
    DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
)
from ._mpsandbox import (
    HostCall as HostCall,
)
from ._mpsandbox import (
    McpServer as McpServer,
)
from ._mpsandbox import (
    Pending as Pending,
)
from ._mpsandbox import (
    RunResult as RunResult,
)
from ._mpsandbox import (
    Runtime as Runtime,
)
from ._mpsandbox import (
    Sandbox as Sandbox,
)
from ._mpsandbox import (
    Session as Session,
)
from ._mpsandbox import (
    Snapshot as Snapshot,
)
from ._mpsandbox import (
    Stats as Stats,
)

__version__: str

def run(
    code: str,
    *,
    timeout: float | None = 30.0,
    memory: int | None = None,
    fuel: int | None = None,
    max_output: int | None = None,
    dirs: Mapping[str, str | os.PathLike[str] | tuple[str | os.PathLike[str], str]] | None = None,
    functions: Mapping[str, Callable[..., Any]] | None = None,
    allow_http: Sequence[str] | None = None,
    inject_headers: Sequence[tuple[str, str, str]] | None = None,
    max_http_requests: int | None = None,
    tools: Mapping[str, str | Sequence[str] | McpServer] | None = None,
    max_tool_calls: int | None = None,
    max_host_calls: int | None = None,
    max_host_value: int | None = None,
    runtime: Runtime | None = None,
) -> RunResult: ...
