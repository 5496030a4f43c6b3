# Simulate a sliding-window API rate limiter over a fixed request log using collections.deque.
from collections import deque, defaultdict
from dataclasses import dataclass
from typing import Deque, Dict, List, Tuple


@dataclass
class Limit:
    max_requests: int
    window_seconds: float


class SlidingWindowLimiter:
    def __init__(self, limit: Limit) -> None:
        self.limit = limit
        self.windows: Dict[str, Deque[float]] = defaultdict(deque)

    def allow(self, client: str, now: float) -> bool:
        window = self.windows[client]
        while window and now - window[0] >= self.limit.window_seconds:
            window.popleft()
        if len(window) < self.limit.max_requests:
            window.append(now)
            return True
        return False

    def retry_after(self, client: str, now: float) -> float:
        window = self.windows[client]
        return round(self.limit.window_seconds - (now - window[0]), 3) if window else 0.0


REQUESTS: List[Tuple[float, str]] = [
    (0.0, "alpha"), (0.2, "alpha"), (0.4, "beta"), (0.5, "alpha"), (0.9, "alpha"),
    (1.1, "alpha"), (1.3, "beta"), (2.05, "alpha"), (2.1, "alpha"), (2.2, "beta"),
    (2.25, "beta"), (2.3, "beta"), (2.35, "beta"), (3.5, "alpha"), (4.0, "beta"),
]


def main() -> None:
    limiter = SlidingWindowLimiter(Limit(max_requests=3, window_seconds=2.0))
    stats: Dict[str, List[int]] = defaultdict(lambda: [0, 0])
    for ts, client in REQUESTS:
        ok = limiter.allow(client, ts)
        stats[client][0 if ok else 1] += 1
        suffix = "" if ok else f" (retry in {limiter.retry_after(client, ts)}s)"
        print(f"t={ts:>5.2f} {client:<6} {'ALLOW' if ok else 'DENY '}{suffix}")
    print()
    for client, (allowed, denied) in sorted(stats.items()):
        print(f"{client}: allowed={allowed} denied={denied} rate={allowed / (allowed + denied):.0%}")
    recent = deque(REQUESTS, maxlen=4)
    print("last 4 requests:", list(recent))
    recent.rotate(1)
    print("rotated:", [c for _, c in recent], "maxlen:", recent.maxlen)


main()
