# Implement a small LRU cache with OrderedDict and compare with functools.lru_cache.
from collections import OrderedDict
from functools import lru_cache


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: OrderedDict = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print(f"  evict {evicted!r}")

    def __repr__(self) -> str:
        return f"LRUCache({list(self.data.items())})"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print("get a:", cache.get("a"))
cache.put("d", 4)
print(cache)
print("get b:", cache.get("b"))
cache.put("e", 5)
print(cache, "hits", cache.hits, "misses", cache.misses)

od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
print("moved:", list(od))
od.move_to_end("z", last=False)
print("to front:", list(od))
print("OrderedDict equality is order-sensitive:", OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print("dict equality is not:", dict(a=1, b=2) == dict(b=2, a=1))


@lru_cache(maxsize=2)
def square(n: int) -> int:
    print(f"  computing {n}^2")
    return n * n


for n in [2, 3, 2, 4, 3, 2]:
    print(f"square({n}) = {square(n)}")
info = square.cache_info()
print(f"hits={info.hits} misses={info.misses} maxsize={info.maxsize} currsize={info.currsize}")
