# float methods: is_integer, as_integer_ratio, hex round-trips and int() conversions.
from fractions import Fraction

values = [3.0, 2.5, 0.1, -0.75, 1e16, 1 / 3, 0.0]
for v in values:
    num, den = v.as_integer_ratio()
    print(f"{v!r:>20}: is_integer={v.is_integer()!s:<5} ratio={num}/{den}")

print("0.1 exact:", Fraction(0.1))
print("Fraction(0.1) == Fraction(1, 10):", Fraction(0.1) == Fraction(1, 10))
print("limit_denominator:", Fraction(0.1).limit_denominator(1000))
print("int() truncates:", int(2.9), int(-2.9), int(1e10), int(-0.5))
print("hex:", (1.0).hex(), (0.5).hex(), (0.1).hex())
print("fromhex:", float.fromhex("0x1.8p1"), float.fromhex((0.1).hex()) == 0.1)
print("(2.5).real, imag:", (2.5).real, (2.5).imag, (2.5).conjugate())
print("int methods:", (10).bit_length(), (7).as_integer_ratio())


def clean(x: float) -> str:
    """Show whole floats without a trailing .0, like many report tools do."""
    return str(int(x)) if x.is_integer() else str(x)


print([clean(x) for x in [1.0, 2.5, 100.0, -3.0, 0.125]])
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(f"as_integer_ratio({bad}) -> {type(e).__name__}")
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(f"int({bad}) -> {type(e).__name__}")
print("inf.is_integer():", float("inf").is_integer())
