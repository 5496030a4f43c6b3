# Abstract base class for shapes with area/perimeter and a report
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def describe(self) -> str:
        return f"{type(self).__name__}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r: float):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w: float, h: float):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side: float):
        super().__init__(side, side)


class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def perimeter(self):
        return sum(self.sides)


class Incomplete(Shape):
    def area(self):
        return 0


try:
    Shape()
except TypeError:
    print("Cannot instantiate Shape")
try:
    Incomplete()
except TypeError:
    print("Cannot instantiate Incomplete (perimeter missing)")

shapes = [Circle(1.5), Rectangle(2, 3.5), Square(4), Triangle(3, 4, 5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print("Total area:", round(sum(s.area() for s in shapes), 3))
print("Squares are rectangles:", isinstance(Square(1), Rectangle))
print("All are shapes:", all(isinstance(s, Shape) for s in shapes))
print("Abstract methods of Shape:", sorted(Shape.__abstractmethods__))
