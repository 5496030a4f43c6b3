# Invoice computation with decimal.Decimal: line discounts, per-rate VAT, ROUND_HALF_UP cents and totals
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Dict, List

CENT = Decimal("0.01")


def money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Line:
    description: str
    qty: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    discount_pct: Decimal = Decimal("0")

    @property
    def net(self) -> Decimal:
        gross = self.qty * self.unit_price
        return money(gross - gross * self.discount_pct / 100)

    @property
    def vat(self) -> Decimal:
        return money(self.net * self.vat_rate)


lines: List[Line] = [
    Line("Consulting hours", Decimal("7.5"), Decimal("120.00"), Decimal("0.20")),
    Line("Software license", Decimal("3"), Decimal("49.99"), Decimal("0.20"), Decimal("15")),
    Line("Printed manuals", Decimal("12"), Decimal("8.345"), Decimal("0.05")),
    Line("Travel (exempt)", Decimal("1"), Decimal("212.40"), Decimal("0")),
]
print(f"{'Item':<18}{'Qty':>6}{'Unit':>9}{'Disc':>6}{'Net':>10}{'VAT':>9}")
for ln in lines:
    print(f"{ln.description:<18}{ln.qty:>6}{ln.unit_price:>9}{ln.discount_pct:>5}%{ln.net:>10}{ln.vat:>9}")

by_rate: Dict[Decimal, List[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
for ln in lines:
    by_rate[ln.vat_rate][0] += ln.net
    by_rate[ln.vat_rate][1] += ln.vat
net_total = sum((ln.net for ln in lines), Decimal(0))
vat_total = sum((ln.vat for ln in lines), Decimal(0))
print("-" * 48)
for rate, (net, vat) in sorted(by_rate.items(), reverse=True):
    print(f"VAT {rate * 100:>5.1f}% on {net:>9} = {vat:>8}")
print(f"Net total: {net_total}  VAT: {vat_total}  Grand total: {net_total + vat_total}")

per_month = money((net_total + vat_total) / 3)
last = net_total + vat_total - 2 * per_month
print(f"3 instalments: {per_month}, {per_month}, {last}")
print(Decimal("2.675").quantize(CENT, rounding=ROUND_HALF_UP), round(2.675, 2), Decimal("0.1") * 3 == Decimal("0.3"))
print(repr(money(Decimal("1") / 3)), Decimal("19.999").quantize(Decimal("1.")), Decimal("-0.005").quantize(CENT, ROUND_HALF_UP))
