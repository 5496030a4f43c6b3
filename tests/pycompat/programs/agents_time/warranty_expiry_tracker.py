# Track equipment warranties: compute expiry dates from purchase date plus months, and list what expires soon.
import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import List, Tuple

TODAY = date(2024, 11, 20)


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


@dataclass
class Asset:
    tag: str
    model: str
    purchased: date
    warranty_months: int
    extended_months: int = 0

    @property
    def expires(self) -> date:
        return add_months(self.purchased, self.warranty_months + self.extended_months) - timedelta(days=1)

    def status(self, today: date) -> Tuple[str, int]:
        days = (self.expires - today).days
        if days < 0:
            return "expired", days
        if days <= 30:
            return "expiring within 30 days", days
        if days <= 90:
            return "expiring within 90 days", days
        return "covered", days


ASSETS: List[Asset] = [
    Asset("LT-001", "ThinkPad X1", date(2021, 12, 15), 36),
    Asset("LT-002", "MacBook Pro", date(2023, 2, 28), 12, 24),
    Asset("SV-010", "PowerEdge R750", date(2022, 1, 31), 36),
    Asset("PR-004", "LaserJet M507", date(2023, 11, 30), 12),
    Asset("MN-220", "UltraSharp 27", date(2020, 8, 31), 60),
    Asset("PH-031", "Desk phone", date(2024, 2, 29), 12),
]


def main() -> None:
    print(f"Warranty report for {TODAY:%d %B %Y}")
    for a in sorted(ASSETS, key=lambda a: a.expires):
        label, days = a.status(TODAY)
        when = f"{-days} days ago" if days < 0 else f"in {days} days"
        print(f"  {a.tag} {a.model:<15} bought {a.purchased} +{a.warranty_months + a.extended_months:>2}m -> "
              f"{a.expires:%Y-%m-%d} ({when}) {label}")
    soon = [a.tag for a in ASSETS if 0 <= a.status(TODAY)[1] <= 90]
    print("renew soon:", soon)
    by_year = {}
    for a in ASSETS:
        by_year.setdefault(a.expires.year, []).append(a.tag)
    print("expiries by year:", dict(sorted(by_year.items())))
    ages = {a.tag: round((TODAY - a.purchased).days / 365.25, 1) for a in ASSETS}
    print("age in years:", ages)
    print("month-end edge cases:", add_months(date(2024, 1, 31), 1), add_months(date(2024, 2, 29), 12), add_months(date(2023, 5, 31), -3))


main()
