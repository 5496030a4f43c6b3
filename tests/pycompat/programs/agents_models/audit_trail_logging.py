# Audit trail for account changes using the logging module (stdout handler, custom formatter, levels, filters)
import logging
import sys
from dataclasses import dataclass, field
from typing import Dict, List


class AuditFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "silent", False)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-7s] %(name)s | %(message)s"))
handler.addFilter(AuditFilter())
logger = logging.getLogger("audit.accounts")
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
logger.propagate = False


@dataclass
class Profile:
    user: str
    email: str
    role: str = "member"
    history: List[Dict[str, str]] = field(default_factory=list)

    def update(self, actor: str, **changes: str) -> None:
        for key, new in changes.items():
            if not hasattr(self, key):
                logger.error("%s tried to set unknown field %r on %s", actor, key, self.user)
                continue
            old = getattr(self, key)
            if old == new:
                logger.debug("no-op change of %s for %s", key, self.user, extra={"silent": True})
                continue
            if key == "role" and actor == self.user:
                logger.warning("%s attempted self-promotion to %s", actor, new)
                continue
            setattr(self, key, new)
            self.history.append({"by": actor, "field": key, "old": old, "new": new})
            logger.info("%s changed %s of %s: %r -> %r", actor, key, self.user, old, new)


p = Profile("jo", "jo@old.example")
p.update("jo", email="jo@new.example")
p.update("jo", role="admin")
p.update("admin", role="editor", nickname="JJ")
p.update("admin", email="jo@new.example")
logger.setLevel(logging.WARNING)
p.update("admin", role="member")
p.update("jo", role="owner")
print("history entries:", len(p.history))
for h in p.history:
    print("  ", h)
print("effective level:", logging.getLevelName(logger.getEffectiveLevel()), "| enabled for INFO:",
      logger.isEnabledFor(logging.INFO))
