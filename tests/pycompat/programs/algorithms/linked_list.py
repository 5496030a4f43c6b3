# Singly linked list class: append, iterate, reverse, find middle, remove.
from dataclasses import dataclass
from typing import Iterator, Optional


@dataclass
class ListNode:
    value: int
    next: Optional['ListNode'] = None


class LinkedList:
    def __init__(self, values=()) -> None:
        self.head: Optional[ListNode] = None
        self.size = 0
        for v in values:
            self.append(v)

    def append(self, value: int) -> None:
        node = ListNode(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __iter__(self) -> Iterator[int]:
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self) -> int:
        return self.size

    def __repr__(self) -> str:
        return " -> ".join(map(str, self)) or "(empty)"

    def reverse(self) -> None:
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def middle(self) -> Optional[int]:
        slow = fast = self.head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
        return slow.value if slow else None

    def remove(self, value: int) -> bool:
        dummy = ListNode(0, self.head)
        cur = dummy
        while cur.next:
            if cur.next.value == value:
                cur.next = cur.next.next
                self.head = dummy.next
                self.size -= 1
                return True
            cur = cur.next
        return False


def main() -> None:
    ll = LinkedList([1, 2, 3, 4, 5])
    print(ll, "len", len(ll), "middle", ll.middle())
    ll.reverse()
    print("reversed:", ll)
    print("remove 3:", ll.remove(3), ll, "| remove 42:", ll.remove(42), ll)
    print("sum:", sum(ll), "max:", max(ll), "list:", list(ll), "has 4:", 4 in ll)
    print("empty:", LinkedList(), LinkedList().middle(), len(LinkedList()))
    print("node repr:", ListNode(7))


if __name__ == "__main__":
    main()
