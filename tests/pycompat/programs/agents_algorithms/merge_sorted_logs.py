# Merge per-server sorted log streams with heapq.merge, then window counts with itertools.groupby
import heapq
import itertools
from collections import Counter
from typing import Iterator, List, Tuple

Entry = Tuple[int, str, str, str]

SERVERS = {
    "web-1": [(1000, "INFO", "GET /"), (1004, "WARN", "slow response 812ms"), (1011, "INFO", "GET /cart"),
              (1030, "ERROR", "upstream timeout"), (1062, "INFO", "GET /")],
    "web-2": [(1001, "INFO", "GET /login"), (1002, "INFO", "POST /login"), (1031, "ERROR", "upstream timeout"),
              (1045, "INFO", "GET /account"), (1059, "WARN", "retrying db")],
    "worker": [(1003, "INFO", "job 17 started"), (1029, "ERROR", "job 17 failed"), (1033, "INFO", "job 18 started"),
               (1064, "INFO", "job 18 done")],
}


def stream(server: str, rows: List[Tuple[int, str, str]]) -> Iterator[Entry]:
    for ts, level, msg in rows:
        yield ts, server, level, msg


merged = list(heapq.merge(*(stream(s, r) for s, r in SERVERS.items())))
print("total entries:", len(merged), "| monotonic:", all(a[0] <= b[0] for a, b in itertools.pairwise(merged)))
for ts, server, level, msg in merged[:6]:
    print(f"  t={ts} {server:<7}{level:<6}{msg}")

print("\nper 20s window:")
for window, group in itertools.groupby(merged, key=lambda e: (e[0] - 1000) // 20):
    levels = Counter(e[2] for e in group)
    start = 1000 + window * 20
    print(f"  [{start}-{start + 19}] " + ", ".join(f"{k}={levels[k]}" for k in ("INFO", "WARN", "ERROR") if levels[k]))

errors = [e for e in merged if e[2] == "ERROR"]
bursts = []
for e in errors:
    if bursts and e[0] - bursts[-1][-1][0] <= 5:
        bursts[-1].append(e)
    else:
        bursts.append([e])
for b in bursts:
    print(f"error burst at {b[0][0]}: {len(b)} event(s) from {sorted({e[1] for e in b})}")

newest_first = list(heapq.merge(*(reversed(list(stream(s, r))) for s, r in SERVERS.items()), key=lambda e: e[0], reverse=True))
print("latest 3:", [(e[0], e[1]) for e in newest_first[:3]])
