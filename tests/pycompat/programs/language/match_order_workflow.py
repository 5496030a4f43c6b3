# Order workflow state machine driven by match on (state, event) pairs with enums
from enum import Enum


class State(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DONE = "done"
    CANCELLED = "cancelled"


def transition(state: State, event: tuple) -> State:
    match state, event:
        case State.NEW, ("pay", amount) if amount > 0:
            print(f"    payment of {amount} accepted")
            return State.PAID
        case State.NEW, ("pay", amount):
            print(f"    rejected payment of {amount}")
            return state
        case State.NEW | State.PAID, ("cancel", reason):
            print(f"    cancelled: {reason}")
            return State.CANCELLED
        case State.PAID, ("ship", carrier, tracking):
            print(f"    shipped via {carrier} ({tracking})")
            return State.SHIPPED
        case State.SHIPPED, ("deliver",):
            return State.DONE
        case State.DONE | State.CANCELLED, _:
            print(f"    ignored {event[0]!r}: order is closed")
            return state
        case _, (name, *args):
            print(f"    invalid event {name!r} with {len(args)} arg(s) in state {state.name}")
            return state


scenarios = {
    "happy path": [("pay", 30), ("ship", "UPS", "1Z999"), ("deliver",), ("cancel", "too late")],
    "bad payment": [("pay", 0), ("ship", "DHL", "x"), ("pay", 12.5), ("cancel", "changed mind")],
    "weird events": [("deliver",), ("refund", 10, "usd"), ("pay", 1), ("ship", "FedEx")],
}
for name, events in scenarios.items():
    state = State.NEW
    print(f"{name}:")
    for ev in events:
        before = state
        state = transition(state, ev)
        print(f"  {before.value:>9} --{ev[0]}--> {state.value}")
    print(f"  final: {state.name}")
