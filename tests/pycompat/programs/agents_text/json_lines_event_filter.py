# Filter and aggregate JSON Lines analytics events, skipping malformed lines, and re-emit compact JSON.
import json
from collections import Counter, defaultdict
from typing import Any, Dict, Iterator, List, Tuple

JSONL = """{"event": "page_view", "user": "u1", "page": "/home", "ms": 120}
{"event": "click", "user": "u1", "target": "signup", "ms": 15}
{"event": "page_view", "user": "u2", "page": "/pricing", "ms": 340}
{"event": "purchase", "user": "u2", "amount": 49.0, "currency": "EUR"}
not json at all
{"event": "page_view", "user": "u3", "page": "/home", "ms": 95}
{"event": "purchase", "user": "u1", "amount": 19.5, "currency": "EUR", "coupon": null}
{"event": "page_view", "user": "u1", "page": "/pricing", "ms": 210}
{"event": "click", "user": "u3", "target": "docs"
{"event": "purchase", "user": "u3", "amount": 120, "currency": "USD"}
"""


def read_events(text: str) -> Iterator[Tuple[int, Dict[str, Any]]]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"line {lineno}: skipped ({exc.msg} at col {exc.colno})")


def main() -> None:
    events: List[Dict[str, Any]] = [e for _, e in read_events(JSONL)]
    print(f"{len(events)} valid events")
    kinds = Counter(e["event"] for e in events)
    print("by type:", dict(kinds))
    revenue: Dict[str, float] = defaultdict(float)
    for e in events:
        if e["event"] == "purchase":
            revenue[e["currency"]] += e["amount"]
    print("revenue:", json.dumps(revenue, sort_keys=True))
    funnel = defaultdict(list)
    for e in events:
        funnel[e["user"]].append(e["event"])
    for user, steps in sorted(funnel.items()):
        print(f"  {user}: {' > '.join(steps)}")
    converted = sorted(u for u, steps in funnel.items() if "purchase" in steps)
    print("conversion:", f"{len(converted)}/{len(funnel)}")
    views = [e for e in events if e["event"] == "page_view"]
    slow = max(views, key=lambda e: e["ms"])
    print("slowest view:", json.dumps(slow, separators=(",", ":")))
    out = "\n".join(json.dumps({"u": e["user"], "p": e["page"]}) for e in views)
    print(out)
    print(json.dumps({"nan": float("nan"), "ok": True, "none": None, "tuple": (1, 2)}))
    try:
        json.dumps({"amount": 1e400 * 0}, allow_nan=False)
    except ValueError as exc:
        print("ValueError:", exc)


main()
