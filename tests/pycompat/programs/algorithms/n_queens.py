# Solve the N-Queens puzzle with backtracking; count solutions and draw one board.


def solve_n_queens(n: int) -> list[list[int]]:
    solutions: list[list[int]] = []
    cols: set[int] = set()
    diag1: set[int] = set()
    diag2: set[int] = set()
    placement: list[int] = []

    def backtrack(row: int) -> None:
        if row == n:
            solutions.append(placement.copy())
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            backtrack(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)

    backtrack(0)
    return solutions


def draw(sol: list[int]) -> str:
    n = len(sol)
    return "\n".join("".join("Q" if c == col else "." for c in range(n)) for col in sol)


def main() -> None:
    for n in range(1, 9):
        sols = solve_n_queens(n)
        print(f"n={n}: {len(sols)} solutions")
    eight = solve_n_queens(8)
    print("first 8-queens solution:", eight[0])
    print(draw(eight[0]))
    print("last solution:", eight[-1])
    print(draw(solve_n_queens(4)[1]))


if __name__ == "__main__":
    main()
