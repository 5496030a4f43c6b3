# Producer/consumer pipeline with asyncio.Queue and multiple worker tasks
import asyncio


async def producer(queue: asyncio.Queue, jobs: list[int]) -> None:
    for job in jobs:
        await queue.put(job)
    print(f"producer queued {len(jobs)} jobs")


async def worker(name: str, queue: asyncio.Queue, results: dict[int, int]) -> int:
    handled = 0
    while True:
        job = await queue.get()
        try:
            if job is None:
                return handled
            await asyncio.sleep(0)
            results[job] = job * job
            handled += 1
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue = asyncio.Queue(maxsize=3)
    results: dict[int, int] = {}
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await producer(queue, list(range(1, 11)))
    await queue.join()
    print("all jobs processed; queue empty:", queue.empty())
    for _ in workers:
        await queue.put(None)
    handled_counts = await asyncio.gather(*workers)
    print("jobs handled in total:", sum(handled_counts), "by", len(workers), "workers")
    print("results:", dict(sorted(results.items())))
    print("sum of squares:", sum(results.values()))


asyncio.run(main())
