# Count lattice paths and edit distances with functools.lru_cache / cache, inspecting cache statistics.
from functools import lru_cache, cache
from typing import Tuple

BLOCKED = {(1, 1), (2, 3), (3, 1)}


@lru_cache(maxsize=None)
def paths(r: int, c: int) -> int:
    if (r, c) in BLOCKED:
        return 0
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


for size in (2, 4, 6):
    print(f"paths to ({size},{size}): {paths(size, size)}")
print(paths.cache_info())
paths.cache_clear()
print("after clear:", paths.cache_info())


@cache
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution")]:
    print(f"{x} -> {y}: {edit_distance(x, y)}")
info = edit_distance.cache_info()
print("edit cache hits > misses:", info.hits > info.misses, "maxsize:", info.maxsize)


@lru_cache(maxsize=3)
def slow_square(n: int) -> int:
    return n * n


for n in [1, 2, 3, 1, 4, 1, 2, 5]:
    slow_square(n)
print("bounded:", slow_square.cache_info())
print("parameters:", slow_square.cache_parameters())


@lru_cache(maxsize=32, typed=True)
def describe(value) -> Tuple[str, str]:
    return type(value).__name__, repr(value)


print(describe(3), describe(3.0), describe(3))
print("typed misses:", describe.cache_info().misses)
print("wrapped name:", slow_square.__name__, slow_square.__wrapped__(7))
