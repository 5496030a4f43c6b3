# Summarize a CSV export of sales by region and rep, using Decimal for exact money totals.
import csv
import io
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP
from typing import Dict, List

RAW = """date,region,rep,units,unit_price
2024-01-03,North,Alice,12,19.99
2024-01-04,South,Bob,5,249.00
2024-01-04,North,Carlos,7,19.99
2024-01-05,East,Dana,30,4.75
2024-01-06,South,Bob,2,249.00
2024-01-06,East,Erin,11,12.50
2024-01-07,North,Alice,3,99.95
2024-01-08,West,Farah,9,33.33
2024-01-08,East,Dana,14,4.75
"""

CENT = Decimal("0.01")


def load_rows(text: str) -> List[Dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def main() -> None:
    rows = load_rows(RAW)
    by_region: Dict[str, Decimal] = defaultdict(Decimal)
    by_rep: Dict[str, Decimal] = defaultdict(Decimal)
    units_by_region: Dict[str, int] = defaultdict(int)
    for row in rows:
        revenue = Decimal(row["units"]) * Decimal(row["unit_price"])
        by_region[row["region"]] += revenue
        by_rep[row["rep"]] += revenue
        units_by_region[row["region"]] += int(row["units"])

    grand = sum(by_region.values(), Decimal("0"))
    print(f"Loaded {len(rows)} rows; grand total ${grand:,.2f}")
    print(f"{'Region':<8}{'Units':>6}{'Revenue':>12}{'Share':>8}")
    for region, total in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
        share = (total / grand * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        print(f"{region:<8}{units_by_region[region]:>6}{total:>12,.2f}{share:>7}%")

    print("\nTop reps:")
    for rank, (rep, total) in enumerate(sorted(by_rep.items(), key=lambda kv: (-kv[1], kv[0])), 1):
        commission = (total * Decimal("0.035")).quantize(CENT, rounding=ROUND_HALF_UP)
        print(f"  {rank}. {rep:<7} {total:>10} commission {commission}")

    avg = (grand / len(rows)).quantize(CENT, rounding=ROUND_HALF_UP)
    print("\nAverage order value:", avg)
    print("Repr check:", repr(by_region["West"]))


if __name__ == "__main__":
    main()
