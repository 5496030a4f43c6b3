# Track stock levels over a day of movements with itertools.accumulate, and find when stock ran low.
from itertools import accumulate, pairwise, takewhile, dropwhile, compress
import operator
from typing import List, Tuple

MOVEMENTS: List[Tuple[str, str, int]] = [
    ("08:00", "opening", 120),
    ("08:45", "sale", -18),
    ("09:30", "sale", -25),
    ("10:10", "return", 3),
    ("11:00", "sale", -40),
    ("12:15", "delivery", 60),
    ("13:05", "sale", -52),
    ("14:40", "sale", -31),
    ("15:20", "damaged", -4),
    ("16:55", "sale", -12),
]
REORDER_LEVEL = 30


def main() -> None:
    deltas = [qty for _, _, qty in MOVEMENTS]
    levels = list(accumulate(deltas))
    for (time, kind, qty), level in zip(MOVEMENTS, levels):
        flag = "  <-- below reorder level" if level < REORDER_LEVEL else ""
        print(f"{time} {kind:<9}{qty:>+5} -> {level:>4}{flag}")
    print("peak stock:", max(levels), "| lowest:", min(levels))
    print("running max:", list(accumulate(levels, max)))
    print("running min:", list(accumulate(levels, min)))
    print("cumulative sales:", list(accumulate((-q for _, k, q in MOVEMENTS if k == "sale"), operator.add, initial=0)))
    changes = [b - a for a, b in pairwise(levels)]
    print("step changes:", changes)
    healthy = list(takewhile(lambda pair: pair[1] >= REORDER_LEVEL, zip([m[0] for m in MOVEMENTS], levels)))
    print("healthy until:", healthy[-1][0])
    after = list(dropwhile(lambda lv: lv >= REORDER_LEVEL, levels))
    print("levels from first dip:", after)
    sales_mask = [kind == "sale" for _, kind, _ in MOVEMENTS]
    print("sale times:", list(compress([m[0] for m in MOVEMENTS], sales_mask)))
    print("product of growth factors:", round(list(accumulate([1.1, 0.9, 1.05, 1.2], operator.mul))[-1], 6))


main()
