# Invoice generation with dataclass __post_init__, computed fields and field(init=False)
from dataclasses import dataclass, field, fields


@dataclass
class InvoiceLine:
    description: str
    quantity: int
    unit_price: float
    total: float = field(init=False)

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f"quantity must be positive for {self.description!r}")
        self.total = round(self.quantity * self.unit_price, 2)


@dataclass
class Invoice:
    number: str
    customer: str
    lines: list[InvoiceLine] = field(default_factory=list)
    tax_rate: float = 0.2
    notes: list[str] = field(default_factory=list, repr=False)

    def add_line(self, description: str, quantity: int, unit_price: float) -> None:
        self.lines.append(InvoiceLine(description, quantity, unit_price))

    @property
    def subtotal(self) -> float:
        return round(sum(l.total for l in self.lines), 2)

    @property
    def tax(self) -> float:
        return round(self.subtotal * self.tax_rate, 2)

    def render(self) -> str:
        out = [f"INVOICE {self.number} for {self.customer}", "-" * 44]
        for l in self.lines:
            out.append(f"{l.description:<20}{l.quantity:>4} x {l.unit_price:>7.2f} = {l.total:>8.2f}")
        out.append("-" * 44)
        out.append(f"{'Subtotal':<36}{self.subtotal:>8.2f}")
        out.append(f"{'Tax ' + format(self.tax_rate, '.0%'):<36}{self.tax:>8.2f}")
        out.append(f"{'TOTAL':<36}{self.subtotal + self.tax:>8.2f}")
        return "\n".join(out)


inv = Invoice("INV-0042", "Acme Corp")
inv.add_line("Consulting hours", 12, 95.0)
inv.add_line("Travel", 1, 310.4)
inv.add_line("USB cables", 3, 4.99)
try:
    inv.add_line("Refund", 0, 10)
except ValueError as e:
    print("Skipped line:", e)
inv.notes.append("Net 30")
print(inv.render())
print(inv.lines[2])
print("field names:", [f.name for f in fields(InvoiceLine)])
print("init fields:", [f.name for f in fields(InvoiceLine) if f.init])
print(repr(Invoice("INV-1", "Solo", tax_rate=0.0)))
