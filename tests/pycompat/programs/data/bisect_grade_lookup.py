# Map scores to grades and maintain a sorted leaderboard with bisect.
import bisect

breakpoints = [60, 70, 80, 90]
grades = "FDCBA"


def grade(score: int) -> str:
    return grades[bisect.bisect(breakpoints, score)]


scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
print([(s, grade(s)) for s in scores])

leaderboard = []
for name, pts in [("ann", 40), ("bob", 75), ("cy", 60), ("dee", 75), ("eve", 10)]:
    bisect.insort(leaderboard, (pts, name))
    print(f"insert {name}:{pts} ->", leaderboard)

values = [1, 3, 3, 3, 7, 9]
for x in [0, 3, 5, 9, 10]:
    print(f"x={x}: bisect_left={bisect.bisect_left(values, x)} bisect_right={bisect.bisect_right(values, x)}")
print("count of 3 via bisect:", bisect.bisect_right(values, 3) - bisect.bisect_left(values, 3))


def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


big = list(range(0, 1000, 3))
for t in [0, 300, 999, 501]:
    print(f"search {t}: index/steps = {binary_search(big, t)}")
