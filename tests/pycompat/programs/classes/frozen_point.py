# Immutable map coordinates with a frozen dataclass used as dict keys
from dataclasses import dataclass, replace, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx: int, dy: int) -> "Point":
        return replace(self, x=self.x + dx, y=self.y + dy)


p = Point(3, 4)
print(p, "->", p.moved(1, -1), "| original:", p)
try:
    p.x = 10
except FrozenInstanceError:
    print("cannot assign to a frozen Point")
labels = {Point(0, 0): "home", Point(5, 5): "office"}
print("lookup:", labels[Point(5, 5)], "| unique:", len({Point(1, 2), Point(1, 2), Point(2, 1)}))
