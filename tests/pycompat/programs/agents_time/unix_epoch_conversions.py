# Convert between Unix epoch seconds/milliseconds and aware UTC datetimes, and bucket events by day.
from datetime import datetime, timezone, timedelta, date
from collections import Counter
from typing import List

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
EVENTS_MS: List[int] = [1709251200000, 1709254800123, 1709337599999, 1709337600000, 1709424000500, 1709510399000]


def from_ms(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=ms)


def to_ms(dt: datetime) -> int:
    return (dt - EPOCH) // timedelta(milliseconds=1)


def main() -> None:
    for ms in EVENTS_MS:
        dt = from_ms(ms)
        assert to_ms(dt) == ms
        print(f"{ms} -> {dt.isoformat(timespec='milliseconds')}  ({dt:%a %d %b %H:%M:%S} UTC)")
    per_day = Counter(from_ms(ms).date() for ms in EVENTS_MS)
    print("per day:", {d.isoformat(): n for d, n in sorted(per_day.items())})
    for ts in (0, 86400, 1_000_000_000, 1_700_000_000, 2_147_483_647):
        dt = datetime.fromtimestamp(ts, tz=timezone.utc)
        print(f"{ts:>10} -> {dt}  weekday={dt.strftime('%A')}")
    dt = datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc)
    print("Y2038 + 1s:", dt.timestamp(), int(dt.timestamp()) > 2**31 - 1)
    local = datetime(2024, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    print("with offset:", local.timestamp(), "->", datetime.fromtimestamp(local.timestamp(), timezone.utc))
    print("utcfromtimestamp-like:", datetime.fromtimestamp(1_600_000_000, timezone.utc).replace(tzinfo=None))
    print("days since epoch:", (date(2024, 3, 1) - date(1970, 1, 1)).days)
    print("fractional:", datetime.fromtimestamp(1_700_000_000.25, tz=timezone.utc).isoformat())
    print("ms precision floor:", to_ms(datetime(2024, 1, 1, 0, 0, 0, 999, tzinfo=timezone.utc)))
    print("weeks since epoch:", (datetime(2024, 1, 1, tzinfo=timezone.utc) - EPOCH) / timedelta(weeks=1))


main()
