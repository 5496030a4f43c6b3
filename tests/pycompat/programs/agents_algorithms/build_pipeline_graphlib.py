# Build system ordering with graphlib.TopologicalSorter: static order, parallel stages and cycle detection
from graphlib import CycleError, TopologicalSorter
from typing import Dict, List

TARGETS: Dict[str, List[str]] = {
    "app": ["libcore", "libnet", "assets"],
    "libnet": ["libcore", "openssl"],
    "libcore": ["headers"],
    "assets": ["images", "fonts"],
    "tests": ["app", "fixtures"],
    "openssl": [],
    "headers": [],
    "images": [],
    "fonts": [],
    "fixtures": [],
}
DURATION = {"app": 4, "libnet": 3, "libcore": 5, "assets": 2, "tests": 6, "openssl": 8, "headers": 1,
            "images": 2, "fonts": 1, "fixtures": 1}

order = list(TopologicalSorter(TARGETS).static_order())
print("a valid serial order has", len(order), "steps; app after libcore:", order.index("app") > order.index("libcore"))

ts = TopologicalSorter(TARGETS)
ts.prepare()
stage, clock = 0, 0
finish: Dict[str, int] = {}
while ts.is_active():
    ready: List[str] = sorted(ts.get_ready())
    stage += 1
    for node in ready:
        finish[node] = max((finish[d] for d in TARGETS[node]), default=0) + DURATION[node]
    print(f"stage {stage}: {', '.join(ready)}")
    ts.done(*ready)
print("earliest finish per target:", dict(sorted(finish.items(), key=lambda kv: (kv[1], kv[0]))))
print("critical path length:", max(finish.values()))


def critical_path(node: str) -> List[str]:
    deps = TARGETS[node]
    if not deps:
        return [node]
    worst = max(sorted(deps), key=lambda d: finish[d])
    return critical_path(worst) + [node]


print("critical path:", " -> ".join(critical_path("tests")))

broken = dict(TARGETS, headers=["app"])
try:
    list(TopologicalSorter(broken).static_order())
except CycleError as exc:
    cycle = exc.args[1]
    print("cycle detected, length", len(cycle) - 1, "closes on itself:", cycle[0] == cycle[-1])

ts2 = TopologicalSorter()
ts2.add("deploy", "build", "test")
ts2.add("test", "build")
print(list(ts2.static_order()))
