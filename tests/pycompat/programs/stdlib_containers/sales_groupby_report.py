# Group sales records by region and month with itertools.groupby and summarize totals, best sellers and running sums.
from itertools import groupby, accumulate, islice
from operator import itemgetter, attrgetter
from collections import namedtuple
from typing import List

Sale = namedtuple("Sale", "region month product units price")

RAW = [
    ("north", "2024-01", "widget", 12, 2.50),
    ("south", "2024-01", "gadget", 3, 10.00),
    ("north", "2024-02", "gadget", 5, 10.00),
    ("north", "2024-01", "gizmo", 7, 4.25),
    ("east", "2024-02", "widget", 20, 2.50),
    ("south", "2024-02", "widget", 9, 2.50),
    ("east", "2024-01", "gizmo", 2, 4.25),
    ("north", "2024-02", "widget", 15, 2.50),
    ("south", "2024-01", "gizmo", 11, 4.25),
    ("east", "2024-02", "gadget", 1, 10.00),
]

sales: List[Sale] = [Sale._make(r) for r in RAW]
sales.sort(key=attrgetter("region", "month"))

print(f"{'region':<7} {'month':<8} {'orders':>6} {'units':>6} {'revenue':>9}")
for (region, month), group in groupby(sales, key=attrgetter("region", "month")):
    rows = list(group)
    units = sum(s.units for s in rows)
    revenue = sum(s.units * s.price for s in rows)
    print(f"{region:<7} {month:<8} {len(rows):>6} {units:>6} {revenue:>9.2f}")

print()
by_product = sorted(sales, key=attrgetter("product"))
totals = {}
for product, group in groupby(by_product, key=attrgetter("product")):
    totals[product] = sum(s.units * s.price for s in group)
ranking = sorted(totals.items(), key=itemgetter(1), reverse=True)
for rank, (product, revenue) in enumerate(ranking, 1):
    print(f"#{rank} {product:<7} {revenue:8.2f}")

monthly = sorted({s.month for s in sales})
month_revenue = [sum(s.units * s.price for s in sales if s.month == m) for m in monthly]
running = list(accumulate(month_revenue))
print("\nmonthly:", dict(zip(monthly, month_revenue)))
print("running:", running)

biggest = sorted(sales, key=lambda s: s.units * s.price, reverse=True)
print("top 3 orders:")
for s in islice(biggest, 3):
    print(f"  {s.region}/{s.product}: {s.units} x {s.price} = {s.units * s.price:.2f}")
print("first sale as dict:", sales[0]._asdict())
print("repriced:", sales[0]._replace(price=3.0))
