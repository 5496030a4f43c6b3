# Join customer and order "tables" (lists of dicts) like SQL inner/left joins.
from typing import Dict, List

customers = [
    {"id": 1, "name": "Acme", "country": "US"},
    {"id": 2, "name": "Globex", "country": "DE"},
    {"id": 3, "name": "Initech", "country": "US"},
    {"id": 4, "name": "Umbrella", "country": "UK"},
]
orders = [
    {"order": 101, "customer_id": 1, "amount": 250.0},
    {"order": 102, "customer_id": 3, "amount": 75.5},
    {"order": 103, "customer_id": 1, "amount": 120.25},
    {"order": 104, "customer_id": 2, "amount": 980.0},
    {"order": 105, "customer_id": 9, "amount": 42.0},
]

by_id: Dict[int, dict] = {c["id"]: c for c in customers}

print("INNER JOIN:")
inner = [{**o, **by_id[o["customer_id"]]} for o in orders if o["customer_id"] in by_id]
for row in inner:
    print(f"  {row['order']} {row['name']:<8} {row['country']} {row['amount']:>8.2f}")

print("LEFT JOIN customers -> orders:")
orders_by_cust: Dict[int, List[dict]] = {}
for o in orders:
    orders_by_cust.setdefault(o["customer_id"], []).append(o)
for c in customers:
    mine = orders_by_cust.get(c["id"], [])
    total = sum(o["amount"] for o in mine)
    ids = [o["order"] for o in mine] or None
    print(f"  {c['name']:<8} orders={ids} total={total:.2f}")

orphans = [o["order"] for o in orders if o["customer_id"] not in by_id]
print("orphan orders:", orphans)

by_country: Dict[str, float] = {}
for row in inner:
    by_country[row["country"]] = by_country.get(row["country"], 0) + row["amount"]
print("revenue by country:", dict(sorted(by_country.items(), key=lambda kv: -kv[1])))
