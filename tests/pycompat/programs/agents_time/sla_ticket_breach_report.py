# Measure support-ticket response times in business hours only and report SLA breaches by priority.
from datetime import datetime, timedelta, time
from dataclasses import dataclass
from enum import IntEnum
from typing import Dict, List

OPEN, CLOSE = time(9, 0), time(17, 0)


class Priority(IntEnum):
    P1 = 1
    P2 = 2
    P3 = 3


SLA_HOURS: Dict[Priority, float] = {Priority.P1: 1.5, Priority.P2: 6, Priority.P3: 16}


@dataclass
class Ticket:
    key: str
    priority: Priority
    opened: datetime
    first_response: datetime


def business_time(start: datetime, end: datetime) -> timedelta:
    total = timedelta()
    day = start.date()
    while day <= end.date():
        if day.weekday() < 5:
            window_start = max(start, datetime.combine(day, OPEN))
            window_end = min(end, datetime.combine(day, CLOSE))
            if window_end > window_start:
                total += window_end - window_start
        day += timedelta(days=1)
    return total


def ts(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


TICKETS: List[Ticket] = [
    Ticket("SUP-1", Priority.P1, ts("2024-03-04 10:00"), ts("2024-03-04 11:30")),
    Ticket("SUP-2", Priority.P1, ts("2024-03-04 16:30"), ts("2024-03-05 10:15")),
    Ticket("SUP-3", Priority.P2, ts("2024-03-08 15:00"), ts("2024-03-11 13:00")),
    Ticket("SUP-4", Priority.P3, ts("2024-03-06 20:00"), ts("2024-03-09 12:00")),
    Ticket("SUP-5", Priority.P2, ts("2024-03-07 08:00"), ts("2024-03-07 17:45")),
    Ticket("SUP-6", Priority.P3, ts("2024-03-01 09:00"), ts("2024-03-06 09:00")),
]


def main() -> None:
    breaches: Dict[Priority, int] = {p: 0 for p in Priority}
    for t in TICKETS:
        wall = t.first_response - t.opened
        biz = business_time(t.opened, t.first_response)
        limit = timedelta(hours=SLA_HOURS[t.priority])
        breached = biz > limit
        breaches[t.priority] += breached
        print(f"{t.key} {t.priority.name} opened {t.opened:%a %H:%M} wall={str(wall):>15} business={str(biz):>8} "
              f"limit={str(limit):>8} {'BREACH' if breached else 'ok'}")
    print()
    for p in sorted(Priority, reverse=True):
        count = sum(1 for t in TICKETS if t.priority == p)
        print(f"{p.name}: {breaches[p]}/{count} breached")
    worst = max(TICKETS, key=lambda t: business_time(t.opened, t.first_response) / timedelta(hours=SLA_HOURS[t.priority]))
    print("worst relative to SLA:", worst.key)
    print("P1 < P3:", Priority.P1 < Priority.P3, "| int value:", int(Priority.P2), "| sorted:", sorted([Priority.P3, Priority.P1]))


main()
