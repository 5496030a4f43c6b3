# Split a restaurant bill exactly using Decimal and Fraction instead of floats.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from fractions import Fraction

items = {"pasta": "18.95", "salad": "11.50", "wine": "42.00", "dessert": "8.25"}
subtotal = sum(Decimal(v) for v in items.values())
tax = (subtotal * Decimal("0.0875")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
tip = (subtotal * Decimal("0.18")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax + tip
print(f"subtotal={subtotal} tax={tax} tip={tip} total={total}")

people = 3
share = (total / people).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
remainder = total - share * people
shares = [share + (Decimal("0.01") if i < remainder * 100 else 0) for i in range(people)]
print("shares:", [str(s) for s in shares], "sum ok:", sum(shares) == total)

print("float 0.1*3:", 0.1 * 3, "Decimal:", Decimal("0.1") * 3)
print("Decimal from float:", Decimal(0.1).quantize(Decimal("0.0000001")))
print("round half up 2.675:", Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print("comparison:", Decimal("1.10") == Decimal("1.1"), str(Decimal("1.10")))

ratio = Fraction(1, 3) + Fraction(1, 6)
print("1/3 + 1/6 =", ratio, "float:", float(ratio))
print("from string:", Fraction("0.75"), "limit_denominator:", Fraction(3.14159).limit_denominator(100))
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 2)}
scale = Fraction(3, 2)
for ing, qty in recipe.items():
    scaled = qty * scale
    whole, frac = divmod(scaled.numerator, scaled.denominator)
    pretty = f"{whole} {Fraction(frac, scaled.denominator)}" if whole and frac else str(scaled)
    print(f"  {ing:<7} {qty} cup -> {pretty} cup")
