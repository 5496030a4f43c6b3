# Extract structured fields (number, dates, totals, line items) from plain-text invoices with regex.
import re
from dataclasses import dataclass, field
from datetime import datetime, date
from decimal import Decimal
from typing import List, Optional

INVOICES = [
    """ACME SUPPLIES LTD            INVOICE
Invoice No: INV-2024-0042      Date: 03/04/2024
Due: 2024-05-03
  2 x Toner cartridge        @ 45.50    91.00
  1 x Paper (box of 5)       @ 27.99    27.99
 10 x Pens                   @ 1.20     12.00
Subtotal: 130.99
VAT (20%): 26.20
TOTAL DUE: GBP 157.19
""",
    """Globex Corp - Invoice #G-889
Issued March 28, 2024. Payment due in 30 days.
  1 x Consulting day         @ 950.00   950.00
TOTAL: USD 950.00
""",
]


@dataclass
class Invoice:
    number: str
    issued: Optional[date]
    due: Optional[date]
    currency: str
    total: Decimal
    lines: List[tuple] = field(default_factory=list)


def parse_date(text: str) -> Optional[date]:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%B %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    return None


def extract(text: str) -> Invoice:
    number = re.search(r"Invoice (?:No:\s*|#)(?P<num>[A-Z]+-[\w-]+)", text)["num"]
    issued_m = re.search(r"(?:Date:|Issued)\s+(\d{2}/\d{2}/\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})", text)
    issued = parse_date(issued_m.group(1)) if issued_m else None
    due_m = re.search(r"Due:\s*(\d{4}-\d{2}-\d{2})", text)
    terms = re.search(r"due in (\d+) days", text)
    due = parse_date(due_m.group(1)) if due_m else None
    if due is None and terms and issued:
        from datetime import timedelta
        due = issued + timedelta(days=int(terms.group(1)))
    total_m = re.search(r"TOTAL(?: DUE)?:\s*([A-Z]{3})\s*([\d,]+\.\d{2})", text)
    lines = [(int(q), desc.strip(), Decimal(unit), Decimal(amt))
             for q, desc, unit, amt in re.findall(r"^\s*(\d+) x (.+?)\s+@ ([\d.]+)\s+([\d.]+)$", text, re.M)]
    return Invoice(number, issued, due, total_m.group(1), Decimal(total_m.group(2).replace(",", "")), lines)


def main() -> None:
    for text in INVOICES:
        inv = extract(text)
        print(f"{inv.number}: issued {inv.issued} due {inv.due} total {inv.currency} {inv.total}")
        for qty, desc, unit, amount in inv.lines:
            ok = "ok" if qty * unit == amount else "MISMATCH"
            print(f"    {qty:>3} {desc:<22} {unit:>7} {amount:>8} {ok}")
        line_sum = sum((l[3] for l in inv.lines), Decimal(0))
        print(f"    lines sum {line_sum}, implied tax {inv.total - line_sum}")
        if inv.issued and inv.due:
            print(f"    payment terms: {(inv.due - inv.issued).days} days")


main()
