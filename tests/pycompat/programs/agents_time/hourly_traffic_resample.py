# Resample irregular request timestamps into hourly and 15-minute buckets and find the peak period.
from collections import Counter, OrderedDict
from datetime import datetime, timedelta
from typing import Dict, List

TIMESTAMPS = """
2024-06-03 08:02:11 2024-06-03 08:14:59 2024-06-03 08:15:00 2024-06-03 08:44:30
2024-06-03 09:01:02 2024-06-03 09:03:40 2024-06-03 09:05:05 2024-06-03 09:29:59
2024-06-03 09:30:00 2024-06-03 09:31:10 2024-06-03 09:58:00 2024-06-03 11:12:13
2024-06-03 11:45:00 2024-06-03 11:59:59 2024-06-03 12:00:00 2024-06-03 12:07:45
"""


def floor_to(dt: datetime, minutes: int) -> datetime:
    discard = timedelta(minutes=dt.minute % minutes, seconds=dt.second, microseconds=dt.microsecond)
    return dt - discard


def parse(text: str) -> List[datetime]:
    tokens = text.split()
    return [datetime.strptime(f"{d} {t}", "%Y-%m-%d %H:%M:%S") for d, t in zip(tokens[::2], tokens[1::2])]


def bucketize(times: List[datetime], minutes: int) -> Dict[datetime, int]:
    counts = Counter(floor_to(t, minutes) for t in times)
    start, end = min(counts), max(counts)
    filled: Dict[datetime, int] = OrderedDict()
    cursor = start
    while cursor <= end:
        filled[cursor] = counts.get(cursor, 0)
        cursor += timedelta(minutes=minutes)
    return filled


def main() -> None:
    times = parse(TIMESTAMPS)
    print(f"{len(times)} requests between {min(times):%H:%M:%S} and {max(times):%H:%M:%S}")
    hourly = bucketize(times, 60)
    for hour, n in hourly.items():
        print(f"  {hour:%H:00}-{hour + timedelta(hours=1):%H:00} {n:>3} {'*' * n}")
    quarter = bucketize(times, 15)
    peak = max(quarter.items(), key=lambda kv: kv[1])
    print(f"15-min buckets: {len(quarter)}, peak {peak[0]:%H:%M} with {peak[1]} requests")
    empty = [f"{k:%H:%M}" for k, v in quarter.items() if v == 0]
    print("empty 15-min buckets:", empty)
    gaps = [(b - a) for a, b in zip(times, times[1:])]
    print("largest gap:", max(gaps), "| mean gap:", sum(gaps, timedelta()) / len(gaps))
    print("floor checks:", floor_to(datetime(2024, 1, 1, 10, 59, 59, 999999), 30).time(), floor_to(datetime(2024, 1, 1, 10, 0), 15).time())
    rounded = [(t + timedelta(minutes=7, seconds=30)).replace(second=0) for t in times[:3]]
    print("nearest-15 approx:", [floor_to(r, 15).strftime("%H:%M") for r in rounded])


main()
