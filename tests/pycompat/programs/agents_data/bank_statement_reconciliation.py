# Reconcile a bookkeeping ledger against a bank statement CSV, matching by amount within a date window.
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import List, Optional, Tuple

STATEMENT_CSV = """Date,Description,Amount
03/01/2024,CARD 4411 OFFICE DEPOT,-86.40
03/02/2024,ACH PAYROLL RUN,-5230.00
03/04/2024,DEPOSIT CLIENT ACME,2500.00
03/05/2024,CARD 4411 CLOUDHOST,-49.00
03/07/2024,BANK FEE,-12.00
03/08/2024,DEPOSIT CLIENT GLOBEX,1800.00
03/09/2024,CARD 4411 CLOUDHOST,-49.00
"""

LEDGER = [
    ("L1", "2024-02-29", "Office supplies", "-86.40"),
    ("L2", "2024-03-02", "Payroll March A", "-5230.00"),
    ("L3", "2024-03-01", "Invoice 1021 ACME", "2500.00"),
    ("L4", "2024-03-05", "Cloud hosting", "-49.00"),
    ("L5", "2024-03-06", "Invoice 1022 Globex", "1850.00"),
    ("L6", "2024-03-10", "Software licence", "-299.00"),
]
WINDOW = timedelta(days=3)


@dataclass
class Line:
    ref: str
    when: date
    text: str
    amount: Decimal
    matched: Optional[str] = None


def load_statement(text: str) -> List[Line]:
    rows = csv.DictReader(io.StringIO(text))
    return [Line(f"B{i}", datetime.strptime(r["Date"], "%m/%d/%Y").date(), r["Description"], Decimal(r["Amount"]))
            for i, r in enumerate(rows, 1)]


def reconcile(bank: List[Line], books: List[Line]) -> List[Tuple[Line, Line]]:
    pairs = []
    for entry in sorted(books, key=lambda l: l.when):
        candidates = [b for b in bank if b.matched is None and b.amount == entry.amount and abs(b.when - entry.when) <= WINDOW]
        if candidates:
            best = min(candidates, key=lambda b: (abs(b.when - entry.when), b.ref))
            best.matched, entry.matched = entry.ref, best.ref
            pairs.append((entry, best))
    return pairs


def main() -> None:
    bank = load_statement(STATEMENT_CSV)
    books = [Line(ref, date.fromisoformat(d), t, Decimal(a)) for ref, d, t, a in LEDGER]
    for entry, b in reconcile(bank, books):
        lag = (b.when - entry.when).days
        print(f"matched {entry.ref} {entry.text:<18} {entry.amount:>9} <-> {b.ref} {b.text:<24} lag {lag:+d}d")
    print("\nunmatched in books:")
    for l in books:
        if not l.matched:
            near = [b.ref for b in bank if not b.matched and abs(b.amount - l.amount) <= Decimal("100")]
            print(f"  {l.ref} {l.when} {l.text:<20} {l.amount:>9}  possible: {near}")
    print("unmatched on statement:")
    for b in bank:
        if not b.matched:
            print(f"  {b.ref} {b.when} {b.text:<24} {b.amount:>9}")
    bank_total = sum(b.amount for b in bank)
    book_total = sum(l.amount for l in books)
    print(f"\nstatement net {bank_total}, books net {book_total}, difference {bank_total - book_total}")


main()
