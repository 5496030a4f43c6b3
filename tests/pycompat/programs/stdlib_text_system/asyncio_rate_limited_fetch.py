# Simulate rate-limited API fetches with asyncio: a Semaphore, timeouts, retries and gathered results.
import asyncio
from typing import Dict, Optional

LATENCY = {"users": 0.02, "orders": 0.06, "stock": 0.5, "prices": 0.04, "reviews": 0.03}
FLAKY = {"prices": 1}


async def fetch(endpoint: str, sem: asyncio.Semaphore, calls: Dict[str, int]) -> Dict[str, object]:
    async with sem:
        calls[endpoint] = calls.get(endpoint, 0) + 1
        await asyncio.sleep(LATENCY[endpoint])
        if FLAKY.get(endpoint, 0) >= calls[endpoint]:
            raise ConnectionResetError(f"{endpoint}: connection reset")
        return {"endpoint": endpoint, "items": len(endpoint) * 3}


async def fetch_with_retry(endpoint: str, sem: asyncio.Semaphore, calls: Dict[str, int],
                           timeout: float = 0.25, retries: int = 2) -> Optional[Dict[str, object]]:
    for attempt in range(1, retries + 1):
        try:
            return await asyncio.wait_for(fetch(endpoint, sem, calls), timeout=timeout)
        except asyncio.TimeoutError:
            print(f"{endpoint}: timeout on attempt {attempt}")
        except ConnectionResetError as exc:
            print(f"{endpoint}: {exc} (attempt {attempt})")
    return None


async def main() -> None:
    sem = asyncio.Semaphore(2)
    calls: Dict[str, int] = {}
    endpoints = list(LATENCY)
    results = await asyncio.gather(*(fetch_with_retry(e, sem, calls) for e in endpoints))
    for endpoint, res in zip(endpoints, results):
        print(f"{endpoint:>8}: {res['items'] if res else 'FAILED'}")
    print("calls:", dict(sorted(calls.items())))
    ok = [r for r in results if r]
    print(f"{len(ok)}/{len(results)} succeeded, {sum(r['items'] for r in ok)} items")

    async def boom(n: int) -> int:
        await asyncio.sleep(0.001 * n)
        if n % 2:
            raise ValueError(f"odd input {n}")
        return n * n

    mixed = await asyncio.gather(*(boom(n) for n in range(5)), return_exceptions=True)
    print([m if isinstance(m, int) else f"{type(m).__name__}: {m}" for m in mixed])


asyncio.run(main())
