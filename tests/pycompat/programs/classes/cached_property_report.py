# Sales report with functools.cached_property for expensive derived statistics
from functools import cached_property
import statistics


class SalesReport:
    def __init__(self, region: str, sales: list[float]):
        self.region = region
        self.sales = sales
        self.computations = 0

    @cached_property
    def total(self) -> float:
        self.computations += 1
        print("  (computing total)")
        return round(sum(self.sales), 2)

    @cached_property
    def stats(self) -> dict[str, float]:
        self.computations += 1
        print("  (computing stats)")
        return {
            "mean": round(statistics.mean(self.sales), 2),
            "median": statistics.median(self.sales),
            "stdev": round(statistics.pstdev(self.sales), 2),
        }

    @property
    def best_day(self) -> int:
        return max(range(len(self.sales)), key=self.sales.__getitem__)

    def add_sale(self, amount: float) -> None:
        self.sales.append(amount)
        # invalidate cached values
        for name in ("total", "stats"):
            self.__dict__.pop(name, None)


r = SalesReport("North", [120.5, 98.0, 143.25, 110.0, 87.75])
print("total:", r.total)
print("total again:", r.total)
print("stats:", r.stats)
print("stats again:", r.stats["median"])
print("computations so far:", r.computations)
print("best day index:", r.best_day)
print("cached in __dict__:", sorted(k for k in vars(r) if k in ("total", "stats")))
r.add_sale(300.0)
print("after new sale -> total:", r.total, "| mean:", r.stats["mean"])
print("computations:", r.computations, "| best day:", r.best_day)
r.total = 0.0
print("overridden total:", r.total)
