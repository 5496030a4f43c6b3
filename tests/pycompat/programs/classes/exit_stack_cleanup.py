# Managing several resources with contextlib.ExitStack, suppress and closing
from contextlib import ExitStack, suppress, closing, nullcontext


class Resource:
    opened: list[str] = []

    def __init__(self, name: str, fail: bool = False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError(f"cannot open {self.name}")
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print(f"close {self.name}")

    def close(self):
        print(f"closing() called on {self.name}")


def process(names: list[str], fail_on: str | None = None) -> None:
    with ExitStack() as stack:
        resources = [stack.enter_context(Resource(n, fail=(n == fail_on))) for n in names]
        stack.callback(print, "callback: all done with", len(resources), "resources")
        print("working with", [r.name for r in resources], "| open now:", Resource.opened)


process(["db", "cache", "queue"])
print("open after:", Resource.opened)
try:
    process(["db", "cache", "queue"], fail_on="cache")
except RuntimeError as e:
    print("RuntimeError:", e, "| open after failure:", Resource.opened)

with suppress(KeyError, IndexError):
    print("looking up missing key")
    {}["nope"]
    print("never printed")
print("suppressed KeyError")

with closing(Resource("socket")) as sock:
    print("using", sock.name)

for use_lock in (True, False):
    ctx = Resource("lock") if use_lock else nullcontext("no-lock")
    with ctx as value:
        print("inside with:", value if isinstance(value, str) else value.name)
