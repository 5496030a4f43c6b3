# Price hotel stays night by night with weekend and seasonal rates, taxes and a long-stay discount.
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from typing import Iterator, List, Tuple

BASE = {"standard": Decimal("129"), "deluxe": Decimal("189")}
WEEKEND_UPLIFT = Decimal("1.20")
SEASONS: List[Tuple[date, date, Decimal, str]] = [
    (date(2024, 12, 20), date(2025, 1, 2), Decimal("1.50"), "holiday"),
    (date(2024, 7, 1), date(2024, 8, 31), Decimal("1.25"), "summer"),
]
TAX_RATE = Decimal("0.1275")
CENT = Decimal("0.01")


@dataclass
class Booking:
    guest: str
    room: str
    check_in: date
    check_out: date

    def nights(self) -> Iterator[date]:
        d = self.check_in
        while d < self.check_out:
            yield d
            d += timedelta(days=1)


def nightly_rate(room: str, night: date) -> Tuple[Decimal, str]:
    rate, notes = BASE[room], []
    if night.weekday() in (4, 5):
        rate *= WEEKEND_UPLIFT
        notes.append("weekend")
    for start, end, factor, name in SEASONS:
        if start <= night <= end:
            rate *= factor
            notes.append(name)
            break
    return rate.quantize(CENT, rounding=ROUND_HALF_UP), "+".join(notes) or "base"


BOOKINGS = [
    Booking("Ito", "standard", date(2024, 7, 4), date(2024, 7, 8)),
    Booking("Moreau", "deluxe", date(2024, 12, 18), date(2024, 12, 23)),
    Booking("Novak", "standard", date(2024, 10, 1), date(2024, 10, 9)),
]


def main() -> None:
    for b in BOOKINGS:
        nights = list(b.nights())
        print(f"{b.guest}: {b.room}, {b.check_in:%a %d %b} -> {b.check_out:%a %d %b %Y}, {len(nights)} nights")
        subtotal = Decimal(0)
        for n in nights:
            rate, why = nightly_rate(b.room, n)
            subtotal += rate
            print(f"    {n:%a %m/%d} {rate:>8} {why}")
        discount = (subtotal * Decimal("0.10")).quantize(CENT) if len(nights) >= 7 else Decimal("0.00")
        taxable = subtotal - discount
        tax = (taxable * TAX_RATE).quantize(CENT, rounding=ROUND_HALF_UP)
        print(f"    subtotal {subtotal}  discount -{discount}  tax {tax}  total {taxable + tax}")
        print(f"    average per night {(taxable / len(nights)).quantize(CENT)}")
    lead = [(b.guest, (b.check_in - date(2024, 6, 1)).days) for b in BOOKINGS]
    print("days from 2024-06-01 to arrival:", lead)


main()
