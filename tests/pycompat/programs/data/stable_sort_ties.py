# Sort employee records by multiple keys, relying on sort stability for ties.
employees = [
    ("Alice", "Engineering", 120000, 5),
    ("Bob", "Sales", 80000, 3),
    ("Carol", "Engineering", 120000, 8),
    ("Dave", "Sales", 95000, 3),
    ("Eve", "HR", 70000, 2),
    ("Frank", "Engineering", 110000, 5),
    ("Grace", "HR", 70000, 6),
    ("Heidi", "Sales", 80000, 1),
]

print("By salary desc (ties keep input order):")
for e in sorted(employees, key=lambda e: e[2], reverse=True):
    print(f"  {e[0]:6} {e[1]:12} {e[2]:>7,}")

print("By department, then salary desc, then name:")
for e in sorted(employees, key=lambda e: (e[1], -e[2], e[0])):
    print(f"  {e[1]:12} {e[2]:>7,} {e[0]}")

print("Two-pass stable sort (years asc, then department):")
step1 = sorted(employees, key=lambda e: e[3])
step2 = sorted(step1, key=lambda e: e[1])
for e in step2:
    print(f"  {e[1]:12} {e[3]} {e[0]}")

data = [("b", 2), ("a", 2), ("c", 1), ("d", 2), ("e", 1)]
data.sort(key=lambda t: t[1])
print("in-place by number:", data)
print("reverse keeps ties order:", sorted(data, key=lambda t: t[1], reverse=True))
print("sorted by len then alpha:", sorted(["pear", "fig", "apple", "kiwi", "date", "plum"], key=lambda w: (len(w), w)))
print("sorted by len only:", sorted(["pear", "fig", "apple", "kiwi", "date", "plum"], key=len))
