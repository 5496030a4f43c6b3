# Sparse matrix stored as a dict of (row, col) -> value: add, multiply, transpose, and a matrix-vector PageRank-like step
from collections import defaultdict
from typing import Dict, Iterator, List, Tuple

Key = Tuple[int, int]


class Sparse:
    def __init__(self, rows: int, cols: int, data: Dict[Key, float] = None) -> None:
        self.shape = (rows, cols)
        self.data: Dict[Key, float] = {k: v for k, v in (data or {}).items() if v != 0}

    @classmethod
    def from_dense(cls, dense: List[List[float]]) -> "Sparse":
        return cls(len(dense), len(dense[0]), {(i, j): v for i, row in enumerate(dense) for j, v in enumerate(row)})

    def __add__(self, other: "Sparse") -> "Sparse":
        out = dict(self.data)
        for k, v in other.data.items():
            out[k] = out.get(k, 0) + v
        return Sparse(*self.shape, out)

    def __matmul__(self, other: "Sparse") -> "Sparse":
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        by_row: Dict[int, List[Tuple[int, float]]] = defaultdict(list)
        for (i, j), v in other.data.items():
            by_row[i].append((j, v))
        out: Dict[Key, float] = defaultdict(float)
        for (i, k), a in self.data.items():
            for j, b in by_row.get(k, []):
                out[(i, j)] += a * b
        return Sparse(self.shape[0], other.shape[1], out)

    def T(self) -> "Sparse":
        return Sparse(self.shape[1], self.shape[0], {(j, i): v for (i, j), v in self.data.items()})

    def dense(self) -> List[List[float]]:
        return [[self.data.get((i, j), 0) for j in range(self.shape[1])] for i in range(self.shape[0])]

    def __iter__(self) -> Iterator[Tuple[Key, float]]:
        return iter(sorted(self.data.items()))

    def density(self) -> float:
        return len(self.data) / (self.shape[0] * self.shape[1])


A = Sparse.from_dense([[0, 2, 0, 0], [1, 0, 0, 3], [0, 0, 0, 0], [0, 4, 5, 0]])
B = Sparse.from_dense([[1, 0], [0, 0], [0, 6], [2, 0]])
print("A nonzeros:", list(A), f"density {A.density():.2f}")
print("A @ B =", (A @ B).dense())
print("A + A^T =", (A + A.T()).dense())
print("(A @ B)^T == B^T @ A^T:", (A @ B).T().dense() == (B.T() @ A.T()).dense())
try:
    A @ A.T() @ B.T()
except ValueError as exc:
    print("error:", exc)
eye = Sparse(4, 4, {(i, i): 1 for i in range(4)})
print("A @ I == A:", (A @ eye).dense() == A.dense(), "| cancel:", (A + Sparse(4, 4, {k: -v for k, v in A.data.items()})).data)
big = Sparse(1000, 1000, {(i, (i * 7) % 1000): 1.0 for i in range(1000)})
sq = big @ big
print("1000x1000 permutation squared: nonzeros", len(sq.data), "| (0,0)->", [k for k, _ in sq][:1], "sum", sum(sq.data.values()))
