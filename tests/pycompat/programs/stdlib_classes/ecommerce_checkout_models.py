# Checkout pipeline mixing typed dataclasses, enums and typing helpers the way agent code usually does
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from enum import Enum, IntEnum, auto
from typing import Dict, Iterable, List, Optional, Tuple


class Category(Enum):
    BOOKS = "books"
    FOOD = "food"
    TECH = "tech"


class ShippingTier(IntEnum):
    STANDARD = 1
    EXPRESS = 2
    OVERNIGHT = 3


class OrderStatus(Enum):
    DRAFT = auto()
    PLACED = auto()
    REJECTED = auto()


TAX: Dict[Category, Decimal] = {Category.BOOKS: Decimal("0"), Category.FOOD: Decimal("0.05"), Category.TECH: Decimal("0.2")}
SHIPPING: Dict[ShippingTier, Decimal] = {ShippingTier.STANDARD: Decimal("4.99"), ShippingTier.EXPRESS: Decimal("9.99"),
                                         ShippingTier.OVERNIGHT: Decimal("24.50")}


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: Decimal
    category: Category


@dataclass
class LineItem:
    product: Product
    qty: int = 1

    @property
    def subtotal(self) -> Decimal:
        return self.product.price * self.qty

    @property
    def tax(self) -> Decimal:
        return (self.subtotal * TAX[self.product.category]).quantize(Decimal("0.01"))


@dataclass
class Order:
    customer: str
    items: List[LineItem] = field(default_factory=list)
    tier: ShippingTier = ShippingTier.STANDARD
    coupon: Optional[str] = None
    status: OrderStatus = OrderStatus.DRAFT

    def add(self, product: Product, qty: int = 1) -> "Order":
        for item in self.items:
            if item.product == product:
                item.qty += qty
                return self
        self.items.append(LineItem(product, qty))
        return self

    def totals(self) -> Tuple[Decimal, Decimal, Decimal, Decimal]:
        sub = sum((i.subtotal for i in self.items), Decimal("0"))
        tax = sum((i.tax for i in self.items), Decimal("0"))
        ship = Decimal("0") if sub >= 100 and self.tier is ShippingTier.STANDARD else SHIPPING[self.tier]
        discount = (sub * Decimal("0.1")).quantize(Decimal("0.01")) if self.coupon == "SAVE10" else Decimal("0")
        return sub, tax, ship, sub + tax + ship - discount


def by_category(items: Iterable[LineItem]) -> Dict[str, int]:
    out: Dict[str, int] = {}
    for item in items:
        out[item.product.category.value] = out.get(item.product.category.value, 0) + item.qty
    return dict(sorted(out.items()))


catalog = {p.sku: p for p in [
    Product("B1", "Python Tricks", Decimal("29.90"), Category.BOOKS),
    Product("F1", "Coffee 1kg", Decimal("18.50"), Category.FOOD),
    Product("T1", "USB-C Hub", Decimal("45.00"), Category.TECH),
]}
orders = [
    Order("ana").add(catalog["B1"]).add(catalog["T1"], 2).add(catalog["B1"]),
    Order("ben", tier=ShippingTier.EXPRESS, coupon="SAVE10").add(catalog["F1"], 3),
    Order("cy", tier=ShippingTier(3)),
]
for order in orders:
    order.status = OrderStatus.PLACED if order.items else OrderStatus.REJECTED
    sub, tax, ship, total = order.totals()
    print(f"{order.customer:<4} {order.status.name:<8} tier={order.tier.name:<9} sub={sub} tax={tax} ship={ship} total={total}")
    print("     categories:", by_category(order.items))
print(repr(orders[0].items[0].product.category), ShippingTier.EXPRESS > ShippingTier.STANDARD, list(Category))
snapshot = asdict(orders[1])
print(snapshot["items"][0]["product"], snapshot["tier"], snapshot["status"])
print("placed:", [o.customer for o in orders if o.status is OrderStatus.PLACED])
