# Compute an invoice with line totals, discounts, tax and rounding to cents.
from dataclasses import dataclass, field
from typing import List


@dataclass
class LineItem:
    description: str
    quantity: int
    unit_price: float
    discount_pct: float = 0.0

    @property
    def subtotal(self) -> float:
        return round(self.quantity * self.unit_price * (1 - self.discount_pct / 100), 2)


@dataclass
class Invoice:
    number: str
    customer: str
    tax_rate: float
    items: List[LineItem] = field(default_factory=list)

    def add(self, *args, **kwargs) -> None:
        self.items.append(LineItem(*args, **kwargs))

    @property
    def net(self) -> float:
        return round(sum(i.subtotal for i in self.items), 2)

    @property
    def tax(self) -> float:
        return round(self.net * self.tax_rate, 2)

    @property
    def total(self) -> float:
        return round(self.net + self.tax, 2)


def main():
    inv = Invoice("INV-0042", "Acme Corp", tax_rate=0.0825)
    inv.add("Consulting hours", 12, 150.0)
    inv.add("Software license", 3, 499.99, discount_pct=10)
    inv.add("USB cables", 25, 3.33)
    inv.add("Travel expenses", 1, 412.37, 0)

    print(f"Invoice {inv.number} for {inv.customer}")
    print("-" * 62)
    print(f"{'Description':<20}{'Qty':>5}{'Unit':>10}{'Disc':>7}{'Amount':>20}")
    for it in inv.items:
        print(f"{it.description:<20}{it.quantity:>5}{it.unit_price:>10.2f}{it.discount_pct:>6.0f}%{it.subtotal:>20,.2f}")
    print("-" * 62)
    print(f"{'Net':<42}{inv.net:>20,.2f}")
    print(f"{'Tax (' + format(inv.tax_rate, '.2%') + ')':<42}{inv.tax:>20,.2f}")
    print(f"{'TOTAL':<42}{inv.total:>20,.2f}")
    print(inv.items[2])
    print("round examples:", round(2.675, 2), round(0.125, 2), round(1.005, 2), round(2.5), round(3.5), round(-0.5))


if __name__ == "__main__":
    main()
