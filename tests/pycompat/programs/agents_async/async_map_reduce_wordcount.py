# Async map-reduce word count: documents split into chunks, mapped concurrently, shuffled and reduced by key
import asyncio
import re
from collections import Counter, defaultdict
from functools import reduce
from typing import Dict, List, Tuple

DOCS = {
    "intro.txt": "Asyncio lets Python run many tasks concurrently. Tasks yield control at await points.",
    "guide.txt": "A task wraps a coroutine. The event loop runs each task until it awaits, then runs another task.",
    "faq.txt": "Why asyncio? Because waiting on network calls wastes time; asyncio overlaps the waiting.",
    "notes.txt": "Await, await, await: the loop keeps many tasks moving while each one waits.",
}
STOP = {"a", "the", "at", "it", "on", "then", "each", "one", "why", "because", "lets", "while"}


def chunks(text: str, size: int) -> List[str]:
    words = text.split()
    return [" ".join(words[i:i + size]) for i in range(0, len(words), size)]


async def mapper(doc: str, idx: int, text: str) -> List[Tuple[str, int]]:
    await asyncio.sleep(0)
    words = re.findall(r"[a-z]+", text.lower())
    return [(w, 1) for w in words if w not in STOP]


async def reducer(word: str, counts: List[int]) -> Tuple[str, int]:
    await asyncio.sleep(0)
    return word, sum(counts)


async def main() -> None:
    map_jobs = [mapper(doc, i, c) for doc, text in DOCS.items() for i, c in enumerate(chunks(text, 6))]
    print("map tasks:", len(map_jobs))
    mapped = await asyncio.gather(*map_jobs)
    shuffled: Dict[str, List[int]] = defaultdict(list)
    for pairs in mapped:
        for word, one in pairs:
            shuffled[word].append(one)
    reduced = dict(await asyncio.gather(*(reducer(w, c) for w, c in sorted(shuffled.items()))))
    top = sorted(reduced.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("top words:", top)
    check = reduce(lambda acc, c: acc + c, (Counter(w for w, _ in pairs) for pairs in mapped), Counter())
    print("matches Counter:", check == Counter(reduced))
    per_doc = await asyncio.gather(*(mapper(d, 0, t) for d, t in DOCS.items()))
    for doc, pairs in zip(DOCS, per_doc):
        c = Counter(w for w, _ in pairs)
        print(f"{doc:<10} words={sum(c.values()):>2} unique={len(c):>2} top={c.most_common(2)}")
    singletons = sorted(w for w, n in reduced.items() if n == 1)
    print(f"{len(singletons)} words appear once, e.g. {singletons[:5]}")


asyncio.run(main())
