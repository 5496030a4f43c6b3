# Split people into two teams so rivals are separated: BFS 2-coloring, odd-cycle reporting per component
from collections import deque
from typing import Dict, List, Optional, Tuple

RIVALRIES = [("ann", "bob"), ("bob", "cy"), ("cy", "dee"), ("dee", "ann"), ("eli", "fay"), ("fay", "gus"),
             ("gus", "eli"), ("hal", "ivy"), ("ivy", "jo"), ("kim", "kim2")]
PEOPLE = sorted({p for pair in RIVALRIES for p in pair} | {"lone"})


def build(edges: List[Tuple[str, str]]) -> Dict[str, List[str]]:
    g: Dict[str, List[str]] = {p: [] for p in PEOPLE}
    for a, b in edges:
        g[a].append(b)
        g[b].append(a)
    return g


def two_color(g: Dict[str, List[str]]) -> Tuple[Dict[str, int], List[List[str]]]:
    color: Dict[str, int] = {}
    parent: Dict[str, Optional[str]] = {}
    conflicts: List[List[str]] = []
    for start in sorted(g):
        if start in color:
            continue
        color[start], parent[start] = 0, None
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v in g[u]:
                if v not in color:
                    color[v], parent[v] = 1 - color[u], u
                    queue.append(v)
                elif color[v] == color[u] and u < v:
                    conflicts.append(path_cycle(parent, u, v))
    return color, conflicts


def path_cycle(parent: Dict[str, Optional[str]], u: str, v: str) -> List[str]:
    def chain(x):
        out = []
        while x is not None:
            out.append(x)
            x = parent[x]
        return out
    cu, cv = chain(u), chain(v)
    common = next(x for x in cu if x in cv)
    return cu[:cu.index(common) + 1] + cv[:cv.index(common)][::-1]


graph = build(RIVALRIES)
color, conflicts = two_color(graph)
if conflicts:
    for cyc in conflicts:
        print(f"odd cycle (not splittable): {' - '.join(cyc)} - {cyc[0]}")
ok_edges = [(a, b) for a, b in RIVALRIES if color[a] != color[b]]
print(f"{len(ok_edges)}/{len(RIVALRIES)} rivalries separated")
teams = {0: sorted(p for p, c in color.items() if c == 0), 1: sorted(p for p, c in color.items() if c == 1)}
print("team red: ", teams[0])
print("team blue:", teams[1])
fixed = [e for e in RIVALRIES if e != ("gus", "eli")]
color2, conflicts2 = two_color(build(fixed))
print("after dropping gus-eli rivalry, bipartite:", not conflicts2)
print("sizes:", sum(1 for c in color2.values() if c == 0), sum(1 for c in color2.values() if c == 1))
