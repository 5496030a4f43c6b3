# Consistent hashing ring with virtual nodes (hashlib md5 + bisect): key placement and rebalancing on changes
import bisect
import hashlib
from collections import Counter
from typing import Dict, List


def h(key: str) -> int:
    return int(hashlib.md5(key.encode("utf-8")).hexdigest()[:12], 16)


class HashRing:
    def __init__(self, nodes: List[str], replicas: int = 40) -> None:
        self.replicas = replicas
        self._points: List[int] = []
        self._owner: Dict[int, str] = {}
        for n in nodes:
            self.add(n)

    def add(self, node: str) -> None:
        for i in range(self.replicas):
            p = h(f"{node}#{i}")
            bisect.insort(self._points, p)
            self._owner[p] = node

    def remove(self, node: str) -> None:
        self._points = [p for p in self._points if self._owner[p] != node]
        self._owner = {p: n for p, n in self._owner.items() if n != node}

    def lookup(self, key: str) -> str:
        i = bisect.bisect(self._points, h(key)) % len(self._points)
        return self._owner[self._points[i]]

    def nodes(self) -> List[str]:
        return sorted(set(self._owner.values()))


keys = [f"user:{i}" for i in range(3000)]
ring = HashRing(["cache-a", "cache-b", "cache-c"])
before = {k: ring.lookup(k) for k in keys}
print("nodes:", ring.nodes(), "| virtual points:", len(ring._points))
print("distribution:", sorted(Counter(before.values()).items()))

ring.add("cache-d")
after_add = {k: ring.lookup(k) for k in keys}
moved = [k for k in keys if before[k] != after_add[k]]
print(f"after adding cache-d: {len(moved)} keys moved ({len(moved) / len(keys):.1%}), all to cache-d:",
      all(after_add[k] == "cache-d" for k in moved))
print("distribution:", sorted(Counter(after_add.values()).items()))

ring.remove("cache-b")
after_remove = {k: ring.lookup(k) for k in keys}
moved2 = [k for k in keys if after_add[k] != after_remove[k]]
print(f"after removing cache-b: {len(moved2)} keys moved, all were on cache-b:",
      all(after_add[k] == "cache-b" for k in moved2))
print("distribution:", sorted(Counter(after_remove.values()).items()))

naive_before = {k: ["cache-a", "cache-b", "cache-c"][h(k) % 3] for k in keys}
naive_after = {k: ["cache-a", "cache-b", "cache-c", "cache-d"][h(k) % 4] for k in keys}
print(f"naive modulo hashing would move {sum(naive_before[k] != naive_after[k] for k in keys) / len(keys):.1%}")
print("sample:", {k: after_remove[k] for k in keys[:4]}, h("user:0"))
