# An LRU cache for user sessions built on OrderedDict (move_to_end / popitem) plus a deque of recent events.
from collections import OrderedDict, deque
from typing import Optional


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: "OrderedDict[str, dict]" = OrderedDict()
        self.evicted: deque = deque(maxlen=3)
        self.hits = self.misses = 0

    def get(self, key: str) -> Optional[dict]:
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: str, value: dict) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old_key, _ = self.data.popitem(last=False)
            self.evicted.append(old_key)

    def __repr__(self) -> str:
        return f"LRUCache({list(self.data)})"


cache = LRUCache(3)
for user in ["ann", "ben", "cid"]:
    cache.put(user, {"user": user, "visits": 1})
print(cache)
cache.get("ann")
cache.put("dee", {"user": "dee", "visits": 1})
print(cache, "evicted:", list(cache.evicted))
for user in ["ben", "cid", "ann", "eve", "ann", "fay"]:
    if cache.get(user) is None:
        cache.put(user, {"user": user, "visits": 1})
    else:
        cache.data[user]["visits"] += 1
print(cache, "evicted:", cache.evicted)
print("hits/misses:", cache.hits, cache.misses)
print("visits:", {k: v["visits"] for k, v in cache.data.items()})

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od)
print("popitem last:", od.popitem(), "| first:", od.popitem(last=False))
print("reversed:", list(reversed(od)))
print("order matters:", OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), "| vs dict:", OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
try:
    OrderedDict().popitem()
except KeyError as exc:
    print("empty popitem:", repr(exc))

window = deque(maxlen=4)
averages = []
for reading in [10, 12, 11, 15, 30, 14, 13, 12]:
    window.append(reading)
    averages.append(round(sum(window) / len(window), 2))
print("moving averages:", averages)
window.rotate(1)
print("rotated window:", window, "maxlen:", window.maxlen)
