# Layered app settings with types.SimpleNamespace, read-only MappingProxyType views and MethodType hooks
import json
import types
from types import MappingProxyType, SimpleNamespace

DEFAULTS = {"debug": False, "workers": 2, "db": {"host": "localhost", "port": 5432}, "name": "app"}


def to_namespace(obj):
    if isinstance(obj, dict):
        return SimpleNamespace(**{k: to_namespace(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_namespace(v) for v in obj]
    return obj


def to_dict(ns):
    if isinstance(ns, SimpleNamespace):
        return {k: to_dict(v) for k, v in vars(ns).items()}
    return ns


def merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for k, v in override.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


env_override = json.loads('{"workers": 8, "db": {"host": "db.internal"}, "features": ["a", "b"]}')
settings = to_namespace(merge(DEFAULTS, env_override))
print(settings)
print("db:", settings.db.host, settings.db.port, "workers:", settings.workers)
settings.debug = True
settings.db.timeout = 30
del settings.name
print("has name:", hasattr(settings, "name"), "keys:", sorted(vars(settings)))
print("roundtrip:", json.dumps(to_dict(settings), sort_keys=True))
print("equality:", SimpleNamespace(a=1, b=[2]) == SimpleNamespace(b=[2], a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
print("empty:", SimpleNamespace(), repr(SimpleNamespace(x=SimpleNamespace(y=None))))

frozen = MappingProxyType(DEFAULTS)
print("proxy:", frozen["workers"], len(frozen), "db" in frozen, sorted(frozen), frozen.get("missing", "-"))
try:
    frozen["workers"] = 99
except TypeError as e:
    print("TypeError:", e)
DEFAULTS["workers"] = 4
print("live view:", frozen["workers"], type(frozen).__name__, dict(frozen) == DEFAULTS)


class Service:
    def __init__(self, name: str) -> None:
        self.name = name


def health(self, verbose: bool = False) -> str:
    return f"{self.name}: ok" + (" (verbose)" if verbose else "")


svc = Service("billing")
svc.health = types.MethodType(health, svc)
print(svc.health(), svc.health(verbose=True), svc.health.__self__ is svc)
print("types:", isinstance(health, types.FunctionType), isinstance(json, types.ModuleType),
      isinstance((x for x in []), types.GeneratorType), types.NoneType is type(None))
