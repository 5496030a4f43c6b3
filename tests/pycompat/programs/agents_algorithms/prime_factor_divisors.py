# Prime factorization with Counter, divisor enumeration, Euler's totient and perfect/abundant classification
import math
from collections import Counter
from functools import reduce
from itertools import product
from typing import List


def factorize(n: int) -> Counter:
    factors: Counter = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] += 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] += 1
    return factors


def divisors(n: int) -> List[int]:
    f = factorize(n)
    powers = [[p ** e for e in range(k + 1)] for p, k in sorted(f.items())]
    return sorted(math.prod(combo) for combo in product(*powers))


def totient(n: int) -> int:
    return reduce(lambda acc, p: acc // p * (p - 1), factorize(n), n)


def pretty(f: Counter) -> str:
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


for n in [360, 97, 1001, 2 ** 10, 600851475143, 9973 * 9967]:
    f = factorize(n)
    print(f"{n:>13} = {pretty(f):<22} divisors={math.prod(e + 1 for e in f.values()):>3} phi={totient(n)}")

kinds = Counter()
for n in range(2, 500):
    s = sum(divisors(n)) - n
    kinds["perfect" if s == n else "abundant" if s > n else "deficient"] += 1
    if s == n:
        print("perfect:", n, divisors(n))
print(dict(sorted(kinds.items())))

a, b = 462, 1071
fa, fb = factorize(a), factorize(b)
print("gcd via factors:", math.prod(p ** e for p, e in (fa & fb).items()), "=", math.gcd(a, b))
print("lcm via factors:", math.prod(p ** e for p, e in (fa | fb).items()), "=", math.lcm(a, b))
amicable = [(n, sum(divisors(n)) - n) for n in range(2, 1500) if (m := sum(divisors(n)) - n) > n and sum(divisors(m)) - m == n]
print("amicable pairs:", amicable)
