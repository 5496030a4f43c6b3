# Tarjan's algorithm for strongly connected components in a directed graph.


def tarjan(graph: dict[int, list[int]]) -> list[list[int]]:
    index = 0
    indices: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: dict[int, bool] = {}
    stack: list[int] = []
    result: list[list[int]] = []

    def strongconnect(v: int) -> None:
        nonlocal index
        indices[v] = low[v] = index
        index += 1
        stack.append(v)
        on_stack[v] = True
        for w in graph.get(v, []):
            if w not in indices:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif on_stack.get(w):
                low[v] = min(low[v], indices[w])
        if low[v] == indices[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack[w] = False
                comp.append(w)
                if w == v:
                    break
            result.append(sorted(comp))

    for v in sorted(graph):
        if v not in indices:
            strongconnect(v)
    return result


def condensation(graph, comps):
    where = {v: i for i, c in enumerate(comps) for v in c}
    dag = {i: set() for i in range(len(comps))}
    for v, nbs in graph.items():
        for w in nbs:
            if where[v] != where[w]:
                dag[where[v]].add(where[w])
    return {k: sorted(v) for k, v in dag.items()}


def main() -> None:
    graph = {
        0: [1], 1: [2], 2: [0, 3], 3: [4], 4: [5, 7],
        5: [6], 6: [4], 7: [], 8: [7, 9], 9: [8],
    }
    comps = tarjan(graph)
    print("SCC count:", len(comps))
    for c in comps:
        print("  ", c)
    print("condensation DAG:", condensation(graph, comps))
    print("largest SCC:", max(comps, key=len))


if __name__ == "__main__":
    main()
