# Parse logfmt-style key=value log lines (with quoted values) into JSON records and aggregate them.
import json
import re
from collections import Counter, defaultdict
from typing import Dict, List

LINES = '''ts=2024-05-01T10:00:01Z level=info msg="server started" port=8080
ts=2024-05-01T10:00:05Z level=info msg="request done" method=GET path=/api/items status=200 dur_ms=12.5
ts=2024-05-01T10:00:06Z level=warn msg="slow query" table=items dur_ms=850 rows=10000
ts=2024-05-01T10:00:09Z level=error msg="upstream timeout" service="payments api" retry=true attempt=3
ts=2024-05-01T10:00:11Z level=info msg="request done" method=POST path=/api/orders status=201 dur_ms=48
ts=2024-05-01T10:00:12Z level=error msg="request failed" method=GET path=/api/items/9 status=500 dur_ms=3.25 err="key \\"9\\" missing"
'''

PAIR_RE = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)')


def coerce(raw: str):
    if raw.startswith('"'):
        return raw[1:-1].replace('\\"', '"')
    if raw in ("true", "false"):
        return raw == "true"
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if re.fullmatch(r"-?\d+\.\d+", raw):
        return float(raw)
    return raw


def parse(line: str) -> Dict[str, object]:
    return {k: coerce(v) for k, v in PAIR_RE.findall(line)}


def main() -> None:
    records: List[Dict[str, object]] = [parse(l) for l in LINES.splitlines() if l.strip()]
    for r in records:
        print(json.dumps(r))
    levels = Counter(r["level"] for r in records)
    print("levels:", dict(levels))
    durations: Dict[str, List[float]] = defaultdict(list)
    for r in records:
        if "dur_ms" in r:
            durations[r["msg"]].append(r["dur_ms"])
    for msg, vals in durations.items():
        print(f"{msg!r}: n={len(vals)} avg={sum(vals) / len(vals):.2f}ms max={max(vals)}")
    errors = [r for r in records if r["level"] == "error"]
    print("errors:", json.dumps([{k: r[k] for k in ("ts", "msg")} for r in errors], indent=None))
    keys = sorted({k for r in records for k in r})
    print("all keys:", keys)
    print("types:", {k: type(v).__name__ for k, v in records[-1].items()})


main()
