# Small matrix class with __getitem__, __mul__ (matmul), __eq__ and transpose
class Matrix:
    def __init__(self, rows: list[list[float]]):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r: int, c: int) -> "Matrix":
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __add__(self, other: "Matrix") -> "Matrix":
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self.rows])
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self) -> "Matrix":
        return Matrix([list(c) for c in zip(*self.rows)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        return "\n".join(" ".join(f"{v:5}" for v in row) for row in self.rows)


A = Matrix([[1, 2, 3], [4, 5, 6]])
B = Matrix([[7, 8], [9, 10], [11, 12]])
print("A shape:", A.shape, "B shape:", B.shape)
print("A * B =")
print(A * B)
print("A^T:", A.transpose())
print("A * 2:", A * 2)
print("A + A == A * 2:", A + A == A * 2)
I = Matrix.identity(3)
print("A * I == A:", A * I == A)
print("A[1, 2] =", A[1, 2])
Z = Matrix.zeros(2, 2)
Z[0, 1] = 5
print("Z:", Z)
for bad in (lambda: A * A, lambda: Matrix([[1], [2, 3]]), lambda: A + B):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
