# Total an invoice with Decimal line items, tax and discounts, comparing cent-rounding modes.
from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP)

CENT = Decimal("0.01")
LINES = [
    ("Widget", 3, "19.995"),
    ("Gadget", 1, "249.125"),
    ("Cable 2m", 4, "4.445"),
    ("Service hour", 2.5, "80.00"),
]
TAX_RATE = Decimal("0.0825")
DISCOUNT = Decimal("0.10")

subtotal = Decimal("0")
print(f"{'item':<14}{'qty':>5}{'unit':>10}{'amount':>10}")
for name, qty, unit in LINES:
    amount = (Decimal(str(qty)) * Decimal(unit)).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += amount
    print(f"{name:<14}{qty:>5}{unit:>10}{amount:>10}")

discount = (subtotal * DISCOUNT).quantize(CENT, ROUND_HALF_UP)
taxable = subtotal - discount
tax = (taxable * TAX_RATE).quantize(CENT, ROUND_HALF_UP)
total = taxable + tax
print("-" * 39)
for label, value in [("subtotal", subtotal), ("discount", -discount), ("taxable", taxable),
                     ("tax 8.25%", tax), ("TOTAL", total)]:
    print(f"{label:<29}{value:>10}")

print("\nRounding the same raw amounts under each mode:")
modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
         ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
samples = [Decimal("2.675"), Decimal("-2.675"), Decimal("0.125"), Decimal("1.005"), Decimal("7.0050")]
print(f"{'mode':<16}" + "".join(f"{str(s):>9}" for s in samples))
for mode in modes:
    row = [s.quantize(CENT, rounding=mode) for s in samples]
    print(f"{mode:<16}" + "".join(f"{str(r):>9}" for r in row))

# Splitting a bill so the cents add up exactly.
people = 3
share = (total / people).quantize(CENT, ROUND_DOWN)
shares = [share] * people
shares[0] += total - share * people
print("\nsplit", total, "between", people, "->", [str(s) for s in shares], "sum", sum(shares))
print("float would say:", round(float(total) / people, 2), "and 2.675 ->", round(2.675, 2))
