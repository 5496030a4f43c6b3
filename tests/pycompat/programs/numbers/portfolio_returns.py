# Stock portfolio: percent changes, weights, and compound annual growth rate.
from dataclasses import dataclass
from typing import List


@dataclass
class Holding:
    ticker: str
    shares: float
    cost_basis: float
    price: float

    @property
    def value(self) -> float:
        return self.shares * self.price

    @property
    def gain(self) -> float:
        return self.value - self.shares * self.cost_basis

    @property
    def pct_change(self) -> float:
        return self.price / self.cost_basis - 1


def cagr(start: float, end: float, years: float) -> float:
    return (end / start) ** (1 / years) - 1


def main() -> None:
    holdings: List[Holding] = [
        Holding("ACME", 50, 120.00, 155.35),
        Holding("GLOBX", 12.5, 310.20, 288.10),
        Holding("INIT", 200, 14.75, 21.40),
        Holding("WAYNE", 8, 990.00, 1003.25),
    ]
    total = sum(h.value for h in holdings)
    print(f"{'ticker':<7}{'value':>12}{'gain':>11}{'change':>9}{'weight':>8}")
    for h in sorted(holdings, key=lambda h: h.value, reverse=True):
        print(f"{h.ticker:<7}{h.value:>12,.2f}{h.gain:>+11,.2f}{h.pct_change:>+9.2%}{h.value / total:>8.1%}")
    cost = sum(h.shares * h.cost_basis for h in holdings)
    print(f"total value {total:,.2f}, cost {cost:,.2f}, return {total / cost - 1:+.3%}")
    yearly = [10_000, 11_200, 10_450, 12_900, 14_100, 13_800]
    changes = [(b - a) / a for a, b in zip(yearly, yearly[1:])]
    print("yearly changes:", [f"{c:+.1%}" for c in changes])
    g = cagr(yearly[0], yearly[-1], len(yearly) - 1)
    print(f"CAGR: {g:.4%} (raw {g!r})")
    avg = sum(changes) / len(changes)
    print(f"arithmetic mean return {avg:.4%} vs CAGR {g:.4%}")
    drawdown = max((max(yearly[:i + 1]) - v) / max(yearly[:i + 1]) for i, v in enumerate(yearly))
    print(f"max drawdown: {drawdown:.2%}")


if __name__ == "__main__":
    main()
