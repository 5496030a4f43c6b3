# LRU cache class built on OrderedDict with hit/miss statistics
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data: OrderedDict[str, object] = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self._data:
            self._data.move_to_end(key)
            self.hits += 1
            return self._data[key]
        self.misses += 1
        return default

    def put(self, key, value) -> None:
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            evicted, _ = self._data.popitem(last=False)
            self.evictions += 1
            print(f"  evicted {evicted!r}")

    def __getitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        return self.get(key)

    def __setitem__(self, key, value):
        self.put(key, value)

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    @property
    def hit_rate(self) -> float:
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self):
        return f"LRUCache({list(self._data.items())})"


cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache[k] = v
print(cache)
print("get a:", cache.get("a"))
cache["d"] = 4
print(cache)
print("b in cache:", "b" in cache, "| get b:", cache.get("b", "MISSING"))
cache["c"] = 30
cache["e"] = 5
print(cache, "len", len(cache))
try:
    cache["zzz"]
except KeyError as e:
    print("KeyError for", e)
print(f"hits={cache.hits} misses={cache.misses} evictions={cache.evictions} rate={cache.hit_rate:.2%}")
