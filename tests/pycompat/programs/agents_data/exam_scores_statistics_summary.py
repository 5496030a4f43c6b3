# Produce a descriptive statistics summary of exam scores per class with the statistics module.
import statistics
from collections import defaultdict
from typing import Dict, List

SCORES = """
A,Ana,88
A,Bo,92
A,Cy,79
A,Di,92
A,Ed,65
B,Fay,71
B,Gus,84
B,Hal,84
B,Ivy,90
B,Jo,58
B,Kit,77
C,Lu,95
C,Max,91
C,Ned,89
"""


def parse(text: str) -> Dict[str, List[int]]:
    groups: Dict[str, List[int]] = defaultdict(list)
    for line in text.strip().splitlines():
        cls, _name, score = line.split(",")
        groups[cls].append(int(score))
    return groups


def describe(values: List[int]) -> Dict[str, float]:
    return {
        "n": len(values),
        "mean": statistics.mean(values),
        "median": statistics.median(values),
        "mode": statistics.mode(values),
        "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
        "pstdev": statistics.pstdev(values),
        "min": min(values),
        "max": max(values),
    }


def main() -> None:
    groups = parse(SCORES)
    print(f"{'class':<6}{'n':>3}{'mean':>8}{'median':>8}{'mode':>6}{'stdev':>8}{'pstdev':>8}")
    for cls, values in sorted(groups.items()):
        d = describe(values)
        print(f"{cls:<6}{d['n']:>3}{d['mean']:>8.2f}{d['median']:>8}{d['mode']:>6}{d['stdev']:>8.3f}{d['pstdev']:>8.3f}")
    everyone = [s for vals in groups.values() for s in vals]
    print("\noverall mean:", statistics.mean(everyone))
    print("overall fmean:", round(statistics.fmean(everyone), 4))
    print("median_low/high:", statistics.median_low(everyone), statistics.median_high(everyone))
    print("quartiles:", statistics.quantiles(everyone, n=4))
    print("deciles:", [round(q, 1) for q in statistics.quantiles(everyone, n=10)])
    print("variance:", round(statistics.variance(everyone), 4))
    print("multimode:", statistics.multimode(everyone))
    print("harmonic mean:", round(statistics.harmonic_mean(everyone), 4))
    print("geometric mean:", round(statistics.geometric_mean(everyone), 4))
    try:
        statistics.stdev([42])
    except statistics.StatisticsError as exc:
        print("StatisticsError:", exc)


main()
