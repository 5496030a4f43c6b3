# Plan a course schedule from prerequisites with graphlib.TopologicalSorter, semester by semester.
from graphlib import TopologicalSorter, CycleError
from typing import Dict, List, Set

PREREQS: Dict[str, Set[str]] = {
    "CS101": set(),
    "MATH101": set(),
    "CS102": {"CS101"},
    "MATH201": {"MATH101"},
    "CS201": {"CS102", "MATH101"},
    "CS210": {"CS102"},
    "CS301": {"CS201", "MATH201"},
    "CS310": {"CS210", "CS201"},
    "CS401": {"CS301", "CS310"},
}
MAX_PER_SEMESTER = 2


def semesters(graph: Dict[str, Set[str]]) -> List[List[str]]:
    ts = TopologicalSorter(graph)
    ts.prepare()
    plan: List[List[str]] = []
    backlog: List[str] = []
    while ts.is_active():
        backlog.extend(sorted(ts.get_ready()))
        backlog.sort()
        term, backlog = backlog[:MAX_PER_SEMESTER], backlog[MAX_PER_SEMESTER:]
        plan.append(term)
        ts.done(*term)
    return plan


def main() -> None:
    order = list(TopologicalSorter({k: sorted(v) for k, v in sorted(PREREQS.items())}).static_order())
    print("one valid order:", order)
    for i, term in enumerate(semesters(PREREQS), start=1):
        print(f"semester {i}: {', '.join(term)}")
    unlocks: Dict[str, List[str]] = {c: [] for c in PREREQS}
    for course, reqs in PREREQS.items():
        for r in reqs:
            unlocks[r].append(course)
    gateway = max(sorted(unlocks), key=lambda c: len(unlocks[c]))
    print("gateway course:", gateway, "->", sorted(unlocks[gateway]))
    bad = {course: sorted(reqs) for course, reqs in sorted(PREREQS.items())}
    bad["CS101"] = ["CS401"]
    try:
        list(TopologicalSorter(bad).static_order())
    except CycleError as exc:
        cycle = exc.args[1]
        print("cycle detected:", " -> ".join(cycle))


main()
