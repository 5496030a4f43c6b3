# Build a package dependency graph with defaultdict, find reverse dependencies, cycles and a build order (BFS with deque).
from collections import defaultdict, deque
from typing import Dict, List, Set

REQUIRES = [
    ("web", "http"), ("web", "templates"), ("http", "sockets"), ("http", "parser"),
    ("templates", "parser"), ("cli", "parser"), ("cli", "config"), ("config", "parser"),
    ("tests", "web"), ("tests", "cli"), ("parser", "unicode"),
]

deps: Dict[str, List[str]] = defaultdict(list)
rdeps: Dict[str, Set[str]] = defaultdict(set)
for pkg, dep in REQUIRES:
    deps[pkg].append(dep)
    rdeps[dep].add(pkg)

nodes = sorted(set(deps) | set(rdeps))
print("packages:", nodes)
print("deps of web:", deps["web"], "| deps of unicode:", deps["unicode"])
print("missing key created:", "unicode" in deps, len(deps))

print("\nreverse dependencies:")
for name in sorted(rdeps):
    print(f"  {name:<10} <- {', '.join(sorted(rdeps[name]))}")

# Kahn's algorithm with a deque; ties broken alphabetically for stable output.
indegree = defaultdict(int)
for pkg in nodes:
    for dep in deps[pkg]:
        indegree[pkg] += 1
queue = deque(sorted(n for n in nodes if indegree[n] == 0))
order = []
while queue:
    node = queue.popleft()
    order.append(node)
    for dependent in sorted(rdeps[node]):
        indegree[dependent] -= 1
        if indegree[dependent] == 0:
            queue.append(dependent)
print("\nbuild order:", " -> ".join(order))


def transitive(pkg: str) -> Set[str]:
    seen, stack = set(), [pkg]
    while stack:
        for dep in deps[stack.pop()]:
            if dep not in seen:
                seen.add(dep)
                stack.append(dep)
    return seen


for pkg in ("tests", "cli", "unicode"):
    print(f"{pkg} needs {len(transitive(pkg))}: {sorted(transitive(pkg))}")

level: Dict[str, int] = defaultdict(int)
for pkg in order:
    level[pkg] = max((level[d] + 1 for d in deps[pkg]), default=0)
by_level = defaultdict(list)
for pkg, lvl in level.items():
    by_level[lvl].append(pkg)
for lvl in sorted(by_level):
    print(f"level {lvl}: {sorted(by_level[lvl])}")

deps["unicode"].append("web")  # introduce a cycle
print("\ncycle check after adding unicode -> web:", "web" in transitive("web"))
print(repr(defaultdict(int, {"a": 1})), defaultdict(list).default_factory)
