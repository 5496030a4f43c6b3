# Count business days between dates, skipping weekends and a holiday calendar, and add N working days.
from datetime import date, timedelta
from typing import Iterator, Set

HOLIDAYS: Set[date] = {
    date(2024, 1, 1), date(2024, 1, 15), date(2024, 2, 19), date(2024, 5, 27),
    date(2024, 7, 4), date(2024, 9, 2), date(2024, 11, 28), date(2024, 11, 29), date(2024, 12, 25),
}


def is_business_day(d: date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def days_between(start: date, end: date) -> Iterator[date]:
    d = start
    while d < end:
        yield d
        d += timedelta(days=1)


def business_days(start: date, end: date) -> int:
    return sum(1 for d in days_between(start, end) if is_business_day(d))


def add_business_days(start: date, n: int) -> date:
    d = start
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    while remaining:
        d += step
        if is_business_day(d):
            remaining -= 1
    return d


def main() -> None:
    ranges = [(date(2024, 1, 1), date(2024, 2, 1)), (date(2024, 11, 25), date(2024, 12, 2)),
              (date(2024, 7, 1), date(2024, 7, 8)), (date(2024, 1, 1), date(2025, 1, 1))]
    for start, end in ranges:
        calendar_days = (end - start).days
        print(f"{start} -> {end}: {calendar_days:>3} calendar days, {business_days(start, end):>3} business days")
    for start, n in [(date(2024, 11, 27), 3), (date(2024, 12, 20), 5), (date(2024, 7, 8), -5), (date(2024, 3, 29), 0)]:
        result = add_business_days(start, n)
        print(f"{start:%a %d %b} {n:+d} business days -> {result:%a %d %b %Y}")
    upcoming = sorted(h for h in HOLIDAYS if h >= date(2024, 6, 1))
    print("next holidays:", [h.strftime("%b %d") for h in upcoming[:3]])
    weekend_holidays = sorted(h.isoformat() for h in HOLIDAYS if h.weekday() >= 5)
    print("holidays on weekends:", weekend_holidays)
    sla_start = date(2024, 12, 23)
    print("5-day SLA from", sla_start, "due", add_business_days(sla_start, 5))


main()
