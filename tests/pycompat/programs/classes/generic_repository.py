# In-memory repository generic over entity type with a bound TypeVar
from dataclasses import dataclass
from typing import Generic, TypeVar, Callable, Iterator


@dataclass
class Entity:
    id: int


@dataclass
class User(Entity):
    name: str
    active: bool = True


@dataclass
class Order(Entity):
    user_id: int
    amount: float


E = TypeVar("E", bound=Entity)


class NotFound(Exception):
    def __init__(self, kind: str, ident: int):
        super().__init__(f"{kind} with id={ident} not found")


class Repository(Generic[E]):
    def __init__(self, kind: type[E]):
        self.kind = kind
        self._items: dict[int, E] = {}

    def add(self, item: E) -> E:
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        self._items[item.id] = item
        return item

    def get(self, ident: int) -> E:
        try:
            return self._items[ident]
        except KeyError:
            raise NotFound(self.kind.__name__, ident) from None

    def find(self, pred: Callable[[E], bool]) -> list[E]:
        return [i for i in self._items.values() if pred(i)]

    def __iter__(self) -> Iterator[E]:
        return iter(sorted(self._items.values(), key=lambda e: e.id))

    def __len__(self):
        return len(self._items)


users: Repository[User] = Repository(User)
orders: Repository[Order] = Repository(Order)
for u in [User(1, "ann"), User(2, "bob", active=False), User(3, "cat")]:
    users.add(u)
for o in [Order(10, 1, 25.0), Order(11, 3, 12.5), Order(12, 1, 7.25), Order(13, 2, 99.0)]:
    orders.add(o)

print("users:", len(users), "orders:", len(orders))
print("get 2:", users.get(2))
print("active:", [u.name for u in users.find(lambda u: u.active)])
for user in users:
    mine = orders.find(lambda o: o.user_id == user.id)
    print(f"{user.name}: {len(mine)} orders, total {sum(o.amount for o in mine):.2f}")
try:
    orders.get(99)
except NotFound as e:
    print("NotFound:", e)
try:
    users.add(Order(20, 1, 1.0))
except TypeError as e:
    print("TypeError:", e)
print("User is Entity:", issubclass(User, Entity), "| fields:", list(vars(User(9, "z"))))
