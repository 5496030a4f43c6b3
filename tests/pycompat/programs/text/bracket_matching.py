# Check whether brackets in code snippets are balanced, reporting the first error position.
from typing import Optional, Tuple

PAIRS = {")": "(", "]": "[", "}": "{"}


def check_brackets(s: str) -> Tuple[bool, Optional[int]]:
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack or stack[-1][0] != PAIRS[ch]:
                return False, i
            stack.pop()
    if stack:
        return False, stack[-1][1]
    return True, None


def max_depth(s: str) -> int:
    depth = best = 0
    for ch in s:
        if ch in "([{":
            depth += 1
            best = max(best, depth)
        elif ch in ")]}":
            depth -= 1
    return best


snippets = [
    "print(foo(bar[1], {'a': 2}))",
    "if (x > 1 { return }",
    "arr[0]]",
    "((()))[]{}",
    "{[(])}",
    "",
    "def f(:",
]
for s in snippets:
    ok, pos = check_brackets(s)
    if ok:
        print(f"{s!r:32} balanced (max depth {max_depth(s)})")
    else:
        print(f"{s!r:32} error at index {pos}")
        print(" " * 1 + " " * pos + " ^")
