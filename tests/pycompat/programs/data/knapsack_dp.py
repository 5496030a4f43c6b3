# Solve a 0/1 knapsack packing problem with dynamic programming and recover the chosen items.
from typing import List, Tuple

items: List[Tuple[str, int, int]] = [
    ("tent", 5, 60), ("stove", 3, 40), ("food", 4, 50), ("camera", 2, 30),
    ("book", 1, 10), ("laptop", 4, 45), ("water", 3, 35),
]
capacity = 10


def knapsack(items, capacity):
    n = len(items)
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1])
            c -= items[i - 1][1]
    return dp[n][capacity], chosen[::-1], dp


best, chosen, table = knapsack(items, capacity)
print("best value:", best)
for name, w, v in chosen:
    print(f"  take {name:<7} weight={w} value={v}")
print("total weight:", sum(w for _, w, _ in chosen))
print("last DP row:", table[-1])
for cap in range(0, 13, 3):
    print(f"capacity {cap:2}: best {knapsack(items, cap)[0]}")

ratio_sorted = sorted(items, key=lambda t: t[2] / t[1], reverse=True)
greedy, weight = [], 0
for name, w, v in ratio_sorted:
    if weight + w <= capacity:
        greedy.append(name)
        weight += w
print("greedy by ratio:", greedy, "value", sum(v for n, _, v in items if n in greedy))
