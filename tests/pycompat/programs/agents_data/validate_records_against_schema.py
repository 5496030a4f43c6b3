# Validate incoming JSON records against a small hand-written schema and report every error found.
import json
import re
from typing import Any, Dict, List, Tuple

SCHEMA: Dict[str, Dict[str, Any]] = {
    "id": {"type": int, "required": True, "min": 1},
    "email": {"type": str, "required": True, "pattern": r"^[\w.+-]+@[\w-]+\.[\w.]+$"},
    "age": {"type": int, "required": False, "min": 0, "max": 150},
    "plan": {"type": str, "required": True, "choices": ["free", "pro", "team"]},
    "tags": {"type": list, "required": False},
}

PAYLOAD = """[
  {"id": 1, "email": "dev@example.com", "age": 34, "plan": "pro", "tags": ["beta"]},
  {"id": 0, "email": "not-an-email", "plan": "enterprise"},
  {"email": "x@y.org", "age": "forty", "plan": "free"},
  {"id": 4, "email": "ops@corp.io", "age": 200, "plan": "team", "tags": "admin", "extra": true},
  {"id": 5, "email": "ok@ok.co", "plan": "free"}
]"""


def validate(record: Dict[str, Any]) -> List[str]:
    errors: List[str] = []
    for name, rules in SCHEMA.items():
        if name not in record:
            if rules["required"]:
                errors.append(f"{name}: missing required field")
            continue
        value = record[name]
        if not isinstance(value, rules["type"]):
            errors.append(f"{name}: expected {rules['type'].__name__}, got {type(value).__name__}")
            continue
        if "min" in rules and value < rules["min"]:
            errors.append(f"{name}: {value} < minimum {rules['min']}")
        if "max" in rules and value > rules["max"]:
            errors.append(f"{name}: {value} > maximum {rules['max']}")
        if "pattern" in rules and not re.match(rules["pattern"], value):
            errors.append(f"{name}: {value!r} does not match pattern")
        if "choices" in rules and value not in rules["choices"]:
            errors.append(f"{name}: {value!r} not one of {rules['choices']}")
    unknown = sorted(set(record) - set(SCHEMA))
    if unknown:
        errors.append(f"unknown fields: {', '.join(unknown)}")
    return errors


def main() -> None:
    records = json.loads(PAYLOAD)
    results: List[Tuple[int, List[str]]] = [(i, validate(r)) for i, r in enumerate(records)]
    for i, errs in results:
        print(f"record {i}: {'VALID' if not errs else f'{len(errs)} error(s)'}")
        for e in errs:
            print("   -", e)
    valid = [records[i] for i, errs in results if not errs]
    print(f"\n{len(valid)}/{len(records)} valid")
    print(json.dumps(valid, separators=(",", ":")))
    report = {"invalid": {str(i): errs for i, errs in results if errs}}
    print(json.dumps(report, indent=1)[:200])


main()
