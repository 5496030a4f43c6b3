# Simple publish/subscribe event system with handlers and priorities
from collections import defaultdict
from typing import Callable


class EventBus:
    def __init__(self):
        self._handlers: dict[str, list[tuple[int, Callable]]] = defaultdict(list)
        self.log: list[str] = []

    def subscribe(self, event: str, priority: int = 0):
        def decorator(fn: Callable) -> Callable:
            self._handlers[event].append((priority, fn))
            self._handlers[event].sort(key=lambda pair: -pair[0])
            return fn
        return decorator

    def unsubscribe(self, event: str, fn: Callable) -> None:
        self._handlers[event] = [(p, f) for p, f in self._handlers[event] if f is not fn]

    def publish(self, event: str, **payload) -> list:
        results = []
        for _, handler in self._handlers.get(event, []):
            try:
                results.append(handler(**payload))
            except Exception as e:
                self.log.append(f"{handler.__name__} failed: {type(e).__name__}")
        return results


bus = EventBus()


@bus.subscribe("user_created", priority=10)
def send_welcome(user: str, email: str) -> str:
    return f"welcome mail to {email}"


@bus.subscribe("user_created")
def audit(user: str, email: str) -> str:
    return f"audit: created {user}"


@bus.subscribe("user_created", priority=5)
def broken(user: str, email: str) -> str:
    return user["name"]


@bus.subscribe("order_placed")
def bill(order_id: int, amount: float) -> str:
    return f"billed order {order_id}: {amount:.2f}"


print(bus.publish("user_created", user="kim", email="kim@example.com"))
print(bus.publish("order_placed", order_id=7, amount=19.5))
print(bus.publish("nothing_here"))
print("Log:", bus.log)
bus.unsubscribe("user_created", broken)
print(bus.publish("user_created", user="lee", email="lee@example.com"))
print("Handlers per event:", {k: len(v) for k, v in bus._handlers.items()})
