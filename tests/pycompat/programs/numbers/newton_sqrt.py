# Root finding: Newton's method for square roots and bisection for a cubic equation.
import math


def newton_sqrt(x: float, tol: float = 1e-12) -> tuple[float, int]:
    if x < 0:
        raise ValueError("negative input")
    if x == 0:
        return 0.0, 0
    guess = x if x > 1 else 1.0
    for i in range(1, 100):
        nxt = 0.5 * (guess + x / guess)
        if abs(nxt - guess) < tol * nxt:
            return nxt, i
        guess = nxt
    return guess, 100


def bisect_root(f, lo: float, hi: float, tol: float = 1e-10) -> tuple[float, int]:
    if f(lo) * f(hi) > 0:
        raise ValueError("root not bracketed")
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps


def int_sqrt(n: int) -> int:
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def main() -> None:
    for x in [2, 9, 0.25, 1e10, 12345.678, 0]:
        root, its = newton_sqrt(x)
        print(f"sqrt({x}) = {root!r} in {its} iterations; math.sqrt = {math.sqrt(x)!r}")
    cubic = lambda x: x ** 3 - 2 * x - 5
    root, steps = bisect_root(cubic, 2, 3)
    print(f"root of x^3-2x-5: {root:.10f} after {steps} steps, f(root)={cubic(root):.2e}")
    try:
        bisect_root(cubic, 3, 4)
    except ValueError as e:
        print("error:", e)
    big = 10**50 + 12345
    print("int_sqrt:", int_sqrt(big), int_sqrt(big) == math.isqrt(big))
    print("cube root of 27:", round(27 ** (1 / 3), 12), "raw:", 27 ** (1 / 3))


if __name__ == "__main__":
    main()
