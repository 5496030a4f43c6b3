# Run a batch of tasks, catch their failures and summarize them with traceback's formatting helpers.
import traceback
from typing import Callable, List, Tuple


class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def parse_age(text):
    return int(text)


def check_user(user):
    if "@" not in user.get("email", ""):
        raise ValidationError("email", "missing @")
    return user


def load_config(cfg):
    try:
        return cfg["timeout"] / cfg["retries"]
    except ZeroDivisionError as exc:
        raise RuntimeError("invalid retry configuration") from exc


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}")


TASKS: List[Tuple[str, Callable[[], object]]] = [
    ("age", lambda: parse_age("42")),
    ("age-bad", lambda: parse_age("forty")),
    ("user", lambda: check_user({"email": "nobody"})),
    ("config", lambda: load_config({"timeout": 30, "retries": 0})),
    ("lookup", lambda: lookup({"a": 1}, "b")),
    ("empty", lambda: [][0]),
]

failures = []
for name, task in TASKS:
    try:
        value = task()
        print(f"{name}: ok -> {value}")
    except Exception as exc:
        failures.append((name, exc))
        only = traceback.format_exception_only(type(exc), exc)
        print(f"{name}: FAILED {only[-1].strip()}")

print(f"\n{len(failures)} failure(s)")
for name, exc in failures:
    te = traceback.TracebackException.from_exception(exc)
    chain = []
    cur = exc
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__cause__ or (None if cur.__suppress_context__ else cur.__context__)
    last_frame = te.stack[-1].name if te.stack else "?"
    print(f"- {name}: {str(te)!r} type={te.exc_type.__name__} chain={' <- '.join(chain)} in {last_frame}()")
    print("  ", "".join(te.format_exception_only()).strip())

err = ValidationError("name", "too short")
print(traceback.format_exception_only(err), traceback.format_exception(err)[-1].strip())
print(repr(traceback.format_exception_only(KeyError("k"))[0]))
