# Quote shipping costs with functools.lru_cache memoization, partial functions and reduce.
from functools import lru_cache, partial, reduce, cached_property, total_ordering
from dataclasses import dataclass
from typing import Tuple

ZONES = {"local": 1.0, "regional": 1.6, "national": 2.4, "international": 5.1}
CALLS = {"rate": 0}


@lru_cache(maxsize=32)
def base_rate(zone: str, weight_kg: int) -> float:
    CALLS["rate"] += 1
    tiers = [(1, 4.50), (5, 7.25), (20, 12.00), (70, 29.00)]
    price = next((p for limit, p in tiers if weight_kg <= limit), 29.00 + 0.45 * (weight_kg - 70))
    return round(price * ZONES[zone], 2)


def quote(zone: str, weight_kg: int, express: bool = False, insured_value: float = 0.0) -> float:
    cost = base_rate(zone, weight_kg)
    if express:
        cost *= 1.75
    cost += insured_value * 0.01
    return round(cost, 2)


@total_ordering
@dataclass(frozen=True)
class Parcel:
    ref: str
    dims_cm: Tuple[int, int, int]
    actual_kg: float

    @cached_property
    def volumetric_kg(self) -> float:
        return reduce(lambda a, b: a * b, self.dims_cm, 1) / 5000

    def billable_kg(self) -> int:
        return -int(-max(self.actual_kg, self.volumetric_kg) // 1)

    def __lt__(self, other: "Parcel") -> bool:
        return self.billable_kg() < other.billable_kg()


def main() -> None:
    parcels = [Parcel("A", (30, 20, 10), 2.2), Parcel("B", (60, 40, 40), 6.0),
               Parcel("C", (10, 10, 5), 0.3), Parcel("D", (60, 40, 40), 6.0), Parcel("E", (100, 50, 50), 18.5)]
    national_express = partial(quote, "national", express=True)
    for p in parcels:
        kg = p.billable_kg()
        print(f"{p.ref}: volumetric {p.volumetric_kg:.2f} kg, billable {kg} kg")
        for zone in ("local", "international"):
            print(f"    {zone:<13} {quote(zone, kg):>8.2f}")
        print(f"    {'natl express':<13} {national_express(kg, insured_value=200):>8.2f}")
    info = base_rate.cache_info()
    print(f"cache: hits={info.hits} misses={info.misses} size={info.currsize} max={info.maxsize}")
    print("rate function computed", CALLS["rate"], "times")
    base_rate.cache_clear()
    print("after clear:", base_rate.cache_info().currsize)
    print("sorted by billable weight:", [p.ref for p in sorted(parcels)])
    print("heaviest:", max(parcels).ref, "| partial args:", national_express.args, national_express.keywords)
    print("total volume m3:", round(reduce(lambda acc, p: acc + p.volumetric_kg * 5000 / 1e6, parcels, 0.0), 4))


main()
