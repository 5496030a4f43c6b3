# Flood fill on a character grid: count islands and recolor a region.
from collections import deque

MAP = [
    "~~~~~~~~~~~~",
    "~##~~~~~#~~~",
    "~###~~~##~~~",
    "~~#~~~~~~~#~",
    "~~~~##~~~~#~",
    "~~~~###~~~~~",
    "~#~~~~~~~##~",
    "~~~~~~~~~~~~",
]


def islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    sizes = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#" and not seen[r][c]:
                size = 0
                q = deque([(r, c)])
                seen[r][c] = True
                while q:
                    y, x = q.popleft()
                    size += 1
                    for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and not seen[ny][nx] and grid[ny][nx] == "#":
                            seen[ny][nx] = True
                            q.append((ny, nx))
                sizes.append(((r, c), size))
    return sizes


def fill(grid, r, c, new):
    g = [list(row) for row in grid]
    old = g[r][c]
    if old == new:
        return grid

    def rec(y, x):
        if y < 0 or y >= len(g) or x < 0 or x >= len(g[0]) or g[y][x] != old:
            return
        g[y][x] = new
        rec(y + 1, x)
        rec(y - 1, x)
        rec(y, x + 1)
        rec(y, x - 1)

    rec(r, c)
    return ["".join(row) for row in g]


found = islands(MAP)
print(f"{len(found)} islands")
for start, size in found:
    print(f"  island starting at {start}: {size} cells")
print("biggest:", max(found, key=lambda t: t[1]))
for line in fill(MAP, 4, 4, "@"):
    print(line)
