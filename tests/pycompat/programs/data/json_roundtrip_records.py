# Serialize a list of user records to JSON and back, validating and transforming them.
import json
from typing import Any, Dict, List

users: List[Dict[str, Any]] = [
    {"id": 1, "name": "Ana", "email": "ana@example.com", "tags": ["admin"], "score": 88.5, "active": True},
    {"id": 2, "name": "Ben", "email": None, "tags": [], "score": 72.0, "active": False},
    {"id": 3, "name": "Chloé", "email": "chloe@example.fr", "tags": ["beta", "dev"], "score": 91.25, "active": True},
]

encoded = json.dumps(users)
print("encoded length:", len(encoded))
print(encoded[:80] + "...")

decoded = json.loads(encoded)
print("roundtrip equal:", decoded == users)
print("types:", [type(v).__name__ for v in decoded[0].values()])

summary = {
    "count": len(decoded),
    "active": [u["name"] for u in decoded if u["active"]],
    "avg_score": round(sum(u["score"] for u in decoded) / len(decoded), 3),
    "missing_email": [u["id"] for u in decoded if not u["email"]],
    "all_tags": sorted({t for u in decoded for t in u["tags"]}),
}
print(json.dumps(summary, indent=2))

by_id = {str(u["id"]): u["name"] for u in decoded}
print(json.dumps(by_id, sort_keys=True))
print(json.loads('{"1": "one"}'))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_default(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    raise TypeError(f"cannot serialize {type(obj).__name__}")


print(json.dumps({"origin": Point(0, 0), "p": Point(3, 4)}, default=encode_default))
try:
    json.dumps({"bad": {1, 2}}, default=encode_default)
except TypeError as e:
    print(f"error: {e}")
parsed = json.loads('[{"x": 1, "y": 2}, {"x": 3, "y": 4}]', object_hook=lambda d: Point(**d))
print("points:", [(p.x, p.y) for p in parsed])
