# Collatz sequences: lengths, longest chain under a limit with memoization, peak values.
from functools import lru_cache
import sys

sys.setrecursionlimit(10000)


def collatz(n: int) -> list[int]:
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq


@lru_cache(maxsize=None)
def chain_length(n: int) -> int:
    if n == 1:
        return 1
    return 1 + chain_length(n // 2 if n % 2 == 0 else 3 * n + 1)


def main() -> None:
    print("collatz(6):", collatz(6))
    print("collatz(27) length:", len(collatz(27)), "peak:", max(collatz(27)))
    best = max(range(1, 10000), key=chain_length)
    print("longest chain under 10000 starts at", best, "length", chain_length(best))
    lengths = [chain_length(n) for n in range(1, 21)]
    print("lengths 1..20:", lengths)
    print("cache stats:", chain_length.cache_info().hits > 0)
    big = 2**100 + 1
    print(f"steps for 2**100+1: {len(collatz(big)) - 1}")
    histogram: dict[int, int] = {}
    for n in range(1, 1001):
        bucket = chain_length(n) // 25 * 25
        histogram[bucket] = histogram.get(bucket, 0) + 1
    for bucket in sorted(histogram):
        print(f"{bucket:>3}-{bucket + 24:<3} {histogram[bucket]:>4}")


if __name__ == "__main__":
    main()
