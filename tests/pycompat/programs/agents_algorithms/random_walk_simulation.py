# Seeded Monte Carlo: 1-D gambler's ruin and 2-D random walks, with statistics on outcomes
import random
import statistics
from collections import Counter
from typing import List, Tuple

random.seed(7)


def gamblers_ruin(start: int, goal: int, p: float) -> Tuple[bool, int]:
    bank, steps = start, 0
    while 0 < bank < goal:
        bank += 1 if random.random() < p else -1
        steps += 1
    return bank == goal, steps


def walk_2d(n: int) -> Tuple[int, int]:
    x = y = 0
    for _ in range(n):
        dx, dy = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x, y = x + dx, y + dy
    return x, y


for p in (0.5, 0.47):
    results = [gamblers_ruin(10, 20, p) for _ in range(400)]
    wins = sum(w for w, _ in results)
    lengths = [s for _, s in results]
    print(f"p={p}: win rate {wins / len(results):.3f}, mean steps {statistics.mean(lengths):.1f}, "
          f"median {statistics.median(lengths)}, max {max(lengths)}")

ends: List[Tuple[int, int]] = [walk_2d(100) for _ in range(300)]
dists = [abs(x) + abs(y) for x, y in ends]
rms = statistics.fmean(x * x + y * y for x, y in ends) ** 0.5
print(f"2-D walk n=100: mean manhattan {statistics.mean(dists):.2f}, rms distance {rms:.2f} (theory 10.0)")
quadrants = Counter(("N" if y > 0 else "S" if y < 0 else "-") + ("E" if x > 0 else "W" if x < 0 else "-")
                    for x, y in ends)
print("quadrants:", sorted(quadrants.items()))
print("returned to origin:", ends.count((0, 0)))

rng = random.Random(99)
sample = rng.sample(range(1, 50), 6)
deck = list(range(10))
rng.shuffle(deck)
print("lottery:", sorted(sample), "| shuffled:", deck, "| uniform:", round(rng.uniform(1, 2), 6))
print("weighted choices:", rng.choices("abc", weights=[5, 3, 1], k=12))
print("randint/randrange:", [rng.randint(1, 6) for _ in range(8)], rng.randrange(0, 100, 5))
