# Parse date strings in several formats by hand and compute day differences.
import re

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def parse_date(s: str):
    s = s.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        y, mo, d = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s):
        mo, d, y = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})", s):
        d, mon, y = int(m[1]), m[2].lower(), int(m[3])
        if mon not in MONTHS:
            raise ValueError(f"unknown month in {s!r}")
        mo = MONTHS[mon]
    else:
        raise ValueError(f"unrecognized date format: {s!r}")
    dim = 29 if mo == 2 and is_leap(y) else DAYS_IN_MONTH[mo - 1] if 1 <= mo <= 12 else 0
    if not 1 <= d <= dim:
        raise ValueError(f"invalid day/month in {s!r}")
    return y, mo, d


def day_number(y: int, m: int, d: int) -> int:
    days = 365 * (y - 1) + (y - 1) // 4 - (y - 1) // 100 + (y - 1) // 400
    days += sum(DAYS_IN_MONTH[:m - 1]) + (1 if m > 2 and is_leap(y) else 0)
    return days + d


def weekday(y, m, d) -> str:
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day_number(y, m, d) - 1) % 7]


inputs = ["2024-02-29", "03/15/2023", "1 January 2000", "25 Dec 2023", "2023-02-29", "13/01/2020", "July 4, 1776", "31 Foo 2020"]
parsed = []
for s in inputs:
    try:
        y, m, d = parse_date(s)
        parsed.append((y, m, d))
        print(f"{s!r:18} -> {y:04d}-{m:02d}-{d:02d} ({weekday(y, m, d)})")
    except ValueError as e:
        print(f"error: {e}")

parsed.sort()
for a, b in zip(parsed, parsed[1:]):
    print(f"{a} -> {b}: {day_number(*b) - day_number(*a)} days")
print("leap years 1896-1912:", [y for y in range(1896, 1913) if is_leap(y)])
