# Recursively walking and transforming nested JSON data (dicts/lists) with isinstance checks
import json

payload = json.loads("""
{
  "order": {"id": 501, "customer": {"name": "Lena", "email": "LENA@EXAMPLE.COM", "vip": true},
            "items": [{"sku": "A1", "price": 9.99, "qty": 2},
                      {"sku": "B7", "price": 120.0, "qty": 1, "tags": ["fragile", "gift"]}],
            "notes": null,
            "shipping": {"method": "express", "address": {"city": "Oslo", "zip": "0150"}}}
}
""")


def count_nodes(node) -> dict[str, int]:
    counts = {"dict": 0, "list": 0, "leaf": 0}

    def visit(n):
        if isinstance(n, dict):
            counts["dict"] += 1
            for v in n.values():
                visit(v)
        elif isinstance(n, list):
            counts["list"] += 1
            for v in n:
                visit(v)
        else:
            counts["leaf"] += 1

    visit(node)
    return counts


def find_paths(node, predicate, path="$") -> list[str]:
    found = []
    if isinstance(node, dict):
        for k, v in node.items():
            found += find_paths(v, predicate, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += find_paths(v, predicate, f"{path}[{i}]")
    elif predicate(node):
        found.append(path)
    return found


def transform(node):
    if isinstance(node, dict):
        return {k: transform(v) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [transform(v) for v in node]
    if isinstance(node, str):
        return node.lower()
    if isinstance(node, float):
        return round(node * 1.25, 2)
    return node


def max_depth(node) -> int:
    if isinstance(node, (dict, list)):
        children = node.values() if isinstance(node, dict) else node
        return 1 + max((max_depth(c) for c in children), default=0)
    return 0


print("node counts:", count_nodes(payload))
print("max depth:", max_depth(payload))
print("string leaves:", find_paths(payload, lambda v: isinstance(v, str)))
print("numbers > 5:", find_paths(payload, lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v > 5))
print("booleans:", find_paths(payload, lambda v: isinstance(v, bool)))
out = transform(payload)
print(json.dumps(out, sort_keys=True))
total = sum(i["price"] * i["qty"] for i in payload["order"]["items"])
print(f"order total: {total:.2f}")
