# Render month calendars with the calendar module and mark booked days on a custom text grid.
import calendar
from datetime import date
from typing import Dict, List

BOOKINGS: Dict[date, str] = {
    date(2024, 2, 5): "Team offsite", date(2024, 2, 14): "Review",
    date(2024, 2, 29): "Leap day launch", date(2024, 3, 1): "Quarter kickoff",
}


def marked_month(year: int, month: int) -> List[str]:
    cal = calendar.Calendar(firstweekday=calendar.MONDAY)
    lines = [f"{calendar.month_name[month]} {year}".center(28), " ".join(f"{d[:2]:>3}" for d in calendar.day_abbr)]
    for week in cal.monthdayscalendar(year, month):
        cells = []
        for day in week:
            if day == 0:
                cells.append("   ")
            else:
                mark = "*" if date(year, month, day) in BOOKINGS else " "
                cells.append(f"{day:>2}{mark}")
        lines.append(" ".join(cells))
    return lines


def main() -> None:
    print(calendar.month(2024, 2))
    tc = calendar.TextCalendar(calendar.SUNDAY)
    print(tc.formatmonth(2024, 3, w=3))
    print("\n".join(marked_month(2024, 2)))
    print()
    for d, what in sorted(BOOKINGS.items()):
        print(f"  {d.isoformat()} ({calendar.day_name[d.weekday()]}): {what}")
    first_weekday, ndays = calendar.monthrange(2024, 2)
    print("Feb 2024 starts on", calendar.day_name[first_weekday], "and has", ndays, "days")
    print("weekday(2024, 7, 4):", calendar.weekday(2024, 7, 4), "| isleap 2100:", calendar.isleap(2100))
    print("leap days 2000-2030:", calendar.leapdays(2000, 2030))
    print("month abbreviations:", list(calendar.month_abbr)[1:4])
    print("timegm:", calendar.timegm((2024, 1, 1, 0, 0, 0)))
    weeks = calendar.Calendar().monthdatescalendar(2024, 3)
    print("March grid spans", weeks[0][0], "to", weeks[-1][-1], f"({len(weeks)} weeks)")
    print(calendar.weekheader(3))


main()
