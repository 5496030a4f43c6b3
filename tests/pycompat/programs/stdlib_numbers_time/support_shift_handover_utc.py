# Convert support shifts from fixed-offset offices to UTC with zoneinfo/timezone and check coverage gaps.
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = ZoneInfo("UTC")
OFFICES = {
    "Lagos": timezone(timedelta(hours=1), "WAT"),
    "Pune": timezone(timedelta(hours=5, minutes=30), "IST"),
    "Sao Paulo": timezone(timedelta(hours=-3), "BRT"),
}
SHIFTS = [  # office, local start, local end
    ("Pune", time(9, 0), time(17, 30)),
    ("Lagos", time(9, 0), time(18, 0)),
    ("Sao Paulo", time(10, 0), time(19, 0)),
]
DAY = date(2024, 5, 20)

blocks = []
for office, start, end in SHIFTS:
    tz = OFFICES[office]
    local_start = datetime.combine(DAY, start, tzinfo=tz)
    local_end = datetime.combine(DAY, end, tzinfo=tz)
    utc_start, utc_end = local_start.astimezone(UTC), local_end.astimezone(UTC)
    blocks.append((utc_start, utc_end, office))
    print(f"{office:<10} {local_start:%H:%M %Z} - {local_end:%H:%M %Z} ({local_start:%z})"
          f" -> {utc_start:%H:%M}-{utc_end:%H:%M} {utc_start.tzname()}  [{utc_end - utc_start}]")

blocks.sort()
print("\ncoverage timeline (UTC):")
cursor = datetime.combine(DAY, time(0), tzinfo=UTC)
day_end = cursor + timedelta(days=1)
uncovered = timedelta()
for start, end, office in blocks:
    if start > cursor:
        print(f"  GAP     {cursor:%H:%M} - {start:%H:%M} ({start - cursor})")
        uncovered += start - cursor
    print(f"  {office:<7} {start:%H:%M} - {end:%H:%M}")
    cursor = max(cursor, end)
if cursor < day_end:
    print(f"  GAP     {cursor:%H:%M} - 24:00 ({day_end - cursor})")
    uncovered += day_end - cursor
print("uncovered:", uncovered, f"({uncovered / timedelta(days=1):.1%} of the day)")

print("\nzone details:")
print(repr(UTC), str(UTC), UTC.utcoffset(None), UTC.dst(None))
print(datetime(2024, 5, 20, 12, tzinfo=UTC).isoformat())
print(datetime(2024, 5, 20, 12, tzinfo=timezone.utc) == datetime(2024, 5, 20, 12, tzinfo=UTC))
for tz in OFFICES.values():
    print(repr(tz), tz.tzname(None), tz.utcoffset(None))
print(timezone(timedelta(hours=-3)).tzname(None), timezone.utc, repr(timezone.utc))
