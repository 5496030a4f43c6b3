# Coordinate asyncio tasks with deadlines: wait(FIRST_COMPLETED), as_completed, timeout() and TaskGroup.
import asyncio
from typing import List


async def probe(name: str, delay: float, value: int) -> str:
    await asyncio.sleep(delay)
    return f"{name}={value}"


async def slow_job() -> str:
    await asyncio.sleep(1)
    return "never"


async def main() -> None:
    tasks = [asyncio.create_task(probe(n, d, v), name=n)
             for n, d, v in [("a", 0.1, 1), ("b", 0.02, 2), ("c", 0.3, 3)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print("by deadline:", sorted(t.result() for t in done), "still pending:", len(pending))
    for t in pending:
        t.cancel()

    order: List[str] = []
    for fut in asyncio.as_completed([probe("x", 0.09, 7), probe("y", 0.01, 8), probe("z", 0.05, 9)]):
        order.append(await fut)
    print("completion order:", order)

    try:
        async with asyncio.timeout(0.05):
            await slow_job()
    except asyncio.TimeoutError:
        print("slow_job timed out")

    try:
        print(await asyncio.wait_for(slow_job(), timeout=0.05))
    except asyncio.TimeoutError:
        print("wait_for timed out")

    async with asyncio.TaskGroup() as tg:
        parts = [tg.create_task(probe(f"p{i}", 0.03 * (3 - i), i * i)) for i in range(3)]
    print("taskgroup:", [p.result() for p in parts])

    shielded = asyncio.create_task(probe("s", 0.01, 5))
    print(await asyncio.shield(shielded), shielded.done())
    results = await asyncio.gather(probe("g1", 0.06, 1), probe("g2", 0.01, 2))
    print("gathered in call order:", results)


asyncio.run(main())
