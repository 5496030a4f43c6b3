# Maintain a game leaderboard: heapq for top-k and merging sorted shards, bisect for rank lookups and insertion.
import heapq
import bisect
from typing import List, Tuple

scores = {"ana": 870, "bo": 920, "cy": 640, "dag": 920, "eli": 710, "fox": 1005, "gus": 580, "hal": 880}

top3 = heapq.nlargest(3, scores.items(), key=lambda kv: kv[1])
bottom2 = heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1])
print("top 3:", top3)
print("bottom 2:", bottom2)

heap: List[Tuple[int, str]] = []
for name, score in scores.items():
    heapq.heappush(heap, (-score, name))
print("ranked:", [heapq.heappop(heap)[1] for _ in range(len(heap))])

# keep only the best 4 with a bounded min-heap
best: List[Tuple[int, str]] = []
for name, score in scores.items():
    if len(best) < 4:
        heapq.heappush(best, (score, name))
    else:
        heapq.heappushpop(best, (score, name))
print("best four:", sorted(best, reverse=True))

shard_a = [(120, "a1"), (340, "a2"), (560, "a3")]
shard_b = [(100, "b1"), (340, "b2"), (900, "b3")]
shard_c = [(50, "c1")]
merged = list(heapq.merge(shard_a, shard_b, shard_c))
print("merged:", merged)
print("merged desc by score:", [n for _, n in heapq.merge(sorted(shard_a, reverse=True), sorted(shard_b, reverse=True), reverse=True)])

sorted_scores = sorted(scores.values())
for probe in (600, 880, 1000, 2000):
    below = bisect.bisect_left(sorted_scores, probe)
    print(f"score {probe}: beats {below} of {len(sorted_scores)}, tied with {bisect.bisect_right(sorted_scores, probe) - below}")

ladder: List[Tuple[int, str]] = []
for name, score in sorted(scores.items()):
    bisect.insort(ladder, (score, name))
print("ladder:", ladder[:3], "...", ladder[-2:])
bisect.insort(ladder, (900, "ivy"))
print("ivy at index:", ladder.index((900, "ivy")))

thresholds = [600, 700, 800, 900, 1000]
tiers = ["bronze", "silver", "gold", "platinum", "diamond", "legend"]
for name in sorted(scores):
    print(f"{name:<4} {scores[name]:>5} {tiers[bisect.bisect(thresholds, scores[name])]}")
by_score = sorted(scores.items(), key=lambda kv: kv[1])
idx = bisect.bisect_left(by_score, 880, key=lambda kv: kv[1])
print("first with >= 880:", by_score[idx])
h = [5, 3, 8, 1]
heapq.heapify(h)
print("heapify:", h, "replace:", heapq.heapreplace(h, 4), h)
