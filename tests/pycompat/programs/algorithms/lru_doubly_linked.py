# LRU cache built from a dict and a doubly linked list with sentinel nodes.


class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LinkedLRU:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.map: dict = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n: Node) -> None:
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n: Node) -> None:
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n

    def get(self, key):
        n = self.map.get(key)
        if n is None:
            return -1
        self._unlink(n)
        self._push_front(n)
        return n.value

    def put(self, key, value) -> None:
        if key in self.map:
            self._unlink(self.map[key])
        n = Node(key, value)
        self.map[key] = n
        self._push_front(n)
        if len(self.map) > self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]

    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out


def main() -> None:
    lru = LinkedLRU(2)
    lru.put("a", 1)
    lru.put("b", 2)
    print(lru.get("a"), lru.keys())
    lru.put("c", 3)
    print(lru.get("b"), lru.keys())
    lru.put("a", 10)
    print(lru.get("a"), lru.get("c"), lru.keys())

    for i in range(5):
        lru.put(f"k{i}", i * i)
        print(f"put k{i}: {lru.keys()} size={len(lru.map)}")
    print(lru.get("k3"), lru.get("k0"), lru.keys())


if __name__ == "__main__":
    main()
