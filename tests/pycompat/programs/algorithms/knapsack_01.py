# 0/1 knapsack via dynamic programming, with item reconstruction.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    weight: int
    value: int


def knapsack(items: list[Item], capacity: int) -> tuple[int, list[Item]]:
    n = len(items)
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        it = items[i - 1]
        for w in range(capacity + 1):
            dp[i][w] = dp[i - 1][w]
            if it.weight <= w:
                cand = dp[i - 1][w - it.weight] + it.value
                if cand > dp[i][w]:
                    dp[i][w] = cand
    chosen = []
    w = capacity
    for i in range(n, 0, -1):
        if dp[i][w] != dp[i - 1][w]:
            chosen.append(items[i - 1])
            w -= items[i - 1].weight
    return dp[n][capacity], chosen[::-1]


def main() -> None:
    items = [
        Item("tent", 5, 60),
        Item("stove", 3, 50),
        Item("water", 4, 70),
        Item("food", 2, 30),
        Item("camera", 1, 10),
        Item("book", 2, 5),
    ]
    for cap in (0, 5, 8, 10, 17):
        best, chosen = knapsack(items, cap)
        names = [c.name for c in chosen]
        weight = sum(c.weight for c in chosen)
        print(f"capacity {cap:>2}: value {best:>3}, weight {weight:>2}, items {names}")
    print(items[0])


if __name__ == "__main__":
    main()
