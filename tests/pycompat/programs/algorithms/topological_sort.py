# Topological sort of build tasks using Kahn's algorithm and DFS, with cycle detection.
from collections import defaultdict, deque


class CycleError(Exception):
    pass


def kahn(deps: dict[str, list[str]]) -> list[str]:
    """deps maps a task to the tasks it depends on."""
    indegree = {t: 0 for t in deps}
    users = defaultdict(list)
    for task, requires in deps.items():
        for r in requires:
            indegree.setdefault(r, 0)
            users[r].append(task)
            indegree[task] += 1
    queue = deque(sorted(t for t, d in indegree.items() if d == 0))
    order = []
    while queue:
        t = queue.popleft()
        order.append(t)
        for u in sorted(users[t]):
            indegree[u] -= 1
            if indegree[u] == 0:
                queue.append(u)
    if len(order) != len(indegree):
        stuck = sorted(t for t, d in indegree.items() if d > 0)
        raise CycleError(f"cycle among: {', '.join(stuck)}")
    return order


def dfs_order(deps: dict[str, list[str]]) -> list[str]:
    state: dict[str, int] = {}
    out: list[str] = []

    def visit(t: str) -> None:
        if state.get(t) == 1:
            raise CycleError(f"cycle through {t}")
        if state.get(t) == 2:
            return
        state[t] = 1
        for r in deps.get(t, []):
            visit(r)
        state[t] = 2
        out.append(t)

    for t in sorted(deps):
        visit(t)
    return out


def main() -> None:
    build = {
        "app": ["lib", "config"],
        "lib": ["utils", "core"],
        "core": ["utils"],
        "utils": [],
        "config": [],
        "tests": ["app", "fixtures"],
        "fixtures": ["config"],
    }
    print("kahn:", kahn(build))
    print("dfs: ", dfs_order(build))
    broken = dict(build)
    broken["utils"] = ["tests"]
    for fn in (kahn, dfs_order):
        try:
            fn(broken)
        except CycleError as e:
            print(f"{fn.__name__} failed: {e}")


if __name__ == "__main__":
    main()
