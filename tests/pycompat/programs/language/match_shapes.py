# Computing areas and descriptions of shapes with class patterns in match statements
from dataclasses import dataclass
import math


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    width: float
    height: float


@dataclass
class Polygon:
    points: list


def describe(shape) -> str:
    match shape:
        case Circle(center=Point(x=0, y=0), radius=r):
            return f"circle at origin, area {math.pi * r * r:.2f}"
        case Circle(radius=r) if r <= 0:
            return "degenerate circle"
        case Circle(Point(x, y), r):
            return f"circle at ({x}, {y}), area {math.pi * r * r:.2f}"
        case Rect(width=w, height=h) if w == h:
            return f"square with side {w}, area {w * h}"
        case Rect(Point(x, y), w, h):
            return f"rect from ({x}, {y}) to ({x + w}, {y + h}), area {w * h}"
        case Polygon(points=[_, _, _] as pts):
            return f"triangle with vertices {[(p.x, p.y) for p in pts]}"
        case Polygon(points=[first, *others]) if len(others) >= 3:
            return f"{len(others) + 1}-gon starting at ({first.x}, {first.y})"
        case Polygon():
            return "invalid polygon"
        case Point(x=0, y=0):
            return "the origin"
        case Point():
            return f"a point {shape}"
        case str() | bytes():
            return f"text, not a shape: {shape!r}"
        case _:
            return f"unknown object of type {type(shape).__name__}"


shapes = [
    Circle(Point(0, 0), 1),
    Circle(Point(2, 3), 0),
    Circle(Point(2, 3), 2.5),
    Rect(Point(1, 1), 4, 4),
    Rect(Point(0, 0), 3, 5),
    Polygon([Point(0, 0), Point(4, 0), Point(0, 3)]),
    Polygon([Point(i, i * i) for i in range(5)]),
    Polygon([Point(0, 0)]),
    Point(0, 0),
    Point(5, -1),
    "circle",
    42,
]
for s in shapes:
    print(describe(s))
