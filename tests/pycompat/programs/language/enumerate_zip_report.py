# Quarterly sales table built with enumerate, zip, reversed and sorted
regions = ["North", "South", "East", "West"]
quarters = [[120, 95, 143, 88], [130, 90, 150, 97], [125, 110, 139, 102], [160, 105, 171, 99]]

totals = {}
for i, (region, *sales) in enumerate(zip(regions, *quarters), start=1):
    totals[region] = sum(sales)
    print(f"{i}. {region:<6}" + "".join(f"{s:>5}" for s in sales) + f"{sum(sales):>7}")

print("per quarter:", [sum(q) for q in quarters])
for place, (region, total) in enumerate(sorted(totals.items(), key=lambda kv: -kv[1]), 1):
    print(f"  #{place} {region} {total}")
print("reversed:", list(reversed(regions)), "| zip shortest:", list(zip("ab", range(5))))
letters, numbers = zip(*[("a", 1), ("b", 2)])
print("unzipped:", letters, numbers)
