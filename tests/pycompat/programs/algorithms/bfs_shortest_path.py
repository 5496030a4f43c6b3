# BFS on an unweighted dict graph to find shortest paths and levels.
from collections import deque

graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
    "H": [],
}


def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
    return order, dist, parent


def path_to(parent, target):
    if target not in parent:
        return None
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]


order, dist, parent = bfs("A")
print("visit order:", " -> ".join(order))
for node in sorted(graph):
    p = path_to(parent, node)
    if p is None:
        print(f"{node}: unreachable")
    else:
        print(f"{node}: distance {dist[node]}, path {'-'.join(p)}")
levels = {}
for node, d in dist.items():
    levels.setdefault(d, []).append(node)
print("levels:", levels)
