# Bin numeric measurements into ranges and draw a text histogram.
import math

measurements = [2.3, 4.1, 4.8, 5.5, 6.0, 6.2, 6.9, 7.1, 7.4, 7.8, 8.0, 8.3, 9.9, 10.5, 11.2, 12.8, 3.3, 5.1, 6.6, 7.7]

lo, hi = min(measurements), max(measurements)
bins = 6
width = (hi - lo) / bins
print(f"min={lo} max={hi} bin width={width:.3f}")

counts = [0] * bins
for m in measurements:
    idx = min(int((m - lo) / width), bins - 1)
    counts[idx] += 1

for i, c in enumerate(counts):
    left = lo + i * width
    right = left + width
    bracket = "]" if i == bins - 1 else ")"
    print(f"[{left:5.2f}, {right:5.2f}{bracket} {c:2d} {'█' * c}")
print("total:", sum(counts))

step = 2
fixed = {}
for m in measurements:
    start = math.floor(m / step) * step
    fixed[start] = fixed.get(start, 0) + 1
for start in sorted(fixed):
    print(f"{start:>2}-{start + step:<2} {'*' * fixed[start]}")

mean = sum(measurements) / len(measurements)
sd = math.sqrt(sum((x - mean) ** 2 for x in measurements) / len(measurements))
within = sum(1 for x in measurements if abs(x - mean) <= sd)
print(f"mean={mean:.3f} sd={sd:.3f} within 1 sd: {within}/{len(measurements)}")
print("floor/ceil/trunc:", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5))
