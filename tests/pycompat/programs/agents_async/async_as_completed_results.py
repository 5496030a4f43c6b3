# Process results in completion order with asyncio.as_completed versus submission order with gather
import asyncio
from dataclasses import dataclass
from typing import List


@dataclass(frozen=True)
class Job:
    name: str
    ticks: int
    fails: bool = False


JOBS = [Job("resize-images", 6), Job("send-emails", 2), Job("build-index", 9), Job("warm-cache", 1),
        Job("export-pdf", 4, fails=True), Job("sync-crm", 3)]


async def run(job: Job) -> str:
    for _ in range(job.ticks):
        await asyncio.sleep(0)
    if job.fails:
        raise RuntimeError(f"{job.name} crashed")
    return f"{job.name} ({job.ticks} ticks)"


async def main() -> None:
    finished: List[str] = []
    for position, fut in enumerate(asyncio.as_completed([run(j) for j in JOBS]), 1):
        try:
            result = await fut
            finished.append(result)
            print(f"{position}. done: {result}")
        except RuntimeError as exc:
            print(f"{position}. error: {exc}")
    print("gather order:", await asyncio.gather(*(run(j) for j in JOBS if not j.fails)))

    tasks = {asyncio.create_task(run(j), name=j.name): j for j in JOBS}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception stop:", sorted(t.get_name() for t in done), "| still running:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    for t in done:
        if t.exception():
            print("  failed task:", t.get_name(), "->", t.exception())

    first_done, rest = await asyncio.wait([asyncio.create_task(run(j)) for j in JOBS[:3]],
                                          return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in first_done], "| others:", len(rest))
    await asyncio.gather(*rest)
    print("total finished in as_completed loop:", len(finished))


asyncio.run(main())
