# Event-sourced shopping cart: event dataclasses replayed with functools.singledispatch handlers
from dataclasses import dataclass, field
from functools import singledispatch
from typing import Dict, List


@dataclass(frozen=True)
class ItemAdded:
    sku: str
    qty: int
    price: float


@dataclass(frozen=True)
class ItemRemoved:
    sku: str
    qty: int


@dataclass(frozen=True)
class CouponApplied:
    code: str
    percent: int


@dataclass
class Cart:
    lines: Dict[str, List] = field(default_factory=dict)
    coupon: str = ""
    discount: int = 0

    def total(self) -> float:
        gross = sum(q * p for q, p in self.lines.values())
        return round(gross * (100 - self.discount) / 100, 2)


@singledispatch
def apply(event, cart: Cart) -> None:
    raise TypeError(f"unknown event {type(event).__name__}")


@apply.register
def _(event: ItemAdded, cart: Cart) -> None:
    qty, _price = cart.lines.get(event.sku, [0, event.price])
    cart.lines[event.sku] = [qty + event.qty, event.price]


@apply.register
def _(event: ItemRemoved, cart: Cart) -> None:
    qty, price = cart.lines[event.sku]
    if event.qty >= qty:
        del cart.lines[event.sku]
    else:
        cart.lines[event.sku] = [qty - event.qty, price]


@apply.register(CouponApplied)
def _apply_coupon(event, cart: Cart) -> None:
    cart.coupon, cart.discount = event.code, event.percent


events = [ItemAdded("tea", 2, 4.5), ItemAdded("mug", 1, 12.0), ItemAdded("tea", 3, 4.5),
          ItemRemoved("mug", 1), ItemAdded("honey", 1, 7.25), CouponApplied("SPRING10", 10),
          ItemRemoved("tea", 1), "garbage"]
cart = Cart()
for n, ev in enumerate(events, 1):
    try:
        apply(ev, cart)
    except TypeError as exc:
        print(f"event {n}: {exc}")
        continue
    print(f"after {type(ev).__name__:<13} lines={cart.lines} total={cart.total()}")

replayed = Cart()
for ev in events[:4]:
    apply(ev, replayed)
print("state after 4 events:", replayed)
print("registered:", sorted(t.__name__ for t in apply.registry if t is not object))
