# Pluggable record transforms: a registry decorator using functools.wraps, Protocol typing and a pipeline
import functools
from typing import Any, Callable, Dict, List, Protocol

Record = Dict[str, Any]


class Transform(Protocol):
    __name__: str

    def __call__(self, record: Record) -> Record: ...


REGISTRY: Dict[str, Transform] = {}
CALLS: Dict[str, int] = {}


def transform(name: str) -> Callable[[Callable[[Record], Record]], Transform]:
    def decorator(fn: Callable[[Record], Record]) -> Transform:
        @functools.wraps(fn)
        def wrapper(record: Record) -> Record:
            CALLS[name] = CALLS.get(name, 0) + 1
            return fn(dict(record))
        REGISTRY[name] = wrapper
        return wrapper
    return decorator


@transform("strip")
def strip_strings(record: Record) -> Record:
    """Trim whitespace from every string value."""
    return {k: v.strip() if isinstance(v, str) else v for k, v in record.items()}


@transform("lower_email")
def lower_email(record: Record) -> Record:
    """Normalize the email column."""
    if "email" in record:
        record["email"] = record["email"].lower()
    return record


@transform("split_name")
def split_name(record: Record) -> Record:
    """Split full_name into first/last."""
    first, _, last = record.pop("full_name", "").partition(" ")
    record.update(first=first, last=last or None)
    return record


@transform("age_int")
def age_int(record: Record) -> Record:
    """Coerce age to int, None when missing or invalid."""
    try:
        record["age"] = int(record.get("age"))
    except (TypeError, ValueError):
        record["age"] = None
    return record


def pipeline(*names: str) -> Callable[[Record], Record]:
    steps = [REGISTRY[n] for n in names]
    return lambda rec: functools.reduce(lambda acc, step: step(acc), steps, rec)


rows = [{"full_name": " Ada Lovelace ", "email": "ADA@Engine.org ", "age": "36"},
        {"full_name": "Grace", "email": "grace@navy.mil", "age": "n/a"},
        {"full_name": "Alan Turing", "email": " Alan@Bletchley.UK", "age": 41}]
clean = pipeline("strip", "lower_email", "split_name", "age_int")
for row in rows:
    print(clean(row))
print("originals untouched:", rows[0]["full_name"] == " Ada Lovelace ")
print("calls:", CALLS)
for name, fn in REGISTRY.items():
    print(f"{name:<12} -> {fn.__name__}: {fn.__doc__} (wrapped {fn.__wrapped__.__name__})")
try:
    pipeline("strip", "geocode")
except KeyError as exc:
    print("unknown transform:", exc)
