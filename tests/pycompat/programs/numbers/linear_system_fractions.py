# Solve linear systems exactly with Gaussian elimination over Fractions.
from fractions import Fraction
from typing import List, Optional


def solve(matrix: List[List[int]], rhs: List[int]) -> Optional[List[Fraction]]:
    n = len(matrix)
    a = [[Fraction(x) for x in row] + [Fraction(b)] for row, b in zip(matrix, rhs)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
        if pivot is None:
            return None
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col and a[r][col] != 0:
                factor = a[r][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [row[-1] for row in a]


def fmt(xs):
    return "[" + ", ".join(str(x) for x in xs) + "]"


systems = [
    ([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]),
    ([[1, 2], [3, 4]], [5, 6]),
    ([[3, 2, -4], [2, 3, 3], [5, -3, 1]], [3, 15, 14]),
    ([[1, 2], [2, 4]], [3, 6]),
    ([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]),
]

for m, b in systems:
    sol = solve(m, b)
    if sol is None:
        print(f"{m} | {b}: singular")
        continue
    check = all(sum(Fraction(c) * x for c, x in zip(row, sol)) == rhs for row, rhs in zip(m, b))
    print(f"{m} | {b}: x = {fmt(sol)} floats={[float(x) for x in sol]} check={check}")

hilbert = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert row sums:", fmt(sum(row) for row in hilbert))
sol = solve([[int(x * 420) for x in row] for row in hilbert], [420, 0, 0, 0])
print("hilbert inverse first column:", fmt(sol))
