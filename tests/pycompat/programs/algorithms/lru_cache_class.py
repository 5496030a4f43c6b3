# An LRU cache class built on OrderedDict with hit/miss statistics.
from collections import OrderedDict
from typing import Any, Optional


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.data: "OrderedDict[Any, Any]" = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: Any) -> Optional[Any]:
        if key not in self.data:
            self.misses += 1
            return None
        self.data.move_to_end(key)
        self.hits += 1
        return self.data[key]

    def put(self, key: Any, value: Any) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print(f"    evict {evicted}")

    def __repr__(self) -> str:
        return f"LRUCache({list(self.data.items())})"


def main() -> None:
    cache = LRUCache(3)
    ops = [("put", 1, "one"), ("put", 2, "two"), ("get", 1), ("put", 3, "three"),
           ("put", 4, "four"), ("get", 2), ("get", 3), ("put", 1, "uno"), ("put", 5, "five")]
    for op in ops:
        if op[0] == "put":
            cache.put(op[1], op[2])
            print(f"put {op[1]} -> {cache}")
        else:
            print(f"get {op[1]} = {cache.get(op[1])!r}")
    print(f"hits={cache.hits} misses={cache.misses}")
    print("keys:", list(cache.data), "len:", len(cache.data))


if __name__ == "__main__":
    main()
