# Convert a meeting time across offices using fixed-offset timezones and flag out-of-hours attendees.
from datetime import datetime, timedelta, timezone
from typing import Dict, NamedTuple


class Office(NamedTuple):
    city: str
    tz: timezone


OFFICES: Dict[str, Office] = {
    "SFO": Office("San Francisco", timezone(timedelta(hours=-7), "PDT")),
    "NYC": Office("New York", timezone(timedelta(hours=-4), "EDT")),
    "LON": Office("London", timezone(timedelta(hours=1), "BST")),
    "BLR": Office("Bangalore", timezone(timedelta(hours=5, minutes=30), "IST")),
    "SYD": Office("Sydney", timezone(timedelta(hours=10), "AEST")),
    "UTC": Office("Reference", timezone.utc),
}


def describe(dt: datetime) -> str:
    local_hour = dt.hour + dt.minute / 60
    if 9 <= local_hour < 18:
        tag = "working hours"
    elif 7 <= local_hour < 9 or 18 <= local_hour < 21:
        tag = "early/late"
    else:
        tag = "OUT OF HOURS"
    return tag


def main() -> None:
    meeting = datetime(2024, 5, 14, 15, 30, tzinfo=OFFICES["LON"].tz)
    print("meeting (London):", meeting.isoformat(), "=", meeting.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M %Z"))
    for code, office in OFFICES.items():
        local = meeting.astimezone(office.tz)
        day_shift = (local.date() - meeting.date()).days
        shift = f" ({day_shift:+d} day)" if day_shift else ""
        print(f"  {code} {office.city:<13} {local:%a %H:%M} {local.tzname():<5} {str(local.utcoffset()):>15}{shift}  {describe(local)}")
    best = None
    for hour in range(24):
        candidate = datetime(2024, 5, 14, hour, 0, tzinfo=timezone.utc)
        score = sum(describe(candidate.astimezone(o.tz)) == "working hours" for o in OFFICES.values())
        if best is None or score > best[0]:
            best = (score, candidate)
    print("best UTC hour:", best[1].strftime("%H:%M"), "with", best[0], "offices in working hours")
    print("repr:", repr(OFFICES["BLR"].tz), "| str:", OFFICES["BLR"].tz, "| utc:", timezone.utc)
    naive = datetime(2024, 5, 14, 12, 0)
    aware = naive.replace(tzinfo=OFFICES["NYC"].tz)
    print("naive vs aware:", naive.tzinfo, aware.tzinfo, aware.timestamp())
    try:
        print(naive < aware)
    except TypeError as exc:
        print("TypeError:", exc)
    print("same instant:", aware == aware.astimezone(OFFICES["SYD"].tz))


main()
