# A tour of the math module: roots, rounding, combinatorics, distances and precise sums.
import math


def show(label: str, value) -> None:
    print(f"{label:<28} {value!r}")


def main() -> None:
    show("sqrt(2)", math.sqrt(2))
    show("sqrt(144)", math.sqrt(144))
    show("isqrt(150)", math.isqrt(150))
    show("isqrt(10**20)", math.isqrt(10**20))
    show("floor(2.7), floor(-2.7)", (math.floor(2.7), math.floor(-2.7)))
    show("ceil(2.1), ceil(-2.1)", (math.ceil(2.1), math.ceil(-2.1)))
    show("trunc(-3.99)", math.trunc(-3.99))
    show("prod([1.5, 2, 4])", math.prod([1.5, 2, 4]))
    show("prod(range(1, 11))", math.prod(range(1, 11)))
    show("comb(52, 5)", math.comb(52, 5))
    show("perm(10, 3)", math.perm(10, 3))
    show("perm(5)", math.perm(5))
    show("factorial(20)", math.factorial(20))
    show("hypot(3, 4)", math.hypot(3, 4))
    show("hypot(1, 2, 2)", math.hypot(1, 2, 2))
    show("dist((1,2), (4,6))", math.dist((1, 2), (4, 6)))
    show("dist 3d", math.dist((0, 0, 0), (1, 1, 1)))
    vals = [0.1] * 10
    show("sum([0.1]*10)", sum(vals))
    show("fsum([0.1]*10)", math.fsum(vals))
    show("fsum big/small", math.fsum([1e20, 1.0, -1e20]))
    show("sum big/small", sum([1e20, 1.0, -1e20]))
    show("copysign(3, -0.0)", math.copysign(3, -0.0))
    show("fabs(-4)", math.fabs(-4))
    show("gcd(84, 36)", math.gcd(84, 36))
    show("pow(2, 0.5)", math.pow(2, 0.5))
    show("modf(3.75)", math.modf(3.75))
    show("frexp(8.0)", math.frexp(8.0))
    show("ldexp(0.5, 4)", math.ldexp(0.5, 4))
    show("isfinite(1e308)", math.isfinite(1e308))
    show("remainder(10, 3)", math.remainder(10, 3))
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("sqrt(-1) ->", type(e).__name__)
    try:
        math.factorial(-3)
    except ValueError as e:
        print("factorial(-3) ->", type(e).__name__)


if __name__ == "__main__":
    main()
