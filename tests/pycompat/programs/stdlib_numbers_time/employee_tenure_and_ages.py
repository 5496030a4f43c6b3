# Compute employee ages, tenure and upcoming work anniversaries relative to a fixed report date.
from dataclasses import dataclass
from datetime import date, timedelta
from typing import List

REPORT_DATE = date(2024, 6, 15)


@dataclass
class Employee:
    name: str
    born: date
    hired: date


def age_on(born: date, on: date) -> int:
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def next_anniversary(hired: date, after: date) -> date:
    year = after.year
    while True:
        try:
            candidate = hired.replace(year=year)
        except ValueError:  # hired on Feb 29: celebrate on Feb 28
            candidate = date(year, 2, 28)
        if candidate > after:
            return candidate
        year += 1


def tenure_text(hired: date, on: date) -> str:
    months = (on.year - hired.year) * 12 + on.month - hired.month
    if on.day < hired.day:
        months -= 1
    years, months = divmod(months, 12)
    return f"{years}y {months}m"


staff: List[Employee] = [
    Employee("Alice", date(1990, 2, 28), date(2015, 3, 1)),
    Employee("Bongani", date(1985, 6, 15), date(2020, 2, 29)),
    Employee("Chen", date(2000, 12, 31), date(2023, 7, 10)),
    Employee("Dara", date(1978, 1, 1), date(2001, 6, 16)),
]

print(f"Report date: {REPORT_DATE:%A, %d %B %Y}")
print(f"{'name':<8} {'age':>3} {'tenure':>8} {'next anniversary':>18} {'in days':>7}")
for emp in sorted(staff, key=lambda e: e.hired):
    nxt = next_anniversary(emp.hired, REPORT_DATE)
    wait = (nxt - REPORT_DATE).days
    print(f"{emp.name:<8} {age_on(emp.born, REPORT_DATE):>3} {tenure_text(emp.hired, REPORT_DATE):>8} "
          f"{nxt.isoformat():>18} {wait:>7}")

ages = [age_on(e.born, REPORT_DATE) for e in staff]
print("average age:", round(sum(ages) / len(ages), 1))
oldest = min(staff, key=lambda e: e.born)
print("oldest:", oldest.name, "born", oldest.born.strftime("%d/%m/%Y"), "a", oldest.born.strftime("%A"))
total_days = sum(((REPORT_DATE - e.hired) for e in staff), timedelta())
print("combined service:", total_days, "=", round(total_days.days / 365.25, 2), "years")
print("birthdays this month:", [e.name for e in staff if e.born.month == REPORT_DATE.month])
print("days until year end:", (date(REPORT_DATE.year, 12, 31) - REPORT_DATE).days)
