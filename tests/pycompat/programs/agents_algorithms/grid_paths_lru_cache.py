# Counting and optimizing grid paths with functools.lru_cache memoization, including obstacles and cache stats
from functools import lru_cache
from typing import List, Tuple

GRID = [
    "..#.....",
    "........",
    ".#..#...",
    "....#..#",
    "#.......",
    "...#....",
]
COST = [[(r * 7 + c * 3) % 9 + 1 for c in range(8)] for r in range(6)]
ROWS, COLS = len(GRID), len(GRID[0])


@lru_cache(maxsize=None)
def count_paths(r: int, c: int) -> int:
    if r >= ROWS or c >= COLS or GRID[r][c] == "#":
        return 0
    if (r, c) == (ROWS - 1, COLS - 1):
        return 1
    return count_paths(r + 1, c) + count_paths(r, c + 1)


@lru_cache(maxsize=None)
def min_cost(r: int, c: int) -> Tuple[int, str]:
    if r >= ROWS or c >= COLS or GRID[r][c] == "#":
        return (10 ** 9, "")
    here = COST[r][c]
    if (r, c) == (ROWS - 1, COLS - 1):
        return (here, "")
    down, right = min_cost(r + 1, c), min_cost(r, c + 1)
    best = min((down[0], "D" + down[1]), (right[0], "R" + right[1]))
    return (here + best[0], best[1])


@lru_cache(maxsize=128)
def binomial(n: int, k: int) -> int:
    if k in (0, n):
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


print("paths avoiding obstacles:", count_paths(0, 0))
print("open-grid paths (binomial):", binomial(ROWS + COLS - 2, ROWS - 1))
print("count_paths cache:", count_paths.cache_info())
cost, moves = min_cost(0, 0)
print("min cost:", cost, "moves:", moves)

r = c = 0
canvas: List[List[str]] = [list(row) for row in GRID]
canvas[0][0] = "*"
for m in moves:
    r, c = (r + 1, c) if m == "D" else (r, c + 1)
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
print("path cost check:", sum(COST[i][j] for i in range(ROWS) for j in range(COLS) if canvas[i][j] == "*") == cost)
count_paths.cache_clear()
print("after clear:", count_paths.cache_info().currsize, "| binomial(30, 15) =", binomial(30, 15))
print("binomial cache bounded:", binomial.cache_info().maxsize, binomial.cache_info().currsize <= 128)
