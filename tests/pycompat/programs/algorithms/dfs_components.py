# Find connected components and detect cycles with iterative and recursive DFS.


def build_graph(edges: list[tuple[int, int]], n: int) -> dict[int, list[int]]:
    g: dict[int, list[int]] = {i: [] for i in range(n)}
    for u, v in edges:
        g[u].append(v)
        g[v].append(u)
    return g


def components(g: dict[int, list[int]]) -> list[list[int]]:
    seen: set[int] = set()
    result = []
    for start in g:
        if start in seen:
            continue
        stack = [start]
        comp = []
        seen.add(start)
        while stack:
            node = stack.pop()
            comp.append(node)
            for nb in g[node]:
                if nb not in seen:
                    seen.add(nb)
                    stack.append(nb)
        result.append(sorted(comp))
    return result


def has_cycle(g: dict[int, list[int]]) -> bool:
    visited: set[int] = set()

    def dfs(node: int, parent: int) -> bool:
        visited.add(node)
        for nb in g[node]:
            if nb not in visited:
                if dfs(nb, node):
                    return True
            elif nb != parent:
                return True
        return False

    return any(dfs(v, -1) for v in g if v not in visited)


def main() -> None:
    edges = [(0, 1), (1, 2), (3, 4), (5, 6), (6, 7), (7, 5), (9, 8)]
    g = build_graph(edges, 11)
    comps = components(g)
    print(f"{len(comps)} components")
    for i, c in enumerate(comps, 1):
        print(f"  component {i}: {c}")
    print("has cycle:", has_cycle(g))
    tree = build_graph([(0, 1), (0, 2), (2, 3), (2, 4)], 5)
    print("tree has cycle:", has_cycle(tree))
    largest = max(comps, key=len)
    print("largest component:", largest)


if __name__ == "__main__":
    main()
