# Limit order book with ordered dataclasses: sort keys via field(init=False), __post_init__ validation, replace()
import json
from dataclasses import asdict, dataclass, field, replace
from typing import List, Optional


@dataclass(order=True)
class Order:
    sort_key: tuple = field(init=False, repr=False)
    order_id: str = field(compare=False)
    side: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(compare=False)
    seq: int = field(compare=False, default=0)

    def __post_init__(self) -> None:
        if self.side not in ("buy", "sell"):
            raise ValueError(f"bad side {self.side!r} for {self.order_id}")
        if self.qty <= 0:
            raise ValueError(f"qty must be positive, got {self.qty}")
        # best price first: highest bid, lowest ask; then time priority
        self.sort_key = (-self.price if self.side == "buy" else self.price, self.seq)


@dataclass
class Trade:
    buy_id: str
    sell_id: str
    price: float
    qty: int


@dataclass
class Book:
    bids: List[Order] = field(default_factory=list)
    asks: List[Order] = field(default_factory=list)
    trades: List[Trade] = field(default_factory=list)
    next_seq: int = 1

    def submit(self, order: Order) -> None:
        order = replace(order, seq=self.next_seq)
        self.next_seq += 1
        book, other = (self.bids, self.asks) if order.side == "buy" else (self.asks, self.bids)
        other.sort()
        while other and order.qty and self._crosses(order, other[0]):
            best = other[0]
            qty = min(order.qty, best.qty)
            buy, sell = (order, best) if order.side == "buy" else (best, order)
            self.trades.append(Trade(buy.order_id, sell.order_id, best.price, qty))
            order = replace(order, qty=order.qty - qty) if order.qty > qty else replace(order, qty=1, order_id="__done")
            if qty == best.qty:
                other.pop(0)
            else:
                other[0] = replace(best, qty=best.qty - qty)
            if order.order_id == "__done":
                return
        book.append(order)

    @staticmethod
    def _crosses(order: Order, best: Order) -> bool:
        return order.price >= best.price if order.side == "buy" else order.price <= best.price

    def top(self) -> Optional[str]:
        bid = min(self.bids).price if self.bids else None
        ask = min(self.asks).price if self.asks else None
        return f"bid={bid} ask={ask}"


book = Book()
incoming = [("b1", "buy", 99.5, 10), ("s1", "sell", 101.0, 5), ("s2", "sell", 100.0, 8),
            ("b2", "buy", 100.5, 12), ("s3", "sell", 99.0, 20), ("x1", "hold", 1.0, 1), ("b3", "buy", 98.0, 0)]
for oid, side, price, qty in incoming:
    try:
        book.submit(Order(oid, side, price, qty))
        print(f"{oid}: accepted -> {book.top()}")
    except ValueError as e:
        print(f"{oid}: rejected ({e})")

for t in book.trades:
    print(t)
print("resting bids:", sorted(book.bids))
print("resting asks:", sorted(book.asks))
print(json.dumps(asdict(book)["trades"]))
print(Order("z", "buy", 1.0, 1) < Order("y", "buy", 2.0, 1), Order("a", "sell", 5.0, 1) == Order("b", "sell", 5.0, 2))
