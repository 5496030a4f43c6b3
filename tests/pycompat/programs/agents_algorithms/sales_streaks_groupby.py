# Detect winning/losing streaks and run-length patterns in daily sales with itertools.groupby
from itertools import accumulate, groupby, pairwise
from typing import List, Tuple

DAILY = [120, 135, 150, 149, 149, 160, 172, 180, 175, 170, 165, 190, 205, 205, 210, 198, 187, 200, 215, 230]
days = list(range(1, len(DAILY) + 1))

moves: List[Tuple[int, str]] = []
for (d0, a), (d1, b) in pairwise(zip(days, DAILY)):
    moves.append((d1, "up" if b > a else "down" if b < a else "flat"))

streaks = []
for direction, group in groupby(moves, key=lambda m: m[1]):
    group = list(group)
    streaks.append((direction, group[0][0], group[-1][0], len(group)))
print("streaks:")
for direction, start, end, n in streaks:
    print(f"  {direction:<5} day {start:>2}-{end:<2} ({n} day{'s' if n > 1 else ''})")

longest = {d: max((s for s in streaks if s[0] == d), key=lambda s: s[3]) for d in ("up", "down")}
print("longest up:", longest["up"][1:], "| longest down:", longest["down"][1:])

encoded = [(k, len(list(g))) for k, g in groupby("".join("U" if m == "up" else "D" if m == "down" else "=" for _, m in moves))]
print("run-length:", "".join(f"{k}{n}" for k, n in encoded))

running_max = list(accumulate(DAILY, max))
drawdowns = [round((peak - v) / peak * 100, 1) for peak, v in zip(running_max, DAILY)]
worst = max(range(len(DAILY)), key=lambda i: drawdowns[i])
print(f"max drawdown {drawdowns[worst]}% on day {days[worst]} (peak {running_max[worst]})")
new_highs = [d for d, v, m in zip(days, DAILY, [0] + running_max) if v > m]
print("new highs on days:", new_highs)

weekly = [(week, sum(v for _, v in grp)) for week, grp in groupby(zip(days, DAILY), key=lambda dv: (dv[0] - 1) // 7)]
print("weekly totals:", weekly)
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"])
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
