# Config validation driven by dataclasses field metadata (ranges, choices) with fields() introspection
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Dict, List


@dataclass
class ServerConfig:
    host: str = field(default="127.0.0.1", metadata={"help": "bind address"})
    port: int = field(default=8080, metadata={"min": 1, "max": 65535, "help": "TCP port"})
    workers: int = field(default=4, metadata={"min": 1, "max": 64})
    log_level: str = field(default="info", metadata={"choices": ("debug", "info", "warning", "error")})
    timeout: float = field(default=30.0, metadata={"min": 0.1})
    allowed_origins: List[str] = field(default_factory=list, metadata={"help": "CORS origins"})


def validate(cfg: Any) -> List[str]:
    errors = []
    for f in fields(cfg):
        value = getattr(cfg, f.name)
        meta = f.metadata
        if "min" in meta and value < meta["min"]:
            errors.append(f"{f.name}={value!r} below minimum {meta['min']}")
        if "max" in meta and value > meta["max"]:
            errors.append(f"{f.name}={value!r} above maximum {meta['max']}")
        if "choices" in meta and value not in meta["choices"]:
            errors.append(f"{f.name}={value!r} not one of {', '.join(meta['choices'])}")
    return errors


def from_env(env: Dict[str, str]) -> ServerConfig:
    kwargs: Dict[str, Any] = {}
    for f in fields(ServerConfig):
        key = "APP_" + f.name.upper()
        if key in env:
            raw = env[key]
            kwargs[f.name] = raw.split(",") if f.type == List[str] else f.type(raw)
    return ServerConfig(**kwargs)


print("options:")
for f in fields(ServerConfig):
    default = f.default if f.default is not MISSING else f"{f.default_factory.__name__}()"
    print(f"  --{f.name.replace('_', '-'):<16} default={default!r:<13} {f.metadata.get('help', '')}")

environments = {
    "dev": {"APP_PORT": "5000", "APP_LOG_LEVEL": "debug"},
    "prod": {"APP_HOST": "0.0.0.0", "APP_WORKERS": "16", "APP_ALLOWED_ORIGINS": "https://a.io,https://b.io"},
    "broken": {"APP_PORT": "70000", "APP_WORKERS": "0", "APP_LOG_LEVEL": "verbose", "APP_TIMEOUT": "0"},
}
for name, env in environments.items():
    cfg = from_env(env)
    problems = validate(cfg)
    print(f"\n[{name}] {cfg}")
    print("  valid" if not problems else "  errors:\n    " + "\n    ".join(problems))
print("\nmetadata is read-only:", type(fields(ServerConfig)[1].metadata).__name__)
