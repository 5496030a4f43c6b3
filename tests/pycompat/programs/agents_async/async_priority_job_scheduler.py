# Priority job scheduler on asyncio.PriorityQueue: workers pull urgent jobs first, jobs can spawn follow-ups
import asyncio
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import List


class Priority(IntEnum):
    URGENT = 0
    HIGH = 1
    NORMAL = 2
    BULK = 3


@dataclass(order=True)
class Job:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    cost: int = field(compare=False, default=1)
    follow_up: List["Job"] = field(compare=False, default_factory=list)


counter = itertools.count()


def make(priority: Priority, name: str, cost: int = 1, follow_up: List[Job] = ()) -> Job:
    return Job(priority, next(counter), name, cost, list(follow_up))


async def worker(wid: int, q: asyncio.PriorityQueue, log: List[str]) -> None:
    while True:
        job: Job = await q.get()
        for _ in range(job.cost):
            await asyncio.sleep(0)
        log.append(f"w{wid} ran {job.name} [{job.priority.name}]")
        for child in job.follow_up:
            await q.put(child)
        q.task_done()


async def main() -> None:
    q: asyncio.PriorityQueue = asyncio.PriorityQueue()
    initial = [
        make(Priority.BULK, "reindex-archive", 3),
        make(Priority.NORMAL, "send-newsletter", 2, [make(Priority.BULK, "newsletter-stats")]),
        make(Priority.URGENT, "rotate-leaked-key", 1, [make(Priority.URGENT, "notify-security"),
                                                      make(Priority.HIGH, "audit-access-logs", 2)]),
        make(Priority.HIGH, "refund-order-991"),
        make(Priority.BULK, "compress-logs", 2),
        make(Priority.NORMAL, "generate-invoices", 2),
    ]
    for job in initial:
        q.put_nowait(job)
    print("queued:", q.qsize(), "| full:", q.full())
    log: List[str] = []
    workers = [asyncio.create_task(worker(i, q, log)) for i in (1, 2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for i, line in enumerate(log, 1):
        print(f"{i:>2}. {line}")
    per_worker = {f"w{i}": sum(1 for l in log if l.startswith(f"w{i} ")) for i in (1, 2)}
    print("jobs per worker:", per_worker, "| queue empty:", q.empty())
    print(sorted([make(Priority.BULK, "b"), make(Priority.URGENT, "u"), make(Priority.BULK, "a")])[0].name)


asyncio.run(main())
