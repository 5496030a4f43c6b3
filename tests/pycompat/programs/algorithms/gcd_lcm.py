# GCD and LCM: Euclid by hand, extended Euclid, and math.gcd / math.lcm.
import math
from functools import reduce


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """Return (g, x, y) with a*x + b*y == g."""
    if b == 0:
        return a, 1, 0
    g, x1, y1 = extended_gcd(b, a % b)
    return g, y1, x1 - (a // b) * y1


def lcm(a: int, b: int) -> int:
    return abs(a * b) // gcd(a, b) if a and b else 0


def main() -> None:
    pairs = [(48, 18), (17, 5), (0, 9), (-12, 30), (1071, 462), (2**40, 6**20)]
    for a, b in pairs:
        g = gcd(a, b)
        assert g == math.gcd(a, b)
        l = lcm(a, b)
        assert l == math.lcm(a, b)
        print(f"gcd({a}, {b}) = {g}, lcm = {l}")
    for a, b in [(240, 46), (99, 78), (35, 15)]:
        g, x, y = extended_gcd(a, b)
        print(f"{a}*{x} + {b}*{y} = {g}")
    nums = [12, 18, 30, 42]
    print("gcd of list:", reduce(math.gcd, nums), math.gcd(*nums))
    print("lcm of 1..20:", math.lcm(*range(1, 21)))
    print("math.gcd() with no args:", math.gcd(), "math.lcm():", math.lcm())
    # simplify fractions
    for num, den in [(84, 126), (10, 4), (7, 13)]:
        g = math.gcd(num, den)
        print(f"{num}/{den} = {num // g}/{den // g}")


if __name__ == "__main__":
    main()
