# Monthly sales report: aggregate by region and product with dataclasses and defaultdict.
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, List


@dataclass
class Sale:
    region: str
    product: str
    units: int
    unit_price: float

    @property
    def revenue(self) -> float:
        return self.units * self.unit_price


@dataclass
class Summary:
    units: int = 0
    revenue: float = 0.0
    orders: List[float] = field(default_factory=list)


SALES = [
    Sale("North", "Laptop", 5, 999.99), Sale("North", "Mouse", 40, 19.95),
    Sale("South", "Laptop", 3, 1049.00), Sale("South", "Monitor", 7, 249.50),
    Sale("East", "Mouse", 65, 18.75), Sale("East", "Laptop", 8, 979.00),
    Sale("West", "Monitor", 12, 239.99), Sale("North", "Monitor", 4, 259.00),
    Sale("West", "Mouse", 22, 21.00), Sale("South", "Mouse", 15, 19.95),
]


def summarize(key: str) -> Dict[str, Summary]:
    out: Dict[str, Summary] = defaultdict(Summary)
    for s in SALES:
        summary = out[getattr(s, key)]
        summary.units += s.units
        summary.revenue += s.revenue
        summary.orders.append(s.revenue)
    return dict(out)


def main() -> None:
    grand = sum(s.revenue for s in SALES)
    for key in ("region", "product"):
        print(f"By {key}:")
        rows = sorted(summarize(key).items(), key=lambda kv: -kv[1].revenue)
        for name, summ in rows:
            avg = summ.revenue / len(summ.orders)
            print(f"  {name:<8} units {summ.units:>4}  revenue ${summ.revenue:>10,.2f}  "
                  f"share {summ.revenue / grand:>6.2%}  avg order ${avg:>9,.2f}")
    print(f"Grand total: ${grand:,.2f} (raw {grand!r})")
    top = max(SALES, key=lambda s: s.revenue)
    print("largest order:", top)
    print("summary example:", Summary(3, 4.5, [1.5, 3.0]))


if __name__ == "__main__":
    main()
