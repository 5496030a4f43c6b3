# Order fulfillment pipeline: dataclass orders move through Enum statuses with validated transitions
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Dict, List, Set


class Status(Enum):
    PENDING = auto()
    PAID = auto()
    PACKED = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


ALLOWED: Dict[Status, Set[Status]] = {
    Status.PENDING: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.PACKED, Status.CANCELLED},
    Status.PACKED: {Status.SHIPPED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class InvalidTransition(Exception):
    pass


@dataclass
class Order:
    order_id: str
    items: Dict[str, int]
    status: Status = Status.PENDING
    history: List[Status] = field(default_factory=list)

    def advance(self, new: Status) -> None:
        if new not in ALLOWED[self.status]:
            raise InvalidTransition(f"{self.order_id}: {self.status.name} -> {new.name} not allowed")
        self.history.append(self.status)
        self.status = new

    @property
    def units(self) -> int:
        return sum(self.items.values())


orders = [
    Order("A-100", {"widget": 3, "gadget": 1}),
    Order("A-101", {"gizmo": 5}),
    Order("A-102", {"widget": 1}),
]
plans = {
    "A-100": [Status.PAID, Status.PACKED, Status.SHIPPED, Status.DELIVERED],
    "A-101": [Status.PAID, Status.CANCELLED],
    "A-102": [Status.PACKED, Status.PAID],
}
for order in orders:
    for step in plans[order.order_id]:
        try:
            order.advance(step)
            print(f"{order.order_id} -> {step.name}")
        except InvalidTransition as exc:
            print("error:", exc)

print()
for order in orders:
    trail = " > ".join(s.name for s in order.history + [order.status])
    print(f"{order.order_id:6} units={order.units:2} final={order.status.name:10} trail: {trail}")
print(orders[2])
counts: Dict[str, int] = {}
for order in orders:
    counts[order.status.name] = counts.get(order.status.name, 0) + 1
print("status counts:", dict(sorted(counts.items())))
