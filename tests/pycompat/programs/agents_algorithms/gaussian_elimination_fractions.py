# Exact linear algebra with fractions.Fraction: Gauss-Jordan solve, determinant, inverse and a singular case
from copy import deepcopy
from fractions import Fraction
from typing import List, Optional, Tuple

Matrix = List[List[Fraction]]


def to_matrix(rows: List[List[int]]) -> Matrix:
    return [[Fraction(x) for x in row] for row in rows]


def rref(aug: Matrix) -> Tuple[Matrix, Fraction, int]:
    m = deepcopy(aug)
    n = len(m)
    det, rank = Fraction(1), 0
    for col in range(n):
        pivot = next((r for r in range(rank, n) if m[r][col] != 0), None)
        if pivot is None:
            det = Fraction(0)
            continue
        if pivot != rank:
            m[rank], m[pivot] = m[pivot], m[rank]
            det = -det
        p = m[rank][col]
        det *= p
        m[rank] = [x / p for x in m[rank]]
        for r in range(n):
            if r != rank and m[r][col] != 0:
                factor = m[r][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[rank])]
        rank += 1
    return m, det, rank


def solve(a: Matrix, b: List[Fraction]) -> Optional[List[Fraction]]:
    reduced, det, rank = rref([row + [bi] for row, bi in zip(a, b)])
    return [row[-1] for row in reduced] if rank == len(a) else None


def inverse(a: Matrix) -> Optional[Matrix]:
    n = len(a)
    aug = [row + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(a)]
    reduced, det, rank = rref(aug)
    return [row[n:] for row in reduced] if rank == n else None


def fmt(row: List[Fraction]) -> str:
    return "[" + ", ".join(f"{str(x):>6}" for x in row) + "]"


A = to_matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
b = [Fraction(8), Fraction(-11), Fraction(-3)]
print("solution:", solve(A, b))
print("determinant:", rref(A)[1])
inv = inverse(A)
for row in inv:
    print("  inv", fmt(row))
product = [[sum(x * y for x, y in zip(row, col)) for col in zip(*inv)] for row in A]
print("A @ inv is identity:", product == to_matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))

H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print("Hilbert(4) det:", rref(H)[1], "| inverse first row:", [str(x) for x in inverse(H)[0]])
x = solve(H, [Fraction(1)] * 4)
print("Hilbert solve:", x, "sum =", sum(x))

S = to_matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
print("singular det:", rref(S)[1], "rank:", rref(S)[2], "solve:", solve(S, [Fraction(1)] * 3), "inverse:", inverse(S))
print(Fraction(3, 6), Fraction("0.125"), Fraction(1, 3) + Fraction(1, 6), float(Fraction(22, 7)))
