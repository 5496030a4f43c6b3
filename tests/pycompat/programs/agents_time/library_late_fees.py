# Compute library loan due dates, overdue days and capped late fees with Decimal as of a fixed date.
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import Enum
from typing import Dict, List, Optional

AS_OF = date(2024, 10, 21)


class Media(Enum):
    BOOK = ("book", 21, Decimal("0.25"), Decimal("5.00"))
    DVD = ("dvd", 7, Decimal("1.00"), Decimal("10.00"))
    MAGAZINE = ("magazine", 7, Decimal("0.10"), Decimal("2.00"))

    def __init__(self, label: str, loan_days: int, daily_fee: Decimal, cap: Decimal) -> None:
        self.label = label
        self.loan_days = loan_days
        self.daily_fee = daily_fee
        self.cap = cap


@dataclass
class Loan:
    patron: str
    title: str
    media: Media
    borrowed: date
    returned: Optional[date] = None
    grace_days: int = 2

    @property
    def due(self) -> date:
        return self.borrowed + timedelta(days=self.media.loan_days)

    def days_late(self, as_of: date) -> int:
        end = self.returned or as_of
        late = (end - self.due).days
        return late if late > self.grace_days else 0

    def fee(self, as_of: date) -> Decimal:
        return min(self.media.daily_fee * self.days_late(as_of), self.media.cap)


LOANS: List[Loan] = [
    Loan("p01", "Dune", Media.BOOK, date(2024, 9, 1), date(2024, 9, 20)),
    Loan("p01", "Arrival", Media.DVD, date(2024, 10, 1)),
    Loan("p02", "The Hobbit", Media.BOOK, date(2024, 9, 10)),
    Loan("p03", "Wired 09/24", Media.MAGAZINE, date(2024, 10, 12), date(2024, 10, 21)),
    Loan("p02", "Heat", Media.DVD, date(2024, 10, 15)),
    Loan("p03", "Old Man and the Sea", Media.BOOK, date(2024, 6, 1)),
]


def main() -> None:
    owed: Dict[str, Decimal] = {}
    for loan in LOANS:
        fee = loan.fee(AS_OF)
        owed[loan.patron] = owed.get(loan.patron, Decimal("0.00")) + fee
        state = f"returned {loan.returned:%b %d}" if loan.returned else "out"
        print(f"{loan.patron} {loan.title:<20} {loan.media.label:<8} due {loan.due:%a %b %d} {state:<13} "
              f"late {loan.days_late(AS_OF):>3}d fee ${fee}")
    print("balances:", {p: str(v) for p, v in sorted(owed.items())})
    blocked = [p for p, v in owed.items() if v >= Decimal("5")]
    print("borrowing blocked:", sorted(blocked))
    due_soon = [l.title for l in LOANS if not l.returned and 0 <= (l.due - AS_OF).days <= 3]
    print("due within 3 days:", due_soon)
    print("media types:", [(m.name, m.loan_days, str(m.cap)) for m in Media])
    print(Media.DVD, Media["BOOK"].daily_fee, Media(("magazine", 7, Decimal("0.10"), Decimal("2.00"))).name)


main()
