# Compare two JSON configuration documents recursively and print added, removed and changed keys.
import json
from typing import Any, List, Tuple

OLD = """{
  "service": "billing",
  "version": "1.4.2",
  "replicas": 3,
  "env": {"LOG_LEVEL": "info", "TIMEOUT": 30, "REGION": "eu-west-1"},
  "features": ["invoices", "refunds"],
  "limits": {"cpu": "500m", "memory": "512Mi"}
}"""
NEW = """{
  "service": "billing",
  "version": "1.5.0",
  "replicas": 5,
  "env": {"LOG_LEVEL": "debug", "TIMEOUT": 30, "FEATURE_X": true},
  "features": ["invoices", "refunds", "credits"],
  "limits": {"cpu": "500m", "memory": "1Gi"},
  "owner": "payments-team"
}"""

Change = Tuple[str, str, Any, Any]


def diff(old: Any, new: Any, path: str = "") -> List[Change]:
    changes: List[Change] = []
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            sub = f"{path}.{key}" if path else key
            if key not in new:
                changes.append(("removed", sub, old[key], None))
            elif key not in old:
                changes.append(("added", sub, None, new[key]))
            else:
                changes.extend(diff(old[key], new[key], sub))
    elif isinstance(old, list) and isinstance(new, list):
        for i in range(max(len(old), len(new))):
            sub = f"{path}[{i}]"
            if i >= len(new):
                changes.append(("removed", sub, old[i], None))
            elif i >= len(old):
                changes.append(("added", sub, None, new[i]))
            else:
                changes.extend(diff(old[i], new[i], sub))
    elif old != new:
        changes.append(("changed", path, old, new))
    return changes


def main() -> None:
    changes = diff(json.loads(OLD), json.loads(NEW))
    symbols = {"added": "+", "removed": "-", "changed": "~"}
    for kind, path, before, after in changes:
        if kind == "changed":
            print(f"{symbols[kind]} {path}: {json.dumps(before)} -> {json.dumps(after)}")
        else:
            print(f"{symbols[kind]} {path}: {json.dumps(after if kind == 'added' else before)}")
    counts = {k: sum(1 for c in changes if c[0] == k) for k in symbols}
    print("summary:", counts)
    patch = [{"op": k, "path": "/" + p.replace(".", "/"), "value": a} for k, p, _, a in changes if k != "removed"]
    print(json.dumps(patch[:3], indent=2))
    print("identical?", diff(json.loads(OLD), json.loads(OLD)) == [])


main()
