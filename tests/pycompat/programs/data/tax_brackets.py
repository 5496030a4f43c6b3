# Calculate progressive income tax across brackets and show effective rates.
from typing import List, Optional, Tuple

BRACKETS: List[Tuple[Optional[float], float]] = [
    (11000, 0.10),
    (44725, 0.12),
    (95375, 0.22),
    (182100, 0.24),
    (231250, 0.32),
    (578125, 0.35),
    (None, 0.37),
]


def tax_breakdown(income: float) -> List[Tuple[float, float, float]]:
    parts = []
    lower = 0.0
    for upper, rate in BRACKETS:
        if income <= lower:
            break
        top = income if upper is None else min(income, upper)
        parts.append((top - lower, rate, round((top - lower) * rate, 2)))
        if upper is None:
            break
        lower = upper
    return parts


def describe(income: float) -> None:
    parts = tax_breakdown(income)
    total = round(sum(p[2] for p in parts), 2)
    effective = total / income if income else 0.0
    marginal = parts[-1][1] if parts else 0.0
    print(f"Income ${income:,.0f}: tax ${total:,.2f} effective {effective:.2%} marginal {marginal:.0%}")
    for amount, rate, tax in parts:
        print(f"    {amount:>12,.2f} @ {rate:>4.0%} = {tax:>11,.2f}")


for income in [0, 9500, 50000, 120000, 650000]:
    describe(income)
