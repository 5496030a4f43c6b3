# Order processing with enum.Enum, IntEnum and Flag-like permissions
from enum import Enum, IntEnum, Flag, auto


class OrderStatus(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        return self in (OrderStatus.DELIVERED, OrderStatus.CANCELLED)

    def next(self) -> "OrderStatus":
        order = [OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED]
        if self.is_final:
            raise ValueError(f"{self.name} is final")
        return order[order.index(self) + 1]


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()


status = OrderStatus.PENDING
while not status.is_final:
    print(f"{status.name:<10} value={status.value!r}")
    status = status.next()
print("Final:", status)

try:
    OrderStatus.CANCELLED.next()
except ValueError as e:
    print("Error:", e)

print("From value:", OrderStatus("shipped"))
try:
    OrderStatus("lost")
except ValueError:
    print("'lost' is not a valid status")

print("HIGH > LOW:", Priority.HIGH > Priority.LOW, "| HIGH + 1 =", Priority.HIGH + 1)
tasks = [("deploy", Priority.HIGH), ("docs", Priority.LOW), ("tests", Priority.NORMAL)]
print(sorted(tasks, key=lambda t: t[1], reverse=True))
print([p.name for p in Priority])

rw = Perm.READ | Perm.WRITE
print("READ in rw:", Perm.READ in rw, "| DELETE in rw:", Perm.DELETE in rw)
print("rw value:", rw.value)
print("members:", len(OrderStatus), list(OrderStatus.__members__)[:3])
