# Seeded Monte Carlo estimates: pi, birthday paradox, dice sums and a confidence interval via statistics
import math
import random
import statistics
from collections import Counter
from typing import Callable, List

random.seed(12345)


def estimate(trial: Callable[[], bool], n: int) -> float:
    return sum(trial() for _ in range(n)) / n


def in_circle() -> bool:
    x, y = random.random(), random.random()
    return x * x + y * y <= 1.0


def shared_birthday(people: int = 23) -> bool:
    days = [random.randint(1, 365) for _ in range(people)]
    return len(set(days)) < people


batches: List[float] = [4 * estimate(in_circle, 500) for _ in range(10)]
mean = statistics.mean(batches)
half = 1.96 * statistics.stdev(batches) / math.sqrt(len(batches))
print(f"pi ~ {mean:.4f} +/- {half:.4f}  (error {abs(mean - math.pi):.4f})")
print("batch estimates:", [round(b, 3) for b in batches])

p_sim = estimate(shared_birthday, 2000)
p_exact = 1 - math.prod((365 - i) / 365 for i in range(23))
print(f"birthday(23): simulated {p_sim:.3f}, exact {p_exact:.4f}")

rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(3600))
print("2d6 distribution (expected count = 100 * ways):")
for total in range(2, 13):
    ways = 6 - abs(7 - total)
    bar = "#" * round(rolls[total] / 20)
    print(f"  {total:>2}: {rolls[total]:>4} (exp {100 * ways:>3}) {bar}")
chi2 = sum((rolls[t] - 100 * (6 - abs(7 - t))) ** 2 / (100 * (6 - abs(7 - t))) for t in range(2, 13))
print(f"chi-square statistic: {chi2:.2f} with 10 dof")

needle = estimate(lambda: random.uniform(0, 0.5) <= 0.5 * math.sin(random.uniform(0, math.pi / 2)), 3000)
print(f"Buffon's needle: crossing rate {needle:.4f}, pi ~ {2 / needle:.3f}")
