# Retry flaky async operations with exponential backoff and jitter from a seeded RNG, using a decorator
import asyncio
import functools
import random
from typing import Awaitable, Callable, Dict, List, Tuple, Type, TypeVar

T = TypeVar("T")
rng = random.Random(17)
SLEEPS: List[float] = []


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(attempts: int = 4, base: float = 0.1, retry_on: Tuple[Type[Exception], ...] = (TransientError,)):
    def decorator(fn: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs) -> T:
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        print(f"  {fn.__name__}{args}: giving up after {attempt} attempts ({exc})")
                        raise
                    delay = round(base * 2 ** (attempt - 1) * (1 + rng.random() / 2), 3)
                    SLEEPS.append(delay)
                    print(f"  {fn.__name__}{args}: attempt {attempt} failed ({exc}); backing off {delay}s")
                    await asyncio.sleep(0)
        return wrapper
    return decorator


FAILURES: Dict[str, int] = {"orders": 2, "users": 0, "invoices": 5, "audit": -1}
calls: Dict[str, int] = {}


@retry(attempts=4)
async def fetch_table(name: str) -> str:
    calls[name] = calls.get(name, 0) + 1
    await asyncio.sleep(0)
    if FAILURES[name] < 0:
        raise PermanentError(f"{name}: permission denied")
    if calls[name] <= FAILURES[name]:
        raise TransientError(f"{name}: timeout #{calls[name]}")
    return f"{name}: {calls[name] * 100} rows"


async def main() -> None:
    results = await asyncio.gather(*(fetch_table(n) for n in FAILURES), return_exceptions=True)
    for name, res in zip(FAILURES, results):
        kind = type(res).__name__ if isinstance(res, Exception) else "ok"
        print(f"{name:<9} {kind:<15} {res}")
    print("calls per table:", calls)
    print("backoff schedule:", SLEEPS, "total", round(sum(SLEEPS), 3))
    print("wrapper keeps name:", fetch_table.__name__, "| wrapped:", fetch_table.__wrapped__.__name__)


asyncio.run(main())
