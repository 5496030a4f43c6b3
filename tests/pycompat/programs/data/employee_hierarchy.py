# Build an org chart tree from manager links and print it with headcounts.
from typing import Dict, List, Optional

employees = [
    ("E1", "Dana", None, "CEO"),
    ("E2", "Lee", "E1", "CTO"),
    ("E3", "Kim", "E1", "CFO"),
    ("E4", "Ravi", "E2", "Engineer"),
    ("E5", "Sofia", "E2", "Engineer"),
    ("E6", "Tom", "E3", "Accountant"),
    ("E7", "Uma", "E4", "Intern"),
    ("E8", "Vic", "E2", "Designer"),
]

by_id = {e[0]: e for e in employees}
reports: Dict[Optional[str], List[str]] = {}
for emp_id, _, manager, _ in employees:
    reports.setdefault(manager, []).append(emp_id)


def headcount(emp_id: str) -> int:
    return sum(1 + headcount(r) for r in reports.get(emp_id, []))


def print_tree(emp_id: str, prefix: str = "", last: bool = True, root: bool = True) -> None:
    _, name, _, title = by_id[emp_id]
    connector = "" if root else ("└── " if last else "├── ")
    print(f"{prefix}{connector}{name} ({title}) [{headcount(emp_id)}]")
    children = reports.get(emp_id, [])
    child_prefix = prefix + ("" if root else ("    " if last else "│   "))
    for i, child in enumerate(children):
        print_tree(child, child_prefix, i == len(children) - 1, root=False)


def chain_of_command(emp_id: str) -> List[str]:
    chain = []
    while emp_id:
        chain.append(by_id[emp_id][1])
        emp_id = by_id[emp_id][2]
    return chain


for root in reports[None]:
    print_tree(root)
print("chain for Uma:", " -> ".join(chain_of_command("E7")))
depths = {e[0]: len(chain_of_command(e[0])) - 1 for e in employees}
print("depths:", depths)
print("deepest:", by_id[max(depths, key=depths.get)][1])
print("managers:", sorted(by_id[m][1] for m in reports if m))
