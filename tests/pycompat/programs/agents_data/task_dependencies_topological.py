# Order build tasks by their dependencies (Kahn's algorithm) and compute the critical path length.
from collections import defaultdict, deque
from typing import Dict, List, Set

TASKS: Dict[str, Dict[str, object]] = {
    "fetch_deps": {"minutes": 3, "after": []},
    "codegen": {"minutes": 2, "after": ["fetch_deps"]},
    "compile_core": {"minutes": 9, "after": ["codegen"]},
    "compile_ui": {"minutes": 6, "after": ["fetch_deps"]},
    "unit_tests": {"minutes": 5, "after": ["compile_core"]},
    "lint": {"minutes": 1, "after": ["fetch_deps"]},
    "bundle": {"minutes": 4, "after": ["compile_core", "compile_ui"]},
    "integration_tests": {"minutes": 8, "after": ["bundle", "unit_tests"]},
    "publish": {"minutes": 1, "after": ["integration_tests", "lint"]},
}


def topo_order(tasks: Dict[str, Dict[str, object]]) -> List[str]:
    indegree: Dict[str, int] = {name: len(spec["after"]) for name, spec in tasks.items()}
    children: Dict[str, List[str]] = defaultdict(list)
    for name, spec in tasks.items():
        for dep in spec["after"]:
            children[dep].append(name)
    ready = deque(sorted(n for n, d in indegree.items() if d == 0))
    order: List[str] = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for child in sorted(children[node]):
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
    if len(order) != len(tasks):
        raise ValueError("cycle detected among: " + ", ".join(sorted(set(tasks) - set(order))))
    return order


def main() -> None:
    order = topo_order(TASKS)
    finish: Dict[str, int] = {}
    via: Dict[str, str] = {}
    for name in order:
        deps = TASKS[name]["after"]
        start = max((finish[d] for d in deps), default=0)
        if deps:
            via[name] = max(deps, key=lambda d: finish[d])
        finish[name] = start + TASKS[name]["minutes"]
        print(f"{name:<18} start {start:>2}  end {finish[name]:>2}")
    last = max(finish, key=finish.get)
    path: List[str] = [last]
    while path[-1] in via:
        path.append(via[path[-1]])
    print("\ncritical path:", " -> ".join(reversed(path)))
    print("total minutes:", finish[last], "serial minutes:", sum(t["minutes"] for t in TASKS.values()))
    levels: Dict[int, Set[str]] = defaultdict(set)
    depth: Dict[str, int] = {}
    for name in order:
        depth[name] = 1 + max((depth[d] for d in TASKS[name]["after"]), default=-1)
        levels[depth[name]].add(name)
    for lvl in sorted(levels):
        print(f"level {lvl}: {sorted(levels[lvl])}")
    broken = dict(TASKS, codegen={"minutes": 2, "after": ["publish"]})
    try:
        topo_order(broken)
    except ValueError as exc:
        print("error:", exc)


main()
