# Summarise temperature sensor readings per device with the statistics module and flag outliers.
import statistics
from collections import defaultdict

READINGS = """
dev-a 21.4
dev-a 21.9
dev-a 22.1
dev-a 21.7
dev-a 35.2
dev-a 21.8
dev-b 18.0
dev-b 18.4
dev-b 17.9
dev-b 18.1
dev-b 18.0
dev-c 25.5
dev-c 26.0
dev-c 24.8
"""

by_device = defaultdict(list)
for line in READINGS.strip().splitlines():
    device, value = line.split()
    by_device[device].append(float(value))

header = f"{'device':<7}{'n':>3}{'mean':>8}{'median':>8}{'stdev':>8}{'pstdev':>8}{'min':>6}{'max':>6}"
print(header)
print("-" * len(header))
for device, values in sorted(by_device.items()):
    print(f"{device:<7}{len(values):>3}{statistics.mean(values):>8.2f}{statistics.median(values):>8.2f}"
          f"{statistics.stdev(values):>8.3f}{statistics.pstdev(values):>8.3f}{min(values):>6}{max(values):>6}")

print()
for device, values in sorted(by_device.items()):
    mu = statistics.mean(values)
    sigma = statistics.stdev(values)
    outliers = [v for v in values if abs(v - mu) / sigma > 2]
    med = statistics.median(values)
    mad = statistics.median(abs(v - med) for v in values)
    robust = [v for v in values if mad and abs(v - med) / mad > 5]
    print(f"{device}: z-score outliers {outliers}, MAD={mad:.2f}, robust outliers {robust}")

everything = [v for values in by_device.values() for v in values]
print("\nall readings:", len(everything))
print("quartiles:", [round(q, 3) for q in statistics.quantiles(everything, n=4)])
print("deciles:", statistics.quantiles(everything, n=10, method="inclusive"))
print("variance:", round(statistics.variance(everything), 4), "pvariance:", round(statistics.pvariance(everything), 4))
print("fmean:", statistics.fmean(everything), "mean:", statistics.mean(everything))
print("mode of rounded:", statistics.mode(round(v) for v in everything))
print("multimode:", statistics.multimode([round(v) for v in everything]))
print("median_low/high:", statistics.median_low(everything), statistics.median_high(everything))
print("grouped median:", statistics.median_grouped([round(v) for v in everything]))
print("geometric mean:", round(statistics.geometric_mean(everything), 6))
print("harmonic mean:", round(statistics.harmonic_mean(everything), 6))
try:
    statistics.stdev([42.0])
except statistics.StatisticsError as exc:
    print("StatisticsError:", exc)
