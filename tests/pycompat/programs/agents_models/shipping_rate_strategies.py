# Shipping cost calculators as Protocol-typed strategies; pick the cheapest carrier per parcel
import math
from dataclasses import dataclass
from typing import List, Protocol, Tuple


@dataclass(frozen=True)
class Parcel:
    label: str
    weight_kg: float
    dims_cm: Tuple[int, int, int]
    distance_km: int

    @property
    def volumetric_kg(self) -> float:
        l, w, h = self.dims_cm
        return l * w * h / 5000

    @property
    def billable_kg(self) -> float:
        return max(self.weight_kg, self.volumetric_kg)


class Carrier(Protocol):
    name: str

    def quote(self, parcel: Parcel) -> float: ...


@dataclass
class FlatRate:
    name: str
    price: float
    max_kg: float

    def quote(self, parcel: Parcel) -> float:
        return self.price if parcel.billable_kg <= self.max_kg else math.inf


@dataclass
class PerKg:
    name: str
    base: float
    per_kg: float
    per_100km: float

    def quote(self, parcel: Parcel) -> float:
        kg = math.ceil(parcel.billable_kg * 2) / 2
        return round(self.base + kg * self.per_kg + parcel.distance_km / 100 * self.per_100km, 2)


def cheapest(carriers: List[Carrier], parcel: Parcel) -> Tuple[str, float]:
    quotes = [(c.quote(parcel), c.name) for c in carriers]
    price, name = min(quotes)
    return name, price


carriers: List[Carrier] = [
    FlatRate("BoxIt", 12.5, 5.0),
    PerKg("SpeedyPost", 4.0, 1.8, 0.9),
    PerKg("EcoFreight", 9.0, 0.9, 0.4),
]
parcels = [
    Parcel("book", 0.8, (25, 18, 4), 120),
    Parcel("lamp", 2.1, (60, 40, 40), 800),
    Parcel("dumbbells", 14.0, (30, 20, 20), 450),
    Parcel("pillow", 0.6, (50, 50, 20), 60),
]
for p in parcels:
    row = ", ".join(f"{c.name}={c.quote(p):.2f}" for c in carriers)
    name, price = cheapest(carriers, p)
    print(f"{p.label:<10} billable={p.billable_kg:5.2f}kg  {row}  -> {name} ({price:.2f})")
total = sum(cheapest(carriers, p)[1] for p in parcels)
print(f"total cheapest shipping: {total:.2f}")
try:
    parcels[0].weight_kg = 2
except Exception as exc:
    print(type(exc).__name__, exc)
