# Parse an orders CSV export with DictReader, aggregate revenue by category and month, and flag bad rows.
import csv
import io

RAW = '''order_id,date,customer,category,quantity,unit_price,notes
1001,2024-01-05,"Acme, Inc.",hardware,3,19.99,
1002,2024-01-17,Globex,software,1,299.00,"renewal, annual"
1003,2024-02-02,Initech,hardware,10,4.50,bulk
1004,2024-02-14,"O'Brien & Sons",services,2,150.00,"said ""rush it"""
1005,2024-02-28,Globex,software,,299.00,missing qty
1006,2024-03-03,Acme Inc.,hardware,5,19.99,
1007,2024-03-09,Umbrella,services,1,abc,bad price
1008,2024-03-21,Initech,software,4,49.50,
'''


def parse_rows(text):
    reader = csv.DictReader(io.StringIO(text))
    good, bad = [], []
    for row in reader:
        try:
            qty = int(row["quantity"])
            price = float(row["unit_price"])
        except ValueError as exc:
            bad.append((reader.line_num, row["order_id"], str(exc)))
            continue
        row["total"] = round(qty * price, 2)
        row["month"] = row["date"][:7]
        good.append(row)
    return reader.fieldnames, good, bad


fieldnames, rows, errors = parse_rows(RAW)
print("columns:", fieldnames)
print(f"parsed {len(rows)} rows, {len(errors)} rejected")
for line, oid, why in errors:
    print(f"  line {line}: order {oid} -> {why}")

by_category = {}
by_month = {}
for r in rows:
    by_category[r["category"]] = by_category.get(r["category"], 0) + r["total"]
    by_month.setdefault(r["month"], []).append(r["order_id"])

print("\nRevenue by category:")
for cat, total in sorted(by_category.items(), key=lambda kv: -kv[1]):
    share = total / sum(by_category.values())
    print(f"  {cat:<10} {total:>9.2f}  {share:6.1%}")

print("\nOrders per month:")
for month in sorted(by_month):
    print(f"  {month}: {len(by_month[month])} -> {', '.join(by_month[month])}")

top = max(rows, key=lambda r: r["total"])
print(f"\nLargest order: #{top['order_id']} from {top['customer']!r} = {top['total']}")
quoted = [r["customer"] for r in rows if "," in r["customer"] or "'" in r["customer"]]
print("customers needing quotes:", quoted)
notes = [r["notes"] for r in rows if r["notes"]]
print("notes:", notes)
