# Validate order records with any() and all() and report which rules fail.
orders = [
    {"id": 1, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}], "paid": True, "email": "x@y.com"},
    {"id": 2, "items": [], "paid": False, "email": "bad-email"},
    {"id": 3, "items": [{"sku": "C", "qty": 0}], "paid": True, "email": "z@q.org"},
    {"id": 4, "items": [{"sku": "A", "qty": 5}], "paid": False, "email": "w@e.net"},
]

rules = {
    "has items": lambda o: any(o["items"]),
    "positive quantities": lambda o: all(i["qty"] > 0 for i in o["items"]),
    "paid": lambda o: o["paid"],
    "valid email": lambda o: "@" in o["email"] and "." in o["email"].split("@")[-1],
}

for order in orders:
    failed = [name for name, rule in rules.items() if not rule(order)]
    status = "OK" if not failed else "FAIL: " + ", ".join(failed)
    print(f"order {order['id']}: {status}")

print("all orders paid:", all(o["paid"] for o in orders))
print("any order paid:", any(o["paid"] for o in orders))
print("all([]):", all([]), "any([]):", any([]))
print("vacuous (order 2 quantities):", rules["positive quantities"](orders[1]))
print("any large order:", any(i["qty"] >= 5 for o in orders for i in o["items"]))
print("orders fully valid:", [o["id"] for o in orders if all(r(o) for r in rules.values())])
print("truthiness:", [bool(x) for x in [0, 1, "", "a", [], [0], None, 0.0]])
