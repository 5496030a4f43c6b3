# Dijkstra's shortest paths with heapq on a weighted dict graph.
import heapq
from typing import Dict, List, Optional, Tuple

Graph = Dict[str, Dict[str, float]]


def dijkstra(graph: Graph, source: str) -> Tuple[Dict[str, float], Dict[str, Optional[str]]]:
    dist = {node: float("inf") for node in graph}
    prev: Dict[str, Optional[str]] = {node: None for node in graph}
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def reconstruct(prev: Dict[str, Optional[str]], target: str) -> List[str]:
    path = []
    cur: Optional[str] = target
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    return list(reversed(path))


def main() -> None:
    graph: Graph = {
        "home": {"park": 2.5, "school": 4, "mall": 7},
        "park": {"home": 2.5, "school": 1.2, "lake": 6},
        "school": {"home": 4, "park": 1.2, "mall": 2, "library": 3.3},
        "mall": {"home": 7, "school": 2, "library": 1},
        "library": {"school": 3.3, "mall": 1, "lake": 2.1},
        "lake": {"park": 6, "library": 2.1},
        "island": {},
    }
    dist, prev = dijkstra(graph, "home")
    for node in graph:
        if dist[node] == float("inf"):
            print(f"{node:>8}: unreachable (dist={dist[node]})")
        else:
            route = " -> ".join(reconstruct(prev, node))
            print(f"{node:>8}: {dist[node]:6.2f}  via {route}")
    print("raw distances:", dist)


if __name__ == "__main__":
    main()
