# Parking garage: vehicles and spots by size Enum, first-fit allocation, hourly fees with a daily cap
import math
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Dict, List, Optional


class Size(IntEnum):
    MOTORCYCLE = 1
    COMPACT = 2
    LARGE = 3


RATES = {Size.MOTORCYCLE: 1.5, Size.COMPACT: 3.0, Size.LARGE: 4.5}
DAILY_CAP = 25.0


@dataclass
class Spot:
    spot_id: str
    size: Size
    plate: Optional[str] = None


@dataclass
class Garage:
    spots: List[Spot]
    tickets: Dict[str, tuple] = field(default_factory=dict)
    revenue: float = 0.0

    def park(self, plate: str, size: Size, minute: int) -> str:
        for spot in sorted(self.spots, key=lambda s: (s.size, s.spot_id)):
            if spot.plate is None and spot.size >= size:
                spot.plate = plate
                self.tickets[plate] = (spot, size, minute)
                return spot.spot_id
        raise RuntimeError(f"no spot for {plate} ({size.name.lower()})")

    def leave(self, plate: str, minute: int) -> float:
        spot, size, start = self.tickets.pop(plate)
        spot.plate = None
        hours = max(1, math.ceil((minute - start) / 60))
        days, rem = divmod(hours, 24)
        fee = days * DAILY_CAP + min(rem * RATES[size], DAILY_CAP)
        self.revenue += fee
        return fee

    def occupancy(self) -> str:
        used = sum(s.plate is not None for s in self.spots)
        return f"{used}/{len(self.spots)}"


garage = Garage([Spot("M1", Size.MOTORCYCLE), Spot("C1", Size.COMPACT), Spot("C2", Size.COMPACT),
                 Spot("L1", Size.LARGE)])
events = [("in", "BIKE-1", Size.MOTORCYCLE, 0), ("in", "CAR-7", Size.COMPACT, 10), ("in", "VAN-2", Size.LARGE, 15),
          ("in", "BIKE-2", Size.MOTORCYCLE, 20), ("in", "CAR-8", Size.COMPACT, 30), ("out", "CAR-7", None, 200),
          ("in", "TRUCK-1", Size.LARGE, 210), ("out", "VAN-2", None, 1800), ("out", "BIKE-1", None, 45),
          ("out", "BIKE-2", None, 3000)]
for kind, plate, size, minute in events:
    try:
        if kind == "in":
            print(f"[{minute:>4}] {plate} parks at {garage.park(plate, size, minute)} ({garage.occupancy()})")
        else:
            print(f"[{minute:>4}] {plate} leaves, pays ${garage.leave(plate, minute):.2f} ({garage.occupancy()})")
    except RuntimeError as exc:
        print(f"[{minute:>4}] turned away: {exc}")
print(f"revenue: ${garage.revenue:.2f}; still parked: {sorted(garage.tickets)}")
print({s.spot_id: s.plate for s in garage.spots})
