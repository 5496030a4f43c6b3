# Warehouse inventory: dataclasses with default_factory, reorder points and a Counter of movements
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Tuple


@dataclass
class StockItem:
    sku: str
    name: str
    on_hand: int
    reorder_point: int
    reorder_qty: int
    unit_cost: float
    movements: List[Tuple[str, int]] = field(default_factory=list)

    def move(self, kind: str, qty: int) -> None:
        if kind == "out" and qty > self.on_hand:
            raise ValueError(f"insufficient stock for {self.sku}: have {self.on_hand}, need {qty}")
        self.on_hand += qty if kind == "in" else -qty
        self.movements.append((kind, qty))

    @property
    def needs_reorder(self) -> bool:
        return self.on_hand <= self.reorder_point


@dataclass
class Warehouse:
    items: Dict[str, StockItem] = field(default_factory=dict)
    errors: List[str] = field(default_factory=list)

    def add(self, item: StockItem) -> None:
        self.items[item.sku] = item

    def apply(self, sku: str, kind: str, qty: int) -> None:
        try:
            self.items[sku].move(kind, qty)
        except KeyError:
            self.errors.append(f"unknown sku {sku}")
        except ValueError as exc:
            self.errors.append(str(exc))


wh = Warehouse()
for args in [("B-01", "Bolts M6", 500, 200, 1000, 0.04), ("N-02", "Nuts M6", 350, 200, 1000, 0.03),
             ("W-03", "Washers", 90, 100, 500, 0.01), ("S-04", "Screws 4x40", 120, 50, 300, 0.07)]:
    wh.add(StockItem(*args))

log = [("B-01", "out", 320), ("N-02", "out", 180), ("W-03", "in", 40), ("S-04", "out", 200),
       ("X-99", "in", 5), ("B-01", "out", 10), ("S-04", "out", 75), ("N-02", "in", 25)]
for sku, kind, qty in log:
    wh.apply(sku, kind, qty)

kinds = Counter(kind for item in wh.items.values() for kind, _ in item.movements)
print("movements by kind:", dict(sorted(kinds.items())))
print(f"{'SKU':<6}{'Name':<13}{'OnHand':>7}{'Value':>9}  Action")
total = 0.0
for item in sorted(wh.items.values(), key=lambda i: i.sku):
    value = item.on_hand * item.unit_cost
    total += value
    action = f"reorder {item.reorder_qty}" if item.needs_reorder else "ok"
    print(f"{item.sku:<6}{item.name:<13}{item.on_hand:>7}{value:>9.2f}  {action}")
print(f"inventory value: {total:.2f}")
print("errors:")
for e in wh.errors:
    print("  -", e)
