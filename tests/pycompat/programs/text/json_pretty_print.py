# Pretty-print and round-trip nested JSON data with sorted keys and indentation.
import json

raw = '{"user": {"name": "Ana", "roles": ["admin", "dev"], "active": true, "score": 9.5, "manager": null}, "id": 7, "tags": []}'

data = json.loads(raw)
print("Type:", type(data).__name__)
print("Name:", data["user"]["name"])
print("Roles:", ", ".join(data["user"]["roles"]))
print("Manager is None:", data["user"]["manager"] is None)

print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, indent=4))
print(json.dumps("héllo ✓"))
print(json.dumps("héllo ✓", ensure_ascii=False))
print(json.dumps([1.0, 2.5, -0.0, 1e20, 10**20]))
print(json.dumps({1: "int key", "x": (1, 2)}))

roundtrip = json.loads(json.dumps(data))
print("Round-trip equal:", roundtrip == data)

for bad in ['{"a": 1,}', "[1, 2", "{'single': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"invalid JSON {bad!r}: {type(e).__name__}")
