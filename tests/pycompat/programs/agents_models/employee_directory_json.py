# Employee directory: nested dataclasses serialized with asdict and json, then grouped by department
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from typing import List, Optional


@dataclass
class Address:
    city: str
    country: str = "US"


@dataclass
class Employee:
    name: str
    title: str
    department: str
    salary: int
    address: Address
    manager: Optional[str] = None
    skills: List[str] = field(default_factory=list)


staff = [
    Employee("Ana Ruiz", "Engineer", "R&D", 118000, Address("Austin"), "Li Wei", ["python", "sql"]),
    Employee("Li Wei", "Director", "R&D", 185000, Address("Seattle")),
    Employee("Omar Haddad", "Analyst", "Finance", 87000, Address("Toronto", "CA"), "Grace Kim", ["excel"]),
    Employee("Grace Kim", "CFO", "Finance", 240000, Address("Boston")),
    Employee("Tom Berg", "Engineer", "R&D", 109500, Address("Oslo", "NO"), "Li Wei", ["go", "python"]),
]

payload = json.dumps([asdict(e) for e in staff[:2]], indent=2, sort_keys=True)
print(payload)

restored = [Employee(**{**d, "address": Address(**d["address"])}) for d in json.loads(payload)]
print("round trip equal:", restored == staff[:2])

by_dept = defaultdict(list)
for e in staff:
    by_dept[e.department].append(e)

for dept in sorted(by_dept):
    members = sorted(by_dept[dept], key=lambda e: -e.salary)
    total = sum(e.salary for e in members)
    print(f"\n{dept}: {len(members)} people, payroll ${total:,}")
    for e in members:
        boss = e.manager or "-"
        print(f"  {e.name:<12} {e.title:<9} ${e.salary:>9,}  {e.address.city}, {e.address.country}  reports to {boss}")

skill_index = defaultdict(set)
for e in staff:
    for s in e.skills:
        skill_index[s].add(e.name)
print("\nskills:", {k: sorted(v) for k, v in sorted(skill_index.items())})
abroad = [e.name for e in staff if e.address.country != "US"]
print("outside US:", abroad)
