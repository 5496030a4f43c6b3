# Aggregate batch job runtimes with timedelta: totals, averages, percent of budget and human-readable text.
from datetime import datetime, timedelta
from typing import Dict, List

RUNS = [
    ("ingest", "2024-04-01 01:00:00", "2024-04-01 01:42:17"),
    ("ingest", "2024-04-02 01:00:00", "2024-04-02 02:05:03"),
    ("ingest", "2024-04-03 01:00:00", "2024-04-03 01:38:45"),
    ("rebuild-index", "2024-04-01 03:00:00", "2024-04-02 05:30:00"),
    ("rebuild-index", "2024-04-03 03:00:00", "2024-04-03 23:59:59"),
    ("backup", "2024-04-01 22:00:00", "2024-04-01 22:00:42"),
    ("backup", "2024-04-02 22:00:00", "2024-04-02 21:59:00"),
]
BUDGET = {"ingest": timedelta(hours=1), "rebuild-index": timedelta(hours=20), "backup": timedelta(minutes=5)}


def humanize(delta: timedelta) -> str:
    sign = "-" if delta < timedelta(0) else ""
    seconds = int(abs(delta).total_seconds())
    days, seconds = divmod(seconds, 86400)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    parts = [f"{v}{u}" for v, u in ((days, "d"), (hours, "h"), (minutes, "m"), (seconds, "s")) if v]
    return sign + (" ".join(parts) or "0s")


durations: Dict[str, List[timedelta]] = {}
for job, start, end in RUNS:
    took = datetime.fromisoformat(end) - datetime.fromisoformat(start)
    durations.setdefault(job, []).append(took)
    flag = " <-- clock skew?" if took < timedelta(0) else ""
    print(f"{job:<14} {start[5:16]}  {str(took):>17}  {humanize(took):>12}{flag}")

print()
for job, runs in durations.items():
    total = sum(runs, timedelta())
    average = total / len(runs)
    longest = max(runs)
    budget = BUDGET[job]
    over = [r for r in runs if r > budget]
    print(f"{job}: total={total} avg={average} max={longest} "
          f"avg/budget={average / budget:.0%} over-budget runs={len(over)}")

week = timedelta(weeks=1)
print("\nweek in seconds:", week.total_seconds(), "| minutes:", week // timedelta(minutes=1))
print("split 1h into 7:", timedelta(hours=1) / 7, "| remainder:", timedelta(hours=1) % timedelta(minutes=7))
print("divmod 100min by 30min:", divmod(timedelta(minutes=100), timedelta(minutes=30)))
print("scaled:", timedelta(minutes=45) * 1.5, timedelta(days=1) * 3, 2 * timedelta(seconds=0.25))
print("negative:", -timedelta(hours=1, minutes=30), repr(-timedelta(microseconds=1)))
print("parts:", [(d.days, d.seconds, d.microseconds) for d in (timedelta(hours=-1), timedelta(days=1.5, milliseconds=2))])
print("abs/compare:", abs(timedelta(days=-2)), timedelta(hours=24) == timedelta(days=1), timedelta(0) or "empty")
print("limits:", timedelta.max, "|", timedelta.min, "|", timedelta.resolution)
