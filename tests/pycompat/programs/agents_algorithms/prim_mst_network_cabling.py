# Minimum cost office network cabling with Prim's algorithm (heapq) cross-checked by Kruskal with union-find
import heapq
from collections import defaultdict
from typing import Dict, List, Tuple

LINKS: List[Tuple[str, str, int]] = [
    ("server", "floor1", 12), ("server", "floor2", 18), ("server", "lab", 30), ("floor1", "floor2", 7),
    ("floor1", "lobby", 9), ("floor2", "lab", 11), ("floor2", "roof", 16), ("lab", "roof", 6),
    ("lobby", "annex", 22), ("floor1", "annex", 25), ("roof", "annex", 40), ("lobby", "lab", 28),
]


def prim(links: List[Tuple[str, str, int]], start: str) -> List[Tuple[str, str, int]]:
    adj: Dict[str, List[Tuple[int, str, str]]] = defaultdict(list)
    for a, b, w in links:
        adj[a].append((w, a, b))
        adj[b].append((w, b, a))
    visited = {start}
    heap = list(adj[start])
    heapq.heapify(heap)
    tree = []
    while heap and len(visited) < len(adj):
        w, a, b = heapq.heappop(heap)
        if b in visited:
            continue
        visited.add(b)
        tree.append((a, b, w))
        for edge in adj[b]:
            if edge[2] not in visited:
                heapq.heappush(heap, edge)
    return tree


def kruskal(links: List[Tuple[str, str, int]]) -> List[Tuple[str, str, int]]:
    parent: Dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tree = []
    for a, b, w in sorted(links, key=lambda e: (e[2], e[0], e[1])):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            tree.append((a, b, w))
    return tree


mst = prim(LINKS, "server")
print("Prim order of connection:")
for a, b, w in mst:
    print(f"  {a:>6} -> {b:<6} {w:>3} m")
total = sum(w for _, _, w in mst)
k_total = sum(w for _, _, w in kruskal(LINKS))
print(f"cable needed: {total} m (Kruskal agrees: {k_total == total}); all links: {sum(w for *_, w in LINKS)} m")
print("Kruskal edges:", [f"{a}-{b}" for a, b, _ in kruskal(LINKS)])
degree = defaultdict(int)
for a, b, _ in mst:
    degree[a] += 1
    degree[b] += 1
print("hub rooms:", sorted(n for n, d in degree.items() if d >= 3), "| leaves:", sorted(n for n, d in degree.items() if d == 1))
print("starting elsewhere gives same cost:", sum(w for *_, w in prim(LINKS, "annex")) == total)
