# Hotel reservation system: rooms, overlapping-date checks and a booking exception
from dataclasses import dataclass, field


class BookingError(Exception):
    pass


@dataclass(frozen=True)
class Stay:
    check_in: int   # day of year
    check_out: int

    def __post_init__(self):
        if self.check_out <= self.check_in:
            raise BookingError(f"check-out day {self.check_out} must be after check-in {self.check_in}")

    @property
    def nights(self) -> int:
        return self.check_out - self.check_in

    def overlaps(self, other: "Stay") -> bool:
        return self.check_in < other.check_out and other.check_in < self.check_out


@dataclass
class Room:
    number: int
    kind: str
    rate: float
    bookings: list[tuple[str, Stay]] = field(default_factory=list)

    def is_free(self, stay: Stay) -> bool:
        return not any(existing.overlaps(stay) for _, existing in self.bookings)


class Hotel:
    def __init__(self, rooms: list[Room]):
        self.rooms = {r.number: r for r in rooms}

    def book(self, guest: str, kind: str, stay: Stay) -> tuple[int, float]:
        for room in sorted(self.rooms.values(), key=lambda r: r.number):
            if room.kind == kind and room.is_free(stay):
                room.bookings.append((guest, stay))
                return room.number, room.rate * stay.nights
        raise BookingError(f"no {kind} room free for days {stay.check_in}-{stay.check_out}")

    def occupancy(self, day: int) -> dict[int, str]:
        return {n: g for n, r in self.rooms.items() for g, s in r.bookings if s.check_in <= day < s.check_out}


hotel = Hotel([Room(101, "single", 80.0), Room(102, "double", 120.0), Room(103, "double", 110.0)])
requests = [("Ana", "double", 10, 13), ("Ben", "double", 11, 12), ("Cy", "double", 12, 14),
            ("Dee", "single", 10, 11), ("Eva", "single", 10, 12), ("Fin", "suite", 1, 2), ("Gil", "single", 15, 15)]
for guest, kind, cin, cout in requests:
    try:
        room, cost = hotel.book(guest, kind, Stay(cin, cout))
        print(f"{guest:<4} -> room {room}, {cout - cin} night(s), ${cost:.2f}")
    except BookingError as e:
        print(f"{guest:<4} -> FAILED: {e}")
for day in (10, 11, 12, 13):
    print(f"day {day}: {hotel.occupancy(day)}")
print("Stay hashable:", len({Stay(1, 3), Stay(1, 3), Stay(2, 3)}))
