# Sorting, mapping and filtering employee records with lambdas and key functions
from operator import itemgetter, attrgetter
from functools import reduce

employees = [
    {"name": "Ava", "dept": "eng", "salary": 120_000, "age": 34},
    {"name": "Ben", "dept": "ops", "salary": 85_000, "age": 45},
    {"name": "Cal", "dept": "eng", "salary": 98_000, "age": 29},
    {"name": "Dia", "dept": "sales", "salary": 70_000, "age": 38},
    {"name": "Eli", "dept": "eng", "salary": 98_000, "age": 41},
    {"name": "Fox", "dept": "ops", "salary": 91_000, "age": 23},
]

by_salary = sorted(employees, key=lambda e: e["salary"], reverse=True)
print("by salary desc:", [e["name"] for e in by_salary])
by_dept_then_salary = sorted(employees, key=lambda e: (e["dept"], -e["salary"], e["name"]))
print("by dept, salary desc:", [(e["dept"], e["name"]) for e in by_dept_then_salary])
print("by age with itemgetter:", [e["name"] for e in sorted(employees, key=itemgetter("age"))])

eng = list(filter(lambda e: e["dept"] == "eng", employees))
print("engineers:", [e["name"] for e in eng])
raises = list(map(lambda e: {**e, "salary": round(e["salary"] * 1.05)}, eng))
print("after 5% raise:", [(e["name"], e["salary"]) for e in raises])

total = reduce(lambda acc, e: acc + e["salary"], employees, 0)
print(f"total payroll: {total:,}")
oldest = max(employees, key=lambda e: e["age"])
youngest = min(employees, key=lambda e: e["age"])
print("oldest/youngest:", oldest["name"], youngest["name"])

names = ["delta", "Alpha", "charlie", "Bravo", "echo"]
print("default sort:", sorted(names))
print("case-insensitive:", sorted(names, key=str.lower))
print("by length then alpha:", sorted(names, key=lambda s: (len(s), s.lower())))
print("by last letter:", sorted(names, key=lambda s: s[-1]))

square = lambda x: x * x
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print("square(7):", square(7), "| inc_then_square(4):", inc_then_square(4))
print("squares of odds:", list(map(square, filter(lambda n: n % 2, range(10)))))


class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price

    def __repr__(self):
        return f"Item({self.name}, {self.price})"


items = [Item("pen", 1.5), Item("book", 12.0), Item("cup", 4.25)]
print("attrgetter sort:", sorted(items, key=attrgetter("price")))
