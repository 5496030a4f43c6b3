# Collect audit events through a custom logging.Handler, a brace-style Formatter and a LoggerAdapter.
import logging
import sys
from typing import List


class MemoryHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records: List[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


class UserAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[user={self.extra['user']}] {msg}", kwargs


audit = logging.getLogger("audit")
audit.setLevel(logging.DEBUG)
audit.propagate = False
memory = MemoryHandler(logging.INFO)
audit.addHandler(memory)
console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.WARNING)
console.setFormatter(logging.Formatter("{levelname:>8} :: {name} :: {message}", style="{"))
audit.addHandler(console)

alice = UserAdapter(audit, {"user": "alice"})
bob = UserAdapter(audit, {"user": "bob"})
alice.debug("opened dashboard")
alice.info("viewed report %s", "Q3")
bob.warning("failed login attempt %d", 3)
bob.error("account locked")
alice.info("exported %d rows", 1200)
audit.critical("audit log rotated", extra={"rotation": 7})

print(f"{len(memory.records)} records in memory")
plain = logging.Formatter("%(levelname)s:%(name)s:%(message)s")
for rec in memory.records:
    print(plain.format(rec), "|", rec.levelno, getattr(rec, "rotation", "-"))

by_level = {}
for rec in memory.records:
    by_level.setdefault(rec.levelname, []).append(rec.getMessage())
for level in sorted(by_level, key=logging.getLevelName):
    print(level, by_level[level])

tmpl = logging.Formatter("$levelname|$message", style="$")
print(tmpl.format(logging.makeLogRecord({"levelname": "INFO", "msg": "made by hand"})))
print(repr(alice), repr(audit), audit.hasHandlers(), logging.getLogger("audit.child").getEffectiveLevel())
