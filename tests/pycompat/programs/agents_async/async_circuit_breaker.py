# Circuit breaker around a flaky async dependency: CLOSED -> OPEN after failures, HALF_OPEN probe after cooldown
import asyncio
from enum import Enum
from typing import Awaitable, Callable, List, TypeVar

T = TypeVar("T")


class State(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, threshold: int, cooldown: int) -> None:
        self.threshold, self.cooldown = threshold, cooldown
        self.state = State.CLOSED
        self.failures = 0
        self.opened_at = 0
        self.transitions: List[str] = []

    def _move(self, new: State, now: int) -> None:
        self.transitions.append(f"t={now}: {self.state.value} -> {new.value}")
        self.state = new

    async def call(self, fn: Callable[[], Awaitable[T]], now: int) -> T:
        if self.state is State.OPEN:
            if now - self.opened_at < self.cooldown:
                raise CircuitOpenError(f"open for {self.cooldown - (now - self.opened_at)} more ticks")
            self._move(State.HALF_OPEN, now)
        try:
            result = await fn()
        except Exception:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                self.opened_at = now
                self._move(State.OPEN, now)
            raise
        if self.state is State.HALF_OPEN:
            self._move(State.CLOSED, now)
        self.failures = 0
        return result


OUTAGE = set(range(3, 10)) | {15}


def make_request(t: int) -> Callable[[], Awaitable[str]]:
    async def request() -> str:
        await asyncio.sleep(0)
        if t in OUTAGE:
            raise ConnectionError("upstream 502")
        return f"200 OK @{t}"
    return request


async def main() -> None:
    breaker = CircuitBreaker(threshold=3, cooldown=4)
    outcome = []
    for t in range(20):
        try:
            res = await breaker.call(make_request(t), t)
            outcome.append(".")
            print(f"t={t:>2} {breaker.state.value:<9} {res}")
        except CircuitOpenError as exc:
            outcome.append("x")
            print(f"t={t:>2} {breaker.state.value:<9} short-circuited ({exc})")
        except ConnectionError as exc:
            outcome.append("F")
            print(f"t={t:>2} {breaker.state.value:<9} failed: {exc} (failures={breaker.failures})")
    print("timeline:", "".join(outcome))
    print("\n".join(breaker.transitions))


asyncio.run(main())
