# Sliding window problems: max sum of k, longest substring without repeats, moving average.
from collections import deque


def max_sum_window(nums: list[int], k: int) -> tuple[int, int]:
    window = sum(nums[:k])
    best, best_start = window, 0
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        if window > best:
            best, best_start = window, i - k + 1
    return best, best_start


def longest_unique_substring(s: str) -> str:
    last: dict[str, int] = {}
    start = 0
    best = (0, 0)
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]


def sliding_max(nums: list[int], k: int) -> list[int]:
    dq: deque[int] = deque()
    out = []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out


def moving_average(values: list[float], k: int) -> list[float]:
    window: deque[float] = deque(maxlen=k)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 3))
    return out


def main() -> None:
    nums = [1, 4, 2, 10, 23, 3, 1, 0, 20]
    print("max sum of 4:", max_sum_window(nums, 4))
    for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "the quick brown fox"]:
        print(f"{s!r}: {longest_unique_substring(s)!r}")
    print("sliding max k=3:", sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
    temps = [21.5, 22.0, 23.25, 19.75, 20.0, 24.5, 25.125]
    print("moving avg k=3:", moving_average(temps, 3))


if __name__ == "__main__":
    main()
