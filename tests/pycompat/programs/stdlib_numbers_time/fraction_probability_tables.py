# Exact probabilities with Fraction: two-dice sums, a card draw, expected values and float approximations.
from collections import Counter
from fractions import Fraction
from itertools import product
import math

# Distribution of the sum of two fair dice.
counts = Counter(a + b for a, b in product(range(1, 7), repeat=2))
total = sum(counts.values())
dist = {s: Fraction(c, total) for s, c in sorted(counts.items())}
print("sum  P(exact)  P(float)")
for s, p in dist.items():
    print(f"{s:>3}  {str(p):>8}  {float(p):.4f}")
print("sum of probabilities:", sum(dist.values()))
expected = sum(s * p for s, p in dist.items())
variance = sum((s - expected) ** 2 * p for s, p in dist.items())
print("E[X] =", expected, " Var[X] =", variance, f"= {float(variance):.4f}")
print("P(sum >= 10) =", sum(p for s, p in dist.items() if s >= 10))

# Drawing two aces without replacement, and at least one ace.
p_two_aces = Fraction(4, 52) * Fraction(3, 51)
p_no_ace = Fraction(48, 52) * Fraction(47, 51)
print("P(two aces) =", p_two_aces, "P(at least one ace) =", 1 - p_no_ace)
print("odds against two aces: {} to 1".format((1 - p_two_aces) / p_two_aces))

# Binomial: exactly k heads in 10 flips.
for k in (0, 3, 5):
    p = Fraction(math.comb(10, k), 2 ** 10)
    print(f"P({k} heads in 10) = {p} ({p.numerator}/{p.denominator})")

# Rational approximations of irrational numbers.
for name, value in [("pi", math.pi), ("e", math.e), ("sqrt2", math.sqrt(2))]:
    approximations = [Fraction(value).limit_denominator(d) for d in (10, 100, 1000)]
    print(name, [str(a) for a in approximations], f"err={abs(float(approximations[-1]) - value):.2e}")

print(Fraction("0.125"), Fraction("-3/9"), Fraction(1.5), Fraction(2, 6) + Fraction(1, 3))
print(repr(Fraction(7, 3)), Fraction(7, 3) // 1, Fraction(7, 3) % 1, -Fraction(7, 3))
print(Fraction(1, 3) < Fraction(1, 2), Fraction(1, 2) == 0.5, max(dist.values()))
print(sorted([Fraction(2, 3), Fraction(1, 4), Fraction(5, 8)]))
