# Explore Python's round(): banker's rounding, binary float surprises and negative ndigits.

values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]
for v in values:
    print(f"round({v}) = {round(v)}")

print("round(2.675, 2) =", round(2.675, 2))
print("round(1.005, 2) =", round(1.005, 2))
print("round(0.125, 2) =", round(0.125, 2))
print("round(0.375, 2) =", round(0.375, 2))
print("round(3.14159, 3) =", round(3.14159, 3))
print("round(1234.5678, -2) =", round(1234.5678, -2))
print("round(1250, -2) =", round(1250, -2), "round(1350, -2) =", round(1350, -2))
print("round(-7.25, 1) =", round(-7.25, 1))
print("round(5) =", round(5), type(round(5)).__name__)
print("round(5.0) =", round(5.0), type(round(5.0)).__name__)
print("round(5.0, 0) =", round(5.0, 0), type(round(5.0, 0)).__name__)
print("round(1e20) =", round(1e20))
print("round(2.5e-3, 3) =", round(2.5e-3, 3))


def round_half_up(x: float, ndigits: int = 0) -> float:
    """Commercial rounding, as people usually expect it."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-ndigits)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


for v in [0.5, 1.5, 2.5, 2.675, -2.5]:
    print(f"{v}: builtin={round(v, 0)} half_up={round_half_up(v)} two-dp half_up={round_half_up(v, 2)}")
print("formatting vs round:", f"{2.675:.2f}", f"{0.125:.2f}", f"{2.5:.0f}", f"{3.5:.0f}")
