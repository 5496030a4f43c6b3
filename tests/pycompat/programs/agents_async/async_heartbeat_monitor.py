# Heartbeat monitor: worker tasks report heartbeats on a virtual clock; a watchdog flags stale workers via Event stop
import asyncio
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Registry:
    last_seen: Dict[str, int] = field(default_factory=dict)
    alerts: List[str] = field(default_factory=list)
    now: int = 0


async def clock(reg: Registry, stop: asyncio.Event, ticks: int) -> None:
    for _ in range(ticks):
        await asyncio.sleep(0)
        reg.now += 1
    stop.set()


async def worker(name: str, period: int, dies_at: int, reg: Registry, stop: asyncio.Event) -> str:
    next_beat = 0
    while not stop.is_set():
        if reg.now >= dies_at:
            return f"{name} crashed at t={reg.now}"
        if reg.now >= next_beat:
            reg.last_seen[name] = reg.now
            next_beat = reg.now + period
        await asyncio.sleep(0)
    return f"{name} stopped cleanly at t={reg.now}"


async def watchdog(reg: Registry, stop: asyncio.Event, timeout: int) -> None:
    flagged = set()
    while not stop.is_set():
        for name, seen in sorted(reg.last_seen.items()):
            stale = reg.now - seen > timeout
            if stale and name not in flagged:
                flagged.add(name)
                reg.alerts.append(f"t={reg.now}: {name} silent for {reg.now - seen} ticks")
            elif not stale and name in flagged:
                flagged.discard(name)
                reg.alerts.append(f"t={reg.now}: {name} recovered")
        await asyncio.sleep(0)


async def main() -> None:
    reg, stop = Registry(), asyncio.Event()
    specs = {"ingest": (3, 10 ** 9), "parser": (4, 25), "mailer": (12, 10 ** 9), "uploader": (2, 40)}
    workers = [asyncio.create_task(worker(n, p, d, reg, stop)) for n, (p, d) in specs.items()]
    dog = asyncio.create_task(watchdog(reg, stop, timeout=8))
    await clock(reg, stop, 60)
    outcomes = await asyncio.gather(*workers)
    await dog
    print("\n".join(outcomes))
    print("alerts:")
    for a in reg.alerts:
        print("  ", a)
    print("last seen:", dict(sorted(reg.last_seen.items())), "final t =", reg.now)


asyncio.run(main())
