# Generators: infinite Fibonacci, primes, and taking slices with itertools.islice
from itertools import islice, takewhile


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def primes():
    """Incremental sieve: yields primes forever."""
    composites: dict[int, list[int]] = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def every_nth(iterable, n: int):
    for i, item in enumerate(iterable):
        if i % n == 0:
            yield item


print("first 15 fib:", list(islice(fibonacci(), 15)))
print("fib below 500:", list(takewhile(lambda x: x < 500, fibonacci())))
print("first 12 primes:", list(islice(primes(), 12)))
print("every 3rd prime of first 30:", list(every_nth(islice(primes(), 30), 3)))

gen = fibonacci()
print("manual next:", next(gen), next(gen), next(gen), next(gen))
print("generator type:", type(gen).__name__)

even_fibs = (f for f in fibonacci() if f % 2 == 0)
print("first 6 even fibs:", [next(even_fibs) for _ in range(6)])
first_big = next(f for f in fibonacci() if f > 10**6)
print("first fib over a million:", first_big)
print("sum of primes below 100:", sum(takewhile(lambda p: p < 100, primes())))

finite = islice(fibonacci(), 3)
print(list(finite), list(finite), "(exhausted)")
try:
    next(finite)
except StopIteration:
    print("StopIteration raised")
