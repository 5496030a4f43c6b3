# Josephus problem: simulate with a deque and compare with the recurrence.
from collections import deque


def josephus_sim(n: int, k: int) -> tuple[list[int], int]:
    circle = deque(range(1, n + 1))
    order = []
    while len(circle) > 1:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order, circle[0]


def josephus_formula(n: int, k: int) -> int:
    pos = 0
    for m in range(2, n + 1):
        pos = (pos + k) % m
    return pos + 1


def josephus_k2(n: int) -> int:
    """Closed form for k=2 using the highest power of two."""
    l = n - (1 << (n.bit_length() - 1))
    return 2 * l + 1


order, survivor = josephus_sim(7, 3)
print("n=7 k=3 elimination order:", order, "survivor:", survivor)
print(f"{'n':>3}" + "".join(f"{'k=' + str(k):>6}" for k in range(2, 7)))
for n in range(1, 13):
    row = []
    for k in range(2, 7):
        s = josephus_sim(n, k)[1]
        assert s == josephus_formula(n, k)
        row.append(s)
    assert row[0] == josephus_k2(n)
    print(f"{n:>3}" + "".join(f"{s:>6}" for s in row))
print("n=41 k=3 survivor:", josephus_formula(41, 3))
print("n=10**6 k=2 survivor:", josephus_k2(10**6), josephus_formula(10**5, 2) == josephus_k2(10**5))
