# Parse natural-language date phrases ("next friday", "in 3 weeks", "end of month") against a fixed today.
import calendar
import re
from datetime import date, timedelta
from typing import Optional

TODAY = date(2024, 8, 14)
WEEKDAYS = [d.lower() for d in calendar.day_name]
UNITS = {"day": 1, "week": 7, "fortnight": 14}


def add_months(d: date, n: int) -> date:
    idx = d.month - 1 + n
    year, month = d.year + idx // 12, idx % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def parse_phrase(phrase: str, today: date = TODAY) -> Optional[date]:
    p = phrase.strip().lower()
    fixed = {"today": 0, "tomorrow": 1, "yesterday": -1, "day after tomorrow": 2}
    if p in fixed:
        return today + timedelta(days=fixed[p])
    m = re.fullmatch(r"(in )?(\d+|a|an) (day|week|fortnight|month|year)s?( ago)?", p)
    if m:
        n = 1 if m[2] in ("a", "an") else int(m[2])
        if m[4]:
            n = -n
        if m[3] == "month":
            return add_months(today, n)
        if m[3] == "year":
            return add_months(today, 12 * n)
        return today + timedelta(days=n * UNITS[m[3]])
    m = re.fullmatch(r"(next|last|this) (\w+)", p)
    if m and m[2] in WEEKDAYS:
        target = WEEKDAYS.index(m[2])
        if m[1] == "next":
            return today + timedelta(days=(target - today.weekday() - 1) % 7 + 1)
        if m[1] == "last":
            return today - timedelta(days=(today.weekday() - target - 1) % 7 + 1)
        return today + timedelta(days=target - today.weekday())
    if p in ("end of month", "eom"):
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if p == "start of next month":
        return add_months(today.replace(day=1), 1)
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})", p)
    if m:
        return date.fromisoformat(m[1])
    return None


PHRASES = ["today", "Tomorrow", "yesterday", "in 3 days", "2 weeks ago", "in a fortnight", "next friday",
           "next wednesday", "last monday", "last wednesday", "this sunday", "in 6 months", "1 year ago",
           "end of month", "start of next month", "2024-12-25", "someday soon", "in 0 days"]


def main() -> None:
    print(f"today is {TODAY:%A %Y-%m-%d}")
    for phrase in PHRASES:
        result = parse_phrase(phrase)
        if result is None:
            print(f"  {phrase!r:<24} -> could not parse")
        else:
            delta = (result - TODAY).days
            print(f"  {phrase!r:<24} -> {result:%a %Y-%m-%d} ({delta:+d} days)")
    print("leap edge:", parse_phrase("in 1 month", date(2024, 1, 31)), parse_phrase("1 year ago", date(2024, 2, 29)))


main()
