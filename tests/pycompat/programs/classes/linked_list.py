# Singly linked list with the full sequence protocol
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head: Node | None = None
        self._size = 0
        for v in iterable:
            self.append(v)

    def append(self, value) -> None:
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def remove(self, value) -> None:
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __getitem__(self, index: int):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("LinkedList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"


ll = LinkedList([5, 10, 20, 30])
ll.append(40)
print(ll, "len =", len(ll))
print("ll[0], ll[-1], ll[2]:", ll[0], ll[-1], ll[2])
print("20 in ll:", 20 in ll, "| 99 in ll:", 99 in ll)
ll.remove(20)
ll.remove(5)
print("after remove(20) and remove(5):", ll)
print("sum:", sum(ll), "max:", max(ll), "sorted:", sorted(ll))
for bad in (lambda: ll[10], lambda: ll.remove(99)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print("empty:", LinkedList(), bool(LinkedList()), list(LinkedList("abc")))
