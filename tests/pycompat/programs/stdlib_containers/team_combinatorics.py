# Pick project teams and schedules with itertools combinations, permutations and product, scoring each option.
from itertools import combinations, permutations, product, combinations_with_replacement, chain
from math import comb, perm
from typing import Dict, Tuple

SKILLS: Dict[str, set] = {
    "ada": {"backend", "db"}, "ben": {"frontend"}, "cho": {"frontend", "design"},
    "dev": {"backend", "ops"}, "eva": {"db", "ops"}, "fin": {"design"},
}
NEEDED = {"backend", "frontend", "db", "design"}

people = sorted(SKILLS)
valid = []
for team in combinations(people, 3):
    covered = set().union(*(SKILLS[p] for p in team))
    if NEEDED <= covered:
        valid.append((team, len(covered)))
print(f"{len(valid)} of {comb(len(people), 3)} teams of 3 cover every need")
for team, size in sorted(valid, key=lambda t: (-t[1], t[0]))[:4]:
    print("  ", ", ".join(team), "covers", size, "skills")

slots = ["mon", "tue", "wed"]
talks = ["intro", "deep-dive", "q&a"]
orders = [p for p in permutations(talks) if p.index("intro") < p.index("q&a")]
print(f"\n{len(orders)} of {perm(3)} talk orders keep intro before q&a:")
for order in orders:
    print("  ", dict(zip(slots, order)))

sizes, colors = ["S", "M", "L"], ["red", "blue"]
variants = ["-".join(v) for v in product(sizes, colors)]
print("\nvariants:", variants)
codes = ["".join(p) for p in product("AB", repeat=3)]
print("codes:", codes)

coins = [1, 2, 5]
ways = [c for c in combinations_with_replacement(coins, 4) if sum(c) == 10]
print("\nfour coins making 10:", ways)

pairs = list(combinations(range(1, 6), 2))
print("pairs summing to 6:", [p for p in pairs if sum(p) == 6])
print("flattened:", list(chain.from_iterable(pairs[:3])))
schedule = list(product(["am", "pm"], ["room1", "room2"], repeat=1))
print("schedule slots:", len(schedule), schedule[-1])
print("no combos of 7 from 6:", list(combinations(people, 7)))
