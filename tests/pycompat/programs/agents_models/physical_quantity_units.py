# Physical quantities with unit Enum, frozen dataclass arithmetic and conversions for a trip planner
from dataclasses import dataclass
from enum import Enum
from functools import total_ordering


class Length(Enum):
    M = 1.0
    KM = 1000.0
    MI = 1609.344
    FT = 0.3048

    def __str__(self) -> str:
        return self.name.lower()


@total_ordering
@dataclass(frozen=True)
class Distance:
    value: float
    unit: Length = Length.M

    def to(self, unit: Length) -> "Distance":
        return Distance(self.value * self.unit.value / unit.value, unit)

    @property
    def meters(self) -> float:
        return self.value * self.unit.value

    def __add__(self, other: "Distance") -> "Distance":
        return Distance(self.value + other.to(self.unit).value, self.unit)

    def __mul__(self, k: float) -> "Distance":
        return Distance(self.value * k, self.unit)

    __rmul__ = __mul__

    def __lt__(self, other: "Distance") -> bool:
        return self.meters < other.meters

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Distance) and abs(self.meters - other.meters) < 1e-9

    def __hash__(self) -> int:
        return hash(round(self.meters, 6))

    def __format__(self, spec: str) -> str:
        return f"{format(self.value, spec or '.2f')} {self.unit}"


legs = [Distance(12.5, Length.KM), Distance(3, Length.MI), Distance(850, Length.M), Distance(5280, Length.FT)]
total = Distance(0, Length.KM)
for leg in legs:
    total = total + leg
    print(f"leg {leg:>10} = {leg.to(Length.KM):.3f} (running {total:.3f})")
print(f"total: {total:.2f} | {total.to(Length.MI):.2f} | {total.to(Length.FT):,.0f}")
print("longest leg:", f"{max(legs)}", "shortest:", f"{min(legs):.1f}")
print("sorted:", [f"{d:.1f}" for d in sorted(legs)])
print("1 mi == 5280 ft:", Distance(1, Length.MI) == Distance(5280, Length.FT))
print("unique distances:", len({Distance(1, Length.KM), Distance(1000, Length.M), Distance(1, Length.MI)}))
print(f"round trip x2: {2 * total:.1f}; >= 30 km? {2 * total >= Distance(30, Length.KM)}")
print(Length["MI"], Length(1000.0).name, [u.name for u in Length])
