# Arbitrary-precision integers: factorials, Fibonacci, powers of two, and digit statistics.
import math


def digit_sum(n: int) -> int:
    return sum(int(d) for d in str(n))


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main() -> None:
    f50 = math.factorial(50)
    print("50! =", f50)
    print("digits:", len(str(f50)), "digit sum:", digit_sum(f50))
    trailing = len(str(f50)) - len(str(f50).rstrip("0"))
    print("trailing zeros:", trailing, "by formula:", sum(50 // 5**k for k in range(1, 4)))
    print("fib(200) =", fib(200))
    print("2**100 =", 2**100)
    print("2**100 - 1 =", 2**100 - 1, "bits:", (2**100 - 1).bit_length())
    print("2**1000 digit sum:", digit_sum(2**1000))
    print("100! digit sum:", digit_sum(math.factorial(100)))
    big = 3**200
    print("3**200 =", big)
    print("3**200 // 7**50 =", big // 7**50)
    print("3**200 % 1000007 =", big % 1000007)
    print("negative big:", -(10**30) + 1, abs(-(2**70)))
    print("comparison:", 2**64 > 18446744073709551615, 2**64 == 18446744073709551616)
    print("mixed with float:", 2**60 + 0.5, float(2**80), int(1e20))
    print("product:", math.prod(range(1, 26)))
    print("isqrt(10**40+1):", math.isqrt(10**40 + 1))
    print("hex(2**128):", hex(2**128))
    n = 1
    for i in range(1, 31):
        n *= i
    print("30! by loop:", n, n == math.factorial(30))
    print("str length of 1000!:", len(str(math.factorial(1000))))


if __name__ == "__main__":
    main()
