# Schedule build steps with graphlib.TopologicalSorter: static order, parallel waves with durations, and cycle detection.
from graphlib import TopologicalSorter, CycleError
from typing import Dict, List, Set

STEPS: Dict[str, Set[str]] = {
    "compile": {"fetch", "configure"},
    "configure": {"fetch"},
    "test": {"compile"},
    "docs": {"configure"},
    "package": {"compile", "docs"},
    "publish": {"package", "test"},
    "fetch": set(),
}
DURATION = {"fetch": 3, "configure": 1, "compile": 7, "test": 4, "docs": 2, "package": 1, "publish": 1}

order = list(TopologicalSorter(STEPS).static_order())
position = {step: i for i, step in enumerate(order)}
assert all(position[d] < position[s] for s, deps in STEPS.items() for d in deps)
print("valid order found for", len(order), "steps; fetch first:", order[0] == "fetch", "publish last:", order[-1] == "publish")

sorter = TopologicalSorter(STEPS)
sorter.prepare()
clock = 0
finish: Dict[str, int] = {}
wave = 0
while sorter.is_active():
    ready: List[str] = sorted(sorter.get_ready())
    wave += 1
    start = clock
    for step in ready:
        finish[step] = start + DURATION[step]
    clock = max(finish[s] for s in ready)
    print(f"wave {wave}: {', '.join(ready):<20} t={start:>2}..{clock:>2}")
    sorter.done(*ready)
print("total with waves:", clock, "| serial:", sum(DURATION.values()))

incremental = TopologicalSorter()
incremental.add("deploy", "build", "migrate")
incremental.add("migrate", "backup")
incremental.add("build")
print("incremental:", [s for s in incremental.static_order()][-1], "comes last")

broken = dict(STEPS)
broken["fetch"] = {"publish"}
try:
    list(TopologicalSorter(broken).static_order())
except CycleError as exc:
    message, cycle = exc.args
    print("cycle detected:", message, "| length:", len(cycle) - 1, "| closes:", cycle[0] == cycle[-1])

ts = TopologicalSorter({"b": ["a"]})
ts.prepare()
try:
    ts.add("c", "b")
except ValueError as exc:
    print("late add:", exc)
try:
    ts.done("b")
except ValueError as exc:
    print("bad done:", exc)
