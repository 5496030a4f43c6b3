# Detect outliers in sensor readings with z-scores and the IQR rule, then report per sensor.
import statistics
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Tuple

READINGS = """
s1 21.4 21.6 21.5 21.9 35.2 21.7 21.3 21.8 21.6 21.5
s2 48.0 47.5 49.1 12.0 48.7 48.2 47.9 48.8 49.0 48.1
s3 0.91 0.93 0.90 0.92 0.94 0.89 0.91 0.93 0.92 0.90
"""


@dataclass
class Outlier:
    sensor: str
    index: int
    value: float
    zscore: float


def parse(text: str) -> Dict[str, List[float]]:
    data: Dict[str, List[float]] = {}
    for line in text.split("\n"):
        if line.strip():
            name, *values = line.split()
            data[name] = [float(v) for v in values]
    return data


def zscore_outliers(name: str, values: List[float], threshold: float = 2.5) -> List[Outlier]:
    mu = statistics.mean(values)
    sigma = statistics.pstdev(values)
    found = []
    for i, v in enumerate(values):
        z = (v - mu) / sigma if sigma else 0.0
        if abs(z) > threshold:
            found.append(Outlier(name, i, v, round(z, 3)))
    return found


def iqr_bounds(values: List[float]) -> Tuple[float, float]:
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    spread = q3 - q1
    return round(q1 - 1.5 * spread, 4), round(q3 + 1.5 * spread, 4)


def main() -> None:
    data = parse(READINGS)
    summary = defaultdict(dict)
    for name, values in data.items():
        outs = zscore_outliers(name, values)
        lo, hi = iqr_bounds(values)
        iqr_flags = [v for v in values if not lo <= v <= hi]
        clean = [v for v in values if lo <= v <= hi]
        summary[name] = {"raw_mean": round(statistics.mean(values), 3), "clean_mean": round(statistics.mean(clean), 3)}
        print(f"{name}: z-outliers={outs}")
        print(f"    IQR bounds=({lo}, {hi}) flagged={iqr_flags}")
    print()
    for name, s in summary.items():
        shift = s["raw_mean"] - s["clean_mean"]
        print(f"{name}: mean {s['raw_mean']} -> {s['clean_mean']} (shift {shift:+.3f})")
    print("median s2:", statistics.median(data["s2"]), "median_grouped s3:", round(statistics.median_grouped(data["s3"], 0.01), 4))


main()
