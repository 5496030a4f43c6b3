# Build a weekly on-call rotation with itertools.cycle, apply swaps and count weekend coverage per engineer.
from itertools import cycle, islice
from collections import Counter
from datetime import date, datetime, timedelta, time
from typing import Dict, List, Tuple

ENGINEERS = ["amara", "bjorn", "chiara", "dev"]
START = date(2024, 1, 1)
HANDOFF = time(10, 0)
SWAPS: Dict[date, str] = {date(2024, 1, 22): "amara", date(2024, 2, 26): "chiara"}
VACATION: Dict[str, Tuple[date, date]] = {"bjorn": (date(2024, 2, 1), date(2024, 2, 14))}


def rotation(weeks: int) -> List[Tuple[date, str]]:
    schedule = []
    people = cycle(ENGINEERS)
    for i in range(weeks):
        week_start = START + timedelta(weeks=i)
        person = SWAPS.get(week_start) or next(people)
        away = VACATION.get(person)
        if away and away[0] <= week_start + timedelta(days=6) and week_start <= away[1]:
            replacement = next(people)
            print(f"  {person} is on vacation week of {week_start}, {replacement} covers")
            person = replacement
        schedule.append((week_start, person))
    return schedule


def main() -> None:
    schedule = rotation(10)
    for week_start, person in schedule:
        start = datetime.combine(week_start, HANDOFF)
        end = start + timedelta(weeks=1)
        print(f"W{week_start.isocalendar()[1]:02d} {start:%a %b %d %H:%M} -> {end:%a %b %d %H:%M}  {person}")
    weeks = Counter(p for _, p in schedule)
    print("weeks on call:", dict(sorted(weeks.items())))
    weekend_days = Counter()
    for week_start, person in schedule:
        for offset in range(7):
            if (week_start + timedelta(days=offset)).weekday() >= 5:
                weekend_days[person] += 1
    print("weekend days:", weekend_days.most_common())
    who = dict(schedule)
    probe = datetime(2024, 2, 12, 9, 0)
    week_of = (probe - timedelta(hours=HANDOFF.hour)).date()
    week_of -= timedelta(days=week_of.weekday())
    print("on call at", probe, "->", who.get(week_of))
    print("next 6 from cycle:", list(islice(cycle(ENGINEERS), 2, 8)))


main()
