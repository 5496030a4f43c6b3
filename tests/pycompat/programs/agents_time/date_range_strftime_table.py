# Generate date ranges (daily, weekly, month-ends) with generators and print them in many strftime formats.
from datetime import date, datetime, timedelta
import calendar
from itertools import islice, takewhile, count
from typing import Iterator


def daterange(start: date, end: date, step: timedelta = timedelta(days=1)) -> Iterator[date]:
    current = start
    while current <= end:
        yield current
        current += step


def month_ends(start: date) -> Iterator[date]:
    year, month = start.year, start.month
    while True:
        yield date(year, month, calendar.monthrange(year, month)[1])
        month += 1
        if month > 12:
            year, month = year + 1, 1


FORMATS = ["%Y-%m-%d", "%d/%m/%y", "%A %d %B", "%a %b %e", "%j", "%U-%w", "%x", "%Y%m%dT%H%M%S", "%B %-d"]


def main() -> None:
    week = list(daterange(date(2024, 12, 28), date(2025, 1, 3)))
    print("days:", [d.strftime("%a %d") for d in week])
    print("weekdays only:", [d.isoformat() for d in week if d.weekday() < 5])
    fortnights = list(daterange(date(2024, 1, 1), date(2024, 3, 31), timedelta(weeks=2)))
    print("every 2 weeks:", [f"{d:%b %d}" for d in fortnights])
    print("month ends:", [d.day for d in islice(month_ends(date(2023, 11, 5)), 6)])
    firsts = list(takewhile(lambda d: d.year == 2024, (date(2024 + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in count(1))))
    print("first Mondays:", [(f + timedelta(days=(0 - f.weekday()) % 7)).day for f in firsts])
    sample = datetime(2024, 3, 7, 9, 5, 3)
    for fmt in FORMATS:
        try:
            print(f"  {fmt:<16} {sample.strftime(fmt)}")
        except ValueError as exc:
            print(f"  {fmt:<16} error {exc}")
    print("12h clock:", sample.strftime("%I:%M %p"), (sample + timedelta(hours=12)).strftime("%I:%M %p"))
    print("literal percent:", sample.strftime("100%% on %d"))
    print("ctime:", sample.ctime(), "| str:", str(sample), "| date str:", sample.date())
    print("f-string formats:", f"{sample:%H:%M}", f"{sample.date():%Y/%m/%d}", format(sample, "%c"))
    print("days in range:", len(list(daterange(date(2024, 2, 1), date(2024, 3, 1)))))


main()
