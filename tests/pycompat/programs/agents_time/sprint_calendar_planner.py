# Plan two-week sprints for a quarter, skipping company holidays, and report capacity per sprint.
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Dict, List, Set

HOLIDAYS: Set[date] = {date(2024, 5, 27), date(2024, 6, 19), date(2024, 7, 4), date(2024, 7, 5)}
TEAM_PTO: Dict[str, List[date]] = {
    "ines": [date(2024, 6, 10) + timedelta(days=i) for i in range(5)],
    "omar": [date(2024, 7, 1), date(2024, 7, 2), date(2024, 7, 3)],
    "yuki": [],
    "zane": [date(2024, 5, 24)],
}
POINTS_PER_DAY = 0.8


@dataclass
class Sprint:
    number: int
    start: date
    end: date

    def workdays(self) -> List[date]:
        days = [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]
        return [d for d in days if d.weekday() < 5 and d not in HOLIDAYS]


def plan(first_monday: date, until: date) -> List[Sprint]:
    sprints, start, n = [], first_monday, 1
    while start <= until:
        sprints.append(Sprint(n, start, start + timedelta(days=11)))
        start += timedelta(weeks=2)
        n += 1
    return sprints


def main() -> None:
    sprints = plan(date(2024, 5, 20), date(2024, 7, 31))
    for s in sprints:
        days = s.workdays()
        holidays = sorted(h for h in HOLIDAYS if s.start <= h <= s.end)
        person_days = {p: sum(1 for d in days if d not in set(pto)) for p, pto in TEAM_PTO.items()}
        total = sum(person_days.values())
        print(f"Sprint {s.number}: {s.start:%b %d} - {s.end:%b %d} | {len(days)} workdays | "
              f"holidays {[h.strftime('%m/%d') for h in holidays]} | capacity {total} person-days ~ {total * POINTS_PER_DAY:.1f} pts")
        short = {p: d for p, d in person_days.items() if d < len(days)}
        if short:
            print(f"    reduced: {short}")
    demo_days = [s.end + timedelta(days=1) for s in sprints]
    print("sprint reviews (Saturday after end?):", [d.strftime("%a %d %b") for d in demo_days][:2])
    reviews = [s.end for s in sprints]
    print("reviews on:", sorted({d.strftime("%A") for d in reviews}))
    quarter_days = sum(len(s.workdays()) for s in sprints)
    print("total sprint workdays:", quarter_days, "| sprints:", len(sprints), "| last ends:", sprints[-1].end.isoformat())


main()
