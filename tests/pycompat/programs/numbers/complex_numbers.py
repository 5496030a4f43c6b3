# Solve quadratic equations with complex roots and do basic complex arithmetic.
import cmath
import math


def solve_quadratic(a: float, b: float, c: float):
    disc = b * b - 4 * a * c
    if disc >= 0:
        r = math.sqrt(disc)
        return (-b + r) / (2 * a), (-b - r) / (2 * a)
    r = cmath.sqrt(disc)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)


def main() -> None:
    for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, -2, 1), (1, 1, 1)]:
        r1, r2 = solve_quadratic(*coeffs)
        print(f"{coeffs}: roots {r1}, {r2}")
    z = 3 + 4j
    w = complex(1, -2)
    print("z =", z, "w =", w)
    print("z + w =", z + w, "z * w =", z * w, "z / w =", z / w)
    print("abs(z) =", abs(z), "conj =", z.conjugate(), "real/imag:", z.real, z.imag)
    print("z ** 2 =", z ** 2, "1j ** 2 =", 1j ** 2)
    print("phase:", cmath.phase(z), "polar:", cmath.polar(z))
    print("rect(2, pi/2):", cmath.rect(2, math.pi / 2))
    print("euler:", cmath.exp(1j * math.pi))
    print("complex('1+2j'):", complex("1+2j"), complex(2), complex(0, 0))
    print("equality:", 1 + 0j == 1, (1 + 2j) == complex(1, 2))
    roots = [cmath.exp(2j * math.pi * k / 4) for k in range(4)]
    print("4th roots of unity:", [complex(round(r.real, 10), round(r.imag, 10)) for r in roots])
    impedance = complex(50, 0) + 1j * (2 * math.pi * 60 * 0.1) - 1j / (2 * math.pi * 60 * 100e-6)
    print(f"impedance: {impedance.real:.2f} + {impedance.imag:.2f}j ohm, |Z| = {abs(impedance):.2f}")
    try:
        print((1 + 2j) < (2 + 3j))
    except TypeError as e:
        print("ordering complex ->", type(e).__name__)


if __name__ == "__main__":
    main()
