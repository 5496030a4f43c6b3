# Matrix operations with nested lists: multiply, transpose, identity, power, determinant.

Matrix = list[list[float]]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]


def transpose(m: Matrix) -> Matrix:
    return [list(row) for row in zip(*m)]


def identity(n: int) -> Matrix:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mat_pow(m: Matrix, p: int) -> Matrix:
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result


def det(m: Matrix) -> float:
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]])
               for c in range(len(m)))


def show(name: str, m: Matrix) -> None:
    print(f"{name}:")
    for row in m:
        print("  [" + ", ".join(f"{x:>6}" for x in row) + "]")


def main() -> None:
    a = [[1, 2, 3], [4, 5, 6]]
    b = [[7, 8], [9, 10], [11, 12]]
    show("A", a)
    show("B", b)
    show("A @ B", matmul(a, b))
    show("B @ A", matmul(b, a))
    show("A^T", transpose(a))
    fib = mat_pow([[1, 1], [1, 0]], 30)
    show("fib matrix ^30", fib)
    print("det:", det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]))
    print("det float:", det([[0.5, 1.5], [2.0, 0.25]]))
    try:
        matmul(a, a)
    except ValueError as e:
        print("error:", e)


if __name__ == "__main__":
    main()
