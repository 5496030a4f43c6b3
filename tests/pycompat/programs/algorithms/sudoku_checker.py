# Validate sudoku grids: rows, columns and 3x3 boxes, reporting the problems found.

GOOD = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""


def parse(text: str) -> list[list[int]]:
    return [[int(ch) for ch in line] for line in text.split()]


def check(grid: list[list[int]]) -> list[str]:
    problems = []
    expected = list(range(1, 10))
    for r, row in enumerate(grid):
        if sorted(row) != expected:
            problems.append(f"row {r} invalid: {row}")
    for c in range(9):
        col = [grid[r][c] for r in range(9)]
        if sorted(col) != expected:
            problems.append(f"column {c} invalid")
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = [grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
            if len(set(box)) != 9:
                problems.append(f"box at ({br},{bc}) has duplicates")
    return problems


def show(grid: list[list[int]]) -> None:
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            print("------+-------+------")
        parts = [" ".join(map(str, row[i:i + 3])) for i in (0, 3, 6)]
        print(" | ".join(parts))


def main() -> None:
    grid = parse(GOOD)
    show(grid)
    print("valid:", not check(grid))
    bad = [row[:] for row in grid]
    bad[4][4], bad[4][5] = bad[4][5], bad[4][4]
    bad[0][0] = 9
    issues = check(bad)
    print(f"modified grid has {len(issues)} problems:")
    for p in issues:
        print(" -", p)


if __name__ == "__main__":
    main()
