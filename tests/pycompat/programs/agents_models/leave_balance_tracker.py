# HR leave tracker: requests over date ranges, weekend-aware day counts and balances per employee
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from typing import Dict, List


class LeaveType(Enum):
    VACATION = "vacation"
    SICK = "sick"
    UNPAID = "unpaid"


@dataclass
class Request:
    employee: str
    kind: LeaveType
    start: date
    end: date

    def working_days(self, holidays: frozenset) -> int:
        days, d = 0, self.start
        while d <= self.end:
            if d.weekday() < 5 and d not in holidays:
                days += 1
            d += timedelta(days=1)
        return days


@dataclass
class Balance:
    allowance: Dict[LeaveType, int]
    used: Dict[LeaveType, int] = field(default_factory=dict)

    def remaining(self, kind: LeaveType) -> int:
        return self.allowance.get(kind, 0) - self.used.get(kind, 0)


HOLIDAYS = frozenset({date(2024, 5, 27), date(2024, 7, 4)})
balances = {name: Balance({LeaveType.VACATION: 15, LeaveType.SICK: 5}) for name in ("mia", "noah")}
requests: List[Request] = [
    Request("mia", LeaveType.VACATION, date(2024, 5, 24), date(2024, 5, 31)),
    Request("noah", LeaveType.SICK, date(2024, 6, 3), date(2024, 6, 4)),
    Request("mia", LeaveType.VACATION, date(2024, 7, 1), date(2024, 7, 12)),
    Request("noah", LeaveType.SICK, date(2024, 6, 10), date(2024, 6, 14)),
    Request("noah", LeaveType.UNPAID, date(2024, 8, 5), date(2024, 8, 6)),
]
for r in requests:
    days = r.working_days(HOLIDAYS)
    bal = balances[r.employee]
    if r.kind is not LeaveType.UNPAID and days > bal.remaining(r.kind):
        verdict = f"DENIED (only {bal.remaining(r.kind)} left)"
    else:
        bal.used[r.kind] = bal.used.get(r.kind, 0) + days
        verdict = "approved"
    span = f"{r.start:%a %d %b} - {r.end:%a %d %b}"
    print(f"{r.employee:<5}{r.kind.value:<9}{span}  {days:>2} days  {verdict}")

for name, bal in balances.items():
    left = {k.value: bal.remaining(k) for k in bal.allowance}
    print(f"{name}: used={ {k.value: v for k, v in bal.used.items()} } remaining={left}")
print("next holiday after June 1:", min(h for h in HOLIDAYS if h > date(2024, 6, 1)).isoformat())
print((date(2024, 12, 25) - date(2024, 7, 4)).days, "days from July 4 to Christmas")
