# Polygon measurements with functools.cached_property: computed once, invalidated when vertices change
import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import List, Tuple

Point = Tuple[float, float]


class Polygon:
    computations = 0

    def __init__(self, name: str, vertices: List[Point]):
        self.name = name
        self._vertices = list(vertices)

    @property
    def vertices(self) -> List[Point]:
        return self._vertices

    @vertices.setter
    def vertices(self, pts: List[Point]) -> None:
        self._vertices = list(pts)
        for attr in ("area", "perimeter", "centroid"):
            self.__dict__.pop(attr, None)

    @cached_property
    def area(self) -> float:
        Polygon.computations += 1
        pts = self._vertices
        s = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]))
        return abs(s) / 2

    @cached_property
    def perimeter(self) -> float:
        Polygon.computations += 1
        pts = self._vertices
        return sum(math.dist(a, b) for a, b in zip(pts, pts[1:] + pts[:1]))

    @cached_property
    def centroid(self) -> Point:
        xs, ys = zip(*self._vertices)
        return (round(sum(xs) / len(xs), 3), round(sum(ys) / len(ys), 3))


@dataclass
class Plot:
    owner: str
    shape: Polygon
    price_per_m2: float = 120.0
    notes: List[str] = field(default_factory=list)

    @property
    def price(self) -> float:
        return round(self.shape.area * self.price_per_m2, 2)


plots = [
    Plot("lee", Polygon("L-shape", [(0, 0), (20, 0), (20, 10), (10, 10), (10, 25), (0, 25)])),
    Plot("ito", Polygon("triangle", [(0, 0), (30, 0), (15, 18)]), 95.0),
    Plot("kaur", Polygon("square", [(0, 0), (16, 0), (16, 16), (0, 16)]), 150.0),
]
for p in plots:
    s = p.shape
    print(f"{p.owner:<5}{s.name:<9} area={s.area:7.1f} perim={s.perimeter:6.2f} centroid={s.centroid} price={p.price:,.2f}")
for p in plots:
    _ = p.shape.area, p.shape.perimeter
print("computations after repeat access:", Polygon.computations)
sq = plots[2].shape
print("cached keys:", sorted(k for k in vars(sq) if not k.startswith("_")))
sq.vertices = [(0, 0), (20, 0), (20, 20), (0, 20)]
print("after resize:", sq.area, round(sq.perimeter, 1), "price:", plots[2].price, "computations:", Polygon.computations)
print("largest:", max(plots, key=lambda p: p.shape.area).owner)
