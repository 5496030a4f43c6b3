# Async generators, async for/async with, and tasks that return results in stages
import asyncio


class AsyncResource:
    def __init__(self, name: str):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"close {self.name} (error: {exc_type.__name__ if exc_type else None})")
        return False


async def ticker(limit: int):
    for i in range(limit):
        await asyncio.sleep(0)
        yield i


async def stage(name: str, value: int) -> str:
    await asyncio.sleep(0.001 * value)
    return f"{name}:{value * 10}"


async def main() -> list[str]:
    async with AsyncResource("sensor") as res:
        readings = [n async for n in ticker(5)]
        print(f"{res.name} readings:", readings)
        squares = []
        async for n in ticker(4):
            squares.append(n * n)
        print("squares:", squares)

    tasks = [asyncio.create_task(stage(f"job{i}", i)) for i in (3, 1, 2)]
    done = [await t for t in tasks]
    print("awaited in creation order:", done)

    try:
        async with AsyncResource("db"):
            raise RuntimeError("query failed")
    except RuntimeError as e:
        print("caught:", e)
    return done


outcome = asyncio.run(main())
print("asyncio.run returned:", outcome)
print("coroutine function check:", asyncio.iscoroutinefunction(main))
