# Tabulate leap years and month lengths, and validate date strings including Feb 29 edge cases.
import calendar
from datetime import date, datetime, timedelta
from typing import List, Optional


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def validate(text: str) -> Optional[str]:
    try:
        datetime.strptime(text, "%Y-%m-%d")
        return None
    except ValueError as exc:
        return str(exc)


def main() -> None:
    years = [1900, 2000, 2023, 2024, 2100, 2400]
    for y in years:
        assert is_leap(y) == calendar.isleap(y)
        days = 366 if is_leap(y) else 365
        print(f"{y}: leap={is_leap(y)!s:<5} days={days} feb={calendar.monthrange(y, 2)[1]}")
    leaps: List[int] = [y for y in range(1996, 2030) if calendar.isleap(y)]
    print("leap years 1996-2029:", leaps)
    print("month lengths 2024:", [calendar.monthrange(2024, m)[1] for m in range(1, 13)])
    print("31-day months:", [calendar.month_abbr[m] for m in range(1, 13) if calendar.monthrange(2023, m)[1] == 31])
    for text in ["2024-02-29", "2023-02-29", "2100-02-29", "2024-04-31", "2024-4-5", "24-01-01", "2024-01-01x"]:
        err = validate(text)
        print(f"{text:<12} {'valid' if err is None else 'invalid: ' + err}")
    d = date(2024, 2, 29)
    for years_ahead in (1, 4):
        try:
            print(f"+{years_ahead}y replace:", d.replace(year=d.year + years_ahead))
        except ValueError as exc:
            print(f"+{years_ahead}y replace: ValueError: {exc}")
    print("+365 days:", d + timedelta(days=365), "| day of year:", d.timetuple().tm_yday)
    try:
        date(2024, 13, 1)
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        date(2023, 2, 29)
    except ValueError as exc:
        print("ValueError:", exc)
    print("min/max:", date.min, date.max, "| resolution:", date.resolution)


main()
