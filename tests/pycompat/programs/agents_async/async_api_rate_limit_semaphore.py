# Calling a slow fake API for many items with at most N in flight via asyncio.Semaphore, tracking concurrency
import asyncio
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Stats:
    in_flight: int = 0
    peak: int = 0
    timeline: List[str] = field(default_factory=list)


async def fake_geocode(city: str, stats: Stats) -> Dict[str, float]:
    stats.in_flight += 1
    stats.peak = max(stats.peak, stats.in_flight)
    stats.timeline.append(f"+{city}")
    try:
        for _ in range(len(city) % 3 + 1):
            await asyncio.sleep(0)
        if city.startswith("X"):
            raise ValueError(f"unknown city {city}")
        h = sum(map(ord, city))
        return {"lat": round((h % 180) - 90 + 0.5, 1), "lon": round((h * 7 % 360) - 180 + 0.25, 2)}
    finally:
        stats.in_flight -= 1
        stats.timeline.append(f"-{city}")


async def geocode_all(cities: List[str], limit: int) -> Stats:
    sem = asyncio.Semaphore(limit)
    stats = Stats()

    async def guarded(city: str):
        async with sem:
            return await fake_geocode(city, stats)

    results = await asyncio.gather(*(guarded(c) for c in cities), return_exceptions=True)
    ok = {c: r for c, r in zip(cities, results) if not isinstance(r, Exception)}
    failed = {c: str(r) for c, r in zip(cities, results) if isinstance(r, Exception)}
    print(f"limit={limit}: {len(ok)} ok, {len(failed)} failed, peak concurrency {stats.peak}")
    for city, coords in list(ok.items())[:3]:
        print(f"   {city}: {coords}")
    for city, msg in failed.items():
        print(f"   {city}: ERROR {msg}")
    return stats


CITIES = ["Lima", "Oslo", "Xanadu", "Cairo", "Perth", "Quito", "Dakar", "Xyz", "Hanoi", "Bern"]
for limit in (1, 3, 20):
    stats = asyncio.run(geocode_all(CITIES, limit))
    assert stats.in_flight == 0
    print("   first events:", " ".join(stats.timeline[:8]))
sem = asyncio.Semaphore(2)
print("semaphore locked initially:", sem.locked())
