# Group sorted transactions by date and category with itertools.groupby.
from itertools import groupby
from operator import itemgetter

transactions = [
    ("2024-03-01", "food", 12.50), ("2024-03-01", "transport", 2.75),
    ("2024-03-01", "food", 8.20), ("2024-03-02", "books", 24.99),
    ("2024-03-02", "food", 15.00), ("2024-03-03", "transport", 2.75),
    ("2024-03-03", "transport", 2.75), ("2024-03-03", "food", 30.10),
]

for date, group in groupby(transactions, key=itemgetter(0)):
    items = list(group)
    total = sum(t[2] for t in items)
    print(f"{date}: {len(items)} transactions, total {total:.2f}")

by_cat = sorted(transactions, key=itemgetter(1))
for cat, group in groupby(by_cat, key=itemgetter(1)):
    amounts = [t[2] for t in group]
    print(f"  {cat:10} n={len(amounts)} sum={sum(amounts):7.2f} max={max(amounts):6.2f}")

print("unsorted groupby gives runs:", [(k, len(list(g))) for k, g in groupby("aaabbaaccc")])
print("consecutive runs:", ["".join(g) for _, g in groupby("1112233311")])
nums = [1, 2, 3, 7, 8, 10, 11, 12, 15]
ranges = []
for _, g in groupby(enumerate(nums), key=lambda t: t[1] - t[0]):
    run = [v for _, v in g]
    ranges.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
print("collapsed ranges:", ", ".join(ranges))
