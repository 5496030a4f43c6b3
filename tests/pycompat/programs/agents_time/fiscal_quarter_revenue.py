# Roll daily revenue up into fiscal quarters for a fiscal year starting in April, plus month-over-month change.
from collections import OrderedDict, defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Dict, Tuple

FISCAL_START_MONTH = 4


def fiscal_period(d: date) -> Tuple[int, int]:
    shifted = (d.month - FISCAL_START_MONTH) % 12
    fiscal_year = d.year + 1 if d.month >= FISCAL_START_MONTH else d.year
    return fiscal_year, shifted // 3 + 1


def daily_revenue(d: date) -> Decimal:
    base = Decimal(1000 + (d.toordinal() * 7919) % 600)
    if d.weekday() >= 5:
        base *= Decimal("0.6")
    return base.quantize(Decimal("1"))


def main() -> None:
    start, end = date(2024, 1, 1), date(2024, 12, 31)
    quarters: Dict[Tuple[int, int], Decimal] = OrderedDict()
    months: Dict[str, Decimal] = defaultdict(Decimal)
    d = start
    while d <= end:
        key = fiscal_period(d)
        quarters[key] = quarters.get(key, Decimal(0)) + daily_revenue(d)
        months[d.strftime("%Y-%m")] += daily_revenue(d)
        d += timedelta(days=1)
    for (fy, q), total in quarters.items():
        print(f"FY{fy % 100:02d} Q{q}: {total:>10,}")
    print()
    prev = None
    for month, total in sorted(months.items()):
        change = "" if prev is None else f"{(total - prev) / prev:+.1%}"
        print(f"{month}  {total:>8}  {change}")
        prev = total
    samples = [date(2024, 3, 31), date(2024, 4, 1), date(2024, 12, 31), date(2025, 1, 1)]
    print("periods:", {s.isoformat(): f"FY{fiscal_period(s)[0]}-Q{fiscal_period(s)[1]}" for s in samples})
    best = max(months, key=months.get)
    print("best month:", best, date.fromisoformat(best + "-01").strftime("%B"))


main()
