# Inventory management: products, stock levels, restocking report
from dataclasses import dataclass, field


@dataclass
class Product:
    sku: str
    name: str
    price: float
    quantity: int = 0

    @property
    def total_value(self) -> float:
        return self.price * self.quantity


@dataclass
class Inventory:
    products: dict[str, Product] = field(default_factory=dict)
    low_stock_threshold: int = 5

    def add(self, product: Product) -> None:
        if product.sku in self.products:
            raise KeyError(f"duplicate SKU {product.sku}")
        self.products[product.sku] = product

    def remove_stock(self, sku: str, qty: int) -> bool:
        p = self.products.get(sku)
        if p is None or p.quantity < qty:
            return False
        p.quantity -= qty
        return True

    def restock(self, sku: str, qty: int) -> None:
        self.products[sku].quantity += qty

    def low_stock(self) -> list[Product]:
        return sorted(
            (p for p in self.products.values() if p.quantity < self.low_stock_threshold),
            key=lambda p: p.quantity,
        )

    def total_value(self) -> float:
        return sum(p.total_value for p in self.products.values())


inv = Inventory()
inv.add(Product("A100", "Widget", 2.50, 40))
inv.add(Product("B200", "Gadget", 12.99, 3))
inv.add(Product("C300", "Doohickey", 7.25, 10))
inv.add(Product("D400", "Thingamajig", 0.99, 1))

try:
    inv.add(Product("A100", "Widget copy", 1.0))
except KeyError as e:
    print("Rejected:", e.args[0])

print("Sell 5 C300:", inv.remove_stock("C300", 5))
print("Sell 10 B200:", inv.remove_stock("B200", 10))
print("Sell from unknown:", inv.remove_stock("Z999", 1))

print("Low stock:")
for p in inv.low_stock():
    print(f"  {p.sku} {p.name:<12} qty={p.quantity}")

inv.restock("D400", 20)
print("After restock D400:", inv.products["D400"])
print(f"Total inventory value: ${inv.total_value():,.2f}")
