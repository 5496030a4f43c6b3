# Build a pivot table of quarterly revenue by product and print it as aligned text.
from collections import defaultdict

records = [
    ("Q1", "Apples", 1200), ("Q1", "Pears", 450), ("Q2", "Apples", 1350),
    ("Q2", "Plums", 300), ("Q3", "Apples", 900), ("Q3", "Pears", 620),
    ("Q3", "Plums", 410), ("Q4", "Apples", 1600), ("Q4", "Pears", 700),
    ("Q1", "Apples", 150), ("Q4", "Plums", 95),
]

pivot = defaultdict(lambda: defaultdict(int))
for quarter, product, amount in records:
    pivot[product][quarter] += amount

quarters = sorted({q for q, _, _ in records})
products = sorted(pivot)
col_w = 8
name_w = max(len(p) for p in products + ["Total"])

header = f"{'Product':<{name_w}} | " + " ".join(f"{q:>{col_w}}" for q in quarters) + f" | {'Total':>{col_w}}"
print(header)
print("-" * len(header))
col_totals = dict.fromkeys(quarters, 0)
for p in products:
    row_vals = [pivot[p].get(q, 0) for q in quarters]
    for q, v in zip(quarters, row_vals):
        col_totals[q] += v
    cells = " ".join(f"{v:>{col_w},}" if v else f"{'-':>{col_w}}" for v in row_vals)
    print(f"{p:<{name_w}} | {cells} | {sum(row_vals):>{col_w},}")
print("-" * len(header))
grand = sum(col_totals.values())
print(f"{'Total':<{name_w}} | " + " ".join(f"{col_totals[q]:>{col_w},}" for q in quarters) + f" | {grand:>{col_w},}")

print()
print("Share of total by product:")
for p in products:
    share = sum(pivot[p].values()) / grand
    print(f"  {p:<8} {share:6.1%} {'#' * round(share * 40)}")
best_q = max(quarters, key=col_totals.get)
print("Best quarter:", best_q, col_totals[best_q])
