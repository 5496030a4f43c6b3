# Fair sharing of inference slots: a global Semaphore plus per-tenant BoundedSemaphores caps each customer's share
import asyncio
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import DefaultDict, Dict, List, Tuple

GLOBAL_SLOTS = 4
TENANT_LIMIT = {"acme": 2, "globex": 1, "initech": 2}


@dataclass
class Scheduler:
    slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(GLOBAL_SLOTS))
    per_tenant: Dict[str, asyncio.BoundedSemaphore] = field(
        default_factory=lambda: {t: asyncio.BoundedSemaphore(n) for t, n in TENANT_LIMIT.items()})
    running: Counter = field(default_factory=Counter)
    peak: DefaultDict[str, int] = field(default_factory=lambda: defaultdict(int))
    order: List[str] = field(default_factory=list)

    async def infer(self, tenant: str, job: str, tokens: int) -> Tuple[str, int]:
        async with self.per_tenant[tenant]:
            async with self.slots:
                self.running[tenant] += 1
                self.peak[tenant] = max(self.peak[tenant], self.running[tenant])
                self.peak["total"] = max(self.peak["total"], sum(self.running.values()))
                self.order.append(f"{tenant}/{job}")
                try:
                    for _ in range(tokens // 100):
                        await asyncio.sleep(0)
                    if tokens > 1000:
                        raise ValueError(f"{job}: prompt of {tokens} tokens exceeds 1000")
                    return job, tokens * 2
                finally:
                    self.running[tenant] -= 1


async def main() -> None:
    sched = Scheduler()
    jobs = [("acme", f"a{i}", 300 + 100 * i) for i in range(5)] + \
           [("globex", f"g{i}", 200) for i in range(3)] + \
           [("initech", "i0", 1200), ("initech", "i1", 400), ("initech", "i2", 100)]
    results = await asyncio.gather(*(sched.infer(t, j, n) for t, j, n in jobs), return_exceptions=True)
    for (tenant, job, _), res in zip(jobs, results):
        text = f"error: {res}" if isinstance(res, Exception) else f"{res[1]} output tokens"
        print(f"{tenant:<8}{job:<4}{text}")
    print("start order:", " ".join(sched.order))
    print("peak concurrency:", dict(sorted(sched.peak.items())), "| limits:", TENANT_LIMIT, "global", GLOBAL_SLOTS)
    print("all released:", sum(sched.running.values()) == 0, sched.slots.locked())
    extra = asyncio.BoundedSemaphore(1)
    try:
        extra.release()
    except ValueError as exc:
        print("BoundedSemaphore over-release:", exc)
    plain = asyncio.Semaphore(1)
    plain.release()
    await plain.acquire()
    await plain.acquire()
    print("plain Semaphore allows it: acquired twice, locked now?", plain.locked())


asyncio.run(main())
