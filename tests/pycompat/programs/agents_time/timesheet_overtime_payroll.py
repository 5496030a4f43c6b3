# Compute weekly payroll from clock-in/clock-out timesheets with overtime rules and Decimal money.
from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal, ROUND_HALF_UP
from typing import Dict, List, Tuple

RATES: Dict[str, Decimal] = {"dana": Decimal("24.50"), "eli": Decimal("31.00"), "fay": Decimal("18.75")}
PUNCHES = """\
dana,2024-04-01 08:58,2024-04-01 17:31
dana,2024-04-02 09:02,2024-04-02 19:45
dana,2024-04-03 08:55,2024-04-03 18:05
dana,2024-04-04 09:00,2024-04-04 18:00
dana,2024-04-05 08:30,2024-04-05 16:30
eli,2024-04-01 22:00,2024-04-02 06:30
eli,2024-04-02 22:00,2024-04-03 07:15
fay,2024-04-06 10:00,2024-04-06 14:20
fay,2024-04-07 10:00,2024-04-07 15:10
"""
DAILY_OT_AFTER = timedelta(hours=8)
WEEKLY_OT_AFTER = timedelta(hours=40)
WEEKEND_MULTIPLIER = Decimal("1.5")


def hours(td: timedelta) -> Decimal:
    return (Decimal(int(td.total_seconds())) / 3600).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def main() -> None:
    shifts: Dict[str, List[Tuple[datetime, datetime]]] = defaultdict(list)
    for line in PUNCHES.splitlines():
        name, start, end = line.split(",")
        shifts[name].append((datetime.strptime(start, "%Y-%m-%d %H:%M"), datetime.strptime(end, "%Y-%m-%d %H:%M")))
    grand = Decimal(0)
    for name, periods in shifts.items():
        regular = overtime = weekend = timedelta()
        for start, end in periods:
            worked = end - start
            if start.weekday() >= 5:
                weekend += worked
                continue
            daily_ot = max(worked - DAILY_OT_AFTER, timedelta())
            regular += worked - daily_ot
            overtime += daily_ot
        if regular > WEEKLY_OT_AFTER:
            overtime += regular - WEEKLY_OT_AFTER
            regular = WEEKLY_OT_AFTER
        rate = RATES[name]
        pay = hours(regular) * rate + hours(overtime) * rate * Decimal("1.5") + hours(weekend) * rate * WEEKEND_MULTIPLIER
        pay = pay.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        grand += pay
        print(f"{name:<5} shifts={len(periods)} regular={hours(regular):>6}h overtime={hours(overtime):>5}h "
              f"weekend={hours(weekend):>5}h rate={rate} pay=${pay:>8}")
    print(f"total payroll: ${grand:,}")
    first = shifts["eli"][0]
    print("overnight shift:", first[0].strftime("%a %H:%M"), "->", first[1].strftime("%a %H:%M"), "=", first[1] - first[0])
    print("hours(7h59m):", hours(timedelta(hours=7, minutes=59)))


main()
