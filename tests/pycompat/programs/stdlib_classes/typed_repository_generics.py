# Generic in-memory repository: TypeVar/Generic classes, Optional/Callable annotations and typing reprs
from dataclasses import dataclass
from typing import Callable, Dict, Generic, Iterator, List, Optional, Tuple, TypeVar, Union, get_type_hints

T = TypeVar("T")
K = TypeVar("K", str, int)
Number = Union[int, float]


@dataclass
class User:
    id: int
    name: str
    email: Optional[str] = None


@dataclass
class Product:
    id: int
    title: str
    price: Number


class Repository(Generic[T]):
    def __init__(self, key: Callable[[T], int]) -> None:
        self._items: Dict[int, T] = {}
        self._key = key

    def add(self, item: T) -> T:
        self._items[self._key(item)] = item
        return item

    def get(self, item_id: int) -> Optional[T]:
        return self._items.get(item_id)

    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [it for it in self._items.values() if pred(it)]

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=self._key))

    def __len__(self) -> int:
        return len(self._items)


users: Repository[User] = Repository[User](key=lambda u: u.id)
for i, name in enumerate(["ada", "linus", "grace"], start=1):
    users.add(User(i, name, f"{name}@example.com" if i != 2 else None))
products = Repository[Product](lambda p: p.id)
products.add(Product(10, "keyboard", 49.5))
products.add(Product(11, "mouse", 19))

print("users:", len(users), [u.name for u in users])
print("user 2:", users.get(2))
print("missing:", users.get(99))
print("no email:", users.find(lambda u: u.email is None))
print("cheap:", [p.title for p in products.find(lambda p: p.price < 20)])

print("alias:", Repository[User], Repository[int])
print("hints:", get_type_hints(User))
print("product hints:", get_type_hints(Product)["price"])
print("method alias:", Callable[[User], bool], Tuple[int, ...], Dict[str, List[int]])
print("typevars:", T, K, K.__constraints__, T.__name__)


def total(prices: List[Number]) -> float:
    return float(sum(prices))


print("total:", total([p.price for p in products]))
print("Optional == Union:", Optional[int] == Union[int, None], Union[int, Union[str, int]])
