# Compute areas and perimeters of shapes through an abstract base class hierarchy.
import math
from abc import ABC, abstractmethod
from typing import List


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def __str__(self) -> str:
        return f"{type(self).__name__}(area={self.area():.2f}, perimeter={self.perimeter():.2f})"


class Rectangle(Shape):
    def __init__(self, w: float, h: float):
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side: float):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r: float):
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2

    def perimeter(self) -> float:
        return 2 * math.pi * self.r

    def __repr__(self) -> str:
        return f"Circle({self.r})"


class Triangle(Shape):
    def __init__(self, a: float, b: float, c: float):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.sides = (a, b, c)

    def area(self) -> float:
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self) -> float:
        return sum(self.sides)


shapes: List[Shape] = [Rectangle(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s)
print("sorted by area:", [type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
print("repr:", repr(shapes[2]), repr(shapes[4]))
print("total area: %.3f" % sum(s.area() for s in shapes))
print("isinstance Square of Rectangle:", isinstance(shapes[1], Rectangle), issubclass(Circle, Shape))
try:
    Shape()
except TypeError:
    print("error: cannot instantiate abstract Shape")
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(f"error: {e}")
