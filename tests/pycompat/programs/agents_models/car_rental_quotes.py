# Car rental quotes: vehicle classes as Enum with per-day rates, optional extras, weekly discounts, dates
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import List, Set


class VehicleClass(Enum):
    ECONOMY = ("Economy", 39.0, 5)
    SUV = ("SUV", 72.0, 7)
    VAN = ("Van", 95.0, 9)
    LUXURY = ("Luxury", 149.0, 4)

    def __init__(self, label: str, daily: float, seats: int):
        self.label, self.daily, self.seats = label, daily, seats


EXTRAS = {"gps": 6.0, "child_seat": 9.5, "insurance": 18.0}


@dataclass
class Quote:
    vehicle: VehicleClass
    pickup: date
    dropoff: date
    extras: Set[str] = field(default_factory=set)
    young_driver: bool = False
    notes: List[str] = field(default_factory=list)

    @property
    def days(self) -> int:
        return max(1, (self.dropoff - self.pickup).days)

    def total(self) -> float:
        weeks, rest = divmod(self.days, 7)
        base = weeks * 6 * self.vehicle.daily + rest * self.vehicle.daily
        if weeks:
            self.notes.append(f"{weeks} week(s) at 6-day price")
        extras = sum(EXTRAS[e] for e in sorted(self.extras)) * self.days
        surcharge = 0.25 * base if self.young_driver else 0.0
        if self.vehicle is VehicleClass.LUXURY and self.young_driver:
            raise ValueError("luxury cars require drivers 25+")
        return round(base + extras + surcharge, 2)


def pick_vehicle(party_size: int) -> VehicleClass:
    return min((v for v in VehicleClass if v.seats >= party_size), key=lambda v: v.daily)


requests = [
    (2, date(2024, 3, 1), date(2024, 3, 4), {"gps"}, False),
    (6, date(2024, 3, 10), date(2024, 3, 20), {"child_seat", "insurance"}, False),
    (9, date(2024, 4, 1), date(2024, 4, 1), set(), True),
    (3, date(2024, 2, 26), date(2024, 3, 12), {"insurance"}, True),
]
for size, start, end, extras, young in requests:
    q = Quote(pick_vehicle(size), start, end, extras, young)
    print(f"party {size}: {q.vehicle.label:<8} {q.pickup} -> {q.dropoff} ({q.days}d) "
          f"extras={sorted(q.extras)} total=${q.total():,.2f} {'; '.join(q.notes)}")
try:
    Quote(VehicleClass.LUXURY, date(2024, 5, 1), date(2024, 5, 3), young_driver=True).total()
except ValueError as exc:
    print("refused:", exc)
print([(v.name, v.seats) for v in VehicleClass], VehicleClass.SUV.value)
try:
    pick_vehicle(12)
except ValueError:
    print("no vehicle seats 12")
