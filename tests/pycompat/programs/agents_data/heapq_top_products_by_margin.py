# Find the top and bottom products by profit margin with heapq.nlargest/nsmallest and a priority queue.
import heapq
from dataclasses import dataclass, field
from typing import List, Tuple


@dataclass(order=True)
class Product:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    cost: float
    units_sold: int

    def __post_init__(self) -> None:
        self.sort_key = self.margin

    @property
    def margin(self) -> float:
        return round((self.price - self.cost) / self.price, 4)

    @property
    def profit(self) -> float:
        return round((self.price - self.cost) * self.units_sold, 2)


CATALOG: List[Product] = [
    Product("Notebook", 4.50, 1.20, 900),
    Product("Fountain pen", 48.00, 21.00, 65),
    Product("Stapler", 12.99, 9.80, 210),
    Product("Desk lamp", 35.00, 18.25, 140),
    Product("Sticky notes", 2.99, 0.40, 2300),
    Product("Ergonomic chair", 289.00, 201.00, 22),
    Product("Monitor arm", 79.00, 55.50, 48),
]


def main() -> None:
    print("Top 3 by margin:")
    for p in heapq.nlargest(3, CATALOG):
        print(f"  {p.name:<16} {p.margin:.1%}")
    print("Bottom 2 by margin:")
    for p in heapq.nsmallest(2, CATALOG, key=lambda p: p.margin):
        print(f"  {p.name:<16} {p.margin:.1%}")
    print("Top 3 by total profit:")
    for p in heapq.nlargest(3, CATALOG, key=lambda p: p.profit):
        print(f"  {p.name:<16} ${p.profit:>9,.2f}")

    queue: List[Tuple[int, int, str]] = []
    restock = [("Stapler", 2), ("Notebook", 1), ("Desk lamp", 3), ("Sticky notes", 1), ("Monitor arm", 2)]
    for seq, (name, priority) in enumerate(restock):
        heapq.heappush(queue, (priority, seq, name))
    print("Restock order:", [heapq.heappop(queue)[2] for _ in range(len(queue))])

    nums = [p.units_sold for p in CATALOG]
    heapq.heapify(nums)
    print("heap[0]:", nums[0], "pushpop:", heapq.heappushpop(nums, 10), "replace:", heapq.heapreplace(nums, 5000))
    print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])))
    print(sorted(CATALOG)[0])


main()
