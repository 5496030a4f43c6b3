# Validate mixed numeric inputs with the numbers ABCs and normalise them for a pricing engine.
import numbers
from decimal import Decimal
from fractions import Fraction
from typing import Any, List, Tuple

INPUTS: List[Any] = [3, 2.5, Fraction(7, 4), Decimal("19.99"), True, "12", None, 1 + 2j, float("nan"), -4]


def classify(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, numbers.Integral):
        return "integral"
    if isinstance(value, numbers.Rational):
        return "rational"
    if isinstance(value, numbers.Real):
        return "real"
    if isinstance(value, numbers.Complex):
        return "complex"
    if isinstance(value, numbers.Number):
        return "number"
    return "not a number"


def to_quantity(value: Any) -> Tuple[bool, str]:
    kind = classify(value)
    if kind in ("bool", "not a number", "complex"):
        return False, f"rejected ({kind})"
    if kind == "real" and value != value:
        return False, "rejected (NaN)"
    if value < 0:
        return False, "rejected (negative)"
    return True, f"ok as {Fraction(value)!s}"


for value in INPUTS:
    ok, note = to_quantity(value)
    print(f"{value!r:<22} {classify(value):<13} {note}")

print()
print("int is Integral:", issubclass(int, numbers.Integral), "| float is Rational:", issubclass(float, numbers.Rational))
print("Fraction is Real:", issubclass(Fraction, numbers.Real), "| Decimal is Real:", issubclass(Decimal, numbers.Real))
print("Decimal is Number:", isinstance(Decimal(1), numbers.Number), "| complex is Real:", isinstance(1j, numbers.Real))
print("Fraction parts:", Fraction(7, 4).numerator, Fraction(7, 4).denominator, "| int parts:", (5).numerator, (5).denominator)
print("real/imag:", (3).real, (3).imag, (2.5).real, (1 + 2j).imag, Fraction(1, 2).real)
total = sum([Fraction(1, 3), 2, Fraction(1, 6)])
print("mixed sum:", total, "| as float:", float(total), "| Decimal from Fraction parts:", Decimal(total.numerator) / Decimal(total.denominator))
