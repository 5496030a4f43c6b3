# Pack parcels into trucks with first-fit-decreasing bin packing and compare against next-fit.
from dataclasses import dataclass, field
from typing import List, Tuple

CAPACITY_KG = 1000

PARCELS: List[Tuple[str, int]] = [
    ("P01", 420), ("P02", 310), ("P03", 580), ("P04", 95), ("P05", 260), ("P06", 700),
    ("P07", 150), ("P08", 330), ("P09", 45), ("P10", 510), ("P11", 220), ("P12", 130),
]


@dataclass
class Truck:
    number: int
    capacity: int = CAPACITY_KG
    load: List[Tuple[str, int]] = field(default_factory=list)

    @property
    def used(self) -> int:
        return sum(w for _, w in self.load)

    @property
    def free(self) -> int:
        return self.capacity - self.used

    def fits(self, weight: int) -> bool:
        return weight <= self.free


def first_fit_decreasing(parcels: List[Tuple[str, int]]) -> List[Truck]:
    trucks: List[Truck] = []
    for pid, weight in sorted(parcels, key=lambda p: (-p[1], p[0])):
        if weight > CAPACITY_KG:
            raise ValueError(f"parcel {pid} ({weight} kg) exceeds truck capacity")
        target = next((t for t in trucks if t.fits(weight)), None)
        if target is None:
            target = Truck(len(trucks) + 1)
            trucks.append(target)
        target.load.append((pid, weight))
    return trucks


def next_fit(parcels: List[Tuple[str, int]]) -> List[Truck]:
    trucks = [Truck(1)]
    for pid, weight in parcels:
        if not trucks[-1].fits(weight):
            trucks.append(Truck(len(trucks) + 1))
        trucks[-1].load.append((pid, weight))
    return trucks


def report(title: str, trucks: List[Truck]) -> None:
    print(f"{title}: {len(trucks)} trucks")
    for t in trucks:
        ids = " ".join(pid for pid, _ in t.load)
        print(f"  truck {t.number}: {t.used:>4} kg ({t.used / t.capacity:>4.0%}) [{ids}]")


def main() -> None:
    total = sum(w for _, w in PARCELS)
    lower_bound = -(-total // CAPACITY_KG)
    print(f"total weight {total} kg, lower bound {lower_bound} trucks")
    ffd = first_fit_decreasing(PARCELS)
    report("first-fit decreasing", ffd)
    report("next-fit", next_fit(PARCELS))
    print("wasted capacity (FFD):", sum(t.free for t in ffd), "kg")
    try:
        first_fit_decreasing(PARCELS + [("P99", 1200)])
    except ValueError as exc:
        print("error:", exc)


main()
