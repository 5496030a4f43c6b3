# Image-thumbnail job queue: producers enqueue, workers process with task_done, queue.join waits for completion
import asyncio
from collections import Counter
from dataclasses import dataclass
from typing import Dict, List, Tuple


@dataclass(frozen=True)
class Image:
    name: str
    width: int
    height: int


def thumbnail_size(img: Image, box: int = 128) -> Tuple[int, int]:
    scale = min(box / img.width, box / img.height, 1.0)
    return max(1, round(img.width * scale)), max(1, round(img.height * scale))


async def producer(name: str, images: List[Image], q: asyncio.Queue) -> int:
    for img in images:
        await q.put(img)
        await asyncio.sleep(0)
    return len(images)


async def worker(wid: str, q: asyncio.Queue, out: Dict[str, Tuple[int, int]], load: Counter) -> None:
    while True:
        img: Image = await q.get()
        try:
            if img.width <= 0 or img.height <= 0:
                raise ValueError(f"{img.name}: invalid dimensions {img.width}x{img.height}")
            for _ in range(img.width * img.height // 500_000 + 1):
                await asyncio.sleep(0)
            out[img.name] = thumbnail_size(img)
            load[wid] += 1
        except ValueError as exc:
            out[img.name] = (0, 0)
            print("  skipped:", exc)
        finally:
            q.task_done()


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue(maxsize=3)
    out: Dict[str, Tuple[int, int]] = {}
    load: Counter = Counter()
    workers = [asyncio.create_task(worker(f"w{i}", q, out, load)) for i in range(3)]
    camera = [Image(f"IMG_{i:04d}.jpg", 4032, 3024) for i in range(4)]
    scans = [Image("receipt.png", 850, 2200), Image("blank.png", 0, 0), Image("icon.png", 64, 64)]
    web = [Image("banner.webp", 1920, 480), Image("avatar.gif", 300, 300)]
    counts = await asyncio.gather(producer("camera", camera, q), producer("scanner", scans, q), producer("web", web, q))
    print("produced:", counts, "| queue size after producers:", q.qsize())
    await q.join()
    print("all jobs done; queue empty:", q.empty())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for name in sorted(out):
        print(f"  {name:<14} -> {out[name][0]}x{out[name][1]}")
    print("processed:", sum(load.values()), "| busiest worker handled", max(load.values()))


asyncio.run(main())
