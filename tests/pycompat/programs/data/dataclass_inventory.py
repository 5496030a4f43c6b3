# Manage a product inventory with dataclasses, ordering and validation.
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional


class InventoryError(Exception):
    pass


@dataclass(order=True)
class Product:
    sort_key: float = field(init=False, repr=False)
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise InventoryError(f"negative price for {self.sku}")
        self.sort_key = self.price

    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)


@dataclass
class Inventory:
    products: List[Product] = field(default_factory=list)

    def add(self, p: Product) -> None:
        if self.find(p.sku):
            raise InventoryError(f"duplicate sku {p.sku}")
        self.products.append(p)

    def find(self, sku: str) -> Optional[Product]:
        return next((p for p in self.products if p.sku == sku), None)

    def total_value(self) -> float:
        return round(sum(p.value for p in self.products), 2)


inv = Inventory()
for args in [("A1", "Bolt", 0.25, 400), ("B2", "Nut", 0.1, 1000, ["metal"]), ("C3", "Drill", 89.99, 3), ("A1", "Dup", 1.0), ("D4", "Bad", -5.0)]:
    try:
        inv.add(Product(*args))
        print("added", args[0])
    except InventoryError as e:
        print(f"error: {e}")

for p in sorted(inv.products):
    print(p, "value:", p.value)
print("total value:", inv.total_value())
print("asdict:", asdict(inv.find("B2")))
print("astuple:", astuple(inv.find("A1")))
cheaper = replace(inv.find("C3"), price=79.99)
print("replaced:", cheaper, "original price:", inv.find("C3").price)
print("equal:", Product("X", "x", 1.0) == Product("X", "x", 1.0))
print("missing:", inv.find("ZZ"))
