# Polynomial class: evaluation via __call__, arithmetic, derivative and pretty printing
class Polynomial:
    def __init__(self, *coeffs: float):
        """Coefficients from the constant term upward: Polynomial(1, 2, 3) = 3x^2 + 2x + 1."""
        coeffs = list(coeffs) or [0]
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs

    @property
    def degree(self) -> int:
        return len(self.coeffs) - 1

    def __call__(self, x: float) -> float:
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other: "Polynomial") -> "Polynomial":
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Polynomial(*(x + y for x, y in zip(a, b)))

    def __mul__(self, other: "Polynomial") -> "Polynomial":
        result = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                result[i + j] += a * b
        return Polynomial(*result)

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def derivative(self) -> "Polynomial":
        return Polynomial(*(i * c for i, c in enumerate(self.coeffs) if i > 0))

    def __str__(self):
        terms = []
        for power in range(self.degree, -1, -1):
            c = self.coeffs[power]
            if c == 0 and self.degree > 0:
                continue
            coef = "" if abs(c) == 1 and power > 0 else str(abs(c))
            var = "" if power == 0 else ("x" if power == 1 else f"x^{power}")
            sign = "-" if c < 0 else "+"
            terms.append((sign, f"{coef}{var}"))
        first_sign, first = terms[0]
        out = ("-" if first_sign == "-" else "") + first
        for sign, t in terms[1:]:
            out += f" {sign} {t}"
        return out

    def __repr__(self):
        return f"Polynomial{tuple(self.coeffs)}"


p = Polynomial(1, -3, 2)      # 2x^2 - 3x + 1
q = Polynomial(0, 1)          # x
print("p =", p, "| degree", p.degree)
print("q =", q)
print("p(0), p(1), p(2.5):", p(0), p(1), p(2.5))
print("p + q =", p + q)
print("p * q =", p * q)
print("p * p =", p * p)
print("p' =", p.derivative(), "| p'' =", p.derivative().derivative())
print("roots check:", [x for x in (0, 0.5, 1, 2) if p(x) == 0])
print(repr(Polynomial(4, 0, 0, 0)), Polynomial())
print("(x+1)^2 == x^2+2x+1:", Polynomial(1, 1) * Polynomial(1, 1) == Polynomial(1, 2, 1))
print("table:", {x: p(x) for x in range(-2, 3)})
