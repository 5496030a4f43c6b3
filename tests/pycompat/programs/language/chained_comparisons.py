# Chained comparisons for range checks, grading, sortedness and interval overlap
def grade(score: float) -> str:
    if not 0 <= score <= 100:
        raise ValueError(f"score out of range: {score}")
    if 90 <= score:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 70 <= score < 80:
        return "C"
    elif 60 <= score < 70:
        return "D"
    return "F"


def is_sorted(xs: list) -> bool:
    return all(a <= b for a, b in zip(xs, xs[1:]))


def strictly_between(lo, x, hi) -> bool:
    return lo < x < hi


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


for s in [95, 90, 89.9, 72, 60, 12, 100, 101, -5]:
    try:
        print(f"{s:>5} -> {grade(s)}")
    except ValueError as e:
        print(f"{s:>5} -> error: {e}")

print("is_sorted:", is_sorted([1, 2, 2, 5]), is_sorted([3, 1, 2]), is_sorted([]))
print("between:", strictly_between(1, 5, 10), strictly_between(1, 10, 10))
a, b, c = 3, 3, 7
print("a == b < c:", a == b < c, "| a < b == c:", a < b == c, "| a != c > b:", a != c > b)
print("1 < 2 > 1.5:", 1 < 2 > 1.5, "| 'a' < 'b' < 'c':", "a" < "b" < "c")
print("x is None or 0 < x:", [(x is None or 0 < x) for x in (None, -1, 4)])


def noisy(v):
    print(f"  evaluating {v}")
    return v


print("short-circuit chain:")
result = noisy(5) < noisy(3) < noisy(10)
print("result:", result)
meetings = [(9, 10), (9, 11), (10, 12), (13, 14)]
clashes = [(m1, m2) for i, m1 in enumerate(meetings) for m2 in meetings[i + 1:] if overlaps(m1, m2)]
print("clashes:", clashes)
temps = [-5, 0, 12, 25, 31, 40]
print({t: ("freezing" if t <= 0 else "mild" if 0 < t <= 25 else "hot") for t in temps})
