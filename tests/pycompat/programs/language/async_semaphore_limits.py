# Limiting concurrency with asyncio.Semaphore while "downloading" files, plus timeouts
import asyncio

active = 0
peak = 0
log: list[str] = []


async def download(name: str, size: int, sem: asyncio.Semaphore) -> int:
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f"start {name}")
        for _ in range(size):
            await asyncio.sleep(0)
        active -= 1
        log.append(f"end {name}")
        return size * 100


async def slow_operation() -> str:
    await asyncio.sleep(1)
    return "finished"


async def main() -> None:
    sem = asyncio.Semaphore(2)
    files = {"a.zip": 3, "b.zip": 1, "c.zip": 2, "d.zip": 1, "e.zip": 4}
    sizes = await asyncio.gather(*(download(n, s, sem) for n, s in files.items()))
    print("bytes per file:", dict(zip(files, sizes)))
    print("total bytes:", sum(sizes))
    print("peak concurrency:", peak, "(limit 2)")
    print("starts:", sum(1 for l in log if l.startswith("start")), "ends:", sum(1 for l in log if l.startswith("end")))

    try:
        await asyncio.wait_for(slow_operation(), timeout=0.01)
    except asyncio.TimeoutError:
        print("slow_operation timed out")

    result = await asyncio.wait_for(asyncio.sleep(0, result="quick"), timeout=1)
    print("quick operation:", result)


asyncio.run(main())
