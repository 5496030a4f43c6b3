# Two-sum with a dict, three-sum with two pointers, and counting pairs with a given difference.
from collections import Counter


def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None


def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                while lo < hi and nums[hi] == nums[hi - 1]:
                    hi -= 1
                lo += 1
                hi -= 1
    return out


def pairs_with_diff(nums, k):
    counts = Counter(nums)
    if k == 0:
        return sum(1 for v in counts.values() if v > 1)
    return sum(1 for n in counts if n + k in counts)


print(two_sum([2, 7, 11, 15], 9))
print(two_sum([3, 2, 4], 6))
print(two_sum([1, 2, 3], 100))
print(three_sum([-1, 0, 1, 2, -1, -4]))
print(three_sum([0, 0, 0, 0]))
print(three_sum([-2, 0, 1, 1, 2, -1, -4, 3]))
print(pairs_with_diff([3, 1, 4, 1, 5], 2))
print(pairs_with_diff([1, 3, 1, 5, 4], 0))
print(Counter([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]).most_common(3))
