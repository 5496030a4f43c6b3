# Async generators and comprehensions: stream sensor batches, filter/transform asynchronously, aggregate windows
import asyncio
import statistics
from typing import AsyncIterator, Dict, List, Tuple

READINGS = {"boiler": [71.2, 72.8, 75.1, 79.9, 84.3, 83.7, 80.2], "intake": [18.5, 18.9, 19.4, None, 19.9, 20.3],
            "exhaust": [240.0, 238.5, 251.2, 260.8, 255.0]}


async def sensor(name: str, values: List) -> AsyncIterator[Tuple[str, int, float]]:
    for i, v in enumerate(values):
        await asyncio.sleep(0)
        if v is None:
            continue
        yield name, i, v


async def merged(*streams: AsyncIterator) -> AsyncIterator[Tuple[str, int, float]]:
    iters = list(streams)
    while iters:
        for it in list(iters):
            try:
                yield await it.__anext__()
            except StopAsyncIteration:
                iters.remove(it)


async def windows(stream: AsyncIterator, size: int) -> AsyncIterator[List]:
    buf: List = []
    async for item in stream:
        buf.append(item)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


async def main() -> None:
    boiler = [v async for _, _, v in sensor("boiler", READINGS["boiler"])]
    print("boiler readings:", boiler)
    hot = [f"{n}@{i}" async for n, i, v in merged(*(sensor(n, vs) for n, vs in READINGS.items())) if v > 80]
    print("over 80:", hot)
    order = [f"{n[0]}{i}" async for n, i, _ in merged(*(sensor(n, vs) for n, vs in READINGS.items()))]
    print("interleaving:", " ".join(order))
    stats: Dict[str, List[float]] = {}
    async for win in windows(merged(*(sensor(n, vs) for n, vs in READINGS.items())), 4):
        names = sorted({n for n, _, _ in win})
        print(f"window of {len(win)}: sensors={names} max={max(v for _, _, v in win)}")
        for n, _, v in win:
            stats.setdefault(n, []).append(v)
    for n, vs in stats.items():
        trend = "rising" if vs[-1] > vs[0] else "falling"
        print(f"{n:<8} n={len(vs)} mean={statistics.mean(vs):.2f} {trend}")
    gen = sensor("intake", READINGS["intake"])
    first = await anext(gen)
    print("anext:", first, "| rest:", [v async for *_, v in gen])


asyncio.run(main())
