# Longest increasing subsequence: O(n^2) DP and O(n log n) patience sorting.
from bisect import bisect_left


def lis_quadratic(seq):
    n = len(seq)
    if n == 0:
        return []
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    best = max(range(n), key=lambda k: length[k])
    out = []
    while best != -1:
        out.append(seq[best])
        best = prev[best]
    return out[::-1]


def lis_length_fast(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails), tails


if __name__ == "__main__":
    cases = [
        [10, 9, 2, 5, 3, 7, 101, 18],
        [0, 1, 0, 3, 2, 3],
        [7, 7, 7, 7],
        [3, 10, 2, 1, 20, 4, 6, 7, 8],
        [],
    ]
    for c in cases:
        sub = lis_quadratic(c)
        n, tails = lis_length_fast(c)
        print(f"{c}: LIS={sub} len={len(sub)} fast_len={n} tails={tails}")
        assert len(sub) == n
