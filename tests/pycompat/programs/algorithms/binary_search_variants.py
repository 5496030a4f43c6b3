# Binary search: exact match, lower bound and upper bound, checked against bisect.
import bisect
from typing import Sequence


def binary_search(a: Sequence[int], target: int) -> int:
    """Return index of target or -1."""
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            print(f"  found {target} at {mid} in {steps} steps")
            return mid
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    print(f"  {target} not found after {steps} steps")
    return -1


def lower_bound(a: Sequence[int], x: int) -> int:
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(a: Sequence[int], x: int) -> int:
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main() -> None:
    a = [1, 3, 3, 3, 5, 8, 13, 21, 34, 55]
    for t in [1, 3, 4, 55, 60, -2]:
        idx = binary_search(a, t)
        lb, ub = lower_bound(a, t), upper_bound(a, t)
        print(f"target={t} idx={idx} lower={lb} upper={ub} count={ub - lb}")
        assert lb == bisect.bisect_left(a, t)
        assert ub == bisect.bisect_right(a, t)
    scores = [60, 70, 80, 90]
    grades = "FDCBA"
    for s in [33, 60, 77, 89, 90, 100]:
        print(s, grades[bisect.bisect(scores, s)])
    sorted_list: list[int] = []
    for v in [5, 1, 4, 1, 9, 2]:
        bisect.insort(sorted_list, v)
    print("insort result:", sorted_list)


if __name__ == "__main__":
    main()
