# Coordinating racers with asyncio.Event: everyone waits at the start gate, a finish event stops the race
import asyncio
import random
from typing import Dict, List

random.seed(3)
SPEEDS: Dict[str, List[int]] = {name: [random.randint(1, 6) for _ in range(12)] for name in ["ada", "bo", "cy", "dot"]}
TRACK = 20


async def racer(name: str, start: asyncio.Event, finish: asyncio.Event, ready: List[str], places: List[str],
                log: List[str]) -> int:
    ready.append(name)
    await start.wait()
    position, tick = 0, 0
    for step in SPEEDS[name]:
        if finish.is_set() and len(places) >= 3:
            log.append(f"{name} stops at {position} (race over)")
            return position
        position += step
        tick += 1
        await asyncio.sleep(0)
        if position >= TRACK:
            places.append(name)
            log.append(f"{name} finishes on tick {tick}")
            if len(places) == 1:
                finish.set()
            return position
    log.append(f"{name} ran out of steps at {position}")
    return position


async def main() -> None:
    start, finish = asyncio.Event(), asyncio.Event()
    ready: List[str] = []
    places: List[str] = []
    log: List[str] = []
    tasks = [asyncio.create_task(racer(n, start, finish, ready, places, log)) for n in SPEEDS]
    while len(ready) < len(tasks):
        await asyncio.sleep(0)
    print("at the gate:", ready, "| start set?", start.is_set())
    start.set()
    await finish.wait()
    print("first finisher:", places[0])
    final = await asyncio.gather(*tasks)
    for line in log:
        print("  ", line)
    print("positions:", dict(zip(SPEEDS, final)))
    print("podium:", places[:3])
    start.clear()
    print("gate reset:", start.is_set(), "| finish still set:", finish.is_set())


print({k: v[:6] for k, v in SPEEDS.items()})
asyncio.run(main())
