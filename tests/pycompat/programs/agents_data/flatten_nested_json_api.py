# Flatten a nested JSON API response into dotted-key rows suitable for a spreadsheet.
import json
from typing import Any, Dict, List

RESPONSE = """
{
  "status": "ok",
  "page": {"number": 1, "size": 3, "total": 7},
  "items": [
    {"id": 101, "user": {"name": "Ana", "address": {"city": "Lisbon", "zip": "1100"}}, "tags": ["new", "vip"], "score": 9.5},
    {"id": 102, "user": {"name": "Ben", "address": {"city": "Oslo", "zip": null}}, "tags": [], "score": 7},
    {"id": 103, "user": {"name": "Chloé", "address": {"city": "Paris", "zip": "75001"}}, "tags": ["returning"], "active": false}
  ]
}
"""


def flatten(obj: Any, prefix: str = "", sep: str = ".") -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    if isinstance(obj, dict):
        for key, value in obj.items():
            out.update(flatten(value, f"{prefix}{sep}{key}" if prefix else key, sep))
    elif isinstance(obj, list):
        if not obj:
            out[prefix] = None
        for i, value in enumerate(obj):
            out.update(flatten(value, f"{prefix}[{i}]", sep))
    else:
        out[prefix] = obj
    return out


def main() -> None:
    data = json.loads(RESPONSE)
    print("status:", data["status"], "| page:", data["page"])
    rows: List[Dict[str, Any]] = [flatten(item) for item in data["items"]]
    columns: List[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    print(f"{len(columns)} columns:")
    for col in columns:
        print("  -", col)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, sort_keys=True))
    print(json.dumps({k: rows[0].get(k) for k in columns[:4]}, indent=2))
    missing = {col: sum(1 for r in rows if r.get(col) is None) for col in columns}
    print("missing counts:", {k: v for k, v in missing.items() if v})
    print("ascii dump:", json.dumps(rows[2]["user.name"]))


main()
