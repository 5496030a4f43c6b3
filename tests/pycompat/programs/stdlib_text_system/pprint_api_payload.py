# Pretty-print a nested API payload with pprint at different widths, depths and sort orders.
import pprint
from collections import OrderedDict, defaultdict

payload = {
    "request_id": "req-7f3a",
    "status": "ok",
    "pagination": {"page": 2, "per_page": 25, "total": 137, "next": "/v1/orders?page=3"},
    "orders": [
        {"id": 1001, "customer": {"name": "Ana Silva", "tier": "gold", "tags": ["vip", "eu"]},
         "lines": [{"sku": "A-1", "qty": 2, "price": 9.99}, {"sku": "B-7", "qty": 1, "price": 24.5}],
         "shipped": True},
        {"id": 1002, "customer": {"name": "Bo Chen", "tier": "silver", "tags": []},
         "lines": [{"sku": "C-3", "qty": 10, "price": 1.25}], "shipped": False},
    ],
    "warnings": (),
    "meta": {"region": "eu-west-1", "latency_ms": [12, 15, 11, 40, 13, 12, 14, 18, 12, 11, 13, 16]},
}

pprint.pprint(payload)
print("-" * 40)
pprint.pprint(payload, width=50, depth=2)
print("-" * 40)
pprint.pp(payload["orders"][0], sort_dicts=False, indent=2, width=60)
print("-" * 40)
print(pprint.pformat(payload["meta"], compact=True, width=40))

by_tier = defaultdict(list)
for order in payload["orders"]:
    by_tier[order["customer"]["tier"]].append(order["id"])
print(pprint.pformat(dict(by_tier)))
print(pprint.pformat(OrderedDict(sorted(payload["pagination"].items())), width=40))
print(pprint.saferepr({"self": "ref", "n": [1, 2, (3, 4)]}))
print(pprint.isreadable(payload), pprint.isrecursive(payload))
totals = {o["id"]: round(sum(l["qty"] * l["price"] for l in o["lines"]), 2) for o in payload["orders"]}
pprint.pprint({"totals": totals, "grand_total": sum(totals.values()), "big": 10 ** 12}, underscore_numbers=True)
printer = pprint.PrettyPrinter(indent=4, width=30)
printer.pprint([list(range(i)) for i in range(6)])
