# Use namedtuples for geometric points and compute distances and bounding boxes.
import math
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])


class City(NamedTuple):
    name: str
    lat: float
    lon: float
    population: int = 0


points = [Point(0, 0), Point(3, 4), Point(-2, 5), Point(6, -1), Point(3, 4)]
print("points:", points)
print("first:", points[0], "x of second:", points[1].x, "index access:", points[1][1])
origin = Point(0, 0)
for p in points:
    print(f"  {p} distance={math.dist(origin, p):.3f} hypot={math.hypot(*p):.3f}")

xs, ys = zip(*points)
print("bounding box:", Point(min(xs), min(ys)), Point(max(xs), max(ys)))
print("centroid:", Point(sum(xs) / len(xs), sum(ys) / len(ys)))
print("unique points:", sorted(set(points)))
print("_asdict:", points[1]._asdict())
print("_replace:", points[1]._replace(y=10))
print("_make:", Point._make([7, 8]), "fields:", Point._fields)

cities = [City("Paris", 48.8566, 2.3522, 2_100_000), City("Oslo", 59.9139, 10.7522, 700_000), City("Quito", -0.1807, -78.4678)]
for c in sorted(cities, key=lambda c: c.population, reverse=True):
    print(f"{c.name:6} lat={c.lat:8.4f} lon={c.lon:9.4f} pop={c.population:>10,}")
print(cities[2])
name, *coords, pop = cities[0]
print("unpacked:", name, coords, pop)
print("equality with tuple:", Point(1, 2) == (1, 2))
