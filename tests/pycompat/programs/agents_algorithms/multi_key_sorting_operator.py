# Multi-key sorting of records with operator.itemgetter/attrgetter/methodcaller, stable sorts and reversed keys
import operator
from dataclasses import dataclass
from functools import cmp_to_key
from typing import Dict, List

ROWS: List[Dict[str, object]] = [
    {"name": "Nina", "dept": "eng", "level": 3, "salary": 142000, "city": "Berlin"},
    {"name": "Omar", "dept": "ops", "level": 2, "salary": 88000, "city": "Austin"},
    {"name": "Pia", "dept": "eng", "level": 3, "salary": 151000, "city": "austin"},
    {"name": "Quinn", "dept": "sales", "level": 1, "salary": 64000, "city": "Berlin"},
    {"name": "Ravi", "dept": "eng", "level": 2, "salary": 118000, "city": "Chennai"},
    {"name": "Sara", "dept": "ops", "level": 3, "salary": 99000, "city": "austin"},
    {"name": "Tom", "dept": "sales", "level": 2, "salary": 71000, "city": "Chennai"},
]

by_dept_level = sorted(ROWS, key=operator.itemgetter("dept", "level"))
print("dept, level:", [(r["dept"], r["level"], r["name"]) for r in by_dept_level])

stable = sorted(ROWS, key=operator.itemgetter("salary"), reverse=True)
stable.sort(key=operator.itemgetter("dept"))
print("dept asc, salary desc:", [f"{r['dept']}:{r['name']}" for r in stable])

print("case-insensitive city:", [r["city"] for r in sorted(ROWS, key=lambda r: (str(r["city"]).casefold(), r["name"]))])


@dataclass
class Emp:
    name: str
    dept: str
    level: int
    salary: int
    city: str


emps = [Emp(**r) for r in ROWS]
get_pay = operator.attrgetter("salary")
print("top earner:", max(emps, key=get_pay).name, "| lowest:", min(emps, key=get_pay).name)
print("by level desc then name:", [e.name for e in sorted(emps, key=lambda e: (-e.level, e.name))])
upper_names = list(map(operator.methodcaller("upper"), map(operator.attrgetter("name"), emps)))
print("methodcaller:", upper_names)


def compare(a: Emp, b: Emp) -> int:
    if a.dept != b.dept:
        return -1 if a.dept == "eng" else 1 if b.dept == "eng" else (a.dept > b.dept) - (a.dept < b.dept)
    return b.salary - a.salary


print("eng first via cmp_to_key:", [f"{e.dept}/{e.name}" for e in sorted(emps, key=cmp_to_key(compare))])
pairs = sorted(((e.dept, e.salary) for e in emps), key=operator.itemgetter(1))
print("itemgetter(1) on tuples:", pairs[:3])
print("totals:", {d: sum(map(get_pay, filter(lambda e: e.dept == d, emps))) for d in sorted({e.dept for e in emps})})
print(operator.itemgetter(0, -1)("abcdef"), operator.add(2, 3), operator.mul(*operator.itemgetter(1, 2)([1, 6, 7])))
