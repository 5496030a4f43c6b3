# Geometry helpers: polygon area (shoelace), perimeter, circle and triangle properties.
import math

Point = tuple[float, float]


def shoelace(points: list[Point]) -> float:
    n = len(points)
    s = sum(points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1] for i in range(n))
    return abs(s) / 2


def perimeter(points: list[Point]) -> float:
    return sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))


def heron(a: float, b: float, c: float) -> float:
    s = (a + b + c) / 2
    return math.sqrt(s * (s - a) * (s - b) * (s - c))


def centroid(points: list[Point]) -> Point:
    xs, ys = zip(*points)
    return (sum(xs) / len(xs), sum(ys) / len(ys))


def main() -> None:
    shapes = {
        "unit square": [(0, 0), (1, 0), (1, 1), (0, 1)],
        "triangle 3-4-5": [(0, 0), (4, 0), (0, 3)],
        "pentagon": [(0, 0), (4, 0), (5, 3), (2, 5), (-1, 3)],
        "L-shape": [(0, 0), (6, 0), (6, 2), (2, 2), (2, 5), (0, 5)],
    }
    for name, pts in shapes.items():
        print(f"{name:<15} area={shoelace(pts):>6} perimeter={perimeter(pts):.4f} centroid={centroid(pts)}")
    print("heron 3-4-5:", heron(3, 4, 5), "heron 7-8-9:", heron(7, 8, 9))
    for r in (1, 2.5, 10):
        print(f"circle r={r}: area={math.pi * r * r:.4f} circumference={2 * math.pi * r:.4f}")
    print("sphere r=3 volume:", 4 / 3 * math.pi * 27)
    a, b = 6, 8
    c = math.hypot(a, b)
    angle = math.degrees(math.atan2(a, b))
    print(f"right triangle {a},{b}: hypotenuse={c}, angle={angle:.4f} deg")
    points = [(1, 1), (4, 5), (-2, 3), (0, -1)]
    closest = min(((p, q) for i, p in enumerate(points) for q in points[i + 1:]), key=lambda pq: math.dist(*pq))
    print("closest pair:", closest, "distance:", math.dist(*closest))


if __name__ == "__main__":
    main()
