# Validate user-submitted booking forms: parse dates/times, report CPython's exact error messages.
from datetime import date, datetime, time, timedelta

SUBMISSIONS = [
    {"name": "Ana", "checkin": "2024-07-01", "checkout": "2024-07-05", "arrival": "14:30"},
    {"name": "Ben", "checkin": "2024-02-30", "checkout": "2024-03-02", "arrival": "10:00"},
    {"name": "Cy", "checkin": "07/04/2024", "checkout": "2024-07-06", "arrival": "9pm"},
    {"name": "Dee", "checkin": "2024-08-10", "checkout": "2024-08-08", "arrival": "25:00"},
    {"name": "Eli", "checkin": "2024-12-30", "checkout": "2025-01-02", "arrival": "23:15"},
    {"name": "Fay", "checkin": "2024-11-11 ", "checkout": "2024-11-12", "arrival": "12:00"},
]


def parse_day(value: str) -> date:
    return datetime.strptime(value, "%Y-%m-%d").date()


def parse_arrival(value: str) -> time:
    return datetime.strptime(value, "%H:%M").time()


for form in SUBMISSIONS:
    problems = []
    try:
        checkin = parse_day(form["checkin"])
        checkout = parse_day(form["checkout"])
        if checkout <= checkin:
            problems.append(f"checkout {checkout} is not after checkin {checkin}")
    except ValueError as exc:
        problems.append(f"date: {exc}")
        checkin = checkout = None
    try:
        arrival = parse_arrival(form["arrival"])
    except ValueError as exc:
        problems.append(f"arrival: {exc}")
        arrival = None
    if problems:
        print(f"{form['name']}: REJECTED")
        for p in problems:
            print("   -", p)
        continue
    nights = (checkout - checkin).days
    arrives = datetime.combine(checkin, arrival)
    print(f"{form['name']}: {nights} night(s), arrives {arrives:%a %d %b %H:%M}, "
          f"leaves {checkout:%a %d %b}, late arrival={arrival >= time(22, 0)}")

print()
for args in [(2024, 2, 29), (2023, 2, 29), (2024, 0, 1), (2024, 4, 31), (10000, 1, 1)]:
    try:
        print(args, "->", date(*args))
    except ValueError as exc:
        print(args, "-> ValueError:", exc)
for args in [(24, 0), (12, 60), (12, 0, 0, 1000000)]:
    try:
        print(args, "->", time(*args))
    except ValueError as exc:
        print(args, "-> ValueError:", exc)
for text in ["2024-06-01T12:00", "2024-06-01 12:00:00.5", "June 1 2024", "2024-6-1"]:
    try:
        print(repr(text), "->", datetime.fromisoformat(text))
    except ValueError as exc:
        print(repr(text), "-> ValueError:", exc)
try:
    datetime.strptime("2024-06-01", "%Y-%m-%d %Q")
except ValueError as exc:
    print("bad directive:", exc)
try:
    date.max + timedelta(days=1)
except OverflowError as exc:
    print("OverflowError:", exc)
