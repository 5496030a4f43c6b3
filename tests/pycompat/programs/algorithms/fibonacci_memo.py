# Fibonacci numbers with lru_cache, an iterative loop and fast doubling.
from functools import lru_cache, cache
import sys


@lru_cache(maxsize=None)
def fib_memo(n: int) -> int:
    if n < 2:
        return n
    return fib_memo(n - 1) + fib_memo(n - 2)


def fib_iter(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


@cache
def fib_doubling(n: int) -> tuple[int, int]:
    """Return (F(n), F(n+1))."""
    if n == 0:
        return (0, 1)
    a, b = fib_doubling(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


def main() -> None:
    print([fib_memo(i) for i in range(20)])
    print("fib(90) =", fib_memo(90))
    print(fib_memo.cache_info())
    for n in (100, 200, 300):
        v = fib_iter(n)
        assert v == fib_doubling(n)[0]
        print(f"fib({n}) = {v} ({len(str(v))} digits)")
    fib_memo.cache_clear()
    print("after clear:", fib_memo.cache_info())
    print("recursion limit is positive:", sys.getrecursionlimit() > 0)
    ratio = fib_iter(41) / fib_iter(40)
    print(f"golden ratio approx: {ratio:.12f}")


if __name__ == "__main__":
    main()
