# Feature flags with percentage rollouts, user targeting rules and stable bucketing via hashlib
import hashlib
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

Rule = Callable[[Dict[str, str]], bool]


@contextmanager
def forced(flag: "Flag", rollout: int):
    saved = flag.rollout
    flag.rollout = rollout
    try:
        yield flag
    finally:
        flag.rollout = saved


def bucket(flag: str, user_id: str) -> int:
    digest = hashlib.sha256(f"{flag}:{user_id}".encode()).hexdigest()
    return int(digest[:8], 16) % 100


@dataclass
class Flag:
    name: str
    rollout: int = 0
    enabled: bool = True
    allow: List[str] = field(default_factory=list)
    rules: List[Rule] = field(default_factory=list)

    def evaluate(self, user: Dict[str, str]) -> Optional[str]:
        if not self.enabled:
            return None
        if user["id"] in self.allow:
            return "allowlist"
        if any(rule(user) for rule in self.rules):
            return "rule"
        if bucket(self.name, user["id"]) < self.rollout:
            return f"rollout<{self.rollout}"
        return None


flags = {
    "new-checkout": Flag("new-checkout", rollout=30, allow=["u-007"]),
    "dark-mode": Flag("dark-mode", rollout=100),
    "beta-search": Flag("beta-search", rollout=10, rules=[lambda u: u.get("plan") == "enterprise",
                                                          lambda u: u.get("country") == "NZ"]),
    "legacy-api": Flag("legacy-api", rollout=100, enabled=False),
}
users = [{"id": f"u-{n:03d}", "plan": plan, "country": c}
         for n, plan, c in [(1, "free", "US"), (7, "free", "DE"), (12, "pro", "NZ"), (23, "enterprise", "US"),
                            (42, "pro", "FR"), (99, "free", "BR")]]
for u in users:
    on = {name: flag.evaluate(u) for name, flag in flags.items()}
    active = [f"{n}({why})" for n, why in on.items() if why]
    print(f"{u['id']} {u['plan']:<10} -> {', '.join(active) or 'none'}")

population = [{"id": f"user{i}"} for i in range(2000)]
for pct in (5, 30, 75):
    f = Flag("probe", rollout=pct)
    share = sum(f.evaluate(u) is not None for u in population) / len(population)
    print(f"rollout {pct:>2}% -> observed {share:.1%}")
print("stable:", bucket("new-checkout", "u-001") == bucket("new-checkout", "u-001"),
      "bucket(u-042):", bucket("new-checkout", "u-042"))
with ExitStack() as stack:
    for name in ("new-checkout", "beta-search"):
        stack.enter_context(forced(flags[name], 100))
    print("forced on for u-099:", [n for n, f in flags.items() if f.evaluate(users[-1])])
print("restored rollouts:", {n: f.rollout for n, f in flags.items()})
