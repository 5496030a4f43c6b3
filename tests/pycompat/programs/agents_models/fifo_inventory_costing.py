# FIFO inventory costing: purchase lots in a deque, sales consume oldest lots, COGS and margin per sale
from collections import deque
from dataclasses import dataclass
from typing import Deque, List, NamedTuple


class Lot(NamedTuple):
    day: int
    qty: int
    unit_cost: float


@dataclass
class SaleResult:
    day: int
    qty: int
    revenue: float
    cogs: float

    @property
    def margin(self) -> float:
        return self.revenue - self.cogs


class FifoLedger:
    def __init__(self) -> None:
        self.lots: Deque[Lot] = deque()
        self.sales: List[SaleResult] = []

    def buy(self, day: int, qty: int, unit_cost: float) -> None:
        self.lots.append(Lot(day, qty, unit_cost))

    def sell(self, day: int, qty: int, price: float) -> SaleResult:
        if qty > self.on_hand():
            raise ValueError(f"day {day}: cannot sell {qty}, only {self.on_hand()} on hand")
        remaining, cogs = qty, 0.0
        while remaining:
            lot = self.lots[0]
            take = min(remaining, lot.qty)
            cogs += take * lot.unit_cost
            remaining -= take
            if take == lot.qty:
                self.lots.popleft()
            else:
                self.lots[0] = lot._replace(qty=lot.qty - take)
        result = SaleResult(day, qty, qty * price, round(cogs, 2))
        self.sales.append(result)
        return result

    def on_hand(self) -> int:
        return sum(l.qty for l in self.lots)


ledger = FifoLedger()
events = [("buy", 1, 100, 4.00), ("buy", 3, 50, 4.40), ("sell", 4, 120, 6.50), ("buy", 6, 80, 4.10),
          ("sell", 7, 70, 6.25), ("sell", 8, 100, 6.00), ("buy", 9, 30, 3.95), ("sell", 10, 60, 6.75)]
for kind, day, qty, amount in events:
    if kind == "buy":
        ledger.buy(day, qty, amount)
        print(f"day {day:>2}: bought {qty} @ {amount:.2f}")
        continue
    try:
        r = ledger.sell(day, qty, amount)
        print(f"day {day:>2}: sold {qty} @ {amount:.2f} revenue={r.revenue:.2f} cogs={r.cogs:.2f} margin={r.margin:.2f}")
    except ValueError as exc:
        print("error:", exc)
print("remaining lots:", list(ledger.lots))
value = sum(l.qty * l.unit_cost for l in ledger.lots)
tot_rev = sum(s.revenue for s in ledger.sales)
tot_margin = sum(s.margin for s in ledger.sales)
print(f"ending inventory {ledger.on_hand()} units worth {value:.2f}; gross margin {tot_margin:.2f} ({tot_margin / tot_rev:.1%})")
