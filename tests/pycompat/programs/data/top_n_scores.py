# Find the top-N players by score using sorted, heapq and Counter.
import heapq
from collections import Counter

scores = {
    "ava": 1520, "liam": 1730, "mia": 1520, "noah": 980, "zoe": 1890,
    "eli": 1730, "ivy": 1410, "max": 2010, "kai": 650, "leo": 1730,
}

top3 = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:3]
print("top 3 (sorted, stable ties):", top3)
print("top 3 (heapq.nlargest):", heapq.nlargest(3, scores.items(), key=lambda kv: kv[1]))
print("bottom 3 (heapq.nsmallest):", heapq.nsmallest(3, scores, key=scores.get))

ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
rank = 0
prev = None
for pos, (name, s) in enumerate(ranked, 1):
    if s != prev:
        rank = pos
        prev = s
    print(f"{rank:>2}. {name:<5} {s:>5}")

c = Counter(scores)
print("Counter most_common(4):", c.most_common(4))
buckets = Counter(s // 500 * 500 for s in scores.values())
for b in sorted(buckets):
    print(f"{b:>5}-{b + 499:<5} {'*' * buckets[b]}")

heap = []
for name, s in scores.items():
    heapq.heappush(heap, (s, name))
    if len(heap) > 4:
        heapq.heappop(heap)
print("streaming top 4:", sorted(heap, reverse=True))
