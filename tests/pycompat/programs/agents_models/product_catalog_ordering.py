# Product catalog with order=True dataclasses: sorting, bisect price lookups and a price-band report
import bisect
from dataclasses import dataclass, field
from typing import List


@dataclass(order=True)
class Product:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: str
    price: float
    rating: float = 0.0

    def __post_init__(self):
        self.sort_key = (self.price, -self.rating, self.name)


catalog: List[Product] = sorted([
    Product("USB-C cable", "accessories", 9.99, 4.4),
    Product("Mechanical keyboard", "peripherals", 89.0, 4.7),
    Product("Webcam HD", "peripherals", 49.5, 4.1),
    Product("Laptop stand", "accessories", 29.99, 4.6),
    Product("Monitor 27in", "displays", 259.0, 4.5),
    Product("Mouse pad XL", "accessories", 14.0, 4.2),
    Product("Wireless mouse", "peripherals", 29.99, 4.8),
    Product("Portable SSD 1TB", "storage", 109.0, 4.7),
])
for p in catalog:
    print(f"{p.price:>8.2f}  {p.rating}  {p.name}")

prices = [p.price for p in catalog]


def in_budget(lo: float, hi: float) -> List[str]:
    i = bisect.bisect_left(prices, lo)
    j = bisect.bisect_right(prices, hi)
    return [p.name for p in catalog[i:j]]


print("\n$20-$100:", in_budget(20, 100))
print("under $15:", in_budget(0, 15))
print("exactly 29.99:", in_budget(29.99, 29.99))

bands = [25, 50, 100, 250]
labels = ["<25", "25-50", "50-100", "100-250", "250+"]
counts = [0] * len(labels)
for p in catalog:
    counts[bisect.bisect(bands, p.price)] += 1
print("\nprice bands:", dict(zip(labels, counts)))

print(catalog[0] < catalog[1], max(catalog).name)
print(repr(catalog[0]))
best = sorted(catalog, key=lambda p: (-p.rating, p.price))[:3]
print("top rated:", [f"{p.name} ({p.rating})" for p in best])
