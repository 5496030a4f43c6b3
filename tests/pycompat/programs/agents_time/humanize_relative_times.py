# Render timestamps relative to a fixed "now" as human phrases like "3 hours ago" or "in 2 weeks".
from datetime import datetime, timedelta
from typing import List, Tuple

NOW = datetime(2024, 7, 10, 14, 30, 0)
UNITS: List[Tuple[str, int]] = [
    ("year", 365 * 24 * 3600), ("month", 30 * 24 * 3600), ("week", 7 * 24 * 3600),
    ("day", 24 * 3600), ("hour", 3600), ("minute", 60), ("second", 1),
]


def humanize(then: datetime, now: datetime = NOW) -> str:
    delta = then - now
    seconds = int(abs(delta.total_seconds()))
    if seconds < 10:
        return "just now"
    if seconds < 86400 * 2 and then.date() != now.date() and abs((then.date() - now.date()).days) == 1:
        return ("yesterday" if delta.days < 0 else "tomorrow") + then.strftime(" at %H:%M")
    for name, size in UNITS:
        if seconds >= size:
            count = seconds // size
            label = f"{count} {name}{'s' if count != 1 else ''}"
            return f"{label} ago" if delta.total_seconds() < 0 else f"in {label}"
    return "just now"


def precise(td: timedelta) -> str:
    parts = []
    remaining = int(abs(td.total_seconds()))
    for name, size in UNITS[3:]:
        count, remaining = divmod(remaining, size)
        if count:
            parts.append(f"{count}{name[0]}")
    return ("-" if td < timedelta(0) else "") + (" ".join(parts) or "0s")


def main() -> None:
    offsets = [timedelta(seconds=-5), timedelta(seconds=-45), timedelta(minutes=-1), timedelta(minutes=-59),
               timedelta(hours=-3), timedelta(hours=-15), timedelta(days=-1, hours=-2), timedelta(days=-6),
               timedelta(days=-15), timedelta(days=-65), timedelta(days=-800), timedelta(minutes=30),
               timedelta(hours=12), timedelta(days=14), timedelta(days=400)]
    for off in offsets:
        then = NOW + off
        print(f"{then:%Y-%m-%d %H:%M:%S}  {humanize(then):<24} {precise(off)}")
    print(repr(timedelta(days=-1, hours=-2)), "|", timedelta(days=-1, hours=-2), "|", -timedelta(hours=26))
    print("abs:", abs(timedelta(hours=-3)), "| components:", timedelta(hours=-3).days, timedelta(hours=-3).seconds)
    print("max/min:", timedelta.max, "|", timedelta.min, "| resolution:", timedelta.resolution)


main()
