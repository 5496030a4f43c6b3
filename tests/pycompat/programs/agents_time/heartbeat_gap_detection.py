# Detect gaps and irregular intervals in service heartbeat timestamps and summarize availability.
from datetime import datetime, timedelta
from statistics import median
from typing import List, Tuple

EXPECTED = timedelta(seconds=60)
TOLERANCE = timedelta(seconds=15)

BEATS = [
    "2024-08-01T12:00:00", "2024-08-01T12:01:00", "2024-08-01T12:02:01", "2024-08-01T12:03:00",
    "2024-08-01T12:07:30", "2024-08-01T12:08:30", "2024-08-01T12:09:29", "2024-08-01T12:09:45",
    "2024-08-01T12:10:45", "2024-08-01T12:25:00", "2024-08-01T12:26:00", "2024-08-01T12:27:00",
]


def classify(gap: timedelta) -> str:
    if gap < EXPECTED - TOLERANCE:
        return "early/duplicate"
    if gap <= EXPECTED + TOLERANCE:
        return "ok"
    return f"MISSED {round(gap / EXPECTED) - 1}"


def main() -> None:
    times: List[datetime] = [datetime.fromisoformat(t) for t in BEATS]
    gaps: List[Tuple[datetime, timedelta]] = [(b, b - a) for a, b in zip(times, times[1:])]
    outages = []
    for at, gap in gaps:
        label = classify(gap)
        print(f"{at:%H:%M:%S} +{int(gap.total_seconds()):>4}s {label}")
        if label.startswith("MISSED"):
            outages.append((at - gap, at))
    span = times[-1] - times[0]
    down = sum(((end - start) - EXPECTED for start, end in outages), timedelta())
    print(f"span {span}, estimated downtime {down}, availability {1 - down / span:.2%}")
    print("median interval:", timedelta(seconds=median(g.total_seconds() for _, g in gaps)))
    for start, end in outages:
        print(f"outage window: {start.time()} - {end.time()} ({end - start})")
    expected_beats = span // EXPECTED + 1
    print(f"beats received {len(times)} of ~{expected_beats} expected")
    minute_marks = sorted({t.replace(second=0) for t in times})
    print("distinct minutes:", len(minute_marks), "| first/last:", minute_marks[0].strftime("%H:%M"), minute_marks[-1].strftime("%H:%M"))


main()
