# Nested logging sections using a context manager that tracks indentation depth
from contextlib import contextmanager


class TreeLogger:
    def __init__(self, indent: str = "  "):
        self.depth = 0
        self.indent = indent
        self.lines: list[str] = []

    def log(self, msg: str) -> None:
        line = f"{self.indent * self.depth}{msg}"
        self.lines.append(line)
        print(line)

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        if exc_type is not None:
            self.log(f"! section failed with {exc_type.__name__}")
        return False

    @contextmanager
    def section(self, title: str):
        self.log(f"{title}:")
        with self:
            yield self
        self.log(f"(end {title})")


log = TreeLogger()
log.log("build started")
with log.section("compile"):
    for module in ("core", "utils", "api"):
        log.log(f"compiling {module}")
    with log.section("codegen"):
        log.log("generated 3 files")
with log.section("test"):
    try:
        with log.section("unit"):
            log.log("42 passed")
            raise AssertionError("1 failed")
    except AssertionError as e:
        log.log(f"caught: {e}")
log.log("build finished")
print("depth back to:", log.depth)
print("max indentation:", max(len(l) - len(l.lstrip()) for l in log.lines))
print("lines logged:", len(log.lines))
