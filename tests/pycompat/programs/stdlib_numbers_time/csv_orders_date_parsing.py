# Parse order rows with mixed date formats, then report revenue by month and by weekday.
from collections import defaultdict
from datetime import datetime

RAW = """order_id,placed,amount
A-100,2024-01-05 09:15,120.50
A-101,01/17/2024,75.00
A-102,2024-01-31T23:59:00,310.25
A-103,Feb 3 2024,42.10
A-104,2024-02-14 12:00,99.99
A-105,03/01/2024,250.00
A-106,2024-13-01 10:00,10.00
A-107,Mar 29 2024,18.75
A-108,2024-03-30T08:30:00,61.40
"""

FORMATS = ["%Y-%m-%d %H:%M", "%m/%d/%Y", "%Y-%m-%dT%H:%M:%S", "%b %d %Y"]


def parse_date(text: str) -> datetime:
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(f"unrecognised date: {text!r}")


by_month = defaultdict(float)
by_weekday = defaultdict(int)
rejected = []
rows = [line.split(",") for line in RAW.strip().splitlines()[1:]]
for order_id, placed, amount in rows:
    try:
        when = parse_date(placed)
    except ValueError as exc:
        rejected.append((order_id, str(exc)))
        continue
    by_month[when.strftime("%Y-%m (%B)")] += float(amount)
    by_weekday[when.strftime("%A")] += 1
    print(f"{order_id}: {when.isoformat(sep=' ')} -> week {when.isocalendar()[1]:02d}, day {when.timetuple().tm_yday}")

print("\nRevenue by month:")
for month in sorted(by_month):
    print(f"  {month:<20} {by_month[month]:>10.2f}")

print("\nOrders by weekday:")
for day, count in sorted(by_weekday.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {day:<10} {'#' * count} ({count})")

print("\nRejected:")
for order_id, reason in rejected:
    print(f"  {order_id}: {reason}")

# Direct strptime errors, as a validator would surface them.
for bad in ["2024-02-30 10:00", "2024-02-10 10:00 extra"]:
    try:
        datetime.strptime(bad, "%Y-%m-%d %H:%M")
    except ValueError as exc:
        print(f"{bad!r}: {exc}")
