# Explore Decimal precision and contexts: high-precision constants, sqrt/exp/ln, signals and error handling.
import decimal
from decimal import Decimal, InvalidOperation, DivisionByZero, localcontext, getcontext

ctx = getcontext()
print("default context:", ctx)
print("1/7 =", Decimal(1) / Decimal(7))
print("0.1 + 0.2 =", Decimal("0.1") + Decimal("0.2"), "vs float", 0.1 + 0.2)
print("exact float 0.1 =", Decimal(0.1))

with localcontext() as hp:
    hp.prec = 50
    root2 = Decimal(2).sqrt()
    e = Decimal(1).exp()
    ln10 = Decimal(10).ln()
    print("sqrt(2) =", root2)
    print("e       =", e)
    print("ln(10)  =", ln10)
    print("log10(2)=", Decimal(2).log10())
print("back to prec", getcontext().prec, ":", +root2)

for prec in (3, 6, 12):
    with localcontext(prec=prec):
        print(f"prec={prec:<2} 2/3={Decimal(2) / 3}  pi~{Decimal(355) / 113}")

values = ["1.50", "1.500", "-0.00", "1E+3", "123.4500", "0.000001234"]
for v in values:
    d = Decimal(v)
    print(f"{v:>12} normalize={str(d.normalize()):<10} exp={d.as_tuple().exponent:<3} "
          f"adjusted={d.adjusted():<3} eng={d.to_eng_string()}")

print(Decimal("1.1").compare(Decimal("1.10")), Decimal("1.1") == Decimal("1.10"), Decimal(5).max(Decimal("5.0")))
print(Decimal("7.5").to_integral_value(), Decimal("8.5").to_integral_value(), Decimal("-2.5").to_integral_value())
print(Decimal("10") % 3, Decimal("-10") % 3, Decimal("-10") // 3, divmod(Decimal("10.5"), 3))
print(f"{Decimal('1234567.891'):,.2f} {Decimal('0.0765'):.1%} {Decimal('12.5'):>10.3f} {Decimal('1e-5'):f}")

for text in ["12.5", "abc", "1,000", " 42 ", "NaN", "-Infinity"]:
    try:
        d = Decimal(text)
        print(f"{text!r:>12} -> {d!r} finite={d.is_finite()}")
    except InvalidOperation as exc:
        print(f"{text!r:>12} -> InvalidOperation {exc}")

for a, b in [(1, 0), (0, 0)]:
    try:
        Decimal(a) / Decimal(b)
    except DivisionByZero as exc:
        print(f"{a}/{b}: DivisionByZero {exc}")
    except InvalidOperation as exc:
        print(f"{a}/{b}: InvalidOperation {exc}")

with localcontext(decimal.ExtendedContext) as quiet:
    print("quiet 1/0 =", Decimal(1) / 0, " 0/0 =", Decimal(0) / 0, " flags:", quiet.flags[DivisionByZero])
try:
    Decimal("1.5").quantize(Decimal("1e-40"))
except InvalidOperation as exc:
    print("quantize too precise:", exc)
