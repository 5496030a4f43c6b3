# Invoice totals with decimal.Decimal: exact cents, tax rounding and splitting a bill.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext

CENT = Decimal("0.01")


def money(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def main() -> None:
    items = [
        ("Widget", Decimal("19.99"), 3),
        ("Gadget", Decimal("5.49"), 7),
        ("Cable", Decimal("0.99"), 12),
        ("Service fee", Decimal("15.00"), 1),
    ]
    subtotal = Decimal("0")
    print(f"{'item':<12}{'price':>8}{'qty':>5}{'total':>10}")
    for name, price, qty in items:
        line = price * qty
        subtotal += line
        print(f"{name:<12}{price:>8}{qty:>5}{line:>10}")
    tax_rate = Decimal("0.0825")
    tax = money(subtotal * tax_rate)
    discount = money(subtotal * Decimal("0.05"))
    total = subtotal + tax - discount
    print(f"{'subtotal':<25}{subtotal:>10}")
    print(f"{'tax 8.25%':<25}{tax:>10}  (raw {subtotal * tax_rate})")
    print(f"{'discount 5%':<25}{-discount:>10}")
    print(f"{'TOTAL':<25}{total:>10}")
    people = 3
    share = (total / people).quantize(CENT, rounding=ROUND_DOWN)
    remainder = total - share * people
    shares = [share + (CENT if i < remainder / CENT else 0) for i in range(people)]
    print("split:", shares, "sum ok:", sum(shares) == total)
    print("float vs decimal:", 0.1 + 0.2, Decimal("0.1") + Decimal("0.2"))
    print("from float:", Decimal(0.1))
    print("rounding modes:", Decimal("2.675").quantize(CENT, ROUND_HALF_UP),
          Decimal("2.665").quantize(CENT), Decimal(2.675).quantize(CENT))
    getcontext().prec = 50
    print("1/7 at 50 digits:", Decimal(1) / Decimal(7))
    print("sqrt(2):", Decimal(2).sqrt())
    print("comparisons:", Decimal("1.10") == Decimal("1.1"), Decimal("1.10"), str(Decimal("1.1") * 3))
    print("formatting:", f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):.0f}", f"{Decimal('1.5'):.0f}")


if __name__ == "__main__":
    main()
