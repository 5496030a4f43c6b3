# Prime sieve, prime factorisation and twin primes below a limit.
import math


def sieve(limit: int) -> list[int]:
    if limit < 2:
        return []
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0] = is_prime[1] = 0
    for p in range(2, math.isqrt(limit) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = bytearray(len(range(p * p, limit + 1, p)))
    return [i for i, flag in enumerate(is_prime) if flag]


def factorize(n: int) -> dict[int, int]:
    factors: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def format_factors(f: dict[int, int]) -> str:
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())


def main() -> None:
    primes = sieve(100)
    print(f"{len(primes)} primes below 100:", primes)
    big = sieve(100_000)
    print("count below 100000:", len(big), "largest:", big[-1])
    twins = [(p, p + 2) for p, q in zip(big, big[1:]) if q - p == 2]
    print("first twin primes:", twins[:8], "total:", len(twins))
    for n in [360, 97, 1001, 2**10 * 3**4, 600851475143, 1]:
        print(f"{n} = {format_factors(factorize(n)) or '1'}")
    gaps = [q - p for p, q in zip(big, big[1:])]
    print("max gap below 100000:", max(gaps))


if __name__ == "__main__":
    main()
