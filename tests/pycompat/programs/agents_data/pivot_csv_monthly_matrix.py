# Pivot long-format CSV rows (month, product, units) into a wide month-by-product table with totals.
import csv
import io
from collections import defaultdict, OrderedDict
from typing import Dict, List

LONG = """month,product,units
2024-01,Espresso,310
2024-01,Latte,422
2024-01,Mocha,97
2024-02,Espresso,288
2024-02,Latte,460
2024-03,Espresso,330
2024-03,Mocha,120
2024-03,Latte,415
2024-03,Chai,64
2024-02,Chai,51
"""


def pivot(rows: List[Dict[str, str]]) -> "OrderedDict[str, Dict[str, int]]":
    table: Dict[str, Dict[str, int]] = defaultdict(dict)
    for row in rows:
        table[row["month"]][row["product"]] = table[row["month"]].get(row["product"], 0) + int(row["units"])
    return OrderedDict(sorted(table.items()))


def main() -> None:
    rows = list(csv.DictReader(io.StringIO(LONG)))
    table = pivot(rows)
    products = sorted({r["product"] for r in rows})
    header = ["month"] + products + ["total"]
    widths = [max(len(h), 7) for h in header]
    print(" | ".join(h.rjust(w) for h, w in zip(header, widths)))
    print("-+-".join("-" * w for w in widths))
    col_totals = defaultdict(int)
    for month, counts in table.items():
        cells = [counts.get(p, 0) for p in products]
        for p, c in zip(products, cells):
            col_totals[p] += c
        line = [month] + [str(c) if c else "-" for c in cells] + [str(sum(cells))]
        print(" | ".join(v.rjust(w) for v, w in zip(line, widths)))
    print("-+-".join("-" * w for w in widths))
    totals = ["total"] + [str(col_totals[p]) for p in products] + [str(sum(col_totals.values()))]
    print(" | ".join(v.rjust(w) for v, w in zip(totals, widths)))

    best = max(products, key=lambda p: col_totals[p])
    print(f"\nbest seller: {best} ({col_totals[best]} units)")
    table.move_to_end("2024-01")
    print("months after move_to_end:", list(table))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for month, counts in sorted(table.items()):
        w.writerow([month] + [counts.get(p, "") for p in products] + [sum(counts.values())])
    print(out.getvalue(), end="")


main()
