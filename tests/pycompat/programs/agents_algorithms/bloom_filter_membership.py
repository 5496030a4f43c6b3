# Bloom filter with k hash functions derived from sha256 (double hashing), measuring false-positive rates
import hashlib
import math
from typing import Iterable, List


class BloomFilter:
    def __init__(self, capacity: int, error_rate: float) -> None:
        self.size = math.ceil(-capacity * math.log(error_rate) / (math.log(2) ** 2))
        self.k = max(1, round(self.size / capacity * math.log(2)))
        self.bits = bytearray((self.size + 7) // 8)
        self.count = 0

    def _positions(self, item: str) -> List[int]:
        digest = hashlib.sha256(item.encode()).digest()
        h1 = int.from_bytes(digest[:8], "big")
        h2 = int.from_bytes(digest[8:16], "big") | 1
        return [(h1 + i * h2) % self.size for i in range(self.k)]

    def add(self, item: str) -> None:
        for p in self._positions(item):
            self.bits[p >> 3] |= 1 << (p & 7)
        self.count += 1

    def __contains__(self, item: str) -> bool:
        return all(self.bits[p >> 3] & (1 << (p & 7)) for p in self._positions(item))

    def update(self, items: Iterable[str]) -> None:
        for it in items:
            self.add(it)

    @property
    def fill_ratio(self) -> float:
        return sum(bin(b).count("1") for b in self.bits) / self.size


for capacity, rate in [(500, 0.05), (500, 0.01), (2000, 0.01)]:
    bf = BloomFilter(capacity, rate)
    members = [f"member-{i}" for i in range(capacity)]
    bf.update(members)
    missing = sum(1 for m in members if m not in bf)
    probes = [f"stranger-{i}" for i in range(4000)]
    fp = sum(1 for p in probes if p in bf) / len(probes)
    print(f"n={capacity:<5} target={rate:<5} bits={bf.size:<6} k={bf.k} bytes={len(bf.bits):<5} "
          f"fill={bf.fill_ratio:.3f} false negatives={missing} false positives={fp:.4f}")

seen = BloomFilter(100, 0.01)
urls = ["/home", "/about", "/home", "/blog/1", "/blog/2", "/about", "/contact", "/blog/1"]
for url in urls:
    status = "probably seen" if url in seen else "new"
    seen.add(url)
    print(f"{url:<9} {status}")
print("positions for '/home':", seen._positions("/home"))
