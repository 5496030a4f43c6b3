# Join order and customer tables like SQL (inner, left, and anti joins) and aggregate per customer.
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, Optional


@dataclass
class Customer:
    cid: int
    name: str
    country: str


@dataclass
class Order:
    oid: int
    cid: int
    total: float
    status: str


CUSTOMERS = [
    Customer(1, "Acme Corp", "US"), Customer(2, "Globex", "DE"), Customer(3, "Initech", "US"),
    Customer(4, "Umbrella", "UK"), Customer(5, "Hooli", "US"),
]
ORDERS = [
    Order(100, 1, 250.0, "paid"), Order(101, 2, 99.9, "paid"), Order(102, 1, 30.5, "refunded"),
    Order(103, 3, 410.0, "paid"), Order(104, 9, 12.0, "paid"), Order(105, 1, 75.25, "pending"),
    Order(106, 3, 18.0, "paid"),
]


def index_by(items: List, attr: str) -> Dict:
    return {getattr(i, attr): i for i in items}


def main() -> None:
    customers = index_by(CUSTOMERS, "cid")
    print("INNER JOIN:")
    for o in ORDERS:
        c: Optional[Customer] = customers.get(o.cid)
        if c:
            print(f"  #{o.oid} {c.name:<10} {c.country} {o.total:>8.2f} {o.status}")
    orders_by_cid: Dict[int, List[Order]] = defaultdict(list)
    for o in ORDERS:
        orders_by_cid[o.cid].append(o)
    print("LEFT JOIN customers -> orders:")
    for c in CUSTOMERS:
        rows = orders_by_cid.get(c.cid, [])
        paid = sum(o.total for o in rows if o.status == "paid")
        ids = ",".join(str(o.oid) for o in rows) or "NULL"
        print(f"  {c.name:<10} orders=[{ids}] paid_total={paid:.2f}")
    print("ANTI JOIN (customers with no orders):", [c.name for c in CUSTOMERS if c.cid not in orders_by_cid])
    print("orphan orders:", [o.oid for o in ORDERS if o.cid not in customers])
    by_country: Dict[str, float] = defaultdict(float)
    for o in ORDERS:
        if o.cid in customers and o.status == "paid":
            by_country[customers[o.cid].country] += o.total
    print("paid revenue by country:", dict(sorted(by_country.items(), key=lambda kv: -kv[1])))
    print(max(CUSTOMERS, key=lambda c: len(orders_by_cid[c.cid])))


main()
