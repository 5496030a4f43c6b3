# Exact rational arithmetic with fractions.Fraction: harmonic numbers, Egyptian fractions, continued fractions.
from fractions import Fraction
import math


def harmonic(n: int) -> Fraction:
    return sum((Fraction(1, k) for k in range(1, n + 1)), Fraction(0))


def egyptian(fr: Fraction) -> list[Fraction]:
    parts = []
    while fr.numerator != 0:
        unit = Fraction(1, -(-fr.denominator // fr.numerator))
        parts.append(unit)
        fr -= unit
    return parts


def continued_fraction(fr: Fraction) -> list[int]:
    terms = []
    while True:
        whole = fr.numerator // fr.denominator
        terms.append(whole)
        fr -= whole
        if fr == 0:
            return terms
        fr = 1 / fr


def main() -> None:
    a, b = Fraction(3, 4), Fraction(5, 6)
    print(a, "+", b, "=", a + b)
    print(a, "*", b, "=", a * b)
    print(a, "/", b, "=", a / b)
    print(a, "-", b, "=", a - b)
    print("power:", a ** 3, a ** -2)
    print("reduce:", Fraction(84, 126), Fraction(-6, 8), Fraction(6, -8))
    print("from string:", Fraction("3.1415"), Fraction("7/21"), Fraction(" -2/4 "))
    print("repr:", repr(Fraction(1, 3)))
    for n in (1, 5, 10, 20):
        h = harmonic(n)
        print(f"H({n}) = {h} ~ {float(h):.6f}")
    for fr in [Fraction(4, 13), Fraction(5, 121), Fraction(2, 3)]:
        print(f"{fr} = " + " + ".join(str(p) for p in egyptian(fr)))
    print("cf of 415/93:", continued_fraction(Fraction(415, 93)))
    pi_approx = Fraction(math.pi).limit_denominator(1000)
    print("pi approx:", pi_approx, float(pi_approx))
    print("sqrt2 approx:", Fraction(math.sqrt(2)).limit_denominator(100))
    print("comparisons:", Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, Fraction(2, 4) == Fraction(1, 2))
    print("int/float:", int(Fraction(7, 2)), float(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)))
    print("floor/ceil:", math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)))
    print("sorted:", sorted([Fraction(1, 2), Fraction(1, 3), Fraction(2, 5), Fraction(3, 7)]))
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("Fraction(1, 0) ->", type(e).__name__)


if __name__ == "__main__":
    main()
