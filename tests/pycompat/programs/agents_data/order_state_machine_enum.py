# Drive e-commerce orders through a state machine defined with Enum and a transition table.
from enum import Enum, auto
from dataclasses import dataclass, field
from typing import Dict, List, Set, Tuple


class OrderState(Enum):
    CREATED = auto()
    PAID = auto()
    PACKED = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()


TRANSITIONS: Dict[OrderState, Set[OrderState]] = {
    OrderState.CREATED: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.PACKED, OrderState.REFUNDED},
    OrderState.PACKED: {OrderState.SHIPPED, OrderState.REFUNDED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
    OrderState.DELIVERED: {OrderState.REFUNDED},
    OrderState.CANCELLED: set(),
    OrderState.REFUNDED: set(),
}


class InvalidTransition(Exception):
    pass


@dataclass
class Order:
    order_id: str
    state: OrderState = OrderState.CREATED
    history: List[Tuple[str, str]] = field(default_factory=list)

    def advance(self, new: OrderState) -> None:
        if new not in TRANSITIONS[self.state]:
            raise InvalidTransition(f"{self.order_id}: cannot go from {self.state.name} to {new.name}")
        self.history.append((self.state.name, new.name))
        self.state = new


EVENTS = [
    ("ord-1", "PAID"), ("ord-2", "CANCELLED"), ("ord-1", "PACKED"), ("ord-3", "SHIPPED"),
    ("ord-1", "SHIPPED"), ("ord-2", "PAID"), ("ord-3", "PAID"), ("ord-1", "DELIVERED"),
    ("ord-3", "REFUNDED"), ("ord-1", "REFUNDED"), ("ord-4", "BOGUS"),
]


def main() -> None:
    orders: Dict[str, Order] = {}
    for oid, target in EVENTS:
        order = orders.setdefault(oid, Order(oid))
        try:
            order.advance(OrderState[target])
            print(f"{oid}: -> {order.state.name}")
        except InvalidTransition as exc:
            print("rejected:", exc)
        except KeyError as exc:
            print("unknown state:", exc)
    print()
    for order in orders.values():
        path = " > ".join([OrderState.CREATED.name] + [h[1] for h in order.history])
        terminal = not TRANSITIONS[order.state]
        print(f"{order.order_id}: {path}{' (final)' if terminal else ''}")
    print(OrderState.PAID, repr(OrderState.PAID), OrderState.PAID.value)
    print(sorted(s.name for s in TRANSITIONS[OrderState.PAID]))
    print([s.name for s in OrderState if s.value % 2 == 0])


main()
