# Generic typed stack and queue classes using typing.Generic[T]
from typing import Generic, TypeVar, Iterator, Optional

T = TypeVar("T")


class EmptyError(Exception):
    pass


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise EmptyError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


def balanced(expr: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: Stack[str] = Stack()
    for ch in expr:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            try:
                if stack.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return len(stack) == 0


s: Stack[int] = Stack()
for n in (1, 2, 3):
    s.push(n)
print(s, "len", len(s), "peek", s.peek())
print("iterate top-down:", list(s))
print("pop:", s.pop(), s.pop(), s.pop())
try:
    s.pop()
except EmptyError as e:
    print("EmptyError:", e)
print("peek on empty:", s.peek())

for expr in ["(a[b]{c})", "(]", "((", "{[()()]}", "())"]:
    print(f"{expr!r:12} balanced={balanced(expr)}")

IntStack = Stack[int]
print("Parameterized alias still constructs:", IntStack())
print("Generic origin:", Stack[int].__origin__ is Stack)
