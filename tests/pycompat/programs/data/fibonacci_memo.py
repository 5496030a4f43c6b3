# Compute Fibonacci numbers with memoization, iteration and generators.
from functools import lru_cache, cache
from typing import Dict, Iterator


@lru_cache(maxsize=None)
def fib_cached(n: int) -> int:
    return n if n < 2 else fib_cached(n - 1) + fib_cached(n - 2)


def fib_memo(n: int, memo: Dict[int, int] = None) -> int:
    if memo is None:
        memo = {0: 0, 1: 1}
    if n not in memo:
        memo[n] = fib_memo(n - 1, memo) + fib_memo(n - 2, memo)
    return memo[n]


def fib_gen() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


@cache
def ways_to_climb(steps: int) -> int:
    if steps < 0:
        return 0
    if steps == 0:
        return 1
    return ways_to_climb(steps - 1) + ways_to_climb(steps - 2) + ways_to_climb(steps - 3)


gen = fib_gen()
first = [next(gen) for _ in range(15)]
print("first 15:", first)
print("fib(50) cached:", fib_cached(50))
print("fib(90) memo:  ", fib_memo(90))
print("fib(200):", fib_cached(200))
print("digits in fib(500):", len(str(fib_cached(500))))
print("cache info:", fib_cached.cache_info())
print("even fibs < 1000:", [f for f in first if f % 2 == 0])
print("ratio fib(30)/fib(29): %.10f" % (fib_cached(30) / fib_cached(29)))
print("ways to climb 1..10:", [ways_to_climb(n) for n in range(1, 11)])
