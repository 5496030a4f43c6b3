# Explore team selections and menu options with combinations, permutations and product.
from itertools import combinations, permutations, product, combinations_with_replacement
from math import comb, perm

players = ["Ann", "Bo", "Cy", "Di"]
print("pairs:", list(combinations(players, 2)))
print("count C(4,2) =", comb(4, 2), "P(4,2) =", perm(4, 2))
print("orderings of 3:", ["".join(p) for p in permutations("ABC")])

sizes = ["S", "M", "L"]
colors = ["red", "blue"]
for size, color in product(sizes, colors):
    print(f"  {size}-{color}", end="")
print()
print("binary strings of length 3:", ["".join(bits) for bits in product("01", repeat=3)])

items = {"coffee": 3.5, "tea": 2.0, "cake": 4.25, "cookie": 1.5, "juice": 3.0}
budget = 7.0
best = None
for r in range(1, len(items) + 1):
    for combo in combinations(items, r):
        cost = sum(items[i] for i in combo)
        if cost <= budget and (best is None or cost > best[1] or (cost == best[1] and len(combo) > len(best[0]))):
            best = (combo, cost)
print(f"best combo within ${budget}: {best[0]} costing ${best[1]:.2f}")

coins = [1, 5, 10, 25]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 30]
print("3 coins making 30 cents:", ways)
dice_sums = {}
for a, b in product(range(1, 7), repeat=2):
    dice_sums[a + b] = dice_sums.get(a + b, 0) + 1
print("two-dice sum distribution:", dice_sums)
