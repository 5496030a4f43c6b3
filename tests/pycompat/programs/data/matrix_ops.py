# Implement basic matrix operations by hand: add, multiply, transpose, determinant, identity.
from typing import List

Matrix = List[List[float]]


def shape(m: Matrix):
    return len(m), len(m[0]) if m else 0


def add(a: Matrix, b: Matrix) -> Matrix:
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"shape mismatch {shape(a)} x {shape(b)}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]


def transpose(m: Matrix) -> Matrix:
    return [list(row) for row in zip(*m)]


def determinant(m: Matrix) -> float:
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * determinant([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


def identity(n: int) -> Matrix:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def show(name: str, m: Matrix) -> None:
    print(f"{name} {shape(m)}:")
    for row in m:
        print("  [" + " ".join(f"{x:6}" for x in row) + "]")


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
C = [[2, -1, 0], [1, 3, 2], [0, 5, -4]]
show("A", A)
show("B", B)
show("A x B", multiply(A, B))
show("B x A", multiply(B, A))
show("A^T", transpose(A))
show("A + A", add(A, A))
show("C x I", multiply(C, identity(3)))
print("det(C) =", determinant(C))
print("det(AxB) =", determinant(multiply(A, B)))
try:
    multiply(A, A)
except ValueError as e:
    print(f"error: {e}")
