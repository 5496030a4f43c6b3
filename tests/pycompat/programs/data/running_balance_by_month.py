# Summarize expenses by month from date strings and show running totals.
from collections import OrderedDict
from itertools import accumulate

expenses = """2024-01-05,groceries,82.15
2024-01-19,utilities,120.00
2024-02-02,groceries,64.30
2024-01-28,dining,45.50
2024-02-14,dining,98.00
2024-03-01,rent,1200.00
2024-02-27,utilities,115.75
2024-03-09,groceries,71.20
2024-03-22,dining,33.40"""

rows = []
for line in expenses.splitlines():
    date, category, amount = line.split(",")
    year, month, day = (int(x) for x in date.split("-"))
    rows.append((year, month, day, category, float(amount)))
rows.sort()

monthly = OrderedDict()
for year, month, day, category, amount in rows:
    key = f"{year}-{month:02d}"
    monthly[key] = monthly.get(key, 0.0) + amount

running = list(accumulate(monthly.values()))
print(f"{'Month':<8}{'Spent':>10}{'Running':>11}")
for (month, spent), total in zip(monthly.items(), running):
    print(f"{month:<8}{spent:>10.2f}{total:>11.2f}")

cats = sorted({r[3] for r in rows})
print("categories:", cats)
for c in cats:
    per_month = [round(sum(r[4] for r in rows if r[3] == c and f"{r[0]}-{r[1]:02d}" == m), 2) for m in monthly]
    print(f"  {c:<10} {per_month}")
biggest = max(rows, key=lambda r: r[4])
print(f"largest single expense: {biggest[3]} {biggest[4]:.2f} on {biggest[0]}-{biggest[1]:02d}-{biggest[2]:02d}")
print("month-over-month change:", [round(b - a, 2) for a, b in zip(list(monthly.values()), list(monthly.values())[1:])])
