# Iterable unpacking: starred targets, swapping, nested unpacking and merging collections
record = ("2024-05-01", "Widget", 3, 4.99, "warehouse-7", "priority")
date, product, qty, price, *extra = record
print(f"{date=} {product=} {qty=} {price=} {extra=}")

first, *middle, last = range(1, 8)
print("first/middle/last:", first, middle, last)
head, *_ = "python"
*_, tail = [10, 20, 30]
print("head/tail:", head, tail)

a, b = 1, 2
a, b = b, a
print("swapped:", a, b)

(x1, y1), (x2, y2) = [(0, 0), (3, 4)]
print("distance:", ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5)

for name, (score, rank) in [("ann", (93, 1)), ("bob", (87, 2))]:
    print(f"  {name}: score {score}, rank {rank}")

evens, odds = [2, 4], [1, 3]
combined = [*evens, *odds, 5]
print("combined:", combined, "| tuple:", (*odds, *evens), "| set size:", len({*evens, *odds, 2}))

defaults = {"host": "localhost", "port": 80, "debug": False}
overrides = {"port": 8080, "debug": True}
print("merged:", {**defaults, **overrides, "name": "api"})
print("merged with |:", defaults | overrides)

print(*combined, sep=", ")
print(*"abc", sep=" | ", end=" <end>\n")

def stats(*nums):
    lo, *_, hi = sorted(nums)
    return lo, hi, sum(nums) / len(nums)

low, high, mean = stats(7, 2, 9, 4)
print(f"low={low} high={high} mean={mean}")
try:
    p, q = [1, 2, 3]
except ValueError:
    print("too many values to unpack -> ValueError")
try:
    p, q, r = "ab"
except ValueError:
    print("not enough values to unpack -> ValueError")
key, value = next(iter({"only": 1}.items()))
print("single item:", key, value)
[single] = ["alone"]
print("one-element unpack:", single)
