# Value a stock portfolio from position records and price quotes; report gains with Decimal.
from collections import namedtuple, Counter
from decimal import Decimal, ROUND_HALF_UP
from typing import Dict, List

Position = namedtuple("Position", "ticker shares cost_basis sector")
Quote = namedtuple("Quote", ["ticker", "price"])

POSITIONS: List[Position] = [
    Position("ACME", 120, Decimal("34.10"), "Industrials"),
    Position("BLUE", 40, Decimal("210.55"), "Tech"),
    Position("CRNK", 300, Decimal("7.42"), "Energy"),
    Position("DYNA", 15, Decimal("812.00"), "Tech"),
    Position("EVRG", 80, Decimal("55.25"), "Utilities"),
]
QUOTES: Dict[str, Quote] = {q.ticker: q for q in [
    Quote("ACME", Decimal("38.75")), Quote("BLUE", Decimal("198.20")), Quote("CRNK", Decimal("9.01")),
    Quote("DYNA", Decimal("901.40")), Quote("EVRG", Decimal("55.25")),
]}


def pct(a: Decimal, b: Decimal) -> Decimal:
    return ((a - b) / b * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def main() -> None:
    total_cost = Decimal(0)
    total_value = Decimal(0)
    sector_value: Counter = Counter()
    print(f"{'Ticker':<6}{'Shares':>7}{'Cost':>11}{'Value':>11}{'Gain':>10}{'%':>8}")
    for p in sorted(POSITIONS, key=lambda p: p.ticker):
        price = QUOTES[p.ticker].price
        cost = p.shares * p.cost_basis
        value = p.shares * price
        total_cost += cost
        total_value += value
        sector_value[p.sector] += value
        print(f"{p.ticker:<6}{p.shares:>7}{cost:>11}{value:>11}{value - cost:>+10}{pct(value, cost):>8}")
    print(f"{'TOTAL':<13}{total_cost:>11}{total_value:>11}{total_value - total_cost:>+10}{pct(total_value, total_cost):>8}")
    print("\nSector allocation:")
    for sector, value in sector_value.most_common():
        print(f"  {sector:<12}{value / total_value:>8.1%}")
    winners = [p.ticker for p in POSITIONS if QUOTES[p.ticker].price > p.cost_basis]
    print("winners:", winners)
    print("fields:", Position._fields, "->", POSITIONS[0])
    print(Position._make(["ZZZ", 1, Decimal("1"), "Misc"]))


main()
