# Bellman-Ford shortest paths with negative edges and negative cycle detection.

Edge = tuple[str, str, int]


def bellman_ford(nodes: list[str], edges: list[Edge], source: str):
    dist = {n: float("inf") for n in nodes}
    pred = {n: None for n in nodes}
    dist[source] = 0
    for i in range(len(nodes) - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                pred[v] = u
                changed = True
        if not changed:
            print(f"  converged after {i + 1} rounds")
            break
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ValueError(f"negative cycle reachable via edge {u}->{v}")
    return dist, pred


def path(pred, node):
    out = []
    while node is not None:
        out.append(node)
        node = pred[node]
    return "->".join(reversed(out))


def main() -> None:
    nodes = ["S", "A", "B", "C", "D", "E"]
    edges = [("S", "A", 10), ("S", "E", 8), ("E", "D", 1), ("D", "A", -4),
             ("D", "C", -1), ("A", "C", 2), ("C", "B", -2), ("B", "A", 1)]
    dist, pred = bellman_ford(nodes, edges, "S")
    for n in nodes:
        print(f"{n}: {dist[n]:>3}  {path(pred, n)}")
    bad = edges + [("A", "D", 1)]
    try:
        bellman_ford(nodes, bad, "S")
    except ValueError as e:
        print("error:", e)
    dist, _ = bellman_ford(nodes + ["Z"], edges, "S")
    print("Z distance:", dist["Z"])


if __name__ == "__main__":
    main()
