# Enforcing deadlines with asyncio.wait_for and asyncio.timeout: fallbacks, partial results and cancellation
import asyncio
from typing import Dict, List, Optional

EVENTS: List[str] = []


async def slow_lookup(key: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
        return f"value-of-{key}"
    except asyncio.CancelledError:
        EVENTS.append(f"{key} cancelled")
        raise


async def with_fallback(key: str, delay: float, limit: float, cache: Dict[str, str]) -> str:
    try:
        return await asyncio.wait_for(slow_lookup(key, delay), timeout=limit)
    except asyncio.TimeoutError:
        fallback = cache.get(key, "<default>")
        EVENTS.append(f"{key} timed out after {limit}s -> {fallback}")
        return fallback


async def collect_until_deadline(delays: Dict[str, float], deadline: float) -> Dict[str, Optional[str]]:
    tasks = {k: asyncio.create_task(slow_lookup(k, d)) for k, d in delays.items()}
    done, pending = await asyncio.wait(tasks.values(), timeout=deadline)
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return {k: (t.result() if t in done else None) for k, t in tasks.items()}


async def main() -> None:
    cache = {"b": "stale-b"}
    results = await asyncio.gather(
        with_fallback("a", 0.0, 0.2, cache),
        with_fallback("b", 0.3, 0.05, cache),
        with_fallback("c", 0.3, 0.05, cache),
    )
    print("with fallback:", results)
    partial = await collect_until_deadline({"x": 0.0, "y": 0.01, "z": 0.5}, deadline=0.1)
    print("within deadline:", partial)
    try:
        async with asyncio.timeout(0.05):
            await slow_lookup("w", 1.0)
    except TimeoutError:
        print("asyncio.timeout raised TimeoutError (same class as asyncio.TimeoutError:",
              asyncio.TimeoutError is TimeoutError, ")")
    quick = await asyncio.wait_for(slow_lookup("q", 0), timeout=None)
    print("no timeout:", quick)
    for e in sorted(EVENTS):
        print("  event:", e)


asyncio.run(main())
