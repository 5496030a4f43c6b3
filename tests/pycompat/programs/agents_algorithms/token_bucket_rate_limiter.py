# Token-bucket and sliding-window rate limiters driven by a simulated clock, comparing accept/reject decisions
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Deque, Dict, List, Tuple


@dataclass
class TokenBucket:
    rate: float
    capacity: float
    tokens: float = field(init=False)
    last: float = 0.0

    def __post_init__(self) -> None:
        self.tokens = self.capacity

    def allow(self, now: float, cost: float = 1.0) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False


@dataclass
class SlidingWindow:
    limit: int
    window: float
    hits: Deque[float] = field(default_factory=deque)

    def allow(self, now: float) -> bool:
        while self.hits and self.hits[0] <= now - self.window:
            self.hits.popleft()
        if len(self.hits) < self.limit:
            self.hits.append(now)
            return True
        return False


requests: List[Tuple[float, str]] = []
for i in range(12):
    requests.append((i * 0.1, "alice"))
for i in range(6):
    requests.append((0.05 + i * 0.5, "bob"))
requests += [(2.0, "alice"), (2.05, "alice"), (2.1, "alice"), (3.5, "alice")]
requests.sort()

buckets: Dict[str, TokenBucket] = defaultdict(lambda: TokenBucket(rate=2.0, capacity=5))
windows: Dict[str, SlidingWindow] = defaultdict(lambda: SlidingWindow(limit=5, window=1.0))
stats = defaultdict(lambda: [0, 0])
for t, user in requests:
    a = buckets[user].allow(t)
    b = windows[user].allow(t)
    stats[user][0] += a
    stats[user][1] += b
    flag = "" if a == b else "  <- limiters disagree"
    print(f"t={t:4.2f} {user:<6} bucket={'ok ' if a else '429'} window={'ok ' if b else '429'} "
          f"tokens={buckets[user].tokens:4.2f}{flag}")
for user, (a, b) in sorted(stats.items()):
    total = sum(1 for _, u in requests if u == user)
    print(f"{user}: {total} requests, token bucket accepted {a}, sliding window accepted {b}")
