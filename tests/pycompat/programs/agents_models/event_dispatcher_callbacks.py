# Typed event dispatcher: Callable handlers registered by decorator, with priorities and wildcard listeners
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, DefaultDict, Dict, List, Tuple

Handler = Callable[["Event"], None]


@dataclass
class Event:
    name: str
    payload: Dict[str, Any] = field(default_factory=dict)
    handled_by: List[str] = field(default_factory=list)


class Dispatcher:
    def __init__(self) -> None:
        self._handlers: DefaultDict[str, List[Tuple[int, str, Handler]]] = defaultdict(list)

    def on(self, name: str, priority: int = 0) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self._handlers[name].append((priority, fn.__name__, fn))
            self._handlers[name].sort(key=lambda t: -t[0])
            return fn
        return register

    def emit(self, name: str, **payload: Any) -> Event:
        event = Event(name, payload)
        for _, label, fn in self._handlers.get(name, []) + self._handlers.get("*", []):
            try:
                fn(event)
                event.handled_by.append(label)
            except Exception as exc:
                print(f"  handler {label} failed: {type(exc).__name__}: {exc}")
        return event


bus = Dispatcher()
audit: List[str] = []


@bus.on("user.created", priority=10)
def validate(event: Event) -> None:
    if "@" not in event.payload.get("email", ""):
        raise ValueError(f"bad email {event.payload.get('email')!r}")


@bus.on("user.created")
def send_welcome(event: Event) -> None:
    print(f"  welcome mail to {event.payload['email']}")


@bus.on("order.paid", priority=5)
def fulfil(event: Event) -> None:
    print(f"  ship order {event.payload['order_id']} ({event.payload['total']:.2f})")


@bus.on("*")
def record(event: Event) -> None:
    audit.append(f"{event.name}:{sorted(event.payload)}")


for name, data in [("user.created", {"email": "kai@example.org"}), ("user.created", {"email": "nobody"}),
                   ("order.paid", {"order_id": 77, "total": 59.9}), ("cache.flushed", {})]:
    print(f"emit {name}")
    ev = bus.emit(name, **data)
    print(f"  handled by {ev.handled_by}")
print("audit log:")
for line in audit:
    print("  ", line)
print("handler name preserved:", validate.__name__, "| registered events:", sorted(bus._handlers))
