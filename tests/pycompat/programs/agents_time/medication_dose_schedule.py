# Build a medication dosing schedule from intervals and a start time, then check a log for missed doses.
from dataclasses import dataclass
from datetime import datetime, timedelta, time
from typing import Dict, List, Optional

START = datetime(2024, 3, 10, 7, 30)
END = START + timedelta(days=2)
QUIET_START, QUIET_END = time(23, 0), time(6, 30)
TOLERANCE = timedelta(minutes=45)


@dataclass
class Medication:
    name: str
    every: timedelta
    skip_quiet_hours: bool = True
    max_daily: Optional[int] = None


MEDS = [
    Medication("Amoxicillin 500mg", timedelta(hours=8), skip_quiet_hours=False),
    Medication("Ibuprofen 400mg", timedelta(hours=6), max_daily=3),
    Medication("Vitamin D", timedelta(days=1)),
]
TAKEN: Dict[str, List[str]] = {
    "Amoxicillin 500mg": ["2024-03-10 07:35", "2024-03-10 15:50", "2024-03-11 00:10", "2024-03-11 07:29", "2024-03-11 16:40"],
    "Ibuprofen 400mg": ["2024-03-10 07:30", "2024-03-10 13:20", "2024-03-10 19:45", "2024-03-11 07:40"],
    "Vitamin D": ["2024-03-10 08:00"],
}


def in_quiet_hours(t: datetime) -> bool:
    return t.time() >= QUIET_START or t.time() < QUIET_END


def schedule(med: Medication) -> List[datetime]:
    doses, t = [], START
    per_day: Dict[str, int] = {}
    while t < END:
        day = t.date().isoformat()
        if not (med.skip_quiet_hours and in_quiet_hours(t)) and per_day.get(day, 0) < (med.max_daily or 99):
            doses.append(t)
            per_day[day] = per_day.get(day, 0) + 1
        t += med.every
    return doses


def main() -> None:
    for med in MEDS:
        planned = schedule(med)
        taken = [datetime.strptime(s, "%Y-%m-%d %H:%M") for s in TAKEN.get(med.name, [])]
        print(f"{med.name} (every {med.every}): {len(planned)} planned doses")
        for dose in planned:
            match = min(taken, key=lambda t: abs(t - dose), default=None)
            if match is not None and abs(match - dose) <= TOLERANCE:
                diff = int((match - dose).total_seconds() // 60)
                print(f"    {dose:%a %H:%M} taken at {match:%H:%M} ({diff:+d} min)")
                taken.remove(match)
            else:
                print(f"    {dose:%a %H:%M} MISSED")
        for extra in taken:
            print(f"    unscheduled dose at {extra:%a %H:%M}")
    print("quiet hours:", QUIET_START.strftime("%H:%M"), "-", QUIET_END.isoformat(timespec="minutes"))
    print("window:", START.isoformat(), "->", END.isoformat(), "| tolerance:", TOLERANCE)


main()
