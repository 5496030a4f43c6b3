# Everyday itertools: groupby, chain, product, combinations, permutations, accumulate, zip_longest
from itertools import (accumulate, chain, combinations, count, cycle, groupby,
                       islice, permutations, product, repeat, zip_longest, pairwise, starmap)
import operator

sales = [("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
         ("2024-02", "south", 130), ("2024-02", "east", 40), ("2024-03", "north", 150)]
for month, rows in groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(f"{month}: {len(rows)} rows, total {sum(r[2] for r in rows)}")

print("running total:", list(accumulate([r[2] for r in sales])))
print("running max:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print("running product:", list(accumulate(range(1, 7), operator.mul)))
print("chain:", list(chain([1, 2], (3,), range(4, 6))))
print("chain.from_iterable:", list(chain.from_iterable(["ab", "cd"])))
print("product:", ["".join(p) for p in product("AB", "12")])
print("dice sums of 7:", sum(1 for a, b in product(range(1, 7), repeat=2) if a + b == 7))
print("combinations:", list(combinations([1, 2, 3, 4], 2)))
print("permutations:", ["".join(p) for p in permutations("xyz", 2)])
print("zip_longest:", list(zip_longest("abc", [1], fillvalue="-")))
print("pairwise diffs:", [b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print("starmap pow:", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("count/islice:", list(islice(count(10, 5), 4)))
print("cycle:", list(islice(cycle("RGB"), 7)))
print("repeat:", list(repeat("na", 4)))
words = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"])
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
runs = [(k, len(list(g))) for k, g in groupby("aaabccdddd")]
print("run-length encoding:", runs, "->", "".join(f"{c}{n}" for c, n in runs))
teams = ["red", "blue", "green"]
print("round-robin matches:", [f"{a} v {b}" for a, b in combinations(teams, 2)])
