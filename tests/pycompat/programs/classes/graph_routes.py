# Weighted graph class with BFS, DFS and Dijkstra shortest paths between cities
import heapq
from collections import deque


class Graph:
    def __init__(self, directed: bool = False):
        self.directed = directed
        self.adj: dict[str, dict[str, int]] = {}

    def add_edge(self, a: str, b: str, weight: int = 1) -> None:
        self.adj.setdefault(a, {})[b] = weight
        self.adj.setdefault(b, {})
        if not self.directed:
            self.adj[b][a] = weight

    def __contains__(self, node):
        return node in self.adj

    def __len__(self):
        return len(self.adj)

    def bfs(self, start: str) -> list[str]:
        seen, order, queue = {start}, [], deque([start])
        while queue:
            node = queue.popleft()
            order.append(node)
            for nxt in sorted(self.adj[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def dfs(self, start: str, seen=None) -> list[str]:
        seen = seen if seen is not None else []
        seen.append(start)
        for nxt in sorted(self.adj[start]):
            if nxt not in seen:
                self.dfs(nxt, seen)
        return seen

    def shortest_path(self, src: str, dst: str) -> tuple[int, list[str]]:
        dist = {src: 0}
        prev: dict[str, str] = {}
        heap = [(0, src)]
        while heap:
            d, node = heapq.heappop(heap)
            if node == dst:
                break
            if d > dist.get(node, float("inf")):
                continue
            for nxt, w in self.adj[node].items():
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    prev[nxt] = node
                    heapq.heappush(heap, (nd, nxt))
        if dst not in dist:
            raise ValueError(f"no route from {src} to {dst}")
        path = [dst]
        while path[-1] != src:
            path.append(prev[path[-1]])
        return dist[dst], path[::-1]


g = Graph()
for a, b, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 1), ("B", "D", 5),
                ("C", "D", 8), ("C", "E", 10), ("D", "E", 2), ("D", "F", 6), ("E", "F", 2)]:
    g.add_edge(a, b, w)
g.add_edge("X", "Y", 1)
print("nodes:", len(g), "| 'E' in g:", "E" in g, "| 'Z' in g:", "Z" in g)
print("BFS from A:", g.bfs("A"))
print("DFS from A:", g.dfs("A"))
for dst in ("D", "F", "Y"):
    try:
        cost, path = g.shortest_path("A", dst)
        print(f"A -> {dst}: cost {cost} via {' -> '.join(path)}")
    except ValueError as e:
        print("ValueError:", e)
print("degrees:", {n: len(nb) for n, nb in sorted(g.adj.items())})
