# Sales commission calculator: tiered rates via bisect, quarterly aggregates and a ranked leaderboard
import bisect
from collections import defaultdict
from dataclasses import dataclass
from typing import Dict, List, NamedTuple


class Tier(NamedTuple):
    floor: int
    rate: float
    label: str


TIERS: List[Tier] = [Tier(0, 0.02, "bronze"), Tier(50_000, 0.04, "silver"), Tier(120_000, 0.06, "gold"),
                     Tier(250_000, 0.08, "platinum")]
FLOORS = [t.floor for t in TIERS]


@dataclass
class Sale:
    rep: str
    month: int
    amount: int


def marginal_commission(total: int) -> float:
    commission = 0.0
    for i, tier in enumerate(TIERS):
        upper = TIERS[i + 1].floor if i + 1 < len(TIERS) else None
        if total <= tier.floor:
            break
        portion = (min(total, upper) if upper else total) - tier.floor
        commission += portion * tier.rate
    return round(commission, 2)


def tier_for(total: int) -> Tier:
    return TIERS[bisect.bisect_right(FLOORS, total) - 1]


sales = [Sale("ava", 1, 42_000), Sale("ben", 1, 18_500), Sale("ava", 2, 61_000), Sale("cy", 2, 130_000),
         Sale("ben", 3, 40_000), Sale("cy", 3, 150_000), Sale("ava", 3, 9_900), Sale("dee", 2, 49_999),
         Sale("ben", 4, 77_000), Sale("dee", 5, 1)]
quarterly: Dict[str, Dict[int, int]] = defaultdict(lambda: defaultdict(int))
for s in sales:
    quarterly[s.rep][(s.month - 1) // 3 + 1] += s.amount

rows = []
for rep, quarters in quarterly.items():
    total = sum(quarters.values())
    rows.append((total, rep, dict(sorted(quarters.items()))))
rows.sort(reverse=True)
print(f"{'rank':<5}{'rep':<5}{'total':>10}  {'tier':<9}{'commission':>11}  quarters")
for rank, (total, rep, qs) in enumerate(rows, 1):
    t = tier_for(total)
    print(f"{rank:<5}{rep:<5}{total:>10,}  {t.label:<9}{marginal_commission(total):>11,.2f}  {qs}")

for probe in (0, 49_999, 50_000, 120_001, 1_000_000):
    print(f"{probe:>9,} -> {tier_for(probe).label}, commission {marginal_commission(probe):,.2f}")
