# Model order status transitions with Enum and validate state changes.
from enum import Enum, IntEnum, Flag, auto


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()


ALLOWED = {
    Status.PENDING: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.SHIPPED, Status.CANCELLED},
    Status.SHIPPED: {Status.DELIVERED},
    Status.DELIVERED: set(),
    Status.CANCELLED: set(),
}


class TransitionError(Exception):
    pass


def advance(current: Status, new: Status) -> Status:
    if new not in ALLOWED[current]:
        raise TransitionError(f"cannot go from {current.value} to {new.value}")
    return new


state = Status.PENDING
for nxt in [Status.PAID, Status.SHIPPED, Status.PAID, Status.DELIVERED, Status.CANCELLED]:
    try:
        state = advance(state, nxt)
        print(f"-> {state.name} ({state.value})")
    except TransitionError as e:
        print(f"error: {e}")

print("lookup by value:", Status("shipped"), Status["PAID"].value)
print("all statuses:", [s.name for s in Status])
print("is terminal:", {s.name: not ALLOWED[s] for s in Status})
print("priority compare:", Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.HIGH, Priority.LOW]))
print("max priority:", max(Priority).name)
rw = Perm.READ | Perm.WRITE
print("READ in rw:", Perm.READ in rw, "DELETE in rw:", Perm.DELETE in rw)
print("values:", Perm.READ.value, Perm.WRITE.value, Perm.DELETE.value, rw.value)
print("identity:", Status.PAID is Status("paid"), "member type:", type(Status.PAID).__name__)
