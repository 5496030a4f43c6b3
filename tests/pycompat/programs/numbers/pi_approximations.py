# Approximate pi with several series and an exact integer Machin formula.
import math
from itertools import count, islice


def leibniz(terms: int) -> float:
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(terms))


def nilakantha(terms: int) -> float:
    pi = 3.0
    sign = 1
    for k in range(2, 2 * terms + 2, 2):
        pi += sign * 4 / (k * (k + 1) * (k + 2))
        sign = -sign
    return pi


def wallis(terms: int) -> float:
    prod = 1.0
    for n in range(1, terms + 1):
        prod *= (4 * n * n) / (4 * n * n - 1)
    return 2 * prod


def arctan_inv(x: int, unity: int) -> int:
    total = term = unity // x
    x2 = x * x
    for n in count(3, 2):
        term //= -x2
        if term == 0:
            break
        total += term // n
    return total


def machin_digits(digits: int) -> str:
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    s = str(pi // 10 ** 10)
    return s[0] + "." + s[1:]


def main() -> None:
    print("math.pi:", math.pi)
    for n in (10, 100, 1000):
        for name, fn in (("leibniz", leibniz), ("nilakantha", nilakantha), ("wallis", wallis)):
            v = fn(n)
            print(f"{name:>10}({n:>4}) = {v:.12f} error {abs(v - math.pi):.3e}")
    print("machin 60 digits:", machin_digits(60))
    print("starts with math.pi digits:", machin_digits(60).startswith(repr(math.pi)[:16]))
    odd = list(islice(count(1, 2), 5))
    print("first odd numbers:", odd)
    print("22/7 error:", abs(22 / 7 - math.pi), "355/113 error:", abs(355 / 113 - math.pi))


if __name__ == "__main__":
    main()
