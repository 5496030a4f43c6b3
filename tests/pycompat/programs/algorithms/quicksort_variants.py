# Quicksort: a functional version and an in-place Lomuto partition version.


def quicksort_functional(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort_functional(less) + equal + quicksort_functional(greater)


def partition(a: list[int], lo: int, hi: int) -> int:
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i


def quicksort_inplace(a: list[int], lo: int = 0, hi: int | None = None) -> None:
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = partition(a, lo, hi)
        quicksort_inplace(a, lo, p - 1)
        quicksort_inplace(a, p + 1, hi)


def main() -> None:
    data = [33, 10, 55, 71, 29, 3, 18, 42, 10, 0, -7]
    print("original:  ", data)
    print("functional:", quicksort_functional(data))
    copy = data[:]
    quicksort_inplace(copy)
    print("in-place:  ", copy)
    print("matches sorted():", copy == sorted(data))
    # deterministic pseudo-random data via a linear congruential generator
    seed = 12345
    values = []
    for _ in range(30):
        seed = (seed * 1103515245 + 12345) % 2**31
        values.append(seed % 1000)
    print("lcg values:", values[:10], "...")
    quicksort_inplace(values)
    print("sorted lcg:", values)
    print("min/max:", values[0], values[-1])


if __name__ == "__main__":
    main()
