# Parse API access log lines and report latency percentiles and error rates per endpoint.
import re
import math
from collections import defaultdict, Counter
from typing import Dict, List

LOG = """\
GET /api/users 200 12ms
GET /api/users 200 15ms
POST /api/orders 201 88ms
GET /api/orders/17 200 22ms
GET /api/users 500 340ms
POST /api/orders 201 95ms
GET /api/orders/18 404 9ms
GET /api/users 200 11ms
POST /api/orders 503 1200ms
GET /api/orders/19 200 25ms
GET /api/users 200 19ms
POST /api/orders 201 101ms
GET /api/health 200 1ms
malformed line here
GET /api/users 200 14ms
"""

LINE_RE = re.compile(r"^(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms$")


def endpoint(path: str) -> str:
    return re.sub(r"/\d+(?=/|$)", "/{id}", path)


def percentile(sorted_values: List[int], pct: float) -> int:
    rank = math.ceil(pct / 100 * len(sorted_values))
    return sorted_values[max(rank, 1) - 1]


def main() -> None:
    latencies: Dict[str, List[int]] = defaultdict(list)
    statuses: Dict[str, Counter] = defaultdict(Counter)
    bad_lines = 0
    for line in LOG.splitlines():
        m = LINE_RE.match(line)
        if not m:
            bad_lines += 1
            continue
        key = f"{m['method']} {endpoint(m['path'])}"
        latencies[key].append(int(m.group("ms")))
        statuses[key][m["status"][0] + "xx"] += 1
    print(f"{'endpoint':<24}{'n':>3}{'p50':>6}{'p90':>6}{'p99':>6}{'max':>6}  errors")
    for key in sorted(latencies):
        vals = sorted(latencies[key])
        errors = statuses[key]["4xx"] + statuses[key]["5xx"]
        print(f"{key:<24}{len(vals):>3}{percentile(vals, 50):>6}{percentile(vals, 90):>6}"
              f"{percentile(vals, 99):>6}{vals[-1]:>6}  {errors}/{len(vals)} ({errors / len(vals):.0%})")
    overall = Counter()
    for c in statuses.values():
        overall.update(c)
    print("status classes:", sorted(overall.items()))
    print("unparsed lines:", bad_lines)
    slowest = max(((k, max(v)) for k, v in latencies.items()), key=lambda kv: kv[1])
    print("slowest endpoint:", slowest)
    total = sum(len(v) for v in latencies.values())
    print(f"mean latency: {sum(map(sum, latencies.values())) / total:.1f} ms over {total} requests")


main()
