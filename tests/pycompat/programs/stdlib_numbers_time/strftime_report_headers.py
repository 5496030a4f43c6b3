# Format report headers and tables for a date range using many strftime directives and ISO weeks.
from datetime import date, datetime, time, timedelta

start = datetime(2024, 12, 27, 7, 5, 9, 120000)
print("directive table for", repr(start))
for directive in ["%Y", "%y", "%m", "%B", "%b", "%d", "%j", "%A", "%a", "%w", "%U", "%W",
                  "%H", "%I", "%p", "%M", "%S", "%f", "%c", "%x", "%X", "%%", "%G-W%V-%u"]:
    print(f"  {directive:<10} -> {start.strftime(directive)}")

print("\nweek-by-week around the new year:")
print(f"{'date':<12}{'day':<5}{'ISO week':<10}{'%U':>4}{'%W':>4}{'yday':>6}")
day = date(2024, 12, 28)
for _ in range(8):
    iso = day.isocalendar()
    print(f"{day.isoformat():<12}{day:%a}  {iso.year}-W{iso.week:02d}-{iso.weekday}"
          f"{day.strftime('%U'):>4}{day.strftime('%W'):>4}{day.strftime('%j'):>6}")
    day += timedelta(days=1)

meeting = datetime(2025, 1, 6, 15, 30)
print("\n" + meeting.strftime("Meeting: %A, %B %d, %Y at %I:%M %p"))
print(f"{meeting:%d.%m.%Y %H:%M}", "|", format(meeting.date(), "%Y/%m/%d"), "|", "{:%H:%M}".format(meeting.time()))
print(meeting.ctime(), "|", meeting.date().ctime())
print(time(23, 59, 1, 5).strftime("%H:%M:%S.%f %p"), time(0, 5).isoformat(timespec="minutes"))
print(date(2025, 1, 1).strftime("%A %-d %B"), date(2025, 3, 9).strftime("%e|%k|%l|%D|%F|%T|%R|%r|%h|%C|%g"))
print(datetime(1999, 12, 31, 23, 59, 59).strftime("%y%m%d-%H%M%S"), date(2024, 2, 29).strftime("%d %b %Y is day %j"))
labels = [(date(2025, 1, 1) + timedelta(days=31 * i)).strftime("%b-%y") for i in range(6)]
print("axis labels:", ", ".join(labels))
print("quarter of each month:", {d.strftime("%b"): (d.month - 1) // 3 + 1 for d in (date(2025, m, 1) for m in (2, 5, 8, 11))})
