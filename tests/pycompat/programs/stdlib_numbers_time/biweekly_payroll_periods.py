# Generate biweekly pay periods for a quarter and compute gross pay with Decimal, prorating partial periods.
import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from typing import List, Optional

CENTS = Decimal("0.01")


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def payday(self) -> date:
        pay = self.end + timedelta(days=5)
        while pay.weekday() >= 5:  # roll weekend paydays back to Friday
            pay -= timedelta(days=1)
        return pay

    def workdays(self, first: Optional[date] = None) -> int:
        day, count = max(self.start, first or self.start), 0
        while day <= self.end:
            count += day.weekday() < 5
            day += timedelta(days=1)
        return count


def periods(anchor: date, until: date) -> List[Period]:
    out = []
    start = anchor
    while start <= until:
        out.append(Period(start, start + timedelta(days=13)))
        start += timedelta(weeks=2)
    return out


salary = Decimal("78500")
per_period = (salary / 26).quantize(CENTS, ROUND_HALF_UP)
hired = date(2024, 7, 17)
print(f"annual {salary:,} -> {per_period} per full period; hired {hired:%d %b %Y}")
total = Decimal(0)
for p in periods(date(2024, 7, 8), date(2024, 9, 30)):
    if p.end < hired:
        continue
    full, worked = p.workdays(), p.workdays(hired)
    gross = (per_period * worked / full).quantize(CENTS, ROUND_HALF_UP)
    total += gross
    print(f"{p.start:%m/%d}-{p.end:%m/%d}  payday {p.payday:%a %m/%d}  {worked:>2}/{full} days  {gross:>9}")
print(f"quarter gross: {total:>9,}")

print("\nmonth-end accruals:")
for month in (7, 8, 9):
    last = calendar.monthrange(2024, month)[1]
    month_days = sum(1 for d in range(1, last + 1) if date(2024, month, d).weekday() < 5)
    worked = sum(1 for d in range(1, last + 1)
                 if date(2024, month, d).weekday() < 5 and date(2024, month, d) >= hired)
    accrual = (salary / 12 * worked / month_days).quantize(CENTS, ROUND_HALF_UP)
    print(f"  {calendar.month_name[month]:<9} {worked:>2}/{month_days} weekdays -> {accrual:>9}")
