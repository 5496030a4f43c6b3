# Process a batch of jobs with asyncio Queue workers, then aggregate results deterministically.
import asyncio
from dataclasses import dataclass
from typing import List


@dataclass
class Job:
    job_id: int
    size: int


@dataclass
class Result:
    job_id: int
    worker: str
    checksum: int


async def worker(name: str, queue: asyncio.Queue, results: List[Result], log: List[str]) -> None:
    while True:
        job = await queue.get()
        try:
            log.append(f"{name} start {job.job_id}")
            await asyncio.sleep(0.01 * job.size)
            checksum = sum(i * job.job_id for i in range(job.size)) % 997
            results.append(Result(job.job_id, name, checksum))
            log.append(f"{name} done {job.job_id}")
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue()
    for i, size in enumerate([1, 10, 5, 2, 4, 11, 6, 9], start=1):
        queue.put_nowait(Job(i, size))
    print("queued", queue.qsize(), "jobs")
    results: List[Result] = []
    log: List[str] = []
    workers = [asyncio.create_task(worker(f"w{n}", queue, results, log)) for n in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped:", [type(o).__name__ for o in outcomes])
    for line in log[:6]:
        print(line)
    for r in sorted(results, key=lambda r: r.job_id):
        print(f"job {r.job_id}: checksum={r.checksum:>3} by {r.worker}")
    per_worker = {}
    for r in results:
        per_worker[r.worker] = per_worker.get(r.worker, 0) + 1
    print(dict(sorted(per_worker.items())), queue.empty())


asyncio.run(main())
