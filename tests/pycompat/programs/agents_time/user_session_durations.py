# Reconstruct user sessions from click timestamps using a 30-minute inactivity timeout.
from collections import defaultdict
from datetime import datetime, timedelta
from itertools import groupby
from operator import itemgetter
from typing import Dict, List, Tuple

TIMEOUT = timedelta(minutes=30)
CLICKS = """\
2024-02-01 08:01:10,alice,/home
2024-02-01 08:03:45,alice,/search
2024-02-01 08:04:02,bob,/home
2024-02-01 08:20:00,alice,/item/7
2024-02-01 09:05:00,alice,/home
2024-02-01 08:35:30,bob,/cart
2024-02-01 09:10:12,alice,/checkout
2024-02-01 11:00:00,bob,/home
2024-02-01 23:50:00,carol,/home
2024-02-02 00:15:00,carol,/item/3
"""


def parse(text: str) -> List[Tuple[str, datetime, str]]:
    rows = []
    for line in text.splitlines():
        ts, user, page = line.split(",")
        rows.append((user, datetime.strptime(ts, "%Y-%m-%d %H:%M:%S"), page))
    return sorted(rows, key=itemgetter(0, 1))


def main() -> None:
    sessions: Dict[str, List[List[Tuple[datetime, str]]]] = defaultdict(list)
    for user, events in groupby(parse(CLICKS), key=itemgetter(0)):
        current: List[Tuple[datetime, str]] = []
        for _, ts, page in events:
            if current and ts - current[-1][0] > TIMEOUT:
                sessions[user].append(current)
                current = []
            current.append((ts, page))
        sessions[user].append(current)
    all_lengths: List[timedelta] = []
    for user, user_sessions in sessions.items():
        print(f"{user}: {len(user_sessions)} session(s)")
        for i, s in enumerate(user_sessions, 1):
            length = s[-1][0] - s[0][0]
            all_lengths.append(length)
            pages = " > ".join(p for _, p in s)
            print(f"   #{i} {s[0][0]:%H:%M:%S}-{s[-1][0]:%H:%M:%S} ({length}) {pages}")
    total = sum(all_lengths, timedelta())
    print("sessions:", len(all_lengths), "avg length:", total / len(all_lengths))
    print("longest:", max(all_lengths), "| bounces (single click):", sum(1 for l in all_lengths if not l))
    midnight = [u for u, ss in sessions.items() for s in ss if s[0][0].date() != s[-1][0].date()]
    print("sessions crossing midnight:", midnight)


main()
