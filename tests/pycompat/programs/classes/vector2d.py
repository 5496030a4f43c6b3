# 2D vector class with operator overloading
import math


class Vector2D:
    __slots__ = ("x", "y")

    def __init__(self, x: float = 0.0, y: float = 0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector2D({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vector2D):
            return NotImplemented
        return Vector2D(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector2D(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, (int, float)):
            return Vector2D(self.x * scalar, self.y * scalar)
        return NotImplemented

    __rmul__ = __mul__

    def __neg__(self):
        return Vector2D(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vector2D) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def dot(self, other) -> float:
        return self.x * other.x + self.y * other.y


a = Vector2D(3, 4)
b = Vector2D(1, -2)
print("a =", a, "b =", b)
print("a + b =", a + b)
print("a - b =", repr(a - b))
print("a * 2 =", a * 2, "| 3 * b =", 3 * b)
print("-a =", -a)
print("|a| =", abs(a))
print("a . b =", a.dot(b))
print("a == Vector2D(3, 4):", a == Vector2D(3, 4))
print("bool(Vector2D()):", bool(Vector2D()))
x, y = a
print("unpacked:", x, y)
unique = {Vector2D(1, 1), Vector2D(1, 1), Vector2D(2, 0)}
print("unique vectors:", len(unique))
try:
    a + 5
except TypeError as e:
    print("a + 5 ->", type(e).__name__)
try:
    a.z = 1
except AttributeError:
    print("cannot add attribute z (slots)")
total = sum([a, b, Vector2D(0, 1)], Vector2D())
print("sum:", total)
