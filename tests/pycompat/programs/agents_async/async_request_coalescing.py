# Coalescing duplicate concurrent requests: one in-flight future per key, shared by all callers, plus a TTL cache
import asyncio
from collections import Counter
from typing import Dict, List, Tuple

BACKEND_CALLS: Counter = Counter()


async def backend_price(symbol: str) -> float:
    BACKEND_CALLS[symbol] += 1
    for _ in range(3):
        await asyncio.sleep(0)
    if symbol == "BAD":
        raise KeyError(symbol)
    return round(sum(map(ord, symbol)) / 3.7, 2)


class Coalescer:
    def __init__(self, ttl_ticks: int) -> None:
        self.inflight: Dict[str, asyncio.Future] = {}
        self.cache: Dict[str, Tuple[int, float]] = {}
        self.ttl = ttl_ticks
        self.clock = 0
        self.stats = Counter()

    async def get(self, symbol: str) -> float:
        cached = self.cache.get(symbol)
        if cached and self.clock - cached[0] < self.ttl:
            self.stats["cache"] += 1
            return cached[1]
        if symbol in self.inflight:
            self.stats["joined"] += 1
            return await self.inflight[symbol]
        self.stats["backend"] += 1
        fut = asyncio.get_running_loop().create_future()
        self.inflight[symbol] = fut
        try:
            value = await backend_price(symbol)
            self.cache[symbol] = (self.clock, value)
            fut.set_result(value)
            return value
        except Exception as exc:
            fut.set_exception(exc)
            raise
        finally:
            del self.inflight[symbol]


async def main() -> None:
    c = Coalescer(ttl_ticks=2)
    waves: List[List[str]] = [["AAPL", "AAPL", "MSFT", "AAPL", "BAD", "BAD"], ["AAPL", "MSFT", "GOOG"],
                              ["AAPL", "GOOG", "GOOG"], ["MSFT"]]
    for tick, wave in enumerate(waves):
        c.clock = tick
        results = await asyncio.gather(*(c.get(s) for s in wave), return_exceptions=True)
        shown = [f"{s}={r!r}" if not isinstance(r, Exception) else f"{s}=<{type(r).__name__}>"
                 for s, r in zip(wave, results)]
        print(f"tick {tick}: {', '.join(shown)}")
    print("backend calls:", dict(sorted(BACKEND_CALLS.items())))
    print("served by:", dict(sorted(c.stats.items())), "| in flight now:", len(c.inflight))


asyncio.run(main())
