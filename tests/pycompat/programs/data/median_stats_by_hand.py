# Compute mean, median, mode, variance and percentiles by hand and compare with statistics.
import statistics
from typing import List

data = [23, 7, 15, 42, 15, 8, 16, 4, 15, 23, 42, 16, 9]


def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def median(xs: List[float]) -> float:
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def mode(xs: List[float]):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return [x for x in counts if counts[x] == best]


def variance(xs: List[float], sample: bool = True) -> float:
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def percentile(xs: List[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


print("data:", data)
print("sorted:", sorted(data))
print(f"mean: {mean(data):.4f} vs {statistics.mean(data):.4f}")
print(f"median: {median(data)} vs {statistics.median(data)}")
print(f"median even: {median(data[:-1])} vs {statistics.median(data[:-1])}")
print(f"mode: {mode(data)} vs {statistics.mode(data)} multimode {statistics.multimode(data)}")
print(f"sample variance: {variance(data):.4f} vs {statistics.variance(data):.4f}")
print(f"population stdev: {variance(data, sample=False) ** 0.5:.4f} vs {statistics.pstdev(data):.4f}")
for p in (25, 50, 75, 90):
    print(f"p{p}: {percentile(data, p):.2f}")
print("range:", max(data) - min(data))
print("median_low/high:", statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
