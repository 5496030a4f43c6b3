# Simulated concurrent web crawler: asyncio.Queue of URLs, worker tasks, visited set and depth limit
import asyncio
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Set, Tuple

SITE: Dict[str, List[str]] = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team", "/careers"],
    "/blog": ["/blog/1", "/blog/2", "/blog/3"],
    "/blog/1": ["/blog/2", "/shop/item/7"],
    "/blog/2": ["/blog/1", "/missing"],
    "/blog/3": ["/"],
    "/shop": ["/shop/item/7", "/shop/item/8", "/cart"],
    "/shop/item/7": ["/cart"],
    "/shop/item/8": ["/cart", "/shop/item/9"],
    "/team": [], "/careers": ["/careers/eng"], "/cart": [], "/careers/eng": [], "/shop/item/9": [],
}


@dataclass
class Crawler:
    max_depth: int
    workers: int = 3
    visited: Set[str] = field(default_factory=set)
    results: List[Tuple[str, int, int]] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)
    per_worker: Counter = field(default_factory=Counter)

    async def fetch(self, url: str) -> List[str]:
        await asyncio.sleep(0)
        if url not in SITE:
            raise LookupError(f"404 {url}")
        return SITE[url]

    async def worker(self, name: str, queue: asyncio.Queue) -> None:
        while True:
            url, depth = await queue.get()
            try:
                links = await self.fetch(url)
                self.results.append((url, depth, len(links)))
                self.per_worker[name] += 1
                if depth < self.max_depth:
                    for link in links:
                        if link not in self.visited:
                            self.visited.add(link)
                            queue.put_nowait((link, depth + 1))
            except LookupError as exc:
                self.errors.append(str(exc))
            finally:
                queue.task_done()

    async def crawl(self, start: str) -> None:
        queue: asyncio.Queue = asyncio.Queue()
        self.visited.add(start)
        queue.put_nowait((start, 0))
        tasks = [asyncio.create_task(self.worker(f"w{i}", queue)) for i in range(self.workers)]
        await queue.join()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


for depth in (1, 3):
    crawler = Crawler(max_depth=depth)
    asyncio.run(crawler.crawl("/"))
    print(f"max_depth={depth}: crawled {len(crawler.results)} pages, errors={crawler.errors}")
    for url, d, n in sorted(crawler.results, key=lambda r: (r[1], r[0])):
        print(f"  depth {d}  {url:<14} {n} links")
    print("  pages per worker:", sum(crawler.per_worker.values()), "| unvisited:", sorted(set(SITE) - crawler.visited))
