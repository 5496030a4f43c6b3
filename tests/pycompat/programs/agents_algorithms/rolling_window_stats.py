# Rolling-window metrics over a latency stream: deque(maxlen), running median, EWMA and threshold alerts
import random
import statistics
from collections import deque
from typing import Deque, List

random.seed(42)
latencies: List[float] = []
for i in range(60):
    base = 120 + 15 * ((i // 10) % 3)
    spike = 400 if i in (23, 24, 47) else 0
    latencies.append(round(random.gauss(base, 12) + spike, 1))

WINDOW = 8
window: Deque[float] = deque(maxlen=WINDOW)
ewma, alpha = None, 0.3
alerts: List[str] = []
print(f"{'i':>3} {'value':>7} {'mean':>7} {'median':>7} {'stdev':>6} {'ewma':>7}")
for i, x in enumerate(latencies):
    window.append(x)
    ewma = x if ewma is None else alpha * x + (1 - alpha) * ewma
    if len(window) < WINDOW:
        continue
    mean = statistics.fmean(window)
    med = statistics.median(window)
    sd = statistics.stdev(window)
    if x > med + 3 * sd or x > 300:
        alerts.append(f"t={i} value={x} (median {med:.1f})")
    if i % 6 == 0 or x > 300:
        print(f"{i:>3} {x:>7.1f} {mean:>7.1f} {med:>7.1f} {sd:>6.1f} {ewma:>7.1f}")

print("\nalerts:")
for a in alerts:
    print("  ", a)
q = statistics.quantiles(latencies, n=10)
print("p10/p50/p90:", round(q[0], 1), round(q[4], 1), round(q[8], 1))
print("window now:", list(window), "maxlen:", window.maxlen)
clean = [x for x in latencies if x < 300]
print(f"without spikes: mean={statistics.mean(clean):.2f} pstdev={statistics.pstdev(clean):.2f} n={len(clean)}")
