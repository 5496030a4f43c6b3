# Numerical integration with the midpoint, trapezoid and Simpson rules compared to exact values.
import math
from typing import Callable

Func = Callable[[float], float]


def midpoint(f: Func, a: float, b: float, n: int) -> float:
    h = (b - a) / n
    return h * sum(f(a + (i + 0.5) * h) for i in range(n))


def trapezoid(f: Func, a: float, b: float, n: int) -> float:
    h = (b - a) / n
    return h * (0.5 * f(a) + sum(f(a + i * h) for i in range(1, n)) + 0.5 * f(b))


def simpson(f: Func, a: float, b: float, n: int) -> float:
    if n % 2:
        n += 1
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


problems = [
    ("x^2 on [0,3]", lambda x: x * x, 0.0, 3.0, 9.0),
    ("sin on [0,pi]", math.sin, 0.0, math.pi, 2.0),
    ("e^x on [0,1]", math.exp, 0.0, 1.0, math.e - 1),
    ("1/x on [1,2]", lambda x: 1 / x, 1.0, 2.0, math.log(2)),
    ("4/(1+x^2) on [0,1]", lambda x: 4 / (1 + x * x), 0.0, 1.0, math.pi),
]

for name, f, a, b, exact in problems:
    print(f"{name}: exact={exact:.12f}")
    for n in (4, 16, 64):
        m, t, s = midpoint(f, a, b, n), trapezoid(f, a, b, n), simpson(f, a, b, n)
        print(f"  n={n:>3} mid err={abs(m - exact):.2e} trap err={abs(t - exact):.2e} simp err={abs(s - exact):.2e}")
print("simpson pi:", simpson(lambda x: 4 / (1 + x * x), 0, 1, 100))
print("normal cdf(1.96):", 0.5 + simpson(lambda t: math.exp(-t * t / 2) / math.sqrt(2 * math.pi), 0, 1.96, 200))
