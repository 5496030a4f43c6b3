# Layered application settings: defaults < file < environment < CLI using collections.ChainMap and a dataclass
from collections import ChainMap
from dataclasses import dataclass, fields
from typing import Any, Dict, Mapping

DEFAULTS = {"host": "localhost", "port": 8000, "debug": False, "db_url": "sqlite:///app.db", "pool": 5}
FILE_CONFIG = {"port": 8080, "db_url": "postgres://db/app", "pool": 10}
ENVIRON = {"APP_DEBUG": "true", "APP_POOL": "20", "HOME": "/root", "APP_UNKNOWN": "x"}
CLI_ARGS = {"port": 9090, "host": None}


def parse_bool(text: str) -> bool:
    return text.strip().lower() in {"1", "true", "yes", "on"}


def env_layer(environ: Mapping[str, str]) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    for key, value in environ.items():
        if not key.startswith("APP_"):
            continue
        name = key[4:].lower()
        if name not in DEFAULTS:
            print(f"warning: ignoring unknown setting {key}")
            continue
        kind = type(DEFAULTS[name])
        out[name] = parse_bool(value) if kind is bool else kind(value)
    return out


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    debug: bool
    db_url: str
    pool: int

    @classmethod
    def from_mapping(cls, m: Mapping[str, Any]) -> "Settings":
        return cls(**{f.name: m[f.name] for f in fields(cls)})


cli = {k: v for k, v in CLI_ARGS.items() if v is not None}
layers = ChainMap(cli, env_layer(ENVIRON), FILE_CONFIG, DEFAULTS)
settings = Settings.from_mapping(layers)
print(settings)
names = ["cli", "env", "file", "defaults"]
for key in DEFAULTS:
    source = next(n for n, m in zip(names, layers.maps) if key in m)
    print(f"  {key:<7} = {layers[key]!r:<22} (from {source})")

test_layers = layers.new_child({"debug": False, "db_url": "sqlite:///:memory:"})
print("test override:", Settings.from_mapping(test_layers))
print("parent unchanged:", layers["db_url"], "| depth", len(test_layers.maps), "vs", len(layers.maps))
test_layers["pool"] = 1
print("writes go to first map:", test_layers.maps[0], "| pool via parents:", test_layers.parents["pool"])
print("all keys:", sorted(layers))
