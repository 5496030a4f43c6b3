# Plan a team's month with the calendar module: render months, count weekdays, find last Fridays and leap years.
import calendar
from datetime import date

YEAR, MONTH = 2024, 2
cal = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(cal.formatmonth(YEAR, MONTH))
print(calendar.month(2024, 12))

first_weekday, days = calendar.monthrange(YEAR, MONTH)
print(f"{calendar.month_name[MONTH]} {YEAR}: starts on {calendar.day_name[first_weekday]}, {days} days")

weeks = calendar.monthcalendar(YEAR, MONTH)
print("weeks in the grid:", len(weeks))
mondays = [week[calendar.MONDAY] for week in weeks if week[calendar.MONDAY]]
print("standup Mondays:", mondays)
weekday_counts = {calendar.day_abbr[i]: sum(1 for w in weeks if w[i]) for i in range(7)}
print("weekday counts:", weekday_counts)


def last_weekday(year: int, month: int, weekday: int) -> date:
    last = max(week[weekday] for week in calendar.monthcalendar(year, month))
    return date(year, month, last)


print("last Fridays of 2024:")
for m in range(1, 13):
    d = last_weekday(2024, m, calendar.FRIDAY)
    print(f"  {calendar.month_abbr[m]}: {d.isoformat()}")

print("leap years 1996-2030:", [y for y in range(1996, 2031) if calendar.isleap(y)])
print("leap days between 1900 and 2100:", calendar.leapdays(1900, 2100))
print("weekday of 2024-07-04:", calendar.day_name[calendar.weekday(2024, 7, 4)])
print("timegm of 2024-01-01:", calendar.timegm((2024, 1, 1, 0, 0, 0)))
print("header:", calendar.weekheader(3))
payday_cal = calendar.Calendar(firstweekday=0)
paydays = [d for d in payday_cal.itermonthdates(2024, 3) if d.month == 3 and d.day in (15, 31)]
print("paydays:", [f"{d:%a %d}" for d in paydays])
print(calendar.TextCalendar().formatyear(2025, c=2, m=4)[:260])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as exc:
    print("error:", exc)
