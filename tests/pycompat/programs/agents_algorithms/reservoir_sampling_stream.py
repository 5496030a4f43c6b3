# Reservoir sampling (Algorithm R) and weighted sampling over a simulated event stream, with a seeded RNG
import heapq
import random
from collections import Counter
from typing import Iterable, Iterator, List, Tuple, TypeVar

T = TypeVar("T")


def event_stream(n: int, rng: random.Random) -> Iterator[Tuple[int, str]]:
    kinds = ["click", "view", "purchase", "signup"]
    for i in range(n):
        yield i, rng.choices(kinds, weights=[50, 40, 7, 3])[0]


def reservoir(items: Iterable[T], k: int, rng: random.Random) -> List[T]:
    sample: List[T] = []
    for i, item in enumerate(items):
        if i < k:
            sample.append(item)
        else:
            j = rng.randint(0, i)
            if j < k:
                sample[j] = item
    return sample


def weighted_reservoir(items: Iterable[Tuple[T, float]], k: int, rng: random.Random) -> List[T]:
    heap: List[Tuple[float, int, T]] = []
    for idx, (item, w) in enumerate(items):
        key = rng.random() ** (1.0 / w)
        if len(heap) < k:
            heapq.heappush(heap, (key, idx, item))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, idx, item))
    return [item for _, _, item in sorted(heap, reverse=True)]


rng = random.Random(31337)
sample = reservoir(event_stream(5000, rng), 10, rng)
print("reservoir of 10:", sorted(sample))

hits = Counter()
for trial in range(2000):
    hits.update(reservoir(range(20), 5, random.Random(trial)))
expected = 2000 * 5 / 20
worst = max(abs(hits[i] - expected) / expected for i in range(20))
print(f"uniformity over 2000 trials: min {min(hits.values())} max {max(hits.values())} "
      f"(expected {expected:.0f}, worst deviation {worst:.1%})")

weights = {"alpha": 1, "beta": 2, "gamma": 4, "delta": 8, "omega": 16}
picks = Counter()
for trial in range(1500):
    picks.update(weighted_reservoir(weights.items(), 2, random.Random(trial)))
print("weighted picks (k=2):", {k: picks[k] for k in weights})
print("order by frequency:", [k for k, _ in picks.most_common()])
rng2 = random.Random(5)
print("stream head:", list(event_stream(6, rng2)))
