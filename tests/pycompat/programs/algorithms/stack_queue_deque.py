# Stack and queue with collections.deque: balanced brackets, RPN evaluation, queue simulation.
from collections import deque

PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(expr: str) -> bool:
    stack = []
    for ch in expr:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack


def eval_rpn(tokens: list[str]) -> float:
    stack: deque = deque()
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
    }
    for tok in tokens:
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack.pop()


def round_robin(jobs: dict[str, int], quantum: int) -> list[str]:
    queue = deque(jobs.items())
    timeline = []
    clock = 0
    while queue:
        name, remaining = queue.popleft()
        run = min(quantum, remaining)
        clock += run
        remaining -= run
        timeline.append(f"t={clock:>2} {name}")
        if remaining:
            queue.append((name, remaining))
        else:
            timeline[-1] += " done"
    return timeline


def main() -> None:
    for e in ["([]{})", "([)]", "((", "", "{[()()]}", "}"]:
        print(f"{e!r:12} balanced={balanced(e)}")
    print(eval_rpn("3 4 + 2 *".split()))
    print(eval_rpn("5 1 2 + 4 * + 3 -".split()))
    print(eval_rpn("2 3 4 * + 5 /".split()))
    print(eval_rpn("1.5 2 *".split()))
    for line in round_robin({"A": 5, "B": 2, "C": 7}, 3):
        print(line)
    d = deque([1, 2, 3, 4, 5])
    d.rotate(2)
    print("rotated:", d, list(d))
    d.appendleft(0)
    d.extend([6, 7])
    print(d, len(d), d[0], d[-1])
    try:
        deque().pop()
    except IndexError as e:
        print("empty pop ->", type(e).__name__)


if __name__ == "__main__":
    main()
