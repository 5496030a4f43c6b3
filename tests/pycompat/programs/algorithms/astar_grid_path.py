# A* pathfinding on a text maze with Manhattan heuristic and heapq.
import heapq
from typing import Dict, List, Optional, Tuple

Pos = Tuple[int, int]

MAZE = [
    "S....#......",
    ".##..#.####.",
    "..#....#....",
    "#.####.#.##.",
    "..#....#..#.",
    ".##.####..#.",
    "......#...#G",
]


def find(ch: str) -> Pos:
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    raise LookupError(ch)


def astar(start: Pos, goal: Pos) -> Optional[List[Pos]]:
    def h(p: Pos) -> int:
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])

    open_heap: List[Tuple[int, int, Pos]] = [(h(start), 0, start)]
    came: Dict[Pos, Optional[Pos]] = {start: None}
    g: Dict[Pos, int] = {start: 0}
    expanded = 0
    while open_heap:
        _, cost, cur = heapq.heappop(open_heap)
        if cost > g[cur]:
            continue
        expanded += 1
        if cur == goal:
            print("nodes expanded:", expanded)
            path = []
            node: Optional[Pos] = cur
            while node is not None:
                path.append(node)
                node = came[node]
            return path[::-1]
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
                ng = cost + 1
                if ng < g.get((nr, nc), 1 << 30):
                    g[(nr, nc)] = ng
                    came[(nr, nc)] = cur
                    heapq.heappush(open_heap, (ng + h((nr, nc)), ng, (nr, nc)))
    return None


def main() -> None:
    start, goal = find("S"), find("G")
    print("start", start, "goal", goal)
    path = astar(start, goal)
    if path is None:
        print("no path")
        return
    print("path length:", len(path) - 1)
    grid = [list(row) for row in MAZE]
    for r, c in path[1:-1]:
        grid[r][c] = "*"
    print("\n".join("".join(row) for row in grid))
    print("first steps:", path[:5])


if __name__ == "__main__":
    main()
