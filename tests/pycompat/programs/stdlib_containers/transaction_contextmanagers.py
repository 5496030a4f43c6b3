# Simulate a transactional key-value store with contextlib: contextmanager rollback, suppress, ExitStack, nullcontext, redirect_stdout.
from contextlib import contextmanager, suppress, ExitStack, nullcontext, redirect_stdout, closing
from typing import Dict, Iterator, List
import copy
import io

store: Dict[str, int] = {"alice": 100, "bob": 50}
journal: List[str] = []


@contextmanager
def transaction(name: str) -> Iterator[Dict[str, int]]:
    snapshot = copy.deepcopy(store)
    journal.append(f"begin {name}")
    try:
        yield store
    except ValueError as exc:
        store.clear()
        store.update(snapshot)
        journal.append(f"rollback {name}: {exc}")
    else:
        journal.append(f"commit {name}")


def transfer(db: Dict[str, int], src: str, dst: str, amount: int) -> None:
    if db[src] < amount:
        raise ValueError(f"{src} has only {db[src]}")
    db[src] -= amount
    db[dst] += amount


with transaction("t1") as db:
    transfer(db, "alice", "bob", 30)
with transaction("t2") as db:
    transfer(db, "bob", "alice", 10)
    transfer(db, "bob", "alice", 500)
print("balances:", store)
print("journal:", journal)

with suppress(KeyError):
    print("carol:", store["carol"])
print("suppressed missing carol")


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
        print(f"open {name}")

    def close(self) -> None:
        print(f"close {self.name}")


with ExitStack() as stack:
    handles = [stack.enter_context(closing(Resource(n))) for n in ("db", "cache", "queue")]
    stack.callback(print, "all resources released")
    print("using", [h.name for h in handles])

for verbose in (True, False):
    buffer = io.StringIO()
    with redirect_stdout(buffer) if not verbose else nullcontext():
        print(f"report (verbose={verbose})")
    print("captured:", repr(buffer.getvalue()))


@contextmanager
def indented(prefix: str, lines: List[str]):
    lines.append(prefix + "{")
    yield lambda text: lines.append(prefix + "  " + text)
    lines.append(prefix + "}")


out: List[str] = []
with indented("", out) as emit:
    emit("x = 1")
    with indented("  ", out) as inner:
        inner("y = 2")
print("\n".join(out))
