# Conway's Game of Life on a small bounded grid, printing generations.

Grid = list[list[int]]


def parse(lines: list[str]) -> Grid:
    return [[1 if ch == "#" else 0 for ch in line] for line in lines]


def neighbors(grid: Grid, r: int, c: int) -> int:
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]):
                total += grid[rr][cc]
    return total


def step(grid: Grid) -> Grid:
    new = [[0] * len(grid[0]) for _ in grid]
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            n = neighbors(grid, r, c)
            if grid[r][c] and n in (2, 3):
                new[r][c] = 1
            elif not grid[r][c] and n == 3:
                new[r][c] = 1
    return new


def render(grid: Grid) -> str:
    return "\n".join("".join("#" if x else "." for x in row) for row in grid)


def main() -> None:
    start = parse([
        "..........",
        "..#.......",
        "...#......",
        ".###......",
        "..........",
        "......###.",
        "..........",
        "..........",
    ])
    grid = start
    history = []
    for gen in range(5):
        pop = sum(map(sum, grid))
        print(f"generation {gen} (population {pop}):")
        print(render(grid))
        history.append(render(grid))
        grid = step(grid)
    blinker = parse([".....", "..#..", "..#..", "..#..", "....."])
    b2 = step(step(blinker))
    print("blinker period 2:", b2 == blinker)
    print("distinct states:", len(set(history)))


if __name__ == "__main__":
    main()
