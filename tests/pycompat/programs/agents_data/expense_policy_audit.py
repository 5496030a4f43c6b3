# Audit employee expense claims against per-category policy limits and city per-diems, flagging violations.
import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Dict, List


class Flag(Enum):
    OVER_LIMIT = "over category limit"
    OVER_PER_DIEM = "meals over per-diem"
    WEEKEND = "weekend expense"
    NO_RECEIPT = "missing receipt"
    DUPLICATE = "possible duplicate"


LIMITS: Dict[str, Decimal] = {"hotel": Decimal("250"), "taxi": Decimal("80"), "software": Decimal("100")}
PER_DIEM: Dict[str, Decimal] = {"NYC": Decimal("90"), "Austin": Decimal("65"), "Remote": Decimal("40")}
CLAIMS = """employee,date,city,category,amount,receipt
rosa,2024-05-06,NYC,hotel,289.00,yes
rosa,2024-05-06,NYC,meal,54.20,yes
rosa,2024-05-06,NYC,meal,41.75,no
rosa,2024-05-07,NYC,taxi,38.00,yes
rosa,2024-05-07,NYC,taxi,38.00,yes
tim,2024-05-11,Austin,meal,72.10,yes
tim,2024-05-13,Austin,software,99.99,yes
tim,2024-05-14,Remote,software,149.00,no
"""


@dataclass
class Claim:
    employee: str
    day: date
    city: str
    category: str
    amount: Decimal
    receipt: bool
    flags: List[Flag] = field(default_factory=list)


def main() -> None:
    claims = [Claim(r["employee"], date.fromisoformat(r["date"]), r["city"], r["category"], Decimal(r["amount"]), r["receipt"] == "yes")
              for r in csv.DictReader(io.StringIO(CLAIMS))]
    meals: Dict[tuple, Decimal] = defaultdict(Decimal)
    seen = Counter()
    for c in claims:
        key = (c.employee, c.day, c.category, c.amount)
        seen[key] += 1
        if seen[key] > 1:
            c.flags.append(Flag.DUPLICATE)
        if c.category in LIMITS and c.amount > LIMITS[c.category]:
            c.flags.append(Flag.OVER_LIMIT)
        if c.day.weekday() >= 5:
            c.flags.append(Flag.WEEKEND)
        if not c.receipt and c.amount > Decimal("25"):
            c.flags.append(Flag.NO_RECEIPT)
        if c.category == "meal":
            meals[(c.employee, c.day, c.city)] += c.amount
    for (emp, day, city), total in meals.items():
        if total > PER_DIEM[city]:
            for c in claims:
                if (c.employee, c.day, c.city, c.category) == (emp, day, city, "meal"):
                    c.flags.append(Flag.OVER_PER_DIEM)
    for c in claims:
        notes = ", ".join(f.value for f in c.flags) or "ok"
        print(f"{c.employee:<5} {c.day:%a %m-%d} {c.category:<8} {c.amount:>8}  {notes}")
    totals = defaultdict(Decimal)
    for c in claims:
        if Flag.DUPLICATE not in c.flags:
            totals[c.employee] += c.amount
    print("reimbursable (excluding duplicates):", {k: str(v) for k, v in totals.items()})
    flag_counts = Counter(f.name for c in claims for f in c.flags)
    print("flags:", sorted(flag_counts.items()))


main()
