# Coin change with functools.cache: number of ways, fewest coins with reconstruction, and a greedy comparison
from functools import cache
from typing import Dict, List, Optional, Tuple

SYSTEMS: Dict[str, Tuple[int, ...]] = {
    "us": (1, 5, 10, 25),
    "euro": (1, 2, 5, 10, 20, 50),
    "odd": (1, 3, 4),
    "no-ones": (4, 7, 13),
}


def ways(coins: Tuple[int, ...], amount: int) -> int:
    @cache
    def go(i: int, remaining: int) -> int:
        if remaining == 0:
            return 1
        if i == len(coins) or remaining < 0:
            return 0
        return go(i, remaining - coins[i]) + go(i + 1, remaining)
    return go(0, amount)


def fewest(coins: Tuple[int, ...], amount: int) -> Optional[List[int]]:
    @cache
    def best(rem: int) -> Optional[Tuple[int, ...]]:
        if rem == 0:
            return ()
        options = [(c,) + sub for c in coins if c <= rem and (sub := best(rem - c)) is not None]
        return min(options, key=lambda t: (len(t), sorted(t, reverse=True)), default=None)
    result = best(amount)
    return sorted(result, reverse=True) if result is not None else None


def greedy(coins: Tuple[int, ...], amount: int) -> Optional[List[int]]:
    out = []
    for c in sorted(coins, reverse=True):
        while amount >= c:
            out.append(c)
            amount -= c
    return out if amount == 0 else None


for name, coins in SYSTEMS.items():
    print(f"[{name}] coins {coins}")
    for amount in (6, 30, 63):
        opt, gr = fewest(coins, amount), greedy(coins, amount)
        note = "" if gr == opt else "  <- greedy is not optimal" if gr else "  <- greedy fails"
        print(f"  {amount:>3}: ways={ways(coins, amount):<5} fewest={opt} greedy={gr}{note}")

counter_examples = [a for a in range(1, 40) if len(greedy(SYSTEMS["odd"], a)) != len(fewest(SYSTEMS["odd"], a))]
print("greedy suboptimal amounts for (1,3,4):", counter_examples)
unreachable = [a for a in range(1, 30) if fewest(SYSTEMS["no-ones"], a) is None]
print("unreachable with (4,7,13):", unreachable, "| largest:", max(unreachable))
print("ways to make 1 euro:", ways(SYSTEMS["euro"] + (100,), 100), "| 2 dollars:", ways(SYSTEMS["us"] + (100,), 200))
