# Group sales records by region and product, and print totals and averages.
from collections import defaultdict

sales = [
    {"region": "North", "product": "Widget", "units": 10, "price": 2.50},
    {"region": "South", "product": "Gadget", "units": 3, "price": 10.00},
    {"region": "North", "product": "Gadget", "units": 7, "price": 10.00},
    {"region": "East", "product": "Widget", "units": 25, "price": 2.40},
    {"region": "South", "product": "Widget", "units": 12, "price": 2.50},
    {"region": "North", "product": "Widget", "units": 5, "price": 2.60},
    {"region": "East", "product": "Gizmo", "units": 1, "price": 99.99},
]


def main() -> None:
    by_region = defaultdict(list)
    for s in sales:
        by_region[s["region"]].append(s)

    print(f"{'Region':<8}{'Orders':>8}{'Units':>8}{'Revenue':>12}{'Avg/order':>12}")
    grand = 0.0
    for region, rows in by_region.items():
        revenue = sum(r["units"] * r["price"] for r in rows)
        grand += revenue
        units = sum(r["units"] for r in rows)
        print(f"{region:<8}{len(rows):>8}{units:>8}{revenue:>12.2f}{revenue / len(rows):>12.2f}")
    print(f"{'Total':<8}{len(sales):>8}{sum(s['units'] for s in sales):>8}{grand:>12.2f}")

    by_product = {}
    for s in sales:
        by_product.setdefault(s["product"], {}).setdefault(s["region"], 0)
        by_product[s["product"]][s["region"]] += s["units"]
    print()
    for product, regions in sorted(by_product.items()):
        print(product, dict(sorted(regions.items())))

    best = max(by_region, key=lambda r: sum(x["units"] * x["price"] for x in by_region[r]))
    print("Best region:", best)


if __name__ == "__main__":
    main()
