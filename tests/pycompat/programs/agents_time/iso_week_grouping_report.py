# Group dated sales records by ISO week and weekday, handling year boundaries with isocalendar().
from collections import defaultdict, Counter
from datetime import date, timedelta
from typing import Dict, List, Tuple

START = date(2024, 12, 23)
SALES: List[Tuple[date, int]] = [(START + timedelta(days=i), (i * 37) % 23 + 5) for i in range(0, 24)]


def week_label(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def week_bounds(label: str) -> Tuple[date, date]:
    monday = date.fromisocalendar(int(label[:4]), int(label[6:]), 1)
    return monday, monday + timedelta(days=6)


def main() -> None:
    by_week: Dict[str, List[int]] = defaultdict(list)
    for d, units in SALES:
        by_week[week_label(d)].append(units)
    for label, units in sorted(by_week.items()):
        mon, sun = week_bounds(label)
        print(f"{label} ({mon:%b %d} - {sun:%b %d %Y}): days={len(units)} units={sum(units):>3} avg={sum(units) / len(units):.1f}")
    weekday_totals: Counter = Counter()
    for d, units in SALES:
        weekday_totals[d.strftime("%A")] += units
    print("by weekday:", sorted(weekday_totals.items(), key=lambda kv: -kv[1])[:3])
    for d in (date(2024, 12, 30), date(2025, 1, 1), date(2021, 1, 3), date(2026, 12, 31)):
        iso = d.isocalendar()
        print(f"{d} -> ISO {iso.year}-W{iso.week:02d}-{iso.weekday}  strftime %G-W%V-%u: {d:%G-W%V-%u}  %U/%W: {d:%U}/{d:%W}")
    print("isocalendar tuple:", tuple(date(2025, 1, 1).isocalendar()), "| repr:", date(2025, 1, 1).isocalendar())
    print("fromisoformat week:", date.fromisoformat("2025-01-06"), date.fromisocalendar(2020, 53, 7))
    try:
        date.fromisocalendar(2025, 53, 1)
    except ValueError as exc:
        print("ValueError:", exc)


main()
