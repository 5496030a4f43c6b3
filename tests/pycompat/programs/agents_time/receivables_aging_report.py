# Build an accounts-receivable aging report (current, 1-30, 31-60, 61-90, 90+ days past due) as of a fixed date.
import csv
import io
from collections import OrderedDict, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Dict, List

AS_OF = date(2024, 6, 30)
BUCKETS = [("current", 0), ("1-30", 30), ("31-60", 60), ("61-90", 90), ("90+", None)]
INVOICES = """invoice,customer,issued,terms_days,amount,paid
INV-101,Acme,2024-02-10,30,1200.00,0
INV-102,Acme,2024-05-20,30,800.00,300.00
INV-103,Globex,2024-06-15,45,2500.00,0
INV-104,Globex,2024-03-28,60,950.50,0
INV-105,Initech,2024-04-02,30,400.00,400.00
INV-106,Initech,2024-05-01,15,1320.75,20.75
INV-107,Hooli,2023-12-01,30,5000.00,1000.00
"""


def bucket_for(days_past_due: int) -> str:
    if days_past_due <= 0:
        return "current"
    for name, limit in BUCKETS[1:]:
        if limit is None or days_past_due <= limit:
            return name
    raise AssertionError("unreachable")


def main() -> None:
    table: Dict[str, Dict[str, Decimal]] = defaultdict(lambda: OrderedDict((b, Decimal("0")) for b, _ in BUCKETS))
    details: List[str] = []
    for row in csv.DictReader(io.StringIO(INVOICES)):
        open_amount = Decimal(row["amount"]) - Decimal(row["paid"])
        if open_amount <= 0:
            continue
        issued = datetime.strptime(row["issued"], "%Y-%m-%d").date()
        due = issued + timedelta(days=int(row["terms_days"]))
        past_due = (AS_OF - due).days
        bucket = bucket_for(past_due)
        table[row["customer"]][bucket] += open_amount
        details.append(f"{row['invoice']} {row['customer']:<8} due {due:%d %b %Y} {max(past_due, 0):>4}d late {open_amount:>9} [{bucket}]")
    print(f"Aging as of {AS_OF:%B %d, %Y}")
    print("\n".join(details))
    header = f"{'Customer':<9}" + "".join(f"{b:>10}" for b, _ in BUCKETS) + f"{'Total':>11}"
    print("\n" + header)
    totals = OrderedDict((b, Decimal("0")) for b, _ in BUCKETS)
    for customer in sorted(table):
        row = table[customer]
        for b in row:
            totals[b] += row[b]
        print(f"{customer:<9}" + "".join(f"{v:>10}" for v in row.values()) + f"{sum(row.values()):>11}")
    grand = sum(totals.values())
    print(f"{'TOTAL':<9}" + "".join(f"{v:>10}" for v in totals.values()) + f"{grand:>11}")
    print("share:    " + "".join(f"{v / grand:>10.1%}" for v in totals.values()))
    risky = sorted(c for c, r in table.items() if r["61-90"] + r["90+"] > 0)
    print("collections follow-up:", risky)


main()
