# Find common free meeting slots across calendars: merge busy intervals per person, intersect free time
from datetime import datetime, timedelta
from typing import Dict, List, Tuple

Interval = Tuple[datetime, datetime]
DAY = datetime(2024, 4, 15)


def t(hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return DAY.replace(hour=h, minute=m)


BUSY: Dict[str, List[Tuple[str, str]]] = {
    "ana": [("09:00", "09:30"), ("09:15", "10:15"), ("12:00", "13:00"), ("15:30", "16:00")],
    "raj": [("08:30", "09:45"), ("11:00", "11:30"), ("13:30", "14:30"), ("14:00", "14:45")],
    "lea": [("10:30", "11:15"), ("12:30", "13:15"), ("16:30", "17:30")],
}
WORKDAY: Interval = (t("09:00"), t("17:00"))


def merge(intervals: List[Interval]) -> List[Interval]:
    merged: List[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy: List[Interval], window: Interval, min_len: timedelta) -> List[Interval]:
    slots, cursor = [], window[0]
    for start, end in merge(busy):
        if start > cursor:
            slots.append((cursor, min(start, window[1])))
        cursor = max(cursor, end)
    if cursor < window[1]:
        slots.append((cursor, window[1]))
    return [(a, b) for a, b in slots if b - a >= min_len]


def fmt(iv: Interval) -> str:
    return f"{iv[0]:%H:%M}-{iv[1]:%H:%M} ({int((iv[1] - iv[0]).total_seconds() // 60)} min)"


everyone: List[Interval] = []
for person, spans in BUSY.items():
    intervals = [(t(a), t(b)) for a, b in spans]
    everyone += intervals
    merged = merge(intervals)
    busy_min = sum((b - a for a, b in merged), timedelta()) // timedelta(minutes=1)
    print(f"{person}: busy {', '.join(fmt(iv) for iv in merged)} | total {busy_min} min")

for length in (30, 60):
    slots = free_slots(everyone, WORKDAY, timedelta(minutes=length))
    print(f"common slots >= {length} min:", [fmt(s) for s in slots])
best = max(free_slots(everyone, WORKDAY, timedelta(0)), key=lambda s: s[1] - s[0])
print("longest common gap:", fmt(best), "on", best[0].strftime("%A %d %B %Y"))
proposal = best[0] + timedelta(minutes=15)
print("proposed start:", proposal.isoformat(timespec="minutes"), "| ends", (proposal + timedelta(hours=1)).time())
