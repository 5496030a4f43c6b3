# heapq: heap queue algorithm. Written for mpsandbox; behaviour follows CPython 3.11.
# Extends MicroPython's C heapq (reached as `uheapq`), whose heapify, heappush,
# heappop, heappushpop, heapreplace, nlargest and nsmallest (key=, ties in
# input order) are re-exported, with merge (key=, reverse=).
# Leaves out the private max-heap helpers (_heapify_max, _heappop_max, ...).

from uheapq import heapify, heappush, heappop, heappushpop, heapreplace, nlargest, nsmallest

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


class _Reversed:
    # Orders keys from largest to smallest, for merge(reverse=True).
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __gt__(self, other):  # MicroPython compares list items with >
        return self.k < other.k

    def __eq__(self, other):
        return self.k == other.k


def merge(*iterables, key=None, reverse=False):
    # Heap entries are [key, order, value, iterator]: order breaks ties so
    # that equal keys come out in the order of their iterables, and values
    # are never compared.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            h.append([_Reversed(k) if reverse else k, order, value, it])
            break
    heapify(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        for value in entry[3]:
            k = value if key is None else key(value)
            entry[0] = _Reversed(k) if reverse else k
            entry[2] = value
            heapreplace(h, entry)
            break
        else:
            heappop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]
