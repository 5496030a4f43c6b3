# Generate a seeded random maze with iterative DFS backtracking, then solve it with BFS and print both
import random
from collections import deque
from typing import Dict, List, Optional, Tuple

Cell = Tuple[int, int]


def generate(w: int, h: int, seed: int) -> List[List[str]]:
    rng = random.Random(seed)
    grid = [["#"] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack: List[Cell] = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = " "
    while stack:
        x, y = stack[-1]
        options = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                   if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        nx, ny = rng.choice(options)
        grid[y + ny + 1][x + nx + 1] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid


def solve(grid: List[List[str]], start: Cell, goal: Cell) -> Optional[List[Cell]]:
    prev: Dict[Cell, Optional[Cell]] = {start: None}
    queue = deque([start])
    while queue:
        cur = queue.popleft()
        if cur == goal:
            path = []
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] == " " and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    return None


maze = generate(12, 6, seed=8)
start, goal = (1, 1), (len(maze) - 2, len(maze[0]) - 2)
path = solve(maze, start, goal)
print("\n".join("".join(row) for row in maze))
print("path length:", len(path) if path else None)
for r, c in path:
    maze[r][c] = "."
maze[start[0]][start[1]], maze[goal[0]][goal[1]] = "S", "G"
print("\n".join("".join(row) for row in maze))
open_cells = sum(row.count(" ") + row.count(".") for row in maze) + 2
print(f"open cells: {open_cells}, fraction on path: {len(path) / open_cells:.2f}")
maze[1][2] = maze[2][1] = "#"
print("blocked start solvable:", solve(maze, start, goal) is not None)
