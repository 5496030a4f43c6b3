# Rational number class with normalization, arithmetic, comparisons and hashing
from math import gcd


class Rational:
    def __init__(self, num: int, den: int = 1):
        if den == 0:
            raise ZeroDivisionError("denominator cannot be zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g

    @classmethod
    def from_string(cls, s: str) -> "Rational":
        if "/" in s:
            n, d = s.split("/")
            return cls(int(n), int(d))
        return cls(int(s))

    def _coerce(self, other):
        if isinstance(other, int):
            return Rational(other)
        if isinstance(other, Rational):
            return other
        return NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Rational(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __mul__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.num, self.den * other.den)

    def __truediv__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den, self.den * other.num)

    def __eq__(self, other):
        other = self._coerce(other)
        return other is not NotImplemented and (self.num, self.den) == (other.num, other.den)

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


half = Rational(1, 2)
third = Rational.from_string("1/3")
print(half, third, Rational(6, -8), Rational(10, 5))
print("1/2 + 1/3 =", half + third)
print("1/2 * 1/3 =", half * third, "| 1/2 / 1/3 =", half / third)
print("1 + 1/2 =", 1 + half, "| 1/2 + 2 =", half + 2)
print("1/3 as decimal:", round(third.num / third.den, 6))
print("1/3 < 1/2:", third < half, "| 2/4 == 1/2:", Rational(2, 4) == half, "| 2/2 == 1:", Rational(2, 2) == 1)
harmonic = sum(Rational(1, n) for n in range(1, 7))
print("H(6) =", harmonic, repr(harmonic))
print("sorted:", [str(r) for r in sorted([Rational(3, 4), Rational(-1, 2), Rational(2, 3), Rational(0)])])
print("distinct:", len({Rational(1, 2), Rational(2, 4), Rational(3, 6), Rational(1, 3)}))
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
