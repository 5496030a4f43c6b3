# Schedule project tasks with dependencies on working days and draw a text Gantt chart by week.
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Dict, List

PROJECT_START = date(2024, 10, 7)


@dataclass
class Task:
    name: str
    days: int
    after: List[str] = field(default_factory=list)
    start: date = None
    end: date = None


def add_workdays(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def next_workday(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


TASKS: List[Task] = [
    Task("Discovery", 3), Task("Design", 5, ["Discovery"]), Task("Backend", 8, ["Design"]),
    Task("Frontend", 6, ["Design"]), Task("QA", 4, ["Backend", "Frontend"]), Task("Docs", 2, ["Design"]),
    Task("Launch", 1, ["QA", "Docs"]),
]


def main() -> None:
    by_name: Dict[str, Task] = {t.name: t for t in TASKS}
    for t in TASKS:
        ready = max((by_name[d].end + timedelta(days=1) for d in t.after), default=PROJECT_START)
        t.start = next_workday(ready)
        t.end = add_workdays(t.start, t.days - 1)
    end = max(t.end for t in TASKS)
    total_days = (end - PROJECT_START).days + 1
    header = "".join("|" if (PROJECT_START + timedelta(days=i)).weekday() == 0 else " " for i in range(total_days))
    print(f"{'':<10} {header}")
    for t in TASKS:
        row = []
        for i in range(total_days):
            day = PROJECT_START + timedelta(days=i)
            if t.start <= day <= t.end:
                row.append("#" if day.weekday() < 5 else ".")
            else:
                row.append(" ")
        print(f"{t.name:<10} {''.join(row)}  {t.start:%b %d}-{t.end:%b %d}")
    print(f"project: {PROJECT_START} -> {end} ({total_days} calendar days, {sum(1 for i in range(total_days) if (PROJECT_START + timedelta(days=i)).weekday() < 5)} workdays)")
    slack = {t.name: (by_name["QA"].start - t.end).days - 1 for t in TASKS if "QA" in [x.name for x in TASKS if t.name in x.after]}
    print("slack before QA (calendar days):", slack)


main()
