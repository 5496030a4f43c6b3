# Print Pascal's triangle, check rows against math.comb, and show Sierpinski pattern mod 2.
import math


def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows


rows = pascal(12)
width = len("   ".join(map(str, rows[-1])))
for row in rows:
    print("   ".join(map(str, row)).center(width))

for i, row in enumerate(rows):
    assert row == [math.comb(i, k) for k in range(i + 1)]
    assert sum(row) == 2 ** i
print("row sums:", [sum(r) for r in rows])
print("row 30 middle:", math.comb(30, 15))
print("row 100 max:", max(pascal(101)[-1]))
for row in pascal(16):
    print("".join("*" if x % 2 else " " for x in row).rstrip())
