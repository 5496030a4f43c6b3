# Expand recurring calendar rules (weekly, monthly on day N, last weekday of month) into concrete dates.
import calendar
from datetime import date, timedelta
from enum import Enum
from dataclasses import dataclass
from typing import Iterator, List, Optional


class Freq(Enum):
    WEEKLY = "weekly"
    MONTHLY_DAY = "monthly on day"
    MONTHLY_LAST_WEEKDAY = "last weekday of month"


@dataclass
class Rule:
    title: str
    freq: Freq
    start: date
    weekday: Optional[int] = None
    day: Optional[int] = None
    interval: int = 1


def add_months(year: int, month: int, n: int) -> tuple:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def occurrences(rule: Rule, until: date) -> Iterator[date]:
    if rule.freq is Freq.WEEKLY:
        d = rule.start + timedelta(days=(rule.weekday - rule.start.weekday()) % 7)
        while d <= until:
            yield d
            d += timedelta(weeks=rule.interval)
        return
    k = 0
    while True:
        y, m = add_months(rule.start.year, rule.start.month, k)
        last = calendar.monthrange(y, m)[1]
        if rule.freq is Freq.MONTHLY_DAY:
            d = date(y, m, min(rule.day, last))
        else:
            d = date(y, m, last)
            d -= timedelta(days=(d.weekday() - rule.weekday) % 7)
        if d > until:
            return
        if d >= rule.start:
            yield d
        k += rule.interval


RULES: List[Rule] = [
    Rule("Standup retro", Freq.WEEKLY, date(2024, 1, 3), weekday=calendar.FRIDAY, interval=2),
    Rule("Rent due", Freq.MONTHLY_DAY, date(2024, 1, 1), day=31),
    Rule("Release day", Freq.MONTHLY_LAST_WEEKDAY, date(2024, 1, 1), weekday=calendar.THURSDAY),
    Rule("Quarterly review", Freq.MONTHLY_DAY, date(2024, 2, 15), day=15, interval=3),
]


def main() -> None:
    until = date(2024, 6, 30)
    for rule in RULES:
        dates = list(occurrences(rule, until))
        print(f"{rule.title} ({rule.freq.value}, every {rule.interval}): {len(dates)} occurrences")
        print("   " + ", ".join(d.strftime("%b %d %a") for d in dates))
    agenda = sorted((d, r.title) for r in RULES for d in occurrences(r, date(2024, 2, 29)) if d.month == 2)
    print("February agenda:")
    for d, title in agenda:
        print(f"   {d:%d} {title}")
    print("add_months(2024, 11, 3):", add_months(2024, 11, 3), "| (2024, 1, -1):", add_months(2024, 1, -1))


main()
