# Simulated concurrent API fetches with async/await, asyncio.gather and error handling
import asyncio

FAKE_API = {
    "/users/1": {"id": 1, "name": "Ann"},
    "/users/2": {"id": 2, "name": "Bob"},
    "/users/3": {"id": 3, "name": "Cy"},
}


class NotFoundError(Exception):
    pass


async def fetch(path: str, delay: float) -> dict:
    await asyncio.sleep(delay)
    if path not in FAKE_API:
        raise NotFoundError(f"404 for {path}")
    return FAKE_API[path]


async def fetch_user_names(ids: list[int]) -> list[str]:
    results = await asyncio.gather(*(fetch(f"/users/{i}", 0.001 * (4 - i)) for i in ids))
    return [r["name"] for r in results]


async def main() -> None:
    names = await fetch_user_names([1, 2, 3])
    print("names (in request order):", names)

    results = await asyncio.gather(
        fetch("/users/1", 0.002), fetch("/users/99", 0.001), fetch("/users/3", 0), return_exceptions=True
    )
    for r in results:
        if isinstance(r, Exception):
            print("  failed:", type(r).__name__, r)
        else:
            print("  ok:", r)

    try:
        await asyncio.gather(fetch("/users/2", 0), fetch("/nope", 0))
    except NotFoundError as e:
        print("gather raised:", e)

    single = await fetch("/users/2", 0)
    print("single await:", single["name"])
    lengths = await asyncio.gather(*[asyncio.sleep(0, result=len(n)) for n in names])
    print("sleep with result:", lengths)


asyncio.run(main())
print("event loop finished")
