# Org chart as a recursive dataclass tree: build from flat records, print, aggregate headcount and cost
from dataclasses import dataclass, field, asdict
from typing import Dict, Iterator, List, Optional, Tuple


@dataclass
class Node:
    name: str
    role: str
    salary: int
    reports: List["Node"] = field(default_factory=list)

    def walk(self, depth: int = 0) -> Iterator[Tuple[int, "Node"]]:
        yield depth, self
        for child in sorted(self.reports, key=lambda n: n.name):
            yield from child.walk(depth + 1)

    def headcount(self) -> int:
        return 1 + sum(r.headcount() for r in self.reports)

    def cost(self) -> int:
        return self.salary + sum(r.cost() for r in self.reports)

    def find(self, name: str) -> Optional["Node"]:
        return next((n for _, n in self.walk() if n.name == name), None)


RECORDS = [
    ("Rosa", "CEO", None, 310), ("Ivan", "CTO", "Rosa", 240), ("Mei", "CFO", "Rosa", 230),
    ("Sol", "Eng Manager", "Ivan", 180), ("Tariq", "Engineer", "Sol", 140), ("Uma", "Engineer", "Sol", 135),
    ("Vic", "SRE", "Ivan", 150), ("Wen", "Accountant", "Mei", 95), ("Xena", "Intern", "Sol", 45),
]


def build(records) -> Node:
    nodes: Dict[str, Node] = {name: Node(name, role, pay * 1000) for name, role, _, pay in records}
    root = None
    for name, _, boss, _ in records:
        if boss is None:
            root = nodes[name]
        else:
            nodes[boss].reports.append(nodes[name])
    if root is None:
        raise ValueError("no root")
    return root


root = build(RECORDS)
for depth, node in root.walk():
    print(f"{'    ' * depth}{node.name} ({node.role}) - team {node.headcount()}, cost ${node.cost():,}")

sol = root.find("Sol")
print("\nSol's team as dict:", asdict(sol)["reports"][0])
print("missing lookup:", root.find("Zed"))
levels: Dict[int, List[str]] = {}
for depth, node in root.walk():
    levels.setdefault(depth, []).append(node.name)
print("levels:", levels)
managers = [n.name for _, n in root.walk() if n.reports]
avg_span = sum(len(root.find(m).reports) for m in managers) / len(managers)
print(f"managers: {managers}, average span of control {avg_span:.2f}")
