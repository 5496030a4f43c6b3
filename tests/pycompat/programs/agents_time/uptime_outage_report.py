# Compute monthly uptime percentage from outage windows, clipping to the month and merging overlaps.
from datetime import datetime, timedelta, timezone
from typing import List, Tuple

UTC = timezone.utc
Window = Tuple[datetime, datetime]

OUTAGES_RAW = [
    ("2024-01-31T23:40:00+00:00", "2024-02-01T00:25:00+00:00", "db failover"),
    ("2024-02-07T14:00:00+00:00", "2024-02-07T14:12:30+00:00", "deploy rollback"),
    ("2024-02-07T14:10:00+00:00", "2024-02-07T14:30:00+00:00", "cache cold start"),
    ("2024-02-19T03:00:00+01:00", "2024-02-19T05:30:00+01:00", "planned maintenance"),
    ("2024-02-29T23:50:00+00:00", "2024-03-01T00:20:00+00:00", "network partition"),
]
SLO = 0.999


def clip(window: Window, start: datetime, end: datetime) -> Window:
    return max(window[0], start), min(window[1], end)


def merge(windows: List[Window]) -> List[Window]:
    out: List[Window] = []
    for s, e in sorted(windows):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def main() -> None:
    month_start = datetime(2024, 2, 1, tzinfo=UTC)
    month_end = datetime(2024, 3, 1, tzinfo=UTC)
    period = month_end - month_start
    windows = []
    for s, e, reason in OUTAGES_RAW:
        start, end = datetime.fromisoformat(s), datetime.fromisoformat(e)
        cs, ce = clip((start, end), month_start, month_end)
        counted = max(ce - cs, timedelta())
        print(f"{reason:<20} {start.astimezone(UTC):%m-%d %H:%M}-{end.astimezone(UTC):%m-%d %H:%M} UTC raw {end - start} counted {counted}")
        if counted:
            windows.append((cs, ce))
    merged = merge(windows)
    downtime = sum((e - s for s, e in merged), timedelta())
    uptime = 1 - downtime / period
    print(f"period {period.days} days, {len(merged)} merged incidents, downtime {downtime}")
    print(f"uptime {uptime:.4%} vs SLO {SLO:.1%}: {'MET' if uptime >= SLO else 'MISSED'}")
    budget = period * (1 - SLO)
    print(f"error budget {budget} -> remaining {budget - downtime}")
    print("budget in minutes:", round(budget / timedelta(minutes=1), 2))
    for nines in (0.99, 0.999, 0.9999):
        allowed = timedelta(days=30) * (1 - nines)
        print(f"  {nines:.2%} allows {allowed} per 30 days")
    longest = max(merged, key=lambda w: w[1] - w[0])
    print("longest incident starts", longest[0].isoformat(), "lasting", longest[1] - longest[0])


main()
