# Cancelling long-running async tasks cleanly: try/finally cleanup, CancelledError handling and shielding
import asyncio
from typing import List

log: List[str] = []


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name
        self.open = True
        log.append(f"open {name}")

    def close(self) -> None:
        self.open = False
        log.append(f"close {self.name}")


async def streamer(name: str, chunks: int, out: List[str]) -> int:
    res = Resource(name)
    sent = 0
    try:
        for i in range(chunks):
            out.append(f"{name}:{i}")
            sent += 1
            await asyncio.sleep(0)
        return sent
    except asyncio.CancelledError:
        log.append(f"{name} cancelled after {sent} chunks")
        raise
    finally:
        res.close()


async def critical_save(data: List[str]) -> str:
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(f"saved {len(data)} items")
    return "saved"


async def main() -> None:
    out: List[str] = []
    short = asyncio.create_task(streamer("short", 3, out))
    long = asyncio.create_task(streamer("long", 1000, out))
    for _ in range(6):
        await asyncio.sleep(0)
    print("short done?", short.done(), "| long done?", long.done())
    long.cancel()
    try:
        await long
    except asyncio.CancelledError:
        print("long task raised CancelledError to the awaiter")
    print("short result:", await short, "| long cancelled():", long.cancelled())
    print("chunks sent:", len(out), out[:4])

    saver = asyncio.create_task(critical_save(out))
    outer = asyncio.ensure_future(asyncio.shield(saver))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer wait was cancelled, but shielded save continues...")
    print("save result:", await saver)

    pending = [asyncio.create_task(streamer(f"bg{i}", 50, out)) for i in range(3)]
    await asyncio.sleep(0)
    for t in pending:
        t.cancel()
    results = await asyncio.gather(*pending, return_exceptions=True)
    print("gathered after cancel:", [type(r).__name__ for r in results])


asyncio.run(main())
print("\n".join(log))
